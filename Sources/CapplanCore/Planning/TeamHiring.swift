/// The hiring plan of a team (SPEC §10, "Hiring plan"): the team's analysis turned into a
/// `HiringProblem`, planned by `HiringPlanner`, and the answer read back in the framework's terms.
///
/// - The skills are the team's skills (`TeamAnalysis.coverage`); a skill's deficit is its target
///   holders less its holders today, floored at 0.
/// - A hire is a role level of an allowed role (default: the roles someone in the team holds),
///   assumed rated exactly at its requirements, so it holds the skills it requires at or above each
///   skill's holder level (`CoverageStatus.holds`, with per-skill holder levels from the targets).
/// - Its position is the level's position in its role (1 = most junior): among plans with the
///   fewest hires, the lowest total wins, then framework order (roles, then levels).
public struct TeamHiring: Sendable {
    /// One hire of the plan.
    public struct Hire: Sendable, Equatable {
        /// 1, 2, … in plan order (`hire` in `hiring-plan.csv`).
        public var number: Int
        public var level: RoleLevelID
        /// The team skills still below target when this hire comes (counting the hires before it),
        /// which this hire brings a holder to, in framework order.
        public var skillsToTarget: [SkillID]
    }

    public let analysis: TeamAnalysis
    /// The roles whose levels may be hired, in framework order.
    public let roles: [RoleID]
    /// The most hires asked for (`--max-hires`), if any.
    public let maxHires: Int?
    /// The hire types of `problem`, in its order: every level of `roles`.
    public let hireLevels: [RoleLevelID]
    /// The skills of `problem`, in its order: the team's skills in framework order.
    public let skills: [SkillID]
    public let problem: HiringProblem
    public let plan: HiringPlan
    /// The hires, in plan order (framework order of their role levels).
    public let hires: [Hire]

    /// Plans the hires that bring every team skill of `analysis` to its target: the levels of `roles`
    /// (nil: the team's roles, `teamRoles`) may be hired, at most `maxHires` of them.
    public init(analysis: TeamAnalysis, roles: [RoleID]? = nil, maxHires: Int? = nil,
                effortLimit: Int = HiringPlanner.defaultEffortLimit) {
        self.analysis = analysis
        let roles = roles ?? TeamHiring.teamRoles(of: analysis.roster)
        self.roles = roles
        self.maxHires = maxHires
        let framework = analysis.framework
        skills = analysis.coverage.map(\.skill)
        var index = IDArray<SkillID, Int?>(repeating: nil, count: framework.skills.count)
        for (position, skill) in skills.enumerated() { index[skill] = position }
        hireLevels = roles.flatMap { framework.levels(of: $0) }
        let types = hireLevels.map { level in
            HireType(skills: TeamHiring.heldSkills(at: level, framework: framework, options: analysis.options).compactMap { index[$0] },
                     position: level.position)
        }
        let deficits = analysis.coverage.map { max(0, $0.targetHolders - $0.holders.count) }
        problem = HiringProblem(deficits: deficits, hireTypes: types)
        plan = HiringPlanner.plan(problem, maxHires: maxHires, effortLimit: effortLimit)
        let (levels, skills) = (hireLevels, skills)
        hires = plan.hires.enumerated().map { number, hire in
            Hire(number: number + 1, level: levels[hire.type], skillsToTarget: hire.skillsToTarget.map { skills[$0] })
        }
    }

    /// The roles someone in `roster` holds, in framework order (the default hire roles).
    public static func teamRoles(of roster: Roster) -> [RoleID] {
        Set(roster.people.map(\.role)).sorted()
    }

    /// Every role of `framework` that has levels (`--hire-role all`), in framework order.
    public static func everyRole(of framework: Framework) -> [RoleID] {
        framework.roles.indices.filter { framework.roles[$0].isInUse }
    }

    /// The skills a person at `level`, rated exactly at its requirements, holds: those it requires
    /// at or above the skill's holder level, in framework order.
    public static func heldSkills(at level: RoleLevelID, framework: Framework, options: AnalysisOptions) -> [SkillID] {
        framework[level].requirementsBySkill
            .filter { CoverageStatus.holds($0.level, holderLevel: options.holderLevel(for: $0.skill)) }
            .map(\.skill)
    }

    /// Team skills below target that no allowed role level can bring a holder to (`unreachable.csv`),
    /// in framework order.
    public var unreachable: [TeamAnalysis.Coverage] { plan.unreachableSkills.map { analysis.coverage[$0] } }

    /// Skills the plan leaves below target though some allowed role level could help: only when
    /// `maxHires` is below the minimum (or the search stopped early), in framework order.
    public var leftBelowTarget: [TeamAnalysis.Coverage] { plan.skillsBelowTarget.map { analysis.coverage[$0] } }

    /// Team skills below target today, in framework order.
    public var belowTarget: [TeamAnalysis.Coverage] { analysis.coverage.filter { $0.holders.count < $0.targetHolders } }

    /// True when `maxHires` is below the fewest hires that reach every reachable target.
    public var isCapped: Bool { maxHires.map { $0 < plan.minimumHires } ?? false }

    /// The holders `skill` has after the plan's hires (its holders today plus the hires that hold it).
    public func holdersAfter(_ row: TeamAnalysis.Coverage) -> Int {
        let framework = analysis.framework
        return row.holders.count + hires.filter {
            framework[$0.level].required(row.skill).map { CoverageStatus.holds($0, holderLevel: row.holderLevel) } ?? false
        }.count
    }
}
