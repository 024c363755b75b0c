/// A required (person, skill) whose gap or gap status differs between two snapshots (SPEC §9,
/// `gap-changes.csv`), and why.
public struct GapChange: Sendable, Equatable {
    /// Why the gap moved.
    public enum Cause: String, Sendable, CaseIterable {
        /// The rating moved; the requirement did not.
        case rating
        /// The required level moved (a new level, a new role or a new framework); the rating did not.
        case requirement
        case both
        /// The person is only in AFTER.
        case joined
        /// The person is only in BEFORE.
        case left
    }

    /// One snapshot's side of the pair: what was required (nil: not required) and the rating.
    public struct Side: Sendable, Equatable {
        public var required: ScaleLevel?
        public var rating: ScaleLevel?

        public init(required: ScaleLevel?, rating: ScaleLevel?) {
            self.required = required
            self.rating = rating
        }

        /// The gap in levels; nil when not required or not assessed.
        public var gap: Int? { required.flatMap { GapStatus.levels(required: $0, rating: rating) } }
        /// The gap status; nil when not required.
        public var status: GapStatus? { required.map { GapStatus(required: $0, rating: rating) } }
    }

    /// The person: a position in `PersonMatch.pairs`.
    public var pair: Int
    public var skill: ComparedSkill
    /// Nil where the person is not in that snapshot.
    public var before: Side?
    public var after: Side?
    public var cause: Cause

    /// Why the pair's gap moved from `before` to `after` (nil: the person is not in that snapshot);
    /// nil when neither its gap nor its status differs, or it is required in neither.
    public static func cause(before: Side?, after: Side?) -> Cause? {
        let required = before?.required != nil || after?.required != nil
        guard required, before?.gap != after?.gap || before?.status != after?.status else { return nil }
        guard let before else { return .joined }
        guard let after else { return .left }
        switch (before.required != after.required, before.rating != after.rating) {
        case (true, true): return .both
        case (true, false): return .requirement
        case (false, true): return .rating
        case (false, false): return nil
        }
    }

    /// Every changed pair, in identity order, then skill order.
    public static func all(_ match: PersonMatch, before: TeamAnalysis, after: TeamAnalysis, frameworks: FrameworkCorrespondence) -> [GapChange] {
        var changes: [GapChange] = []
        var required: [ComparedSkill: (ScaleLevel?, ScaleLevel?)] = [:]
        for (index, pair) in match.pairs.enumerated() {
            required.removeAll(keepingCapacity: true)
            if let person = pair.before {
                for requirement in before.framework[before.roster.people[person].roleLevel].requirementsBySkill {
                    required[frameworks.skill(before: requirement.skill), default: (nil, nil)].0 = requirement.level
                }
            }
            if let person = pair.after {
                for requirement in after.framework[after.roster.people[person].roleLevel].requirementsBySkill {
                    required[frameworks.skill(after: requirement.skill), default: (nil, nil)].1 = requirement.level
                }
            }
            for skill in required.keys.sorted() {
                let levels = required[skill]!
                let was = pair.before.map { person in Side(required: levels.0, rating: skill.before.flatMap { before.roster.rating(person, $0) }) }
                let now = pair.after.map { person in Side(required: levels.1, rating: skill.after.flatMap { after.roster.rating(person, $0) }) }
                if let cause = cause(before: was, after: now) {
                    changes.append(GapChange(pair: index, skill: skill, before: was, after: now, cause: cause))
                }
            }
        }
        return changes
    }
}
