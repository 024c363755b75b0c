import CapplanCore

/// The names reports show for people: their display name, or a stable pseudonym with `--anonymise`.
public struct PersonNames: Sendable {
    private let names: IDArray<PersonID, String>

    /// Display names for `roster`: the name, with the id added where two people share a name;
    /// with `anonymise`, P0001, P0002, … in roster order.
    public init(roster: Roster, anonymise: Bool) {
        if anonymise {
            names = IDArray(roster.people.indices.map { Roster.pseudonym($0, of: roster.people.count) })
            return
        }
        names = IDArray(Self.displayNames(Array(roster.people)))
    }

    /// Each of `people`'s name, with the id added where two of them share the name (`Ann Lee (X1)`).
    static func displayNames(_ people: [Person]) -> [String] {
        var counts: [String: Int] = [:]
        for person in people { counts[person.name, default: 0] += 1 }
        return people.map { person in
            if counts[person.name]! > 1, let id = person.id { return "\(person.name) (\(id))" }
            return person.name
        }
    }

    public subscript(person: PersonID) -> String { names[person] }
}
