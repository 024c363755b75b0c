/// A role level that could be hired (SPEC §10, "Hiring plan"): a person assumed rated exactly at
/// its requirements.
public struct HireType: Sendable, Equatable {
    /// The skills (indices into `HiringProblem.deficits`) a hire of this type would hold: those the
    /// role level requires at or above the skill's holder level. Order and repeats do not matter.
    public var skills: [Int]
    /// Seniority, ≥ 0 (1 = most junior): among plans with the fewest hires, the lowest total wins.
    public var position: Int

    public init(skills: [Int], position: Int) {
        self.skills = skills
        self.position = position
    }
}

/// What a hiring plan must achieve and with what.
///
/// Hire types are indexed `0..<hireTypes.count` in framework order (role order, then level
/// order); that index is the last tie-break.
public struct HiringProblem: Sendable, Equatable {
    /// For each skill, the holders it lacks: target holders minus current holders, floored at 0.
    public var deficits: [Int]
    /// The role levels that may be hired, in framework order.
    public var hireTypes: [HireType]

    public init(deficits: [Int], hireTypes: [HireType]) {
        self.deficits = deficits
        self.hireTypes = hireTypes
    }

    /// The skills below target that no hire type covers, ascending: no plan can fix them.
    public var unreachableSkills: [Int] {
        var covered = [Bool](repeating: false, count: deficits.count)
        for type in hireTypes { for skill in type.skills { covered[skill] = true } }
        return deficits.indices.filter { deficits[$0] > 0 && !covered[$0] }
    }
}

/// The answer of `HiringPlanner`.
public struct HiringPlan: Sendable, Equatable {
    /// One hire of the plan.
    public struct Hire: Sendable, Equatable {
        /// The hire type (index into `HiringProblem.hireTypes`).
        public var type: Int
        /// `skills_to_target`: the skills of this type that were still below target when the
        /// hires before it in plan order are counted, ascending; this hire adds a holder to each.
        public var skillsToTarget: [Int]
    }

    /// The hires in plan order: ascending type index (framework order), repeats adjacent.
    public var hires: [Hire]
    /// Skills below target that no hire type covers, ascending (never planned for, never dropped).
    public var unreachableSkills: [Int]
    /// Reachable skills this plan leaves below target, ascending: empty unless `maxHires` is
    /// below `minimumHires` (or the search stopped early, see `isProvenOptimal`).
    public var skillsBelowTarget: [Int]
    /// The fewest hires that bring every reachable skill to target (whatever `maxHires` says).
    /// When `isProvenOptimal` is false, the fewest found, and `minimumHiresLowerBound` the fewest possible.
    public var minimumHires: Int
    /// A proven lower bound on `minimumHires`; equal to it when the search finished.
    public var minimumHiresLowerBound: Int
    /// The sum of the positions of the hires.
    public var totalPosition: Int
    /// False only when the search hit its node limit (a safety valve for pathological inputs):
    /// the plan is then the best found, valid but maybe not optimal.
    public var isProvenOptimal: Bool

    /// Whether the plan brings every reachable skill to target.
    public var reachesEveryTarget: Bool { skillsBelowTarget.isEmpty }
}
