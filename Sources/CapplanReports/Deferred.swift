import Foundation

/// A value computed on its own thread, waited for where it is first needed: lets the mentoring
/// plan be worked out on one core while the other writes the sheets that do not need it.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
    // `stored` is written once before `done` is signalled and read only after waiting for it.
    private var stored: Value?
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var finished = false

    /// Starts `work` on a thread of its own (not the shared pool, whose workers may be the ones waiting).
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
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
}
