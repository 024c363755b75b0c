import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A value computed on its own thread, waited for where it is first needed: lets the mentoring
/// plan be worked out on one core while the other writes the sheets that do not need it.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
    /// How a thread's work ranks against the process's other threads.
    public enum Priority: Sendable {
        case normal
        /// Runs when a core is free of normal work: for work off the critical path, which on a
        /// busy machine should take its turn after the workbook's writer, not share its core.
        case background
    }

    /// Work a waiter may do itself: pure, background priority, and asked to.
    private let repeatable: (@Sendable () -> Value)?
    /// Guards `stored`, which is set once, by whichever thread finishes the work first.
    private let condition = NSCondition()
    private var stored: Value?

    /// Starts `work` on a thread of its own (not the shared pool, whose workers may be the ones waiting).
    /// With `repeatable` (for background work without side effects, which gives the same value
    /// wherever it runs), a waiter of normal priority may do the work itself (see `value`).
    public init(priority: Priority = .normal, repeatable: Bool = false, _ work: @escaping @Sendable () -> Value) {
        self.repeatable = repeatable && priority == .background ? work : nil
        let thread = Thread { [self] in
            if priority == .background {
                Thread.current.threadDictionary[Deferred.backgroundKey] = true
                lowerThisThreadsPriority()
            }
            store(work())
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// A value already known.
    public init(value: Value) {
        repeatable = nil
        stored = value
    }

    /// The value, waiting for it if it is still being computed. A thread of normal priority that
    /// finds repeatable background work unfinished does the work itself rather than wait: on a busy
    /// machine a thread of background priority may get little time, and nothing can raise it again.
    public var value: Value {
        condition.lock()
        if let stored {
            condition.unlock()
            return stored
        }
        condition.unlock()
        if let repeatable, Thread.current.threadDictionary[Deferred.backgroundKey] == nil {
            store(repeatable())
        }
        condition.lock()
        defer { condition.unlock() }
        while stored == nil { condition.wait() }
        return stored!
    }

    /// Keeps the first value computed (all are the same) and wakes the waiters.
    private func store(_ value: Value) {
        condition.lock()
        if stored == nil { stored = value }
        condition.broadcast()
        condition.unlock()
    }
}

/// Marks the threads `Deferred` lowered, which wait for background work rather than repeat it.
private extension Deferred {
    static var backgroundKey: String { "capplan.Deferred.background" }
}

/// Lowers the calling thread's scheduling priority for good (only for threads of our own, never
/// a pool's worker or the main thread: an unprivileged thread cannot raise it again). Threads
/// started from a thread of background priority inherit it: start none there, and keep anything
/// that others wait for at normal priority, or able to be done by the waiter (`Deferred.value`).
private func lowerThisThreadsPriority() {
    #if os(Linux)
    // On Linux the nice value is per thread, and `who` 0 names the calling thread alone.
    // Ten steps nicer weighs about a tenth as much when threads share a core.
    let which = __priority_which_t(PRIO_PROCESS.rawValue)
    _ = setpriority(which, 0, min(19, getpriority(which, 0) + 10))
    #elseif canImport(Darwin)
    _ = pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0)
    #endif
}
