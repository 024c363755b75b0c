/// A value worked out the first time it is asked for, by whichever thread asks first.
final class Lazy<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let stored = Monitor<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        if let known = stored.withLock({ $0 }) { return known }
        let made = make()
        return stored.withLock { stored in
            if stored == nil { stored = made }
            return stored!
        }
    }
}
