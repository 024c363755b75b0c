import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How a thread's work ranks against the process's other threads.
public enum ThreadPriority: Sendable {
    case normal
    /// Runs when a core is free of normal work: for work off the critical path, which on a busy
    /// machine should take its turn after the workbook's writer, not share its core.
    case background
}

/// Threads of capplan's own: not the shared pool's (whose workers may be the ones waiting), and
/// each allocating from a malloc arena of its own rather than the main one (which reading and
/// analysing a big roster leave fragmented; libxlsxwriter allocates for every cell).
enum WorkerThread {
    /// Starts `work` on a new thread of `priority`.
    static func start(priority: ThreadPriority = .normal, _ work: @escaping @Sendable () -> Void) {
        let thread = Thread {
            if priority == .background {
                Thread.current.threadDictionary[backgroundKey] = true
                lowerThisThreadsPriority()
            }
            work()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// True on a thread started at background priority (which waits for background work rather
    /// than repeat it: see `Deferred.value`).
    static var isBackground: Bool { Thread.current.threadDictionary[backgroundKey] != nil }

    private static let backgroundKey = "capplan.WorkerThread.background"

    /// Lowers the calling thread's scheduling priority for good (only for threads of our own, never
    /// a pool's worker or the main thread: an unprivileged thread cannot raise it again). Threads
    /// started from a thread of background priority inherit it: start none there, and keep anything
    /// that others wait for at normal priority, or able to be done by the waiter (`Deferred.value`).
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
