/// How a team skill's cover moved between two snapshots (SPEC §9, `coverage-changes.csv`): its
/// holders and status before and after, and the headline that movement makes.
public struct CoverageChange: Sendable, Equatable {
    /// The headline of a movement, in the order the Changes sheet ranks them. The first rule that
    /// applies names it (a skill that lost its last holder "lost cover", not "fewer holders").
    public enum Kind: String, Sendable, CaseIterable {
        /// No holder now, where there was one.
        case lostCover = "lost_cover"
        /// One holder now, where there were at least two (or the target was met).
        case becameSinglePoint = "became_single_point"
        /// Below target now (but with two holders or more), where it was met.
        case belowTarget = "below_target"
        /// At target now, where it was not.
        case reachedTarget = "reached_target"
        /// A team skill now, not before (a role's new requirement, or a first rating).
        case newTeamSkill = "new_team_skill"
        /// Not a team skill any more.
        case noLongerTeamSkill = "no_longer_team_skill"
        case moreHolders = "more_holders"
        case fewerHolders = "fewer_holders"
        case unchanged
    }

    /// One snapshot's cover of the skill.
    public struct Cover: Sendable, Equatable {
        public var holders: Int
        public var status: CoverageStatus

        public init(holders: Int, status: CoverageStatus) {
            self.holders = holders
            self.status = status
        }
    }

    public var skill: ComparedSkill
    /// Nil where the skill is not a team skill.
    public var before: Cover?
    public var after: Cover?
    public var kind: Kind

    /// Holders, 0 where the skill is not a team skill (nobody is rated in it, or nobody holds it).
    public var holdersBefore: Int { before?.holders ?? 0 }
    public var holdersAfter: Int { after?.holders ?? 0 }

    /// The headline of a skill covered `before` and `after` (nil: not a team skill then).
    public static func kind(before: Cover?, after: Cover?) -> Kind {
        guard let after else { return .noLongerTeamSkill }
        guard let before else { return .newTeamSkill }
        switch (before.status, after.status) {
        case (let was, .noCover) where was != .noCover: return .lostCover
        case (.ok, .singlePoint), (.thin, .singlePoint): return .becameSinglePoint
        case (.ok, .thin): return .belowTarget
        case (let was, .ok) where was != .ok: return .reachedTarget
        default: break
        }
        return after.holders > before.holders ? .moreHolders : after.holders < before.holders ? .fewerHolders : .unchanged
    }

    /// Every skill of either team, in skill order.
    public static func all(before: TeamAnalysis, after: TeamAnalysis, frameworks: FrameworkCorrespondence) -> [CoverageChange] {
        frameworks.skills.compactMap { skill in
            let was = skill.before.flatMap { before.coverage(of: $0) }.map { Cover(holders: $0.holders.count, status: $0.status) }
            let now = skill.after.flatMap { after.coverage(of: $0) }.map { Cover(holders: $0.holders.count, status: $0.status) }
            guard was != nil || now != nil else { return nil }
            return CoverageChange(skill: skill, before: was, after: now, kind: kind(before: was, after: now))
        }
    }
}
