import CapplanCore

/// The names the reports of a comparison show for people: one per person of either snapshot
/// (`PersonMatch.Pair`), as AFTER names them (BEFORE, for a leaver); `name (id)` where two share a
/// name; with `anonymise`, P0001, P0002, … in identity order, so they do not follow either roster's
/// rows, or (`followingAfter`, for sheets beside AFTER's analysis) AFTER's own pseudonyms, leavers
/// numbered after them in identity order.
public struct ComparedNames: Sendable {
    private let names: [String]

    public init(_ comparison: SnapshotComparison, anonymise: Bool, followingAfter: Bool = false) {
        let count = comparison.people.pairs.count
        if anonymise {
            guard followingAfter else {
                names = (0..<count).map { Roster.pseudonym(PersonID($0), of: count) }
                return
            }
            let stayed = comparison.after.roster.people.count
            var next = stayed
            names = comparison.people.pairs.map { pair in
                if let person = pair.after { return Roster.pseudonym(person, of: stayed) }
                next += 1
                return Roster.pseudonym(PersonID(next - 1), of: count)
            }
            return
        }
        let people = (0..<count).map(comparison.person)
        var counts: [String: Int] = [:]
        for person in people { counts[person.name, default: 0] += 1 }
        names = people.map { person in
            if counts[person.name]! > 1, let id = person.id { return "\(person.name) (\(id))" }
            return person.name
        }
    }

    /// The name of the person at `pair` in `PersonMatch.pairs`.
    public subscript(pair: Int) -> String { names[pair] }
}
