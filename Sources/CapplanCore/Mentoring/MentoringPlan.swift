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
/// The optimiser is a minimum-cost flow (`MinCostFlow`), exact on any roster:
///
///     source → mentee (capacity: mentee limit)
///            → need (capacity 1, cost −K·weight)
///            → tier (skill, level ≥ mentor minimum) of the mentee's team, cost 0,
///              or of the whole team (or `--within` group), cost 3
///            → tier of the next level up (cost 1: prefer the mentor closest above the target)
///            → mentor rated exactly at that tier's level (cost 0)
///            → sink (first pairing cost 0, further pairings cost 1, up to the mentor's capacity)
///
/// Eligibility is nested by rating (whoever is eligible at a level is eligible at every lower
/// one), so tiers chained by level let every need reach every eligible mentor with a graph linear
/// in the roster. A pairing's secondary cost is at most 7 (same team, closeness, load); with
/// K = 8·(needs + 1) any plan of greater total weight costs less than any plan of smaller weight,
/// so the minimum-cost flow maximises total weight first and only then prefers same-team,
/// closest and least-loaded mentors. Needs and mentors enter the graph sorted by identity, so the
/// plan does not depend on the order of the roster's rows.
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

    /// True when need `a` comes before need `b` in report order: mentee identity, then skill.
    public func pairingOrder(_ a: Int, _ b: Int) -> Bool {
        let x = problem.needs[a], y = problem.needs[b]
        return (rank[x.mentee], x.skill) < (rank[y.mentee], y.skill)
    }

    /// Total weight of all needs.
    public var totalWeight: Int { problem.needs.reduce(0) { $0 + $1.weight } }
    /// Total weight of the needs the plan meets.
    public var metWeight: Int { pairings.reduce(0) { $0 + problem.needs[$1.need].weight } }

    public init(problem: MentoringProblem) {
        self.problem = problem
        let roster = problem.analysis.roster
        let options = problem.analysis.options
        let needs = problem.needs
        let levels = problem.analysis.framework.scale.levels.count

        // Identity order makes the plan independent of row order.
        let identities = roster.people.map(\.identity)
        let byIdentity = roster.people.indices.sorted { identities[$0] < identities[$1] || (identities[$0] == identities[$1] && $0 < $1) }
        var rank = [Int](repeating: 0, count: roster.people.count)
        for (position, person) in byIdentity.enumerated() { rank[person] = position }
        self.rank = rank
        let needOrder = needs.indices.sorted { (rank[needs[$0].mentee], needs[$0].skill) < (rank[needs[$1].mentee], needs[$1].skill) }

        var teamIDs: [String: Int] = [:]
        let team: [Int] = roster.people.map { person in
            guard let name = person.team else { return -1 }
            if let id = teamIDs[name] { return id }
            teamIDs[name] = teamIDs.count
            return teamIDs.count - 1
        }
        let useTeams = !teamIDs.isEmpty && teamIDs.count < roster.people.count

        var graph = MinCostFlow()
        let source = graph.addNode()
        var menteeNode: [Int: Int] = [:]
        for index in needOrder where menteeNode[needs[index].mentee] == nil {
            menteeNode[needs[index].mentee] = graph.addNode()
        }
        for (mentee, node) in menteeNode.sorted(by: { $0.value < $1.value }) {
            _ = mentee
            graph.addArc(from: source, to: node, capacity: options.menteeLimit, cost: 0)
        }
        let scale = Int64(8) * Int64(needs.count + 1)
        var needNode = [Int](repeating: -1, count: needs.count)
        var needArc = [Int](repeating: -1, count: needs.count)
        for index in needOrder {
            needNode[index] = graph.addNode()
            needArc[index] = graph.addArc(from: menteeNode[needs[index].mentee]!, to: needNode[index], capacity: 1,
                                          cost: -scale * Int64(needs[index].weight))
        }

        // Tier chains: key (group, team or -1 for the whole group, skill) → node per level from the lowest needed.
        struct ChainKey: Hashable { var group: Int; var team: Int; var skill: Int }
        var lowest: [ChainKey: Int] = [:]
        func need(_ key: ChainKey, from level: Int) { lowest[key] = min(lowest[key] ?? level, level) }
        for index in needOrder {
            let n = needs[index]
            need(ChainKey(group: problem.group[n.mentee], team: -1, skill: n.skill), from: n.mentorMinimum)
            if useTeams && team[n.mentee] >= 0 {
                need(ChainKey(group: problem.group[n.mentee], team: team[n.mentee], skill: n.skill), from: n.mentorMinimum)
            }
        }
        let chainKeys = lowest.keys.sorted { ($0.group, $0.skill, $0.team) < ($1.group, $1.skill, $1.team) }
        var tier: [ChainKey: [Int]] = [:] // node per level; -1 below the lowest
        for key in chainKeys {
            var nodes = [Int](repeating: -1, count: levels)
            for level in lowest[key]!..<levels {
                nodes[level] = graph.addNode()
                if level > lowest[key]! { graph.addArc(from: nodes[level - 1], to: nodes[level], capacity: Int(Int32.max), cost: 0) }
            }
            tier[key] = nodes
        }
        for index in needOrder {
            let n = needs[index]
            let group = problem.group[n.mentee]
            if useTeams && team[n.mentee] >= 0, let nodes = tier[ChainKey(group: group, team: team[n.mentee], skill: n.skill)] {
                graph.addArc(from: needNode[index], to: nodes[n.mentorMinimum], capacity: 1, cost: 0)
            }
            graph.addArc(from: needNode[index], to: tier[ChainKey(group: group, team: -1, skill: n.skill)]![n.mentorMinimum],
                         capacity: 1, cost: useTeams ? 3 : 0)
        }

        // Mentors, in identity order, joined to the tier of their exact rating in each chain that reaches it.
        let sink: Int
        var mentorNode = [Int](repeating: -1, count: roster.people.count)
        for person in byIdentity where problem.mentorCapacity[person] > 0 { mentorNode[person] = graph.addNode() }
        sink = graph.addNode()
        var mentorOf: [Int: Int] = [:] // node → person
        for person in byIdentity where mentorNode[person] >= 0 {
            mentorOf[mentorNode[person]] = person
            let capacity = problem.mentorCapacity[person]
            graph.addArc(from: mentorNode[person], to: sink, capacity: 1, cost: 0)
            if capacity > 1 { graph.addArc(from: mentorNode[person], to: sink, capacity: capacity - 1, cost: 1) }
        }
        for person in byIdentity where mentorNode[person] >= 0 {
            for skill in 0..<roster.skillCount {
                guard let rating = roster.rating(person, skill) else { continue }
                for key in [ChainKey(group: problem.group[person], team: -1, skill: skill),
                            ChainKey(group: problem.group[person], team: useTeams ? team[person] : -2, skill: skill)] {
                    guard let nodes = tier[key], rating >= lowest[key]! else { continue }
                    graph.addArc(from: nodes[rating], to: mentorNode[person], capacity: 1, cost: 0)
                }
            }
        }
        graph.solve(source: source, sink: sink)
        phases = graph.phases

        // Decompose the flow: walk each met need along arcs that still carry flow to a mentor.
        var remaining: [Int: [Int]] = [:] // node → arcs with flow left, as a stack in preference order
        func take(_ node: Int) -> Int? {
            if remaining[node] == nil {
                remaining[node] = graph.arcsWithFlow(from: node).flatMap { Array(repeating: $0.arc, count: $0.flow) }.reversed()
            }
            return remaining[node]!.popLast()
        }
        var pairings: [Pairing] = []
        var unmet = [UnmetReason?](repeating: nil, count: needs.count)
        let eligible = problem.hasEligibleMentor()
        for index in needOrder {
            guard graph.flow(needArc[index]) > 0 else {
                unmet[index] = eligible[index] ? .capacity : .noEligibleMentor
                continue
            }
            var node = needNode[index]
            while mentorOf[node] == nil {
                guard let arc = take(node) else { preconditionFailure("flow decomposition lost a unit at node \(node)") }
                node = graph.target(arc)
            }
            pairings.append(Pairing(mentor: mentorOf[node]!, need: index))
        }
        self.pairings = pairings
        self.unmet = unmet
    }
}
