/// A value computed on its own thread, waited for where it is first needed: lets the mentoring
/// plan be worked out on one core while the other writes the sheets that do not need it.
public final class Deferred<Value: Sendable>: Sendable {
    /// Work a waiter may do itself: pure, background priority, and asked to.
    private let repeatable: (@Sendable () -> Value)?
    /// Set once, by whichever thread finishes the work first.
    private let stored: Monitor<Value?>

    /// Starts `work` on a thread of its own (`WorkerThread`). With `repeatable` (for background work
    /// without side effects, which gives the same value wherever it runs), a waiter of normal
    /// priority may do the work itself (see `value`).
    public init(priority: ThreadPriority = .normal, repeatable: Bool = false, _ work: @escaping @Sendable () -> Value) {
        self.repeatable = repeatable && priority == .background ? work : nil
        stored = Monitor(nil)
        WorkerThread.start(priority: priority) { [self] in store(work()) }
    }

    /// A value already known.
    public init(value: Value) {
        repeatable = nil
        stored = Monitor(value)
    }

    /// The value, waiting for it if it is still being computed. A thread of normal priority that
    /// finds repeatable background work unfinished does the work itself rather than wait: on a busy
    /// machine a thread of background priority may get little time, and nothing can raise it again.
    public var value: Value {
        if let known = stored.withLock({ $0 }) { return known }
        if let repeatable, !WorkerThread.isBackground { store(repeatable()) }
        return stored.wait(until: { $0 != nil }) { $0! }
    }

    /// Keeps the first value computed (all are the same) and wakes the waiters.
    private func store(_ value: Value) {
        stored.withLock { if $0 == nil { $0 = value } }
    }
}
