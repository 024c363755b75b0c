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
            // AFTER's people keep the pseudonyms AFTER's own sheets give them (numbered among AFTER's headcount).
            let afterCount = comparison.after.roster.people.count
            var next = afterCount
            names = comparison.people.pairs.map { pair in
                if let person = pair.after { return Roster.pseudonym(person, of: afterCount) }
                next += 1
                return Roster.pseudonym(PersonID(next - 1), of: count)
            }
            return
        }
        names = PersonNames.displayNames((0..<count).map(comparison.person))
    }

    /// The name of the person at `pair` in `PersonMatch.pairs`.
    public subscript(pair: Int) -> String { names[pair] }
}
