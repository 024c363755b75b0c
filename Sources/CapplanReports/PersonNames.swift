import CapplanCore

/// The names reports show for people: their display name, or a stable pseudonym with `--anonymise`.
public struct PersonNames: Sendable {
    private let names: [String]

    /// Display names for `roster`: the name, with the id added where two people share a name;
    /// with `anonymise`, P0001, P0002, … in roster order.
    public init(roster: Roster, anonymise: Bool) {
        if anonymise {
            let width = max(4, String(roster.people.count).count)
            names = roster.people.indices.map { index in
                let number = String(index + 1)
                return "P" + String(repeating: "0", count: width - number.count) + number
            }
            return
        }
        var counts: [String: Int] = [:]
        for person in roster.people { counts[person.name, default: 0] += 1 }
        names = roster.people.map { person in
            if counts[person.name]! > 1, let id = person.id { return "\(person.name) (\(id))" }
            return person.name
        }
    }

    public subscript(person: Int) -> String { names[person] }
}
