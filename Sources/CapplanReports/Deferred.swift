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

    // `stored` is written once before `done` is signalled and read only after waiting for it.
    private var stored: Value?
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var finished = false

    /// Starts `work` on a thread of its own (not the shared pool, whose workers may be the ones waiting).
    public init(priority: Priority = .normal, _ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            if priority == .background { Deferred.lowerThisThreadsPriority() }
            self.stored = work()
            self.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// A value already known.
    public init(value: Value) {
        stored = value
        finished = true
    }

    /// The value, waiting for it if it is still being computed.
    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if !finished {
            done.wait()
            finished = true
        }
        return stored!
    }

    /// Lowers the calling thread's scheduling priority for good (only for threads of our own, never
    /// a pool's worker or the main thread: an unprivileged thread cannot raise it again).
    private static func lowerThisThreadsPriority() {
        #if os(Linux)
        // On Linux the nice value is per thread, and `who` 0 names the calling thread alone.
        // Ten steps nicer weighs about a tenth as much when threads share a core.
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        _ = setpriority(which, 0, min(19, getpriority(which, 0) + 10))
        #elseif canImport(Darwin)
        _ = pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0)
        #endif
    }
}
