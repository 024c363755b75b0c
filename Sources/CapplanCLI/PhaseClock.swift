import Foundation
import Synchronization

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

/// Time spent writing each kind of file, summed, from whichever thread writes it.
final class FileTimes: Sendable {
    private let times = Mutex<[String: Double]>([:])

    func measure<T>(_ kind: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer { let elapsed = (ContinuousClock.now - start).seconds; times.withLock { $0[kind, default: 0] += elapsed } }
        return try body()
    }

    func add(_ kind: String, _ seconds: Double) { times.withLock { $0[kind, default: 0] += seconds } }

    var totals: [(String, Double)] { times.withLock { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } } }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
