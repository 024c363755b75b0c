/// One mentoring pairing: a mentor for one need.
public struct Pairing: Sendable, Equatable {
    public var mentor: PersonID
    /// Index into `MentoringProblem.needs`.
    public var need: Int
}

/// Why a need got no mentor (SPEC §3).
public enum UnmetReason: String, Sendable, CaseIterable {
    /// Nobody in the team is eligible to mentor it: something to train or hire for.
    case noEligibleMentor = "no_eligible_mentor"
    /// An eligible mentor still has time: the mentee's own limit of pairings stopped it.
    case menteeLimit = "mentee_limit"
    /// Every eligible mentor's time is taken (by needs of greater weight), or they have none.
    case capacity
}

/// A pairing of mentors to needs of maximum total weight (SPEC §3, "Mentoring pairings").
///
/// **The optimiser** is a minimum-cost flow (`MinCostFlow`), exact on any roster:
///
///     source → mentee                  capacity: the mentee limit
///            → tier (skill, level L)   capacity 1 per need, cost −K·weight, entering at
///                                      L = max(target, mentor level), the lowest rating eligible
///            → tier (skill, level L+1) unbounded: whoever can mentor at L+1 can mentor at L
///            → mentor rated exactly L  (one tier chain per `--within` group)
///            → sink                    first pairing cost 0, further ones cost 1, up to capacity
///
/// Eligibility is nested by rating, so the tier chains let every need reach every eligible mentor
/// with a graph linear in the roster. Any flow is a feasible plan (a need's arc has capacity 1,
/// mentees and mentors their limits) and every feasible plan is a flow, so the minimum-cost flow is
/// the plan of maximum total weight: with K = 2·(needs + 1), a plan of greater weight always costs
/// less than one of smaller weight whatever its load cost, and among plans of the greatest weight
/// it spreads load over more mentors.
///
/// **Who mentors whom** within a skill is then read off the flow: the flow fixes which needs are
/// met and how many pairings each mentor takes in each skill, not which met need goes to which of
/// the mentors it reached. Needs are handed mentors in order of falling minimum rating (which
/// always succeeds, as any mentor good enough for a need is good enough for every later one),
/// each taking a mentor of the mentee's own team where there is one, then the one rated closest
/// above what the need requires. Needs and mentors enter in identity order (`id`, else name), so
/// the plan does not depend on the order of the roster's rows.
public struct MentoringPlan: Sendable {
    public let problem: MentoringProblem
    /// Pairings sorted by mentee identity, then skill.
    public let pairings: [Pairing]
    /// Reason per need, nil for needs that were met.
    public let unmet: [UnmetReason?]
    /// Primal–dual phases the solver took (for benchmarks).
    public let phases: Int
    /// Position of each person in identity order (the order reports list mentees in).
    private let rank: IDArray<PersonID, Int>

    /// Total weight of all needs.
    public var totalWeight: Int { problem.needs.reduce(0) { $0 + $1.weight } }
    /// Total weight of the needs the plan meets.
    public var metWeight: Int { pairings.reduce(0) { $0 + problem.needs[$1.need].weight } }

    /// True when need `a` comes before need `b` in report order: mentee identity, then skill.
    public func pairingOrder(_ a: Int, _ b: Int) -> Bool {
        let x = problem.needs[a], y = problem.needs[b]
        return (rank[x.mentee], x.skill) < (rank[y.mentee], y.skill)
    }

    public init(problem: MentoringProblem) {
        self.problem = problem
        let roster = problem.analysis.roster
        let needs = problem.needs
        // Identity order makes the plan independent of row order.
        let identities = roster.people.map(\.identity)
        let byIdentity = roster.people.indices.sorted { (identities[$0.index], $0) < (identities[$1.index], $1) }
        var rank = IDArray<PersonID, Int>(repeating: 0, count: roster.people.count)
        for (position, person) in byIdentity.enumerated() { rank[person] = position }
        self.rank = rank
        let needOrder = needs.indices.sorted { (rank[needs[$0].mentee], needs[$0].skill) < (rank[needs[$1].mentee], needs[$1].skill) }

        var flow = MentoringFlow(problem: problem, order: byIdentity, needOrder: needOrder)
        flow.solve()
        phases = flow.phases

        // Read the plan off the flow, one chain (group, skill) at a time.
        var metByChain: [MentoringFlow.Chain: [Int]] = [:]
        for index in needOrder where flow.isMet(index) {
            metByChain[MentoringFlow.Chain(group: problem.group[needs[index].mentee], skill: needs[index].skill), default: []].append(index)
        }
        var pairings: [Pairing] = []
        for (chain, met) in metByChain {
            pairings += MentoringPlan.assign(met, to: flow.mentorLoads(in: chain), needs: needs, roster: roster, rank: rank)
        }
        pairings.sort { (rank[needs[$0.need].mentee], needs[$0.need].skill) < (rank[needs[$1.need].mentee], needs[$1.need].skill) }
        self.pairings = MentoringPlan.preferTeamMates(pairings, problem: problem, byIdentity: byIdentity)
        unmet = MentoringPlan.reasons(problem, pairings: self.pairings)
    }

    /// Why each need the pairings leave unmet is unmet (nil for the met ones): nobody eligible; else
    /// an eligible mentor with time left (so the mentee's limit stopped it); else no eligible mentor's
    /// time left.
    static func reasons(_ problem: MentoringProblem, pairings: [Pairing]) -> [UnmetReason?] {
        var load = IDArray<PersonID, Int>(repeating: 0, count: problem.analysis.roster.people.count)
        var met = [Bool](repeating: false, count: problem.needs.count)
        for pairing in pairings {
            load[pairing.mentor] += 1
            met[pairing.need] = true
        }
        let eligible = problem.hasEligibleMentor()
        let eligibleWithTime = problem.hasEligibleMentor(among: { load[$0] < problem.mentorCapacity[$0] })
        return problem.needs.indices.map { index -> UnmetReason? in
            if met[index] { return nil }
            if !eligible[index] { return .noEligibleMentor }
            return eligibleWithTime[index] ? .menteeLimit : .capacity
        }
    }

    /// Moves a pairing to a mentor of the mentee's own team when one is eligible and has capacity
    /// to spare: the needs met, and so the total weight, stay the same. (The flow decides which
    /// mentors' time is used; this lets a team-mate with time left take over from an outsider.)
    static func preferTeamMates(_ pairings: [Pairing], problem: MentoringProblem, byIdentity: [PersonID]) -> [Pairing] {
        let roster = problem.analysis.roster
        let needs = problem.needs
        var load = IDArray<PersonID, Int>(repeating: 0, count: roster.people.count)
        for pairing in pairings { load[pairing.mentor] += 1 }
        struct Key: Hashable { var group: Int; var team: NameKey; var skill: SkillID; var rating: ScaleLevel }
        // Mentors with capacity, by (group, team, skill, exact rating), in identity order.
        var lists: [Key: [PersonID]] = [:]
        for person in byIdentity where problem.mentorCapacity[person] > 0 {
            guard let team = roster.people[person].teamKey else { continue }
            for skill in roster.skills {
                guard let rating = roster.rating(person, skill) else { continue }
                lists[Key(group: problem.group[person], team: team, skill: skill, rating: rating), default: []].append(person)
            }
        }
        guard !lists.isEmpty else { return pairings }
        var cursor: [Key: Int] = [:]
        let top = problem.analysis.framework.scale.top
        var result = pairings
        for (index, pairing) in pairings.enumerated() {
            let need = needs[pairing.need]
            guard let team = roster.people[need.mentee].teamKey, roster.people[pairing.mentor].teamKey != team else { continue }
            // The closest rating first; within it, identity order, skipping mentors with no time left.
            search: for rating in stride(from: need.mentorMinimum, through: top, by: 1) {
                let key = Key(group: problem.group[need.mentee], team: team, skill: need.skill, rating: rating)
                guard let list = lists[key] else { continue }
                var position = cursor[key] ?? 0
                while position < list.count && load[list[position]] >= problem.mentorCapacity[list[position]] { position += 1 }
                cursor[key] = position
                if position < list.count {
                    let mentor = list[position]
                    load[pairing.mentor] -= 1
                    load[mentor] += 1
                    result[index].mentor = mentor
                    break search
                }
            }
        }
        return result
    }

    /// Hands the met needs of one chain to the mentor pairings the flow sends through it.
    /// `units` gives each mentor's number of pairings in this chain, in identity order.
    static func assign(_ met: [Int], to units: [(mentor: PersonID, count: Int)], needs: [MentoringNeed], roster: Roster,
                       rank: IDArray<PersonID, Int>) -> [Pairing] {
        guard let skill = met.first.map({ needs[$0].skill }) else { return [] }
        // Highest minimum first: a mentor good enough for a need is good enough for every later one.
        let order = met.sorted { (needs[$1].mentorMinimum, rank[needs[$0].mentee]) < (needs[$0].mentorMinimum, rank[needs[$1].mentee]) }
        var remaining = units.map(\.count)
        let rating = units.map { roster.rating($0.mentor, skill)! }
        // Mentors by rating (ascending), and by team then rating, as index lists into `units`.
        var byRating: [ScaleLevel: [Int]] = [:]
        var byTeamRating: [NameKey: [ScaleLevel: [Int]]] = [:]
        for (u, unit) in units.enumerated() {
            byRating[rating[u], default: []].append(u)
            if let team = roster.people[unit.mentor].teamKey { byTeamRating[team, default: [:]][rating[u], default: []].append(u) }
        }
        let top = rating.max() ?? ScaleLevel(0)
        var cursor: [ScaleLevel: Int] = [:]          // first possibly free entry per rating list
        var teamCursor: [NameKey: [ScaleLevel: Int]] = [:]
        func take(from list: [Int]?, cursor position: inout Int) -> Int? {
            guard let list else { return nil }
            while position < list.count {
                if remaining[list[position]] > 0 { return list[position] }
                position += 1
            }
            return nil
        }
        var pairings: [Pairing] = []
        for index in order {
            let need = needs[index]
            var chosen: Int?
            if let team = roster.people[need.mentee].teamKey, let lists = byTeamRating[team] {
                for level in stride(from: need.mentorMinimum, through: top, by: 1) where chosen == nil {
                    var position = teamCursor[team]?[level] ?? 0
                    chosen = take(from: lists[level], cursor: &position)
                    teamCursor[team, default: [:]][level] = position
                }
            }
            for level in stride(from: need.mentorMinimum, through: top, by: 1) where chosen == nil {
                var position = cursor[level] ?? 0
                chosen = take(from: byRating[level], cursor: &position)
                cursor[level] = position
            }
            guard let unit = chosen else { preconditionFailure("the flow sent more needs through a tier than it has mentors") }
            remaining[unit] -= 1
            pairings.append(Pairing(mentor: units[unit].mentor, need: index))
        }
        return pairings
    }
}
