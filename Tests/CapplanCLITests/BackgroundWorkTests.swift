import CapplanReports
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The work off the workbook's critical path (the mentoring plan, the CSV files) runs on
/// threads of background priority, so it takes the core the workbook's writer leaves free instead
/// of sharing the writer's; the writer's own thread, and the caller's, keep their priority.
@Suite("background work")
struct BackgroundWorkTests {
    #if os(Linux)
    /// The calling thread's nice value (Linux keeps one per thread; `who` 0 is the calling thread).
    static func niceness() -> Int32 { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }

    @Test("a background Deferred runs ten steps nicer (at most 19); a normal one, and the caller, keep their priority")
    func backgroundIsNicer() {
        let caller = Self.niceness()
        let background = Deferred(priority: .background) { Self.niceness() }.value
        let normal = Deferred { Self.niceness() }.value
        #expect(background == min(19, caller + 10))
        #expect(normal == caller)
        #expect(Self.niceness() == caller)
    }

    /// The plan is background work the workbook's writer needs at its last sheets; on a busy
    /// machine the background thread may not have finished, and could not be hurried.
    @Test("a waiter of normal priority does repeatable background work itself rather than wait for it",
          .timeLimit(.minutes(5)))
    func normalWaiterRepeats() {
        let caller = Self.niceness()
        let held = DispatchSemaphore(value: 0)
        let runs = Counter()
        let deferred = Deferred(priority: .background, repeatable: true) { () -> Int in
            runs.add()
            if Self.niceness() != caller { held.wait() } // the background thread is held back
            return 42
        }
        #expect(deferred.value == 42)
        #expect(deferred.value == 42)
        held.signal()
        #expect(runs.value >= 1)
    }
    #endif

    @Test("background work that is not repeatable, or waited for from a background thread, is waited for, not repeated",
          .timeLimit(.minutes(5)))
    func othersWait() {
        let held = DispatchSemaphore(value: 0)
        let runs = Counter()
        let inner = Deferred(priority: .background, repeatable: true) { () -> Int in
            runs.add()
            held.wait()
            return 5
        }
        // A background thread asking for the value waits for it.
        let outer = Deferred(priority: .background) { inner.value + 1 }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { held.signal() }
        #expect(outer.value == 6)
        #expect(runs.value == 1)
    }

    @Test("a Deferred's value is computed once, on another thread, and every reader gets it")
    func valueOnce() async {
        let calls = Counter()
        let deferred = Deferred(priority: .background) { () -> [Int] in
            calls.add()
            return Array(0..<1_000)
        }
        await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { deferred.value.reduce(0, +) } }
            for await sum in group { #expect(sum == 499_500) }
        }
        #expect(calls.value == 1)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// ReportSchedule shares its files between a thread of normal priority (the first file, then
/// the queue) and one of background priority (the queue): every file is written once, whichever
/// thread takes it, and a failure anywhere fails the whole write and leaves nothing behind.
@Suite("report schedule threads")
struct ReportScheduleThreadTests {
    static func files(_ count: Int, failing: Int? = nil, record: Counter) -> ReportSchedule {
        ReportSchedule(jobs: (0..<count).map { index in
            ReportSchedule.Job(name: "file\(index).txt", format: .csv) { url in
                record.add()
                if index == failing { throw CocoaError(.fileWriteNoPermission) }
                try Data("\(index)\n".utf8).write(to: url)
                return index.isMultiple(of: 3) ? [.warning(at: nil, "note \(index)")] : []
            }
        })
    }

    @Test("every file is written exactly once, and their warnings come back in file order", arguments: [0, 1, 2, 17])
    func everyFileOnce(count: Int) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let writes = Counter()
        let warnings = try Self.files(count, record: writes).write(to: out).warnings
        #expect(writes.value == count)
        #expect(warnings.map(\.message) == stride(from: 0, to: count, by: 3).map { "note \($0)" })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(Set(names) == Set((0..<count).map { "file\($0).txt" }))
        for index in 0..<count {
            #expect(try String(contentsOf: out.appendingPathComponent("file\(index).txt"), encoding: .utf8) == "\(index)\n")
        }
    }

    @Test("a file that fails, first or queued, fails the write and leaves no folder", arguments: [0, 5, 16])
    func failureAnywhere(failing: Int) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        #expect(throws: OutputError.self) { try Self.files(17, failing: failing, record: Counter()).write(to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }
}
