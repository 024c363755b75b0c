/// What became of one pairing of BEFORE's mentoring plan by AFTER (SPEC §9,
/// `mentoring-outcomes.csv`): did the mentee reach the target?
public struct MentoringOutcome: Sendable, Equatable {
    /// The outcomes, in the order the first that applies names it.
    public enum Outcome: String, Sendable, CaseIterable {
        /// AFTER's rating is at or above the target.
        case reached
        /// Higher than before, still below the target.
        case progressed
        case noChange = "no_change"
        case declined
        /// The mentee is in AFTER, not assessed in the skill.
        case notAssessed = "not_assessed"
        /// The mentee is not in AFTER.
        case left
    }

    /// The mentor and the mentee: positions in `PersonMatch.pairs`.
    public var mentor: Int
    public var mentee: Int
    public var skill: ComparedSkill
    public var kind: NeedKind
    public var target: ScaleLevel
    /// The mentee's rating in BEFORE (a need always has one).
    public var before: ScaleLevel
    /// The mentee's rating in AFTER; nil when not assessed or gone.
    public var after: ScaleLevel?
    public var outcome: Outcome

    /// The outcome of mentoring towards `target` a mentee rated `before`, rated `after` now (nil: not
    /// assessed), or gone (`menteeLeft`).
    public static func outcome(target: ScaleLevel, before: ScaleLevel, after: ScaleLevel?, menteeLeft: Bool) -> Outcome {
        if menteeLeft { return .left }
        guard let after else { return .notAssessed }
        if after >= target { return .reached }
        return after > before ? .progressed : after == before ? .noChange : .declined
    }

    /// The outcome of every pairing of `plan` (BEFORE's), by mentee identity, then skill.
    public static func all(_ plan: MentoringPlan, _ match: PersonMatch, after: Roster, frameworks: FrameworkCorrespondence) -> [MentoringOutcome] {
        plan.pairings.map { pairing in
            let need = plan.problem.needs[pairing.need]
            let mentee = match.pairOfBefore[need.mentee]
            let skill = frameworks.skill(before: need.skill)
            let now = match.pairs[mentee].after
            let rating = now.flatMap { person in skill.after.flatMap { after.rating(person, $0) } }
            return MentoringOutcome(mentor: match.pairOfBefore[pairing.mentor], mentee: mentee, skill: skill, kind: need.kind,
                                    target: need.target, before: need.rating, after: rating,
                                    outcome: outcome(target: need.target, before: need.rating, after: rating, menteeLeft: now == nil))
        }.sorted { ($0.mentee, $0.skill, $0.mentor) < ($1.mentee, $1.skill, $1.mentor) }
    }
}
