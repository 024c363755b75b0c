/// What changes when some people leave the team, or others join it (`capplan whatif`).
public struct WhatIf: Sendable {
    /// A skill whose coverage status changes.
    public struct CoverageChange: Sendable, Equatable {
        public var skill: SkillID
        /// nil when the skill was not one of the team's (a joiner's role brings it).
        public var before: CoverageStatus?
        public var holdersBefore: Int
        /// nil when the skill is no longer one of the team's.
        public var after: CoverageStatus?
        public var holdersAfter: Int
        /// The remaining sole holder (a person of `remaining`), when the skill became a single point.
        public var soleHolderAfter: PersonID?
    }

    /// A gap that someone who is leaving could mentor and nobody in the team after (who stays or joins) can.
    public struct OrphanedGap: Sendable, Equatable {
        /// A person of `remaining`.
        public var mentee: PersonID
        public var skill: SkillID
        public var rating: ScaleLevel
        public var target: ScaleLevel
    }

    public let before: TeamAnalysis
    public let remaining: TeamAnalysis
    /// The people leaving (people of `before`).
    public let leavers: [PersonID]
    /// The role levels of the people joining, in order: the last people of `remaining`.
    public let joiners: [RoleLevelID]
    /// Skills whose coverage status changes, in framework order.
    public private(set) var changes: [CoverageChange] = []
    public private(set) var orphanedGaps: [OrphanedGap] = []

    /// The team without `leavers` (people of `before`), and with a person at each of `joiners`
    /// rated exactly at its requirements (`Roster.adding(joiners:framework:)`).
    public init(before: TeamAnalysis, leavers: [PersonID], joiners: [RoleLevelID] = []) {
        self.before = before
        self.leavers = leavers
        self.joiners = joiners
        let after = before.roster.removing(Set(leavers)).adding(joiners: joiners, framework: before.framework)
        remaining = TeamAnalysis(framework: before.framework, roster: after, options: before.options)
        let skills = Set(before.coverage.map(\.skill)).union(remaining.coverage.map(\.skill)).sorted()
        for skill in skills {
            let (old, new) = (before.coverage(of: skill), remaining.coverage(of: skill))
            guard new?.status != old?.status else { continue }
            changes.append(CoverageChange(skill: skill, before: old?.status, holdersBefore: old?.holders.count ?? 0,
                                          after: new?.status, holdersAfter: new?.holders.count ?? 0,
                                          soleHolderAfter: new?.soleHolder))
        }
        // Gap needs are the same before and after for the people who stay; compare who could mentor them.
        let oldProblem = MentoringProblem(analysis: before)
        let newProblem = MentoringProblem(analysis: remaining)
        let leaving = Set(leavers)
        var stayerIndex = IDArray<PersonID, PersonID?>(repeating: nil, count: before.roster.people.count)
        var next = PersonID(0)
        for p in before.roster.people.indices where !leaving.contains(p) {
            stayerIndex[p] = next
            next = next.advanced(by: 1)
        }
        struct Key: Hashable { var mentee: PersonID; var skill: SkillID }
        var hadMentor: [Key: Bool] = [:]
        for (need, eligible) in zip(oldProblem.needs, oldProblem.hasEligibleMentor()) where need.kind == .gap {
            guard let stayer = stayerIndex[need.mentee] else { continue }
            hadMentor[Key(mentee: stayer, skill: need.skill)] = eligible
        }
        for (need, eligible) in zip(newProblem.needs, newProblem.hasEligibleMentor()) where need.kind == .gap && !eligible {
            if hadMentor[Key(mentee: need.mentee, skill: need.skill)] == true {
                orphanedGaps.append(OrphanedGap(mentee: need.mentee, skill: need.skill, rating: need.rating, target: need.target))
            }
        }
    }

    /// Skills that become single points of knowledge.
    public var newSinglePoints: [CoverageChange] { changes.filter { $0.after == .singlePoint } }
}
