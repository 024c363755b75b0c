import Foundation

/// State shared between threads, guarded by one lock, with waiting for a change: the only lock
/// capplan's threads use (the deferred plan, the row pipeline, the report queue, the output
/// registry), so there is one style of locking to read.
final class Monitor<State>: @unchecked Sendable {
    private let condition = NSCondition()
    private var state: State

    init(_ state: State) { self.state = state }

    /// Runs `body` with the state locked; wakes every waiter afterwards when `body` may have changed it.
    @discardableResult
    func withLock<T>(_ body: (inout State) throws -> T) rethrows -> T {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return try body(&state)
    }

    /// Waits until `ready` holds, then runs `body` with the state locked.
    @discardableResult
    func wait<T>(until ready: (State) -> Bool, then body: (inout State) throws -> T) rethrows -> T {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        while !ready(state) { condition.wait() }
        return try body(&state)
    }
}
