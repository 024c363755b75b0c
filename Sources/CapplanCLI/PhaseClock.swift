import CapplanReports

/// Wall-clock time per phase of a command, for `--timings`.
struct PhaseClock {
    private let start = ContinuousClock.now
    private var last = ContinuousClock.now
    private(set) var laps: [(String, Double)] = []

    /// Records the time since the previous lap under `name`.
    mutating func lap(_ name: String) {
        let now = ContinuousClock.now
        laps.append((name, (now - last).seconds))
        last = now
    }

    var total: Double { (ContinuousClock.now - start).seconds }
}
