/// Branch and bound for the weighted multicover of a `CoverModel`: a multiset of hire types of
/// least total weight that covers every skill `s` at least `demand_s` times. Used both to
/// minimise (find a plan cheaper than an incumbent, or prove there is none) and to decide (find
/// any plan within a budget, or prove there is none).
///
/// A node is a partial plan (hires so far), the residual demands, and the types still allowed.
/// At each node:
///
/// 1. *Forcing*: a short skill with a single allowed type forces that many hires of it.
/// 2. *Dominance*: an allowed type whose still-needed skills are a subset of another allowed
///    type's, at a higher weight (or equal weight and later index), is forbidden below: swapping
///    it for the other in any plan keeps the plan covering, no heavier and no later in framework
///    order.
/// 3. *Bound*: the LP relaxation's dual (`PackingLP`) gives `y` with cost ≥ cost so far + Σ r·y
///    for every completion; the node is cut when that exceeds the limit. Its reduced costs
///    `d_t = w_t − Σ_{s∈t} y_s` also bound every completion using `t` by Σ r·y + d_t: types over
///    the limit are forbidden below (reduced-cost fixing).
/// 4. *Branching*: the short skill with the fewest allowed types (most constrained); child `i`
///    hires its `i`-th type and forbids the types of children `0..<i` below. Every multiset that
///    covers the node lies below exactly one child (the one of its first type in that order), so
///    the tree misses no plan and repeats none.
///
/// Nothing is cut that could beat the limit, so "no plan found" is a proof.
struct CoverSearch {
    let model: CoverModel
    /// Cut any node whose cost is proven to exceed this; lowered on each better plan when minimising.
    private(set) var limit: Int
    /// Minimise (true) or stop at the first plan within the limit (false).
    let minimising: Bool
    /// The work allowed and spent (shared by the searches of one plan: copy it back after `run`).
    private(set) var effort: SearchEffort

    private var residual: [Int]
    private var allowed: [Bool]
    private var coverCount: [Int]
    private var hires: [Int] = []
    private var cost = 0
    private var forbidLog: [Int] = []

    /// The best plan found (types, unordered) and its cost.
    private(set) var best: [Int]?
    private(set) var bestCost = Int.max
    private(set) var nodes = 0
    private(set) var lpSolves = 0
    /// True when the effort limit stopped the search: then "nothing found" proves nothing.
    private(set) var aborted = false
    private var finished = false

    /// A search for covering `demands` (default: the model's), from the plan `start` (already
    /// hired), with only `allowed` types, cutting at `limit`.
    init(model: CoverModel, demands: [Int]? = nil, start: [Int] = [], allowed: [Bool]? = nil, limit: Int,
         minimising: Bool, effort: SearchEffort) {
        self.model = model
        self.limit = limit
        self.minimising = minimising
        self.effort = effort
        residual = demands ?? model.demands
        let flags = allowed ?? [Bool](repeating: true, count: model.typeCount)
        self.allowed = flags
        coverCount = model.skillTypes.map { types in types.reduce(0) { $0 + (flags[$1] ? 1 : 0) } }
        for t in start { addHire(t) }
    }

    /// Runs the search.
    mutating func run() {
        explore()
    }

    // MARK: The tree

    private mutating func explore() {
        nodes += 1
        effort.spend(8 * (model.typeCount + model.skillCount))
        if effort.isExhausted { aborted = true; return }
        let hireMark = hires.count, forbidMark = forbidLog.count
        defer {
            while hires.count > hireMark { removeHire() }
            undoForbids(to: forbidMark)
        }
        guard propagate(), cost <= limit else { return }
        let needed = residual.indices.filter { residual[$0] > 0 }
        if needed.isEmpty { record(); return }
        let neededBits = bits(of: needed)
        let useful = forbidDominated(neededBits)
        let (y, yr) = dualBound(needed: needed, neededBits: neededBits, rows: useful)
        guard cost + model.weightBound(yr) <= limit else { return }
        var reducedCost = [Double](repeating: 0, count: model.typeCount)
        for t in useful {
            reducedCost[t] = Double(model.weights[t]) - model.typeSkills[t].reduce(0.0) { residual[$1] > 0 ? $0 + y[$1] : $0 }
            if cost + model.weightBound(yr + reducedCost[t]) > limit { forbid(t) }
        }
        guard let skill = branchingSkill(needed) else { return }
        let candidates = model.skillTypes[skill].filter { allowed[$0] }.sorted {
            (reducedCost[$0], -coverage($0, neededBits), $0) < (reducedCost[$1], -coverage($1, neededBits), $1)
        }
        for (i, t) in candidates.enumerated() {
            if i > 0 { forbid(candidates[i - 1]) }
            let childYR = yr - model.typeSkills[t].reduce(0.0) { residual[$1] > 0 ? $0 + y[$1] : $0 }
            guard cost + model.weights[t] + model.weightBound(childYR) <= limit else { continue }
            addHire(t)
            explore()
            removeHire()
            if finished || aborted { return }
        }
    }

    /// Hires what short skills with a single allowed type force; false when a short skill has
    /// no allowed type left, or the cost passes the limit.
    private mutating func propagate() -> Bool {
        var changed = true
        while changed {
            changed = false
            effort.spend(8 * model.skillCount)
            for s in 0..<model.skillCount where residual[s] > 0 {
                if coverCount[s] == 0 { return false }
                guard coverCount[s] == 1, let t = model.skillTypes[s].first(where: { allowed[$0] }) else { continue }
                for _ in 0..<residual[s] { addHire(t) }
                if cost > limit { return false }
                changed = true
            }
        }
        return true
    }

    private mutating func record() {
        guard cost < bestCost else { return }
        effort.spend(hires.count)
        best = hires
        bestCost = cost
        if minimising { limit = cost - 1 } else { finished = true }
    }

    /// The short skill with the fewest allowed types; ties: the largest residual, then the lowest index.
    private func branchingSkill(_ needed: [Int]) -> Int? {
        var best: Int?
        for s in needed {
            if coverCount[s] == 0 { return nil }
            guard let b = best else { best = s; continue }
            if (coverCount[s], -residual[s]) < (coverCount[b], -residual[b]) { best = s }
        }
        return best
    }

    // MARK: Bounds

    /// Forbids the dominated allowed types (see the type's comment) and returns the others that
    /// cover a needed skill, ascending. "Dominated by" is a strict partial order (subset, then
    /// strictly better weight or index), so every dominated type has an undominated dominator,
    /// which stays allowed: all dominated types can go at once.
    private mutating func forbidDominated(_ neededBits: [UInt64]) -> [Int] {
        let w = model.words
        var types: [Int] = [], counts: [Int] = [], masks: [UInt64] = []
        for t in 0..<model.typeCount where allowed[t] {
            var count = 0
            for k in 0..<w { count += (model.typeBits[t * w + k] & neededBits[k]).nonzeroBitCount }
            guard count > 0 else { continue }
            types.append(t)
            counts.append(count)
            for k in 0..<w { masks.append(model.typeBits[t * w + k] & neededBits[k]) }
        }
        // Candidates by decreasing count: a type's possible dominators come before the end of its count.
        let order = types.indices.sorted { counts[$0] > counts[$1] }
        effort.spend(2 * order.count * order.count * w)
        var dominated = [Bool](repeating: false, count: types.count)
        var groupEnd = 0
        for (position, a) in order.enumerated() {
            if position == groupEnd {
                groupEnd = position
                while groupEnd < order.count && counts[order[groupEnd]] == counts[a] { groupEnd += 1 }
            }
            let j = types[a], wj = model.weights[j]
            masks.withUnsafeBufferPointer { m in
                for b in order[..<groupEnd] where b != a {
                    let k = types[b], wk = model.weights[k]
                    guard wk < wj || (wk == wj && k < j) else { continue }
                    var subset = true
                    for x in 0..<w where m[a * w + x] & ~m[b * w + x] != 0 { subset = false; break }
                    if subset { dominated[a] = true; break }
                }
            }
        }
        var kept: [Int] = []
        for (a, t) in types.enumerated() {
            if dominated[a] { forbid(t) } else { kept.append(t) }
        }
        return kept
    }

    /// A dual-feasible `y` and Σ residual·y, from the LP over the `rows` types.
    private mutating func dualBound(needed: [Int], neededBits: [UInt64], rows: [Int]) -> ([Double], Double) {
        lpSolves += 1
        return model.dual(residual: residual, needed: needed, rows: rows, effort: &effort)
    }

    private func coverage(_ t: Int, _ neededBits: [UInt64]) -> Int {
        let w = model.words
        var count = 0
        for k in 0..<w { count += (model.typeBits[t * w + k] & neededBits[k]).nonzeroBitCount }
        return count
    }

    private func bits(of skills: [Int]) -> [UInt64] {
        var b = [UInt64](repeating: 0, count: model.words)
        for s in skills { b[s / 64] |= 1 << UInt64(s % 64) }
        return b
    }

    // MARK: State changes, undone on the way back

    // A forced hire or its undoing is counted like the rest (8 units per skill touched): a plan of
    // thousands of hires (targets of hundreds of holders) spends most of its time here.
    private mutating func addHire(_ t: Int) {
        effort.spend(8 * (model.typeSkills[t].count + 1))
        hires.append(t)
        cost += model.weights[t]
        for s in model.typeSkills[t] { residual[s] -= 1 }
    }

    private mutating func removeHire() {
        let t = hires.removeLast()
        effort.spend(8 * (model.typeSkills[t].count + 1))
        cost -= model.weights[t]
        for s in model.typeSkills[t] { residual[s] += 1 }
    }

    private mutating func forbid(_ t: Int) {
        guard allowed[t] else { return }
        allowed[t] = false
        for s in model.typeSkills[t] { coverCount[s] -= 1 }
        forbidLog.append(t)
    }

    private mutating func undoForbids(to mark: Int) {
        while forbidLog.count > mark {
            let t = forbidLog.removeLast()
            allowed[t] = true
            for s in model.typeSkills[t] { coverCount[s] += 1 }
        }
    }
}
