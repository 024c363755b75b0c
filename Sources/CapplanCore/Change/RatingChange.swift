/// A rating that differs between two snapshots, for a person in both (SPEC §9, `rating-changes.csv`).
public struct RatingChange: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case improved, declined
        /// Not assessed before, assessed now.
        case newlyAssessed = "newly_assessed"
        /// Assessed before, not assessed now.
        case noLongerAssessed = "no_longer_assessed"
    }

    /// The person: a position in `PersonMatch.pairs`.
    public var pair: Int
    public var skill: ComparedSkill
    /// Nil when not assessed.
    public var before: ScaleLevel?
    public var after: ScaleLevel?
    public var kind: Kind

    /// How a rating moved from `before` to `after` (nil: not assessed); nil when it did not.
    public static func kind(before: ScaleLevel?, after: ScaleLevel?) -> Kind? {
        switch (before, after) {
        case (nil, nil): return nil
        case (nil, _): return .newlyAssessed
        case (_, nil): return .noLongerAssessed
        case let (was?, now?): return now > was ? .improved : now < was ? .declined : nil
        }
    }

    /// Every rating that differs, for the people in both snapshots, in identity order, then skill order.
    public static func all(_ match: PersonMatch, before: Roster, after: Roster, frameworks: FrameworkCorrespondence) -> [RatingChange] {
        // Only skills some roster has a column for can be rated.
        let skills = frameworks.skills.filter { skill in
            skill.before.map { before.skillsInRoster[$0] } ?? false || skill.after.map { after.skillsInRoster[$0] } ?? false
        }
        var changes: [RatingChange] = []
        for (pair, was, now) in match.stayed {
            for skill in skills {
                let old = skill.before.flatMap { before.rating(was, $0) }
                let new = skill.after.flatMap { after.rating(now, $0) }
                if let kind = kind(before: old, after: new) {
                    changes.append(RatingChange(pair: pair, skill: skill, before: old, after: new, kind: kind))
                }
            }
        }
        return changes
    }
}
