import Foundation
import Testing

/// `--out` where reports cannot go (a file, the roster itself, a path under a file, /proc,
/// a full disk) exits 73 and leaves the earlier reports byte-identical; SIGINT and SIGTERM sent to
/// the real binary mid-run exit 130 and 143 and leave no half-written reports. In every case no
/// `.NAME.capplan-…` temporary folder is left beside --out.
///
/// Tests run as root, where permissions do not stop writes: unwritable places are a path under a
/// regular file and /proc, and a full disk is a 512 KiB tmpfs (skipped where mount is not permitted).
@Suite("output safety", .timeLimit(.minutes(5)))
struct OutputSafetyTests {
    static let ops = Paths.example("ops-team.csv")

    /// Writes the ops team's reports into `out` and returns them, by name.
    static func earlierReports(in out: URL) throws -> [String: Data] {
        let result = capplan("analyze", ops, "--out", out.path, "--quiet")
        try #require(result.status == 0, "\(result.stderr)")
        let files = fileContents(of: out)
        try #require(files.count == 11)
        return files
    }

    // MARK: Places reports cannot go

    @Test("--out naming a regular file: exit 73, the file and the earlier reports untouched")
    func outIsRegularFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("reports")
        let before = try Self.earlierReports(in: reports)
        let file = write("my notes\n", to: "notes.txt", in: folder)
        let result = capplan("analyze", Self.ops, "--out", file, "--quiet")
        #expect(result.status == 73)
        #expect(result.stderr == "\(file): error: cannot write reports: --out names a file, not a folder\n")
        #expect(FileManager.default.contents(atPath: file) == Data("my notes\n".utf8))
        #expect(fileContents(of: reports) == before)
        #expect(temporaryReportFolders(in: folder) == [])
    }

    @Test("--out naming the roster itself: exit 73 and the roster unchanged")
    func outIsTheRoster() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.ops))
        let roster = write(bytes: [UInt8](original), to: "team.csv", in: folder)
        let result = capplan("analyze", roster, "--out", roster, "--quiet")
        #expect(result.status == 73)
        #expect(result.stderr.contains("\(roster): error: cannot write reports: --out names a file, not a folder"))
        #expect(FileManager.default.contents(atPath: roster) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["team.csv"])
    }

    @Test("--out under a regular file (FILE/sub): exit 73, nothing created")
    func outUnderAFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = write("not a folder\n", to: "plain", in: folder)
        let result = capplan("analyze", Self.ops, "--out", file + "/sub/reports", "--quiet")
        #expect(result.status == 73)
        // In plain words, naming the file in the way (not Foundation's "The operation could not be completed").
        #expect(result.stderr == "\(file)/sub/reports: error: cannot create the output folder: \(file) is a file, not a folder\n", "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: file) == Data("not a folder\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plain"])
    }

    @Test("--out in /proc (no folder can be made there, even as root): exit 73",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/1"), "needs Linux's /proc"))
    func outInProc() {
        let result = capplan("analyze", Self.ops, "--out", "/proc/1/capplan-reports", "--quiet")
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("/proc/1: error: cannot write reports beside the output folder: no folder can be made in /proc/1 ("), "\(result.stderr)")
        #expect(!result.stderr.contains("operation could not be completed"))
        #expect(temporaryReportFolders(in: URL(fileURLWithPath: "/proc/1")) == [])
    }

    // MARK: A full disk

    /// Mounting a small tmpfs, the way to fill a disk in a test.
    enum Tmpfs {
        static let program = ["/usr/bin/mount", "/bin/mount"].first { FileManager.default.isExecutableFile(atPath: $0) }
        static let unmountProgram = ["/usr/bin/umount", "/bin/umount"].first { FileManager.default.isExecutableFile(atPath: $0) }

        /// Mounts a tmpfs of `size` (`512k`) on the folder; false when not permitted.
        static func mount(_ folder: URL, size: String) -> Bool {
            guard let program else { return false }
            return (try? runTool(program, ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path], timeout: 30))?.status == 0
        }

        /// Unmounts lazily: after a failed workbook libxlsxwriter keeps its sheets' unlinked temporary
        /// files open until the process ends (see `fullDisk`), so a plain umount would find the disk busy.
        static func unmount(_ folder: URL) {
            guard let unmountProgram else { return }
            _ = try? runTool(unmountProgram, ["-l", folder.path], timeout: 30)
        }

        /// True when this process may mount a tmpfs (root with CAP_SYS_ADMIN, outside a locked-down container).
        static let available: Bool = {
            let folder = temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            guard mount(folder, size: "64k") else { return false }
            unmount(folder)
            return true
        }()
    }

    struct DiskCase: Sendable, CustomTestStringConvertible {
        var format: String
        var earlierReports: Bool
        var testDescription: String { "--format \(format), \(earlierReports ? "earlier reports in --out" : "a fresh --out")" }
    }

    @Test("a full disk (512 KiB tmpfs): exit 73, earlier reports byte-identical, no temporary folder",
          .enabled(if: Tmpfs.available, "mount -t tmpfs is not permitted here (it needs root with CAP_SYS_ADMIN)"),
          arguments: [DiskCase(format: "xlsx,csv", earlierReports: true), DiskCase(format: "csv", earlierReports: true),
                      DiskCase(format: "xlsx,csv", earlierReports: false)])
    func fullDisk(_ disk: DiskCase) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The roster is on the ordinary disk; only the reports go to the small one.
        let roster = folder.appendingPathComponent("big.csv").path
        try #require(capplan("generate", "--people", "5000", "--seed", "3", "--output", roster).status == 0)
        let small = folder.appendingPathComponent("small-disk")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: false)
        try #require(Tmpfs.mount(small, size: "512k"), "mount failed")
        defer { Tmpfs.unmount(small) }
        let out = small.appendingPathComponent("reports")
        var before: [String: Data] = [:]
        if disk.earlierReports {
            before = try Self.earlierReports(in: out)
            try Data("my notes\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
            before["notes.txt"] = Data("my notes\n".utf8)
        }
        let result = capplan("analyze", roster, "--out", out.path, "--format", disk.format, "--quiet")
        #expect(result.status == 73)
        #expect(result.stderr.contains(": error: cannot write the report: "), "\(result.stderr)")
        #expect(result.stderr.contains("earlier reports were left untouched"))
        #expect(result.stdout == "")
        if disk.earlierReports {
            #expect(fileContents(of: out) == before)
        } else {
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        #expect(temporaryReportFolders(in: small) == [])
        // Known, and outside capplan: libxlsxwriter (1.1.x) closes a constant-memory sheet's temporary
        // file only while assembling the workbook, so when workbook_close fails part-way the rest stay
        // open (unlinked) until the process ends. The command-line tool exits at once; in-process
        // callers, like this test, hold the space until they end.
    }

    // MARK: Signals

    /// Starts the capplan binary with `arguments` (standard output discarded, standard error to a file).
    static func start(_ binary: String, _ arguments: [String], stderr: URL) throws -> Process {
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        return process
    }

    /// Waits up to `seconds` for `process` to end; kills it and records an issue if it does not.
    static func finish(_ process: Process, within seconds: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Issue.record("capplan did not end within \(seconds) s of the signal", sourceLocation: sourceLocation)
            return false
        }
        process.waitUntilExit()
        return true
    }

    @Test("SIGINT and SIGTERM mid-run exit 130 and 143: a fresh --out never appears, earlier reports stay byte-identical",
          arguments: [SIGINT, SIGTERM])
    func signal(_ number: Int32) throws {
        let binary = try #require(capplanExecutable(), "no capplan executable beside the tests or in .build/debug: run swift build")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv").path
        let (generated, seconds) = timed { capplan("generate", "--people", "100000", "--seed", "11", "--output", roster) }
        try #require(generated.status == 0, "\(generated.stderr)")
        // About 5 s in a debug build; drawing teams was once quadratic in the roster (over 2 minutes).
        #expect(seconds < 30 * timeScale, "generate --people 100000 took \(seconds) s")
        let log = folder.appendingPathComponent("stderr.txt")

        // 1. Two seconds in, while the roster is being read, with a fresh --out.
        let fresh = folder.appendingPathComponent("fresh")
        let early = try Self.start(binary, ["analyze", roster, "--out", fresh.path, "--quiet"], stderr: log)
        Thread.sleep(forTimeInterval: 2)
        kill(early.processIdentifier, number)
        if Self.finish(early, within: 60 * timeScale) {
            #expect(early.terminationReason == .exit)
            #expect(early.terminationStatus == 128 + number)
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
        #expect(temporaryReportFolders(in: folder) == [])

        // 2. While the reports are being written (their temporary folder exists), over earlier reports.
        let out = folder.appendingPathComponent("reports")
        let before = try Self.earlierReports(in: out)
        let late = try Self.start(binary, ["analyze", roster, "--out", out.path, "--quiet"], stderr: log)
        let deadline = Date().addingTimeInterval(120 * timeScale)
        while late.isRunning && temporaryReportFolders(in: folder).isEmpty && Date() < deadline { usleep(20_000) }
        let writing = late.isRunning && !temporaryReportFolders(in: folder).isEmpty
        Thread.sleep(forTimeInterval: 1)
        kill(late.processIdentifier, number)
        #expect(writing, "capplan never began writing reports: \(String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self))")
        if Self.finish(late, within: 60 * timeScale) {
            #expect(late.terminationReason == .exit)
            #expect(late.terminationStatus == 128 + number)
        }
        #expect(fileContents(of: out) == before)
        #expect(temporaryReportFolders(in: folder) == [])
    }
}
