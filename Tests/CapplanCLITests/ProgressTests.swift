import CapplanCLI
import Foundation
import Testing

@Suite("progress on standard error")
struct ProgressTests {
    /// Runs analyze with standard error claimed to be a terminal (or not), returning what went to standard error.
    func run(errorIsTerminal: Bool, extra: [String] = []) throws -> (Int32, String) {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let capture = Capture()
        let console = Console(write: { capture.write($0, $1) }, outputIsTerminal: false, errorIsTerminal: errorIsTerminal,
                              environment: ["TERM": "xterm"])
        let arguments = ["analyze", Paths.example("ops-team.csv"), "--out", folder.appendingPathComponent("out").path] + extra
        let status = Console.$current.withValue(console) { Capplan.run(arguments) }
        return (status, capture.output.err)
    }

    @Test("a terminal sees the phases and the bar, then a cleared line")
    func terminal() throws {
        let (status, err) = try run(errorIsTerminal: true)
        #expect(status == 0)
        #expect(err.contains("capplan: analysing"))
        #expect(err.contains("capplan: compressing the workbook"))
        #expect(err.hasSuffix("\r\u{1B}[K") || err.contains("\r\u{1B}[K\n") || err.contains("\r\u{1B}[KExamples"))
    }

    @Test("nothing of it when standard error is not a terminal")
    func notTerminal() throws {
        let (status, err) = try run(errorIsTerminal: false)
        #expect(status == 0)
        #expect(!err.contains("capplan: "))
        #expect(!err.contains("\u{1B}"))
    }

    @Test("nothing of it with --quiet, even on a terminal")
    func quiet() throws {
        let (status, err) = try run(errorIsTerminal: true, extra: ["--quiet"])
        #expect(status == 0)
        #expect(!err.contains("capplan: "))
    }
}
