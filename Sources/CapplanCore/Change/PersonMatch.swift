/// The people of two snapshots matched by identity (SPEC §9): `id` when present, else the name, so a
/// person renamed but keeping their `id` is the same person. When only one of the two rows has an
/// `id` (a column added since), the name matches them, if no one else unmatched has that name.
///
/// Every person of either snapshot is one `Pair`, in identity order, so nothing a comparison lists
/// depends on the order of the rosters' rows.
public struct PersonMatch: Sendable {
    /// One person: their row in each snapshot (nil where they are not in it).
    public struct Pair: Sendable, Equatable {
        public var before: PersonID?
        public var after: PersonID?
        /// The identity pairs are ordered by: AFTER's, else BEFORE's.
        public var identity: String

        public init(before: PersonID?, after: PersonID?, identity: String) {
            self.before = before
            self.after = after
            self.identity = identity
        }
    }

    /// Every person of either snapshot once, sorted by identity.
    public let pairs: [Pair]
    /// The pair of each of BEFORE's people and of each of AFTER's (positions in `pairs`).
    public let pairOfBefore: IDArray<PersonID, Int>
    public let pairOfAfter: IDArray<PersonID, Int>

    public init(before: Roster, after: Roster) {
        // An id matches an id, a name a name: someone named "2" in a roster without ids is not the
        // person with id 2 in the other (people who gained or lost an id: `matchByName`).
        func key(_ person: Person) -> String { (person.id == nil ? "name:" : "id:") + person.identity }
        var afterByIdentity: [String: PersonID] = [:]
        afterByIdentity.reserveCapacity(after.people.count)
        for person in after.people.indices { afterByIdentity[key(after.people[person])] = person }
        var partner = IDArray<PersonID, PersonID?>(repeating: nil, count: before.people.count)
        var taken = IDArray<PersonID, Bool>(repeating: false, count: after.people.count)
        for person in before.people.indices {
            guard let other = afterByIdentity[key(before.people[person])] else { continue }
            partner[person] = other
            taken[other] = true
        }
        Self.matchByName(before, after, &partner, &taken)
        var pairs: [Pair] = []
        pairs.reserveCapacity(before.people.count + after.people.count)
        for person in before.people.indices {
            let other = partner[person]
            pairs.append(Pair(before: person, after: other, identity: (other.map { after.people[$0] } ?? before.people[person]).identity))
        }
        for person in after.people.indices where !taken[person] {
            pairs.append(Pair(before: nil, after: person, identity: after.people[person].identity))
        }
        pairs.sort { $0.identity < $1.identity }
        self.pairs = pairs
        var ofBefore = IDArray<PersonID, Int>(repeating: 0, count: before.people.count)
        var ofAfter = IDArray<PersonID, Int>(repeating: 0, count: after.people.count)
        for (index, pair) in pairs.enumerated() {
            if let person = pair.before { ofBefore[person] = index }
            if let person = pair.after { ofAfter[person] = index }
        }
        pairOfBefore = ofBefore
        pairOfAfter = ofAfter
    }

    /// Matches, by name, unmatched people of whom exactly one of the two has an `id`, where the name
    /// is unique among the unmatched of each snapshot.
    private static func matchByName(_ before: Roster, _ after: Roster, _ partner: inout IDArray<PersonID, PersonID?>,
                                    _ taken: inout IDArray<PersonID, Bool>) {
        var unmatchedAfter: [String: [PersonID]] = [:]
        for person in after.people.indices where !taken[person] { unmatchedAfter[after.people[person].name, default: []].append(person) }
        var unmatchedBefore: [String: [PersonID]] = [:]
        for person in before.people.indices where partner[person] == nil { unmatchedBefore[before.people[person].name, default: []].append(person) }
        for (name, people) in unmatchedBefore {
            guard people.count == 1, let others = unmatchedAfter[name], others.count == 1 else { continue }
            let (person, other) = (people[0], others[0])
            guard (before.people[person].id == nil) != (after.people[other].id == nil) else { continue }
            partner[person] = other
            taken[other] = true
        }
    }

    /// The pairs of people in both snapshots.
    public var stayed: some Sequence<(pair: Int, before: PersonID, after: PersonID)> {
        pairs.enumerated().lazy.compactMap { index, pair in
            guard let before = pair.before, let after = pair.after else { return nil }
            return (index, before, after)
        }
    }
}
