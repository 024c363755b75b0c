import CapplanReports
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 6: the work off the workbook's critical path (the mentoring plan, the CSV files) runs on
/// threads of background priority, so it takes the core the workbook's writer leaves free instead
/// of sharing the writer's; the writer's own thread, and the caller's, keep their priority.
@Suite("background work")
struct DeferredTests {
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
    #endif

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

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
