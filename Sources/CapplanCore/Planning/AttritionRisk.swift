/// The chance that a skill loses its holders within a year, people leaving independently
/// (SPEC §10, "Attrition risk").
///
/// The number of holders who stay is a Poisson-binomial variable: holder `i` stays with
/// probability `1 − p_i`. Both figures are exact sums of its distribution, computed by a dynamic
/// programme over the holders that keeps `P(stay count = k)` only for `k < target` (mass reaching
/// `target` can never come back below it, so it is dropped): O(n · target) time, O(target) space.
///
/// Numerically sound: every step multiplies and adds non-negative numbers (no subtraction, no
/// complement `1 − P(≥ target)`), so each result carries a relative error of at most about
/// `n · 2⁻⁵³` however small it is, for hundreds or thousands of holders, and probabilities of
/// exactly 0 or 1 need no special case.
public struct AttritionRisk: Sendable, Equatable {
    /// P(fewer than `target` holders remain): `risk_below_target`. 0 when `target` ≤ 0.
    public let belowTarget: Double
    /// P(no holder remains): `risk_no_cover`, the product of the leave probabilities (1 for a
    /// skill with no holder today).
    public let noCover: Double

    /// The risk for a skill whose holders leave with the given probabilities (each in 0…1;
    /// validate user input before: this traps on a value outside 0…1 or NaN).
    public init(leaveProbabilities: some Collection<Double>, target: Int) {
        // More stayers than holders cannot be: a target above the holder count is missed for sure,
        // and the distribution needs no more entries than holders + 1 (a huge target costs nothing).
        let bound = max(1, min(target, leaveProbabilities.count + 1))
        let below = AttritionRisk.stayDistribution(leaveProbabilities: leaveProbabilities, below: bound)
        belowTarget = target <= 0 ? 0 : target > leaveProbabilities.count ? 1 : min(1, below.reduce(0, +))
        noCover = below[0]
    }

    /// `P(stay count = k)` for `k` in `0 ..< bound` (`bound` ≥ 1), holder `i` staying with
    /// probability `1 − leaveProbabilities[i]` independently of the others.
    public static func stayDistribution(leaveProbabilities: some Sequence<Double>, below bound: Int) -> [Double] {
        precondition(bound >= 1, "the distribution needs at least one entry")
        var distribution = [Double](repeating: 0, count: bound)
        distribution[0] = 1
        distribution.withUnsafeMutableBufferPointer { mass in
            var reached = 0   // the largest k with mass so far: skips the zeros above it
            for leave in leaveProbabilities {
                precondition(leave >= 0 && leave <= 1, "a leave probability must be in 0…1, got \(leave)")
                let stay = 1 - leave
                reached = min(reached + 1, bound - 1)
                var k = reached
                while k > 0 {
                    mass[k] = mass[k] * leave + mass[k - 1] * stay
                    k -= 1
                }
                mass[0] *= leave
            }
        }
        return distribution
    }
}
