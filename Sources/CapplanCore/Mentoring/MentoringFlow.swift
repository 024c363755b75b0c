/// The minimum-cost flow a mentoring plan is read off (see `MentoringPlan` for why it is exact):
///
///     source → mentee → tier (group, skill, L) → tier (…, L+1) → … → mentor rated exactly L → sink
///
/// Nodes are added in an order in which every arc points forward (source, mentees, tiers,
/// mentors, sink), and people and needs enter in identity order, so the flow found does not depend
/// on the order of the roster's rows.
struct MentoringFlow {
    /// A tier chain: the mentors of one `--within` group in one skill, by rating.
    struct Chain: Hashable {
        var group: Int
        var skill: SkillID
    }

    private var graph = MinCostFlow()
    private let source: Int
    private var sink = 0
    /// The need's arc, by need index.
    private var needArc: [Int]
    /// Per chain, each tier → mentor arc and its mentor, in identity order.
    private var tierArcs: [Chain: [(arc: Int, mentor: PersonID)]] = [:]
    /// Per chain, its tier node per rating (nil below the lowest rating any need there asks for).
    private var tiers: [Chain: IDArray<ScaleLevel, Int?>] = [:]

    /// The flow network of `problem`, people in `order` (identity order) and needs in `needOrder`.
    init(problem: MentoringProblem, order: [PersonID], needOrder: [Int]) {
        source = graph.addNode()
        needArc = [Int](repeating: -1, count: problem.needs.count)
        let menteeNodes = addMentees(problem, needOrder: needOrder)
        addTiers(problem)
        addNeeds(problem, needOrder: needOrder, menteeNodes: menteeNodes)
        addMentors(problem, order: order)
    }

    /// Primal–dual phases the solver took.
    var phases: Int { graph.phases }

    mutating func solve() { graph.solve(source: source, sink: sink) }

    /// True when the flow meets need `index`.
    func isMet(_ index: Int) -> Bool { graph.flow(needArc[index]) > 0 }

    /// The pairings the flow gives each mentor in `chain`, in identity order (mentors with none left out).
    func mentorLoads(in chain: Chain) -> [(mentor: PersonID, count: Int)] {
        (tierArcs[chain] ?? []).compactMap { entry in
            let count = graph.flow(entry.arc)
            return count > 0 ? (entry.mentor, count) : nil
        }
    }

    // MARK: Building

    private mutating func addMentees(_ problem: MentoringProblem, needOrder: [Int]) -> [PersonID: Int] {
        var nodes: [PersonID: Int] = [:]
        for index in needOrder where nodes[problem.needs[index].mentee] == nil {
            let node = graph.addNode()
            nodes[problem.needs[index].mentee] = node
            graph.addArc(from: source, to: node, capacity: problem.analysis.options.menteeLimit, cost: 0)
        }
        return nodes
    }

    /// One chain per (group, skill) with needs, from the lowest rating a need there asks for to the
    /// top of the scale, each tier flowing freely to the next: whoever may mentor at L+1 may at L.
    private mutating func addTiers(_ problem: MentoringProblem) {
        var lowest: [Chain: ScaleLevel] = [:]
        for need in problem.needs {
            let chain = Chain(group: problem.group[need.mentee], skill: need.skill)
            lowest[chain] = min(lowest[chain] ?? need.mentorMinimum, need.mentorMinimum)
        }
        let scale = problem.analysis.framework.scale
        for chain in lowest.keys.sorted(by: { ($0.group, $0.skill) < ($1.group, $1.skill) }) {
            var nodes = IDArray<ScaleLevel, Int?>(repeating: nil, count: scale.levels.count)
            for level in lowest[chain]!...scale.top {
                let node = graph.addNode()
                if let below = level > lowest[chain]! ? nodes[level.advanced(by: -1)] : nil {
                    graph.addArc(from: below, to: node, capacity: Int(Int32.max), cost: 0)
                }
                nodes[level] = node
            }
            tiers[chain] = nodes
        }
    }

    /// A need enters its chain at the lowest rating eligible to mentor it, capacity 1, cost −K·weight
    /// with K = 2·(needs + 1): more weight always beats any load cost.
    private mutating func addNeeds(_ problem: MentoringProblem, needOrder: [Int], menteeNodes: [PersonID: Int]) {
        let scale = Int64(2) * Int64(problem.needs.count + 1)
        for index in needOrder {
            let need = problem.needs[index]
            let entry = tiers[Chain(group: problem.group[need.mentee], skill: need.skill)]![need.mentorMinimum]!
            needArc[index] = graph.addArc(from: menteeNodes[need.mentee]!, to: entry, capacity: 1, cost: -scale * Int64(need.weight))
        }
    }

    /// Each mentor with capacity takes pairings from the tier of their exact rating in every chain
    /// they reach; their first pairing costs 0 and further ones 1, which spreads load.
    private mutating func addMentors(_ problem: MentoringProblem, order: [PersonID]) {
        let roster = problem.analysis.roster
        var mentorNodes: [(PersonID, Int)] = []
        for person in order where problem.mentorCapacity[person] > 0 { mentorNodes.append((person, graph.addNode())) }
        sink = graph.addNode()
        for (person, node) in mentorNodes {
            let capacity = problem.mentorCapacity[person]
            graph.addArc(from: node, to: sink, capacity: 1, cost: 0)
            if capacity > 1 { graph.addArc(from: node, to: sink, capacity: capacity - 1, cost: 1) }
            for skill in roster.skills {
                let chain = Chain(group: problem.group[person], skill: skill)
                guard let rating = roster.rating(person, skill), let tier = tiers[chain]?[rating] else { continue }
                let arc = graph.addArc(from: tier, to: node, capacity: capacity, cost: 0)
                tierArcs[chain, default: []].append((arc, person))
            }
        }
    }
}
