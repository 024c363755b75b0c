/// A person who joined, left, or changed role or level between two snapshots (SPEC §9,
/// `people-changes.csv`). People whose role and level are unchanged have none.
public struct PeopleChange: Sendable, Equatable {
    /// The kinds of change, in the order SPEC §9 lists them (and reports sort by).
    public enum Kind: String, Sendable, CaseIterable {
        case joined, left
        /// A higher position in the same role.
        case promoted
        /// A lower position in the same role.
        case levelLowered = "level_lowered"
        /// Another role (whatever the level).
        case roleChanged = "role_changed"
    }

    /// The person: a position in `PersonMatch.pairs`.
    public var pair: Int
    public var kind: Kind
    /// The role level before (in BEFORE's framework), nil for a joiner.
    public var before: RoleLevelID?
    /// The role level after (in AFTER's framework), nil for a leaver.
    public var after: RoleLevelID?

    /// What changed from role level `before` to `after` (nil: not in that snapshot); `sameRole` says
    /// whether the two levels' roles are one role, and `beforeInAfter` is `before` in AFTER's
    /// framework (nil when AFTER's role has no level of that name: positions are then compared).
    /// Nil when nothing changed.
    public static func kind(before: RoleLevelID?, after: RoleLevelID?, sameRole: Bool, beforeInAfter: RoleLevelID?) -> Kind? {
        guard let before else { return after == nil ? nil : .joined }
        guard let after else { return .left }
        if !sameRole { return .roleChanged }
        // A level added below or above in a newer framework moves positions, not people.
        let was = beforeInAfter?.position ?? before.position
        if after.position > was { return .promoted }
        if after.position < was { return .levelLowered }
        return nil
    }

    /// Every change between the matched snapshots, by kind, then in identity order.
    public static func all(_ match: PersonMatch, before: Roster, after: Roster, frameworks: FrameworkCorrespondence) -> [PeopleChange] {
        var changes: [PeopleChange] = []
        for (index, pair) in match.pairs.enumerated() {
            let was = pair.before.map { before.people[$0].roleLevel }
            let now = pair.after.map { after.people[$0].roleLevel }
            let sameRole = was.flatMap { was in now.map { frameworks.isSameRole(before: was.role, after: $0.role) } } ?? false
            if let kind = kind(before: was, after: now, sameRole: sameRole, beforeInAfter: was.flatMap(frameworks.level(before:))) {
                changes.append(PeopleChange(pair: index, kind: kind, before: was, after: now))
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
        return changes.sorted { (rank[$0.kind]!, $0.pair) < (rank[$1.kind]!, $1.pair) }
    }
}
