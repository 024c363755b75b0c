import CapplanCore
import Testing

/// SPEC §10 "Attrition risk": hand-computed cases, and the exact dynamic programme against a
/// brute-force enumeration of every leave/stay outcome.
@Suite("attrition risk")
struct AttritionRiskTests {
    /// P(fewer than `target` stay) and P(nobody stays), summing the probability of each of the
    /// 2^n outcomes (bit i set: holder i stays).
    static func bruteForce(_ leave: [Double], target: Int) -> (below: Double, none: Double) {
        var below = 0.0, none = 0.0
        for outcome in 0..<(1 << leave.count) {
            var probability = 1.0
            for (i, p) in leave.enumerated() { probability *= outcome & (1 << i) != 0 ? 1 - p : p }
            let stay = outcome.nonzeroBitCount
            if stay < target { below += probability }
            if stay == 0 { none += probability }
        }
        return (below, none)
    }

    @Test("two holders leaving with p = 0.5, target 2: 0.75 below target, 0.25 no cover")
    func twoCoinFlips() {
        let risk = AttritionRisk(leaveProbabilities: [0.5, 0.5], target: 2)
        #expect(risk.belowTarget == 0.75)
        #expect(risk.noCover == 0.25)
    }

    @Test("a hand-worked case: p = 0.1, 0.2, 0.5, target 2")
    func handWorked() {
        // Stays: 0.9, 0.8, 0.5. P(0 stay) = 0.1·0.2·0.5 = 0.01.
        // P(1 stays) = 0.9·0.2·0.5 + 0.1·0.8·0.5 + 0.1·0.2·0.5 = 0.09 + 0.04 + 0.01 = 0.14.
        let risk = AttritionRisk(leaveProbabilities: [0.1, 0.2, 0.5], target: 2)
        #expect(abs(risk.noCover - 0.01) < 1e-15)
        #expect(abs(risk.belowTarget - 0.15) < 1e-15)
    }

    @Test("everyone leaves for sure: certain loss", arguments: [1, 2, 3, 10])
    func everyoneLeaves(target: Int) {
        let risk = AttritionRisk(leaveProbabilities: [1, 1, 1], target: target)
        #expect(risk.belowTarget == 1)
        #expect(risk.noCover == 1)
    }

    @Test("nobody leaves: no risk while the target is met", arguments: [1, 2, 3])
    func nobodyLeaves(target: Int) {
        let risk = AttritionRisk(leaveProbabilities: [0, 0, 0], target: target)
        #expect(risk.belowTarget == 0)
        #expect(risk.noCover == 0)
    }

    @Test("a target above the holders today is missed for sure")
    func targetAboveHolders() {
        #expect(AttritionRisk(leaveProbabilities: [0, 0], target: 3).belowTarget == 1)
        #expect(AttritionRisk(leaveProbabilities: [0, 0], target: 3).noCover == 0)
        // However large the target: no work or memory in proportion to it.
        let huge = AttritionRisk(leaveProbabilities: [0.1, 0.2], target: Int.max)
        #expect(huge.belowTarget == 1 && abs(huge.noCover - 0.02) < 1e-15)
    }

    @Test("target 0 is never missed")
    func zeroTarget() {
        let risk = AttritionRisk(leaveProbabilities: [0.3, 0.9], target: 0)
        #expect(risk.belowTarget == 0)
        #expect(abs(risk.noCover - 0.27) < 1e-15)
    }

    @Test("no holders: below any positive target, no cover for sure")
    func noHolders() {
        let risk = AttritionRisk(leaveProbabilities: [], target: 1)
        #expect(risk.belowTarget == 1)
        #expect(risk.noCover == 1)
        #expect(AttritionRisk(leaveProbabilities: [], target: 0).belowTarget == 0)
    }

    @Test("mixed certain and uncertain holders: the certain ones shift the count")
    func certainAndUncertain() {
        // One certain stayer, one certain leaver, one coin: stays are 1 + Bernoulli(0.5).
        let risk = AttritionRisk(leaveProbabilities: [0, 1, 0.5], target: 2)
        #expect(risk.belowTarget == 0.5)
        #expect(risk.noCover == 0)
    }

    @Test("equals a brute-force enumeration of every outcome, to 1e-12", arguments: 0..<600)
    func againstBruteForce(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let n = random.int(0...12)
        let leave = (0..<n).map { _ -> Double in
            switch random.int(0...9) {
            case 0: return 0
            case 1: return 1
            case 2: return [0.5, 0.25, 0.75][random.int(0...2)]
            default: return Double.random(in: 0...1, using: &random)
            }
        }
        let target = random.int(0...n + 1)
        let risk = AttritionRisk(leaveProbabilities: leave, target: target)
        let expected = AttritionRiskTests.bruteForce(leave, target: target)
        #expect(abs(risk.belowTarget - expected.below) <= 1e-12, "p \(leave) target \(target)")
        #expect(abs(risk.noCover - expected.none) <= 1e-12, "p \(leave)")
        #expect(risk.belowTarget >= 0 && risk.belowTarget <= 1)
    }

    @Test("hundreds of holders: the binomial closed form, and probabilities that stay in 0…1")
    func manyHolders() {
        // 400 holders each leaving with p = 0.9: P(stay < 3) = Σ_{k<3} C(400,k) 0.1^k 0.9^(400−k).
        let p = 0.9, n = 400
        var expected = 0.0, choose = 1.0
        for k in 0..<3 {
            expected += choose * pow(0.1, Double(k)) * pow(p, Double(n - k))
            choose = choose * Double(n - k) / Double(k + 1)
        }
        let risk = AttritionRisk(leaveProbabilities: [Double](repeating: p, count: n), target: 3)
        #expect(abs(risk.belowTarget - expected) <= 1e-12 * expected)   // relative: the value is tiny
        #expect(abs(risk.noCover - pow(p, Double(n))) <= 1e-12 * pow(p, Double(n)))
        // A large team with some sure leavers and some sure stayers.
        let mixed = (0..<1_000).map { i in i % 10 == 0 ? 1.0 : i % 10 == 1 ? 0.0 : 0.5 }
        let big = AttritionRisk(leaveProbabilities: mixed, target: 150)
        #expect(big.belowTarget >= 0 && big.belowTarget <= 1)
        #expect(big.noCover == 0)
    }

    @Test("the stay distribution sums to 1 when untruncated")
    func distributionSumsToOne() {
        let leave = [0.1, 0.9, 0.3, 0.5, 1, 0]
        let distribution = AttritionRisk.stayDistribution(leaveProbabilities: leave, below: leave.count + 1)
        #expect(abs(distribution.reduce(0, +) - 1) < 1e-15)
        #expect(distribution[6] == 0)   // one holder leaves for sure
    }
}

private func pow(_ x: Double, _ y: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(y) { result *= x }
    return result
}
