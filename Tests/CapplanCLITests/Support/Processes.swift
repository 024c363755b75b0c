import Foundation
import Testing

/// What a program run as a separate process printed and returned.
struct ToolResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to completion, its output collected through files (no pipe to fill up), giving
/// up after `timeout` seconds (the process is then killed and status is -1). `input`, when given,
/// is what the program reads on a pipe as its standard input; `workingDirectory`, where it runs.
func runTool(_ executable: String, _ arguments: [String], input: Data? = nil, workingDirectory: URL? = nil,
             timeout: TimeInterval = 120) throws -> ToolResult {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    defer {
        try? out.close()
        try? err.close()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    let pipe = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : pipe
    process.standardOutput = out
    process.standardError = err
    try process.run()
    if let input {
        // From a thread of its own, so a program that reads slowly cannot block the wait below.
        Thread.detachNewThread {
            try? pipe.fileHandleForWriting.write(contentsOf: input)
            try? pipe.fileHandleForWriting.close()
        }
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return ToolResult(status: -1, stdout: "", stderr: "timed out after \(timeout) s")
    }
    process.waitUntilExit()
    return ToolResult(status: process.terminationStatus,
                      stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
}

/// The capplan executable built beside this test bundle (so an AddressSanitizer build's tests run
/// its own capplan), else `.build/debug/capplan` in the repository; nil when neither exists.
func capplanExecutable() -> String? {
    var candidates: [String] = []
    if let bundle = Bundle.main.executableURL {
        // .build/<triple>/debug/capplanPackageTests.xctest: capplan is its sibling.
        candidates.append(bundle.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("capplan").path)
    }
    candidates.append(Paths.root.appendingPathComponent(".build/debug/capplan").path)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// How much slower than a plain debug build the code under test runs: `CAPPLAN_TEST_TIME_SCALE`
/// (scripts/test-asan.sh sets it, as AddressSanitizer slows everything down), else 1.
let timeScale = max(1, Double(ProcessInfo.processInfo.environment["CAPPLAN_TEST_TIME_SCALE"] ?? "") ?? 1)

/// Seconds taken by `body`, with its result.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Names of temporary report folders (`.NAME.capplan-…`) left in `folder`.
func temporaryReportFolders(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.contains(".capplan-") }
}

/// Every regular file of `folder`, by name (an empty dictionary when the folder is missing).
func fileContents(of folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) { files[name] = data }
    }
    return files
}
