/// A small deterministic random number generator (SplitMix64): the same seed gives the same
/// sequence on every platform and Swift version, which `SystemRandomNumberGenerator` does not.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound`, computed the same way everywhere.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A fraction in `0..<1`.
    public mutating func fraction() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// An index drawn with the given relative weights.
    public mutating func pick(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = fraction() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// An index drawn with relative weights whose running totals `cumulative` (`cumulative[i]` is
    /// the sum of the weights up to and including `i`) were worked out once: a binary search, for
    /// draws among many weights (`pick(weights:)` is linear in their number).
    public mutating func pick(cumulative: [Double]) -> Int {
        guard let total = cumulative.last else { return 0 }
        let target = fraction() * total
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if target < cumulative[middle] { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
