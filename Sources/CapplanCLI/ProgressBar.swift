import Foundation
import Synchronization

/// A one-line progress display on standard error, for long runs on a terminal: the phase, and a
/// bar where the phase has a known length. Silent unless standard error is a terminal (and never
/// with --quiet), so logs and pipes never see it.
final class ProgressBar: Sendable {
    private struct State {
        var phase = ""
        var fraction: Double?
        var lastDraw = ContinuousClock.now - .seconds(1)
        var drawn = false
    }

    private let console: Console
    private let enabled: Bool
    private let state = Mutex(State())
    static let width = 30

    init(console: Console, quiet: Bool) {
        self.console = console
        enabled = !quiet && console.errorIsTerminal && console.environment["TERM"] != "dumb"
    }

    /// Shows `phase`, with a bar at `fraction` (0–1) when given; redrawn at most ten times a second
    /// unless the phase changes.
    func show(_ phase: String, _ fraction: Double? = nil) {
        guard enabled else { return }
        let line: String? = state.withLock { state in
            let now = ContinuousClock.now
            guard phase != state.phase || now - state.lastDraw >= .milliseconds(100) else { return nil }
            state.phase = phase
            // Capped: a fraction over 1 would draw past the bar's end.
            let fraction = fraction.map { min(1, max(0, $0)) }
            state.fraction = fraction
            state.lastDraw = now
            state.drawn = true
            var line = "capplan: \(phase)"
            if let fraction {
                let filled = Int((fraction * Double(Self.width)).rounded(.down))
                line += " [" + String(repeating: "#", count: filled) + String(repeating: " ", count: Self.width - filled) + "] \(Int(fraction * 100))%"
            } else {
                line += "…"
            }
            return line
        }
        if let line { console.write("\r\u{1B}[K" + line, .error) }
    }

    /// Clears the line, so what follows starts clean.
    func finish() {
        guard enabled else { return }
        let drawn = state.withLock { state in
            defer { state.drawn = false }
            return state.drawn
        }
        if drawn { console.write("\r\u{1B}[K", .error) }
    }
}
