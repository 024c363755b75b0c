import HeapModule

/// A minimum-cost flow solver (primal–dual: Dijkstra with potentials, then a blocking flow on
/// the zero-reduced-cost arcs, repeated), that stops once the cheapest augmenting path no longer
/// has negative cost. The result is a flow of minimum total cost over *all* flow values, which is
/// what a maximum-weight assignment with weights as negative costs needs.
///
/// Why exact: successive shortest paths keep the flow of minimum cost for its value, and the
/// minimum cost as a function of the flow value is convex with slope equal to the shortest path
/// distance; so the first time that distance is non-negative, no larger flow is cheaper. A phase
/// saturates every shortest path at the current distance (a Dinic blocking flow), so the next
/// distance is strictly larger; with small integer weights there are few phases.
///
/// Nodes must be added so that every arc goes from a lower to a higher node number (the graph is
/// a DAG in node order): the first potentials are then one pass of relaxation.
struct MinCostFlow {
    private(set) var nodeCount = 0
    // Arcs as added (forward only).
    private var tails: [Int32] = []
    private var heads: [Int32] = []
    private var capacities: [Int32] = []
    private var costs: [Int64] = []

    // The residual graph in compressed rows, built by `solve`: arcs leaving node u are
    // start[u] ..< start[u + 1]; `reverse[a]` is the opposite arc; `slot[i]` is where added arc i went.
    private var start: [Int32] = []
    private var to: [Int32] = []
    private var reverse: [Int32] = []
    private var residual: [Int32] = []
    private var cost: [Int64] = []
    private var slot: [Int32] = []

    /// Statistics of the last solve, for benchmarks.
    private(set) var phases = 0
    private(set) var rounds = 0

    /// Adds a node and returns its number.
    mutating func addNode() -> Int {
        nodeCount += 1
        return nodeCount - 1
    }

    /// Adds an arc from `a` to `b` (a < b) and returns its number, for reading its flow later.
    @discardableResult
    mutating func addArc(from a: Int, to b: Int, capacity c: Int, cost w: Int64) -> Int {
        precondition(a < b && b < nodeCount, "arcs must follow node order")
        tails.append(Int32(a)); heads.append(Int32(b)); capacities.append(Int32(clamping: c)); costs.append(w)
        return tails.count - 1
    }

    /// Units of flow on added arc `arc` (after `solve`).
    func flow(_ arc: Int) -> Int { Int(residual[Int(reverse[Int(slot[arc])])]) }

    private mutating func buildRows() {
        let n = nodeCount, m = tails.count
        var degree = [Int32](repeating: 0, count: n + 1)
        for i in 0..<m { degree[Int(tails[i])] += 1; degree[Int(heads[i])] += 1 }
        start = [Int32](repeating: 0, count: n + 1)
        for u in 0..<n { start[u + 1] = start[u] + degree[u] }
        var fill = Array(start.prefix(n))
        to = [Int32](repeating: 0, count: 2 * m)
        reverse = [Int32](repeating: 0, count: 2 * m)
        residual = [Int32](repeating: 0, count: 2 * m)
        cost = [Int64](repeating: 0, count: 2 * m)
        slot = [Int32](repeating: 0, count: m)
        for i in 0..<m {
            let a = Int(tails[i]), b = Int(heads[i])
            let f = Int(fill[a]), r = Int(fill[b])
            fill[a] += 1; fill[b] += 1
            to[f] = Int32(b); reverse[f] = Int32(r); residual[f] = capacities[i]; cost[f] = costs[i]
            to[r] = Int32(a); reverse[r] = Int32(f); residual[r] = 0; cost[r] = -costs[i]
            slot[i] = Int32(f)
        }
    }

    /// Sends flow from `source` to `sink` while that lowers the total cost: each phase finds the
    /// shortest distances on reduced costs (Dijkstra with potentials), stops once the cheapest
    /// augmenting path no longer has negative cost, else saturates every shortest path (`blockingFlows`).
    mutating func solve(source: Int, sink: Int) {
        buildRows()
        var potential = initialPotentials(from: source)
        var search = Search(nodes: nodeCount)
        phases = 0
        rounds = 0
        while true {
            shortestDistances(from: source, potential: potential, into: &search)
            guard search.distance[sink] < Search.infinity else { break }
            for i in 0..<nodeCount where search.distance[i] < Search.infinity { potential[i] += search.distance[i] }
            // The true cost of the cheapest augmenting path; stop once it no longer pays.
            guard potential[sink] - potential[source] < 0 else { break }
            phases += 1
            blockingFlows(source: source, sink: sink, potential: potential, search: &search)
        }
    }

    /// Working arrays of a solve, allocated once.
    private struct Search {
        static let infinity = Int64.max / 4
        var distance: [Int64]
        var level: [Int32]
        var current: [Int32]
        var queue: [Int32]
        var path: [Int32] = []
        var heap = Heap<Entry>()

        init(nodes n: Int) {
            distance = [Int64](repeating: Search.infinity, count: n)
            level = [Int32](repeating: -1, count: n)
            current = [Int32](repeating: 0, count: n)
            queue = [Int32](repeating: 0, count: n)
        }
    }

    /// Shortest distances from `source` in the DAG of the arcs as added, in node order (every arc
    /// points to a higher node): potentials that make every reduced cost non-negative.
    private func initialPotentials(from source: Int) -> [Int64] {
        var potential = [Int64](repeating: Search.infinity, count: nodeCount)
        potential[source] = 0
        for u in 0..<nodeCount where potential[u] < Search.infinity {
            for a in Int(start[u])..<Int(start[u + 1]) where residual[a] > 0 {
                let v = Int(to[a])
                let d = potential[u] + cost[a]
                if d < potential[v] { potential[v] = d }
            }
        }
        for u in 0..<nodeCount where potential[u] >= Search.infinity { potential[u] = 0 }
        return potential
    }

    /// Dijkstra on reduced costs, into `search.distance`.
    private func shortestDistances(from source: Int, potential: [Int64], into search: inout Search) {
        for i in 0..<nodeCount { search.distance[i] = Search.infinity }
        search.distance[source] = 0
        search.heap.insert(Entry(distance: 0, node: Int32(source)))
        while let entry = search.heap.popMin() {
            let u = Int(entry.node)
            if entry.distance > search.distance[u] { continue }
            let pu = potential[u]
            for a in Int(start[u])..<Int(start[u + 1]) where residual[a] > 0 {
                let v = Int(to[a])
                let d = entry.distance + cost[a] + pu - potential[v]
                if d < search.distance[v] {
                    search.distance[v] = d
                    search.heap.insert(Entry(distance: d, node: Int32(v)))
                }
            }
        }
    }

    /// Blocking flows on the arcs of zero reduced cost (Dinic), until none is left.
    private mutating func blockingFlows(source: Int, sink: Int, potential: [Int64], search: inout Search) {
        while levelGraph(source: source, sink: sink, potential: potential, search: &search) {
            rounds += 1
            augmentAlongLevels(source: source, sink: sink, potential: potential, search: &search)
        }
    }

    /// Breadth-first levels over the arcs of zero reduced cost; false when the sink is not reached.
    private func levelGraph(source: Int, sink: Int, potential: [Int64], search: inout Search) -> Bool {
        for i in 0..<nodeCount { search.level[i] = -1 }
        search.level[source] = 0
        var qHead = 0, qTail = 0
        search.queue[qTail] = Int32(source); qTail += 1
        while qHead < qTail {
            let u = Int(search.queue[qHead]); qHead += 1
            // Nothing beyond the sink's level can be on a shortest path to it.
            if search.level[sink] >= 0 && search.level[u] >= search.level[sink] { break }
            let pu = potential[u]
            for a in Int(start[u])..<Int(start[u + 1]) where residual[a] > 0 {
                let v = Int(to[a])
                if search.level[v] < 0 && cost[a] + pu - potential[v] == 0 {
                    search.level[v] = search.level[u] + 1
                    search.queue[qTail] = Int32(v); qTail += 1
                }
            }
        }
        return search.level[sink] >= 0
    }

    /// Depth-first search for augmenting paths along the levels, one unit at a time.
    private mutating func augmentAlongLevels(source: Int, sink: Int, potential: [Int64], search: inout Search) {
        for i in 0..<nodeCount { search.current[i] = start[i] }
        var u = source
        search.path.removeAll(keepingCapacity: true)
        while true {
            if u == sink {
                for a in search.path {
                    residual[Int(a)] -= 1
                    residual[Int(reverse[Int(a)])] += 1
                }
                search.path.removeAll(keepingCapacity: true)
                u = source
                continue
            }
            var advanced = false
            let end = start[u + 1]
            while search.current[u] < end {
                let a = Int(search.current[u])
                let v = Int(to[a])
                if residual[a] > 0 && search.level[v] == search.level[u] + 1 && cost[a] + potential[u] - potential[v] == 0 {
                    search.path.append(Int32(a))
                    u = v
                    advanced = true
                    break
                }
                search.current[u] += 1
            }
            if advanced { continue }
            // Dead end: retreat and skip the arc that led here.
            guard let last = search.path.popLast() else { break }
            u = Int(to[Int(reverse[Int(last)])])
            search.current[u] += 1
        }
    }

    private struct Entry: Comparable {
        var distance: Int64
        var node: Int32
        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.distance, lhs.node) < (rhs.distance, rhs.node) }
    }
}
