import CapplanCLI
import Foundation
import Synchronization

/// What a capplan run printed and returned.
struct RunResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Collects what a command writes.
final class Capture: Sendable {
    private let streams = Mutex<(out: String, err: String)>(("", ""))
    func write(_ text: String, _ stream: Console.Stream) {
        streams.withLock { if stream == .output { $0.out += text } else { $0.err += text } }
    }
    var output: (out: String, err: String) { streams.withLock { $0 } }
}

/// Runs capplan in-process with `arguments`, capturing its output (not a terminal; no colour).
func capplan(_ arguments: String..., environment: [String: String] = [:]) -> RunResult {
    capplan(arguments, environment: environment)
}

func capplan(_ arguments: [String], environment: [String: String] = [:]) -> RunResult {
    let capture = Capture()
    let console = Console(write: { capture.write($0, $1) }, outputIsTerminal: false, errorIsTerminal: false, environment: environment)
    let status = Console.$current.withValue(console) { Capplan.run(arguments) }
    let (out, err) = capture.output
    return RunResult(status: status, stdout: out, stderr: err)
}

/// Paths in the repository and its test fixtures.
enum Paths {
    /// The repository's top folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
    static func example(_ name: String) -> String { root.appendingPathComponent("Examples").appendingPathComponent(name).path }
}

/// A fresh temporary folder, removed by the caller's `defer`.
func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("capplan-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` to a file called `name` in `folder` and returns its path.
@discardableResult
func write(_ text: String, to name: String, in folder: URL) -> String {
    let url = folder.appendingPathComponent(name)
    try! Data(text.utf8).write(to: url)
    return url.path
}

/// Writes raw bytes to a file called `name` in `folder` and returns its path.
@discardableResult
func write(bytes: [UInt8], to name: String, in folder: URL) -> String {
    let url = folder.appendingPathComponent(name)
    try! Data(bytes).write(to: url)
    return url.path
}
