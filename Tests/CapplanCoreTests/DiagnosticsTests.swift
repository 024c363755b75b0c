import CapplanCore
import Testing

/// How diagnostics are printed: in file order, at most `Diagnostics.printLimit`, then a count.
@Suite("diagnostics")
struct DiagnosticsTests {
    @Test("past the limit, errors are shown before warnings: the error that stops a run is never only counted")
    func errorsWithinTheLimit() {
        var diagnostics = Diagnostics([])
        for line in 1...60 { diagnostics.warning(at: SourceLocation(file: "team.csv", line: line), "warning \(line)") }
        diagnostics.error(at: SourceLocation(file: "team.csv", line: 61), "the error")
        diagnostics.error(at: SourceLocation(file: "team.csv", line: 3, column: 2), "an early error")
        let lines = diagnostics.rendered(limit: 50).split(separator: "\n").map(String.init)
        #expect(lines.count == 51)
        // Both errors, and the first 48 warnings, in file order.
        #expect(lines.filter { $0.contains("error:") } == ["team.csv:3:2: error: an early error", "team.csv:61: error: the error"])
        #expect(lines.first == "team.csv:1: warning: warning 1")
        #expect(lines[49] == "team.csv:61: error: the error")
        #expect(lines.last == "… and 12 more (0 errors, 12 warnings)")
        // Within the limit, everything in file order.
        #expect(diagnostics.rendered(limit: 100).split(separator: "\n").count == 62)
    }
}
