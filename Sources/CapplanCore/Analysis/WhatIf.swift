/// What changes when some people leave the team (`capplan whatif`).
public struct WhatIf: Sendable {
    /// A skill whose coverage status changes.
    public struct CoverageChange: Sendable, Equatable {
        public var skill: SkillID
        public var before: CoverageStatus
        public var holdersBefore: Int
        /// nil when the skill is no longer one of the team's.
        public var after: CoverageStatus?
        public var holdersAfter: Int
        /// The remaining sole holder (a person of `remaining`), when the skill became a single point.
        public var soleHolderAfter: PersonID?
    }

    /// A gap that someone who is leaving could mentor and nobody who stays can.
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
    public private(set) var changes: [CoverageChange] = []
    public private(set) var orphanedGaps: [OrphanedGap] = []

    /// The team without `leavers` (people of `before`).
    public init(before: TeamAnalysis, leavers: [PersonID]) {
        self.before = before
        self.leavers = leavers
        let after = before.roster.removing(Set(leavers))
        remaining = TeamAnalysis(framework: before.framework, roster: after, options: before.options)
        for old in before.coverage {
            let new = remaining.coverage(of: old.skill)
            guard new?.status != old.status else { continue }
            changes.append(CoverageChange(skill: old.skill, before: old.status, holdersBefore: old.holders.count,
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
