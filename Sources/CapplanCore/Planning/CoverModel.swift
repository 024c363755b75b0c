/// A hiring problem reduced to what the searches need: the skills still short of holders and the
/// hire types that cover at least one of them, renumbered densely in the same relative order (so
/// framework order is kept), each type with an integer weight that encodes the first two parts
/// of the objective:
///
///     weight = K + position,   K = 1 + maxPosition · D,   D = Σ deficits
///
/// A plan that the searches build never has more than D hires (each hire is added to give a
/// holder to a skill that still needs one), so its total position is below K, and comparing
/// total weights compares hire counts first, then total positions.
struct CoverModel {
    /// Skill `s` here is `originalSkill[s]` of the problem.
    let originalSkill: [Int]
    /// Type `t` here is `originalType[t]` of the problem (increasing: framework order is kept).
    let originalType: [Int]
    /// The holders each skill lacks (all > 0).
    let demands: [Int]
    /// The skills each type covers, ascending.
    let typeSkills: [[Int]]
    /// The types covering each skill, ascending.
    let skillTypes: [[Int]]
    /// `K + position` of each type.
    let weights: [Int]
    /// `K`: the weight of one hire, before its position.
    let hireWeight: Int
    /// The least and the largest position of the types.
    let lightestPosition: Int, heaviestPosition: Int
    /// Words per skill bitset.
    let words: Int
    /// Type `t`'s skills as a bitset: words `t * words ..< (t + 1) * words`.
    let typeBits: [UInt64]

    var skillCount: Int { demands.count }
    var typeCount: Int { weights.count }

    /// The reachable part of `problem`: skills with a positive deficit that some type covers.
    init(_ problem: HiringProblem) {
        var covered = [Bool](repeating: false, count: problem.deficits.count)
        for type in problem.hireTypes { for skill in type.skills { covered[skill] = true } }
        originalSkill = problem.deficits.indices.filter { problem.deficits[$0] > 0 && covered[$0] }
        var compactSkill = [Int](repeating: -1, count: problem.deficits.count)
        for (s, skill) in originalSkill.enumerated() { compactSkill[skill] = s }
        demands = originalSkill.map { problem.deficits[$0] }
        var types: [Int] = [], skillsOfType: [[Int]] = []
        for (j, type) in problem.hireTypes.enumerated() {
            let skills = Set(type.skills.map { compactSkill[$0] }.filter { $0 >= 0 }).sorted()
            guard !skills.isEmpty else { continue }
            types.append(j)
            skillsOfType.append(skills)
        }
        originalType = types
        typeSkills = skillsOfType
        var typesOfSkill = [[Int]](repeating: [], count: originalSkill.count)
        for (t, skills) in skillsOfType.enumerated() { for s in skills { typesOfSkill[s].append(t) } }
        skillTypes = typesOfSkill
        let maxPosition = types.map { problem.hireTypes[$0].position }.max() ?? 0
        lightestPosition = types.map { problem.hireTypes[$0].position }.min() ?? 0
        heaviestPosition = maxPosition
        let unit = 1 + maxPosition * demands.reduce(0, +)
        self.hireWeight = unit
        weights = types.map { unit + problem.hireTypes[$0].position }
        words = max(1, (originalSkill.count + 63) / 64)
        var bits = [UInt64](repeating: 0, count: types.count * words)
        for (t, skills) in skillsOfType.enumerated() {
            for s in skills { bits[t * words + s / 64] |= 1 << UInt64(s % 64) }
        }
        typeBits = bits
    }

    /// The number of hires in a plan of total weight `cost`.
    func hireCount(ofCost cost: Int) -> Int { cost / hireWeight }

    /// The fewest hires of a plan that weighs at least `bound` (an LP bound): a hire weighs at
    /// most `K + heaviestPosition`.
    func hireBound(_ bound: Double) -> Int {
        max(0, Int(((bound - CoverModel.slack(bound)) / Double(hireWeight + heaviestPosition)).rounded(.up)))
    }

    /// The least weight of a plan that weighs at least `bound` (an LP bound): `bound` rounded up
    /// (weights are integers), and at least `hireBound(bound)` hires of `K + lightestPosition` each.
    /// The second is what makes "one hire fewer" provable when the LP is a fraction of a hire short.
    func weightBound(_ bound: Double) -> Int {
        let rounded = Int((bound - CoverModel.slack(bound)).rounded(.up))
        return max(rounded, hireBound(bound) * (hireWeight + lightestPosition))
    }

    /// The tolerance taken off a floating-point bound before rounding it up, so that a rounding
    /// error can weaken a bound but not inflate it.
    static func slack(_ value: Double) -> Double { 1e-6 + 1e-9 * abs(value) }

    /// A dual-feasible `y` of the LP relaxation (indexed by skill, 0 off `needed`) and Σ residual·y:
    /// every plan that covers `residual` with the `rows` types weighs at least Σ residual·y.
    /// `needed` lists the skills to cover (each with a positive residual; others are ignored);
    /// `rows` may omit dominated types.
    func dual(residual: [Int], needed: [Int], rows: [Int], effort: inout SearchEffort) -> (y: [Double], value: Double) {
        var column = [Int](repeating: -1, count: skillCount)
        for (k, s) in needed.enumerated() { column[s] = k }
        let lp = PackingLP(columnCount: needed.count,
                           rows: rows.map { t in typeSkills[t].compactMap { column[$0] >= 0 ? column[$0] : nil } },
                           bounds: rows.map { Double(weights[$0]) })
        var work = 0
        let solution = lp.solve(objective: needed.map { Double(residual[$0]) }, work: &work)
        effort.spend(work)
        var y = [Double](repeating: 0, count: skillCount)
        var value = 0.0
        for (k, s) in needed.enumerated() {
            y[s] = solution[k]
            value += solution[k] * Double(residual[s])
        }
        return (y, value)
    }

    /// Σ y_s over the skills of type `t` that `residual` still needs.
    func dualWeight(of t: Int, y: [Double], residual: [Int]) -> Double {
        typeSkills[t].reduce(0.0) { residual[$1] > 0 ? $0 + y[$1] : $0 }
    }
}
