/// Why someone could use a mentor in a skill (SPEC §3, "Mentoring pairings").
public enum NeedKind: String, Sendable {
    /// Rated below their own required level.
    case gap
    /// The skill is not `ok` and they are one level below the holder level: mentoring makes a new holder.
    case resilience
}

/// A (mentee, skill, target level) that a mentor could help with.
public struct MentoringNeed: Sendable, Equatable {
    public var mentee: PersonID
    public var skill: SkillID
    public var kind: NeedKind
    /// What the mentee is rated at.
    public var rating: ScaleLevel
    /// The level to reach: the required level (gap) or the holder level (resilience).
    public var target: ScaleLevel
    /// Levels to close: the gap (1–4), or 1 for resilience.
    public var weight: Int
    /// The rating a mentor must have, at least (`MentorEligibility.minimumRating`).
    public var mentorMinimum: ScaleLevel

    /// The need (mentee, skill) has, if any (SPEC §3): a `gap` when rated below the required
    /// level, else `resilience` when the skill is not `ok` and the rating is one level below its
    /// holder level. Not assessed is no need.
    public static func of(mentee: PersonID, skill: SkillID, rating: ScaleLevel?, required: ScaleLevel?,
                          coverage: TeamAnalysis.Coverage?, mentorLevel: ScaleLevel) -> MentoringNeed? {
        guard let rating else { return nil }
        if let required, GapStatus(required: required, rating: rating) == .below {
            return MentoringNeed(mentee: mentee, skill: skill, kind: .gap, rating: rating, target: required, weight: required - rating,
                                 mentorMinimum: MentorEligibility.minimumRating(target: required, mentorLevel: mentorLevel))
        }
        if let coverage, coverage.status != .ok, rating.advanced(by: 1) == coverage.holderLevel {
            return MentoringNeed(mentee: mentee, skill: skill, kind: .resilience, rating: rating, target: coverage.holderLevel, weight: 1,
                                 mentorMinimum: MentorEligibility.minimumRating(target: coverage.holderLevel, mentorLevel: mentorLevel))
        }
        return nil
    }
}
