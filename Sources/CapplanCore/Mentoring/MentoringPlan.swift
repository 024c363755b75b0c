/// One mentoring pairing: a mentor for one need.
public struct Pairing: Sendable, Equatable {
    public var mentor: Int
    /// Index into `MentoringProblem.needs`.
    public var need: Int
}

/// Why a need got no mentor.
public enum UnmetReason: String, Sendable {
    /// Nobody in the team is eligible to mentor it.
    case noEligibleMentor = "no_eligible_mentor"
    /// Eligible mentors exist, but their capacity (or the mentee's limit) went to weightier needs.
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
    private let rank: [Int]

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
        let options = problem.analysis.options
        let needs = problem.needs
        let levels = problem.analysis.framework.scale.levels.count

        // Identity order makes the plan independent of row order.
        let identities = roster.people.map(\.identity)
        let byIdentity = roster.people.indices.sorted { (identities[$0], $0) < (identities[$1], $1) }
        var rank = [Int](repeating: 0, count: roster.people.count)
        for (position, person) in byIdentity.enumerated() { rank[person] = position }
        self.rank = rank
        let needOrder = needs.indices.sorted { (rank[needs[$0].mentee], needs[$0].skill) < (rank[needs[$1].mentee], needs[$1].skill) }

        // Nodes in an order in which every arc points forward: source, mentees, tiers, mentors, sink.
        var graph = MinCostFlow()
        let source = graph.addNode()
        var menteeNode = [Int](repeating: -1, count: roster.people.count)
        for index in needOrder where menteeNode[needs[index].mentee] < 0 {
            menteeNode[needs[index].mentee] = graph.addNode()
            graph.addArc(from: source, to: menteeNode[needs[index].mentee], capacity: options.menteeLimit, cost: 0)
        }
        struct Chain: Hashable { var group: Int; var skill: Int }
        var lowest: [Chain: Int] = [:]
        for need in needs {
            let chain = Chain(group: problem.group[need.mentee], skill: need.skill)
            lowest[chain] = min(lowest[chain] ?? need.mentorMinimum, need.mentorMinimum)
        }
        var tier: [Chain: [Int]] = [:]
        for chain in lowest.keys.sorted(by: { ($0.group, $0.skill) < ($1.group, $1.skill) }) {
            var nodes = [Int](repeating: -1, count: levels)
            for level in lowest[chain]!..<levels {
                nodes[level] = graph.addNode()
                if level > lowest[chain]! { graph.addArc(from: nodes[level - 1], to: nodes[level], capacity: Int(Int32.max), cost: 0) }
            }
            tier[chain] = nodes
        }
        let scale = Int64(2) * Int64(needs.count + 1)
        var needArc = [Int](repeating: -1, count: needs.count)
        for index in needOrder {
            let need = needs[index]
            let nodes = tier[Chain(group: problem.group[need.mentee], skill: need.skill)]!
            needArc[index] = graph.addArc(from: menteeNode[need.mentee], to: nodes[need.mentorMinimum], capacity: 1,
                                          cost: -scale * Int64(need.weight))
        }
        var mentorNode = [Int](repeating: -1, count: roster.people.count)
        for person in byIdentity where problem.mentorCapacity[person] > 0 { mentorNode[person] = graph.addNode() }
        let sink = graph.addNode()
        // tierArcs[chain] = (arc, mentor) for each tier → mentor arc, to read the flow back.
        var tierArcs: [Chain: [(arc: Int, mentor: Int)]] = [:]
        for person in byIdentity where mentorNode[person] >= 0 {
            let capacity = problem.mentorCapacity[person]
            graph.addArc(from: mentorNode[person], to: sink, capacity: 1, cost: 0)
            if capacity > 1 { graph.addArc(from: mentorNode[person], to: sink, capacity: capacity - 1, cost: 1) }
            for skill in 0..<roster.skillCount {
                let chain = Chain(group: problem.group[person], skill: skill)
                guard let rating = roster.rating(person, skill), let nodes = tier[chain], rating >= lowest[chain]! else { continue }
                let arc = graph.addArc(from: nodes[rating], to: mentorNode[person], capacity: capacity, cost: 0)
                tierArcs[chain, default: []].append((arc, person))
            }
        }
        graph.solve(source: source, sink: sink)
        phases = graph.phases

        // Read the plan off the flow, one chain (group, skill) at a time.
        let eligible = problem.hasEligibleMentor()
        var unmet = [UnmetReason?](repeating: nil, count: needs.count)
        var metByChain: [Chain: [Int]] = [:]
        for index in needOrder {
            if graph.flow(needArc[index]) > 0 {
                metByChain[Chain(group: problem.group[needs[index].mentee], skill: needs[index].skill), default: []].append(index)
            } else {
                unmet[index] = eligible[index] ? .capacity : .noEligibleMentor
            }
        }
        var pairings: [Pairing] = []
        pairings.reserveCapacity(needs.count - unmet.lazy.filter { $0 != nil }.count)
        for (chain, met) in metByChain {
            let units = (tierArcs[chain] ?? []).compactMap { entry -> (mentor: Int, count: Int)? in
                let count = graph.flow(entry.arc)
                return count > 0 ? (entry.mentor, count) : nil
            }
            pairings += MentoringPlan.assign(met, to: units, needs: needs, roster: roster, rank: rank)
        }
        pairings.sort { (rank[needs[$0.need].mentee], needs[$0.need].skill) < (rank[needs[$1.need].mentee], needs[$1.need].skill) }
        self.pairings = MentoringPlan.preferTeamMates(pairings, problem: problem, byIdentity: byIdentity)
        self.unmet = unmet
    }

    /// Moves a pairing to a mentor of the mentee's own team when one is eligible and has capacity
    /// to spare: the needs met, and so the total weight, stay the same. (The flow decides which
    /// mentors' time is used; this lets a team-mate with time left take over from an outsider.)
    static func preferTeamMates(_ pairings: [Pairing], problem: MentoringProblem, byIdentity: [Int]) -> [Pairing] {
        let roster = problem.analysis.roster
        let needs = problem.needs
        var load = [Int](repeating: 0, count: roster.people.count)
        for pairing in pairings { load[pairing.mentor] += 1 }
        struct Key: Hashable { var group: Int; var team: String; var skill: Int; var rating: Int }
        // Mentors with capacity, by (group, team, skill, exact rating), in identity order.
        var lists: [Key: [Int]] = [:]
        for person in byIdentity where problem.mentorCapacity[person] > 0 {
            guard let team = roster.people[person].team else { continue }
            for skill in 0..<roster.skillCount {
                guard let rating = roster.rating(person, skill) else { continue }
                lists[Key(group: problem.group[person], team: team, skill: skill, rating: rating), default: []].append(person)
            }
        }
        guard !lists.isEmpty else { return pairings }
        var cursor: [Key: Int] = [:]
        let top = problem.analysis.framework.scale.levels.count - 1
        var result = pairings
        for (index, pairing) in pairings.enumerated() {
            let need = needs[pairing.need]
            guard let team = roster.people[need.mentee].team, roster.people[pairing.mentor].team != team else { continue }
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
    static func assign(_ met: [Int], to units: [(mentor: Int, count: Int)], needs: [MentoringNeed], roster: Roster,
                       rank: [Int]) -> [Pairing] {
        guard let skill = met.first.map({ needs[$0].skill }) else { return [] }
        // Highest minimum first: a mentor good enough for a need is good enough for every later one.
        let order = met.sorted { (needs[$1].mentorMinimum, rank[needs[$0].mentee]) < (needs[$0].mentorMinimum, rank[needs[$1].mentee]) }
        var remaining = units.map(\.count)
        let rating = units.map { roster.rating($0.mentor, skill)! }
        // Mentors by rating (ascending), and by team then rating, as index lists into `units`.
        var byRating: [Int: [Int]] = [:]
        var byTeamRating: [String: [Int: [Int]]] = [:]
        for (u, unit) in units.enumerated() {
            byRating[rating[u], default: []].append(u)
            if let team = roster.people[unit.mentor].team { byTeamRating[team, default: [:]][rating[u], default: []].append(u) }
        }
        let top = rating.max() ?? 0
        var cursor: [Int: Int] = [:]          // first possibly free entry per rating list
        var teamCursor: [String: [Int: Int]] = [:]
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
            if let team = roster.people[need.mentee].team, let lists = byTeamRating[team] {
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
