/// `maxHires` just below the minimum, where the best plan leaves only a few skills short: a
/// search over the set `G` of skills to leave short, smallest sets first, each candidate set
/// answered exactly by the full-cover search on the other skills.
///
/// For `u = 1, 2, …, maxShort`: every set `G` of `u` short skills is considered (in a fixed
/// order, each once) and the other skills are covered at least weight within the cap
/// (`CoverSearch`, weight limit `(maxHires + 1)·K − 1`: at most `maxHires` hires). The first `u`
/// with a feasible `G` is the fewest skills short: a plan leaving fewer short would have been
/// found with its own short set. Among the sets of that size the least weight wins, and among
/// those plans, framework order (`HiringPlanner.frameworkOrdered` per set, then the smallest).
/// A partial set is cut when the LP bound of covering the skills outside it, less the largest
/// savings the sets still to be added could bring (`Σ r_s·y_s` of the best ones), exceeds the
/// best weight: exact, as every cut rests on a proven bound.
struct GiveUpSearch {
    let model: CoverModel
    let maxHires: Int
    private(set) var effort: SearchEffort
    private(set) var aborted = false

    /// The best plans found: the sets they leave short, one least-weight plan of the first, and
    /// their weight.
    private var bestWeight: Int
    private var bestSets: [[Int]] = []
    /// A least-weight plan of the first best set: valid even when the search stopped early.
    private(set) var incumbent: [Int]?

    init(model: CoverModel, maxHires: Int, effort: SearchEffort) {
        self.model = model
        self.maxHires = maxHires
        self.effort = effort
        bestWeight = (maxHires + 1) * model.hireWeight - 1
    }

    /// The best plan of at most `maxHires` hires (compact types of `model`, sorted) if it leaves
    /// at most `maxShort` skills short; nil when none does (or the effort ran out first).
    mutating func bestPlan(maxShort: Int) -> [Int]? {
        let order = savingsOrder()
        for u in 1...max(1, min(maxShort, model.skillCount)) {
            choose(from: 0, order: order, chosen: [], left: u)
            if aborted || !bestSets.isEmpty { break }
        }
        guard !bestSets.isEmpty else { return nil }
        var best: [Int]?
        for set in bestSets {
            guard let plan = frameworkOrderedCover(leaving: set) else { return best }
            if best.map({ plan.lexicographicallyPrecedes($0) }) ?? true { best = plan }
        }
        return best
    }

    /// The skills by decreasing `r_s·y_s` at the root: the ones whose loss saves most come first.
    private mutating func savingsOrder() -> [Int] {
        let all = Array(0..<model.skillCount)
        let y = model.dual(residual: model.demands, needed: all, rows: Array(0..<model.typeCount), effort: &effort).y
        return all.sorted { (-Double(model.demands[$0]) * y[$0], $0) < (-Double(model.demands[$1]) * y[$1], $1) }
    }

    /// Extends `chosen` by `left` more skills from `order[start...]`, in order.
    private mutating func choose(from start: Int, order: [Int], chosen: [Int], left: Int) {
        if effort.isExhausted { aborted = true; return }
        if left == 0 { evaluate(chosen); return }
        guard order.count - start >= left else { return }
        var residual = model.demands
        for s in chosen { residual[s] = 0 }
        let needed = model.demands.indices.filter { residual[$0] > 0 }
        let (y, value) = model.dual(residual: residual, needed: needed, rows: Array(0..<model.typeCount), effort: &effort)
        let saving = order.map { Double(residual[$0]) * y[$0] }
        // best[i]: the sum of the `left − 1` largest savings of order[i...].
        var best = [Double](repeating: 0, count: order.count + 1)
        var largest: [Double] = []
        for i in stride(from: order.count - 1, through: start, by: -1) {
            best[i + 1] = largest.reduce(0, +)
            if left > 1 {
                largest.append(saving[i])
                largest.sort(by: >)
                if largest.count > left - 1 { largest.removeLast() }
            }
        }
        for index in start...(order.count - left) {
            // Leaving order[index] short, then the `left − 1` best of those after it.
            guard model.weightBound(value - saving[index] - best[index + 1]) <= bestWeight else { continue }
            choose(from: index + 1, order: order, chosen: chosen + [order[index]], left: left - 1)
            if aborted { return }
        }
    }

    /// Covers every skill outside `set` at least weight within the best weight so far.
    private mutating func evaluate(_ set: [Int]) {
        var search = CoverSearch(model: model, demands: leaving(set), limit: bestWeight, minimising: true, effort: effort)
        search.run()
        effort = search.effort
        if search.aborted { aborted = true; return }
        guard let found = search.best else { return }
        let weight = search.bestCost
        // A plan that brings a skill of `set` to target leaves fewer short: a smaller set had it.
        guard BudgetedSearch.value(of: found, model).short == set.count else { return }
        if weight < bestWeight {
            bestWeight = weight
            bestSets = [set]
            incumbent = found
        } else if weight == bestWeight {
            bestSets.append(set)
        }
    }

    /// The framework-ordered least-weight cover of the skills outside `set`, as `model`'s types.
    private mutating func frameworkOrderedCover(leaving set: [Int]) -> [Int]? {
        let demands = leaving(set)
        var search = CoverSearch(model: model, demands: demands, limit: bestWeight, minimising: true, effort: effort)
        search.run()
        effort = search.effort
        guard !search.aborted, let found = search.best else { aborted = true; return nil }
        var proven = true
        let ordered = HiringPlanner.frameworkOrdered(found.sorted(), model: model, demands: demands,
                                                     effort: &effort, proven: &proven)
        if !proven { aborted = true }
        return ordered
    }

    /// The model's demands with those of `set` set to 0.
    private func leaving(_ set: [Int]) -> [Int] {
        var demands = model.demands
        for s in set { demands[s] = 0 }
        return demands
    }
}
