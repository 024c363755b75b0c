/// Branch and bound for `maxHires` below the minimum: among plans of at most `maxHires` hires,
/// the one that leaves the fewest skills of a `CoverModel` short, then weighs least (fewest
/// hires, then lowest total position, see `CoverModel`), then comes first in framework order.
///
/// A node is a partial plan, the skills *committed* (the plan must bring them to target) and the
/// skills *given up* (the plan must leave them short), the rest undecided. Branching on the short
/// undecided skill with the fewest allowed types: child `i` commits it and hires its `i`-th type,
/// forbidding the types of children `0..<i` below; the last child gives it up. A plan lies below
/// exactly one child (by whether it brings the skill to target and, if so, by its first type in
/// that order), so the tree holds every plan that hires only to help skills to target, once.
/// A given-up skill `s` short by `r` allows at most `r − 1` more hires covering it; a skill short
/// by more than the hires left must be given up.
///
/// Bounds (each proven for every plan below the node, so nothing better is cut):
/// - skills short at the end ≥ given up + undecided − the most that `b` more hires can bring to
///   target, where that most is bounded twice: by `y` (`Σ_{s∈t} y_s ≤ 1` for every type: a set
///   of skills brought to target needs at least `Σ r_s·y_s` hires) and by holder counts (`b` hires
///   give at most `b` × the most short skills one type covers, and skill `s` needs `r_s`);
/// - weight ≥ weight so far + the least weight of bringing the skills that must still reach
///   target there, bounded by the weighted LP's `y` the same way (`CoverModel.weightBound`),
///   and by (hires still needed) × the lightest allowed type.
///
/// The `y` are the uniform one, the optimum of the LP relaxation of covering every open skill
/// (`PackingLP`, solved at each node), and their mean; each is a valid certificate whatever its
/// accuracy, and the bound takes the best.
struct BudgetedSearch {
    let model: CoverModel
    let maxHires: Int
    /// The work allowed and spent (shared by the searches of one plan: copy it back after `run`).
    private(set) var effort: SearchEffort
    /// Minimise (true), or stop at the first plan at least as good as the target (false).
    let minimising: Bool

    private var residual: [Int]
    private var state: [SkillState]
    private var allowed: [Bool]
    private var coverCount: [Int]
    private var hires: [Int] = []
    private var cost = 0
    private var log: [Change] = []

    /// The best plan found and its value (skills short, weight); or, when deciding, the target.
    private(set) var best: [Int]?
    private(set) var bestValue: (short: Int, cost: Int)
    private(set) var nodes = 0
    private(set) var aborted = false
    private var finished = false

    /// Effort units per skill or type a node looks at (its bookkeeping allocates and sorts:
    /// calibrated so that a unit costs about the same time as in `PackingLP`).
    static let nodeCost = 32

    enum SkillState { case undecided, committed, givenUp }
    private enum Change { case forbade(Int), decided(Int) }

    /// A search from the hires `start`, with only `allowed` types, for plans better than `bound`
    /// (minimising) or at least as good as it (deciding).
    init(model: CoverModel, maxHires: Int, start: [Int] = [], allowed: [Bool]? = nil,
         bound: (short: Int, cost: Int), minimising: Bool, effort: SearchEffort) {
        self.model = model
        self.maxHires = maxHires
        self.effort = effort
        self.minimising = minimising
        bestValue = bound
        residual = model.demands
        state = [SkillState](repeating: .undecided, count: model.skillCount)
        let flags = allowed ?? [Bool](repeating: true, count: model.typeCount)
        self.allowed = flags
        coverCount = model.skillTypes.map { types in types.reduce(0) { $0 + (flags[$1] ? 1 : 0) } }
        for t in start { addHire(t) }
    }

    /// Runs the search.
    mutating func run() { explore() }

    /// The best plan of at most `maxHires` hires (compact types, sorted, framework-ordered).
    /// `incumbent`, if given, is a plan of at most `maxHires` hires to beat.
    static func bestPlan(_ model: CoverModel, maxHires: Int, incumbent: [Int]? = nil,
                         effort: inout SearchEffort, proven: inout Bool) -> [Int] {
        var greedy = improved(greedyPlan(model, maxHires: maxHires), model, maxHires: maxHires)
        if let incumbent, value(of: incumbent, model) < value(of: greedy, model) { greedy = incumbent }
        let greedyValue = value(of: greedy, model)
        let allowed = undominated(model)
        var search = BudgetedSearch(model: model, maxHires: maxHires, allowed: allowed, bound: greedyValue,
                                    minimising: true, effort: effort)
        search.run()
        effort = search.effort
        if search.aborted { proven = false }
        let optimal = (search.best ?? greedy).sorted()
        return frameworkOrdered(optimal, model: model, maxHires: maxHires, allowed: allowed,
                                effort: &effort, proven: &proven)
    }

    // MARK: The tree

    private mutating func explore() {
        nodes += 1
        effort.spend(BudgetedSearch.nodeCost * (model.typeCount + model.skillCount))
        if effort.isExhausted { aborted = true; return }
        let hireMark = hires.count, logMark = log.count
        defer {
            while hires.count > hireMark { removeHire() }
            undo(to: logMark)
        }
        guard propagate() else { return }
        let open = model.demands.indices.filter { residual[$0] > 0 && state[$0] != .givenUp }
        if open.isEmpty { record(); return }
        guard !cannotWin(open) else { return }
        guard let skill = branchingSkill(open) else { return }
        let candidates = model.skillTypes[skill].filter { allowed[$0] }.sorted {
            (-gain($0), $0) < (-gain($1), $1)
        }
        let childMark = log.count
        // A skill committed higher up stays committed: giving it up here would search again the
        // plans an earlier branch gave it up in.
        let wasCommitted = state[skill] == .committed
        if !wasCommitted { decide(skill, .committed) }
        for (i, t) in candidates.enumerated() {
            if i > 0 { forbid(candidates[i - 1]) }
            addHire(t)
            explore()
            removeHire()
            if finished || aborted { return }
        }
        undo(to: childMark)
        if !wasCommitted {
            decide(skill, .givenUp)
            explore()
        }
    }

    /// Applies what the node's state forces, until nothing changes: a short skill with more
    /// shortfall than hires left, or with no allowed type, is given up (or the node fails, when
    /// committed); a type that would bring a given-up skill to target is forbidden. False when
    /// the node has no valid plan.
    private mutating func propagate() -> Bool {
        var changed = true
        while changed {
            changed = false
            let left = maxHires - hires.count
            for s in 0..<model.skillCount where residual[s] > 0 {
                switch state[s] {
                case .givenUp:
                    guard residual[s] == 1 else { continue }
                    for t in model.skillTypes[s] where allowed[t] { forbid(t); changed = true }
                case .committed:
                    if residual[s] > left || coverCount[s] == 0 { return false }
                case .undecided:
                    if residual[s] > left || coverCount[s] == 0 { decide(s, .givenUp); changed = true }
                }
            }
        }
        return true
    }

    private mutating func record() {
        let short = state.reduce(0) { $0 + ($1 == .givenUp ? 1 : 0) }
        if minimising {
            guard (short, cost) < bestValue else { return }
            best = hires
            bestValue = (short, cost)
        } else if short <= bestValue.short && cost <= bestValue.cost {
            best = hires
            finished = true
        }
    }

    /// Whether the bounds prove that no plan below the node beats (minimising) or reaches
    /// (deciding) `bestValue`.
    private mutating func cannotWin(_ open: [Int]) -> Bool {
        let givenUp = state.reduce(0) { $0 + ($1 == .givenUp ? 1 : 0) }
        let committed = open.filter { state[$0] == .committed }
        let free = open.filter { state[$0] != .committed }
        let (directions, weighted) = dualDirections(open)
        guard let shortBound = shortLowerBound(open, directions: directions) else { return true }
        let targetShort = bestValue.short
        if shortBound > targetShort { return true }
        // Skills of `open` that must still reach target for the plan to be as good as the target.
        let mustMeet = max(committed.count, open.count - (targetShort - givenUp))
        let hiresNeeded = directions.map { fewestHires(toBring: mustMeet, committed: committed, free: free, y: $0) }.max() ?? 0
        let lightest = (0..<model.typeCount).filter { allowed[$0] }.map { model.weights[$0] }.min() ?? 0
        let costBound = cost + max(hiresNeeded * lightest,
                                   leastWeight(toBring: mustMeet, committed: committed, free: free, y: weighted))
        // Minimising, a plan below beats the best only with fewer skills short or, when the
        // bound leaves no room for that, less weight; deciding, it needs both within the target.
        if minimising {
            return shortBound == targetShort && costBound >= bestValue.cost
        }
        return costBound > bestValue.cost
    }

    /// A lower bound on the skills short at the end of any plan below the node, or nil when no
    /// plan below brings all committed skills to target.
    private func shortLowerBound(_ open: [Int], directions: [[Double]]) -> Int? {
        let givenUp = state.reduce(0) { $0 + ($1 == .givenUp ? 1 : 0) }
        let committed = open.filter { state[$0] == .committed }
        let free = open.filter { state[$0] != .committed }
        var reachable = free.count
        for y in directions {
            guard let most = mostBroughtToTarget(committed: committed, free: free, hiresLeft: maxHires - hires.count, y: y)
            else { return nil }
            reachable = min(reachable, most)
        }
        return givenUp + free.count - reachable
    }

    /// A lower bound on the skills that any plan of at most `maxHires` hires leaves short (the
    /// root bound of the search): tells whether `GiveUpSearch` is worth a try.
    static func shortBound(_ model: CoverModel, maxHires: Int, effort: inout SearchEffort) -> Int {
        var search = BudgetedSearch(model: model, maxHires: maxHires, bound: (model.skillCount, .max),
                                    minimising: true, effort: effort)
        defer { effort = search.effort }
        guard search.propagate() else { return model.skillCount }
        let open = model.demands.indices.filter { search.residual[$0] > 0 && search.state[$0] != .givenUp }
        let directions = search.dualDirections(open).hires
        return search.shortLowerBound(open, directions: directions) ?? model.skillCount
    }

    /// Vectors `y ≥ 0` over the skills with `Σ_{s ∈ t ∩ open} y_s ≤ 1` for every allowed type
    /// `t`, so that a set of skills brought to target needs at least `Σ r_s·y_s` hires: the
    /// uniform one (`1 /` the most open skills a type covering `s` covers), the LP optimum below
    /// scaled by the heaviest type, and their mean. Also the optimum `y` of the LP of "cover every
    /// open skill at least weight" (`PackingLP`): `Σ_{s ∈ t ∩ open} y_s ≤ w_t`, so a set of skills
    /// brought to target costs at least `Σ r_s·y_s` in weight.
    private mutating func dualDirections(_ open: [Int]) -> (hires: [[Double]], weighted: [Double]) {
        var isOpen = [Bool](repeating: false, count: model.skillCount)
        for s in open { isOpen[s] = true }
        var size = [Int](repeating: 0, count: model.typeCount)
        var rows: [Int] = []
        for t in 0..<model.typeCount where allowed[t] {
            size[t] = model.typeSkills[t].reduce(0) { isOpen[$1] ? $0 + 1 : $0 }
            if size[t] > 0 { rows.append(t) }
        }
        effort.spend(BudgetedSearch.nodeCost * model.typeSkills.reduce(0) { $0 + $1.count })
        var uniform = [Double](repeating: 0, count: model.skillCount)
        for s in open {
            let most = model.skillTypes[s].reduce(0) { allowed[$1] ? max($0, size[$1]) : $0 }
            uniform[s] = most > 0 ? 1 / Double(most) : 0
        }
        let weighted = model.dual(residual: residual, needed: open, rows: rows, effort: &effort).y
        let heaviest = Double(rows.map { model.weights[$0] }.max() ?? 1)
        let scaled = weighted.map { $0 / heaviest }
        let mean = zip(uniform, scaled).map { ($0 + $1) / 2 }
        return ([uniform, scaled, mean], weighted)
    }

    /// An upper bound on how many `free` skills `hiresLeft` more hires can bring to target
    /// besides all the `committed` ones, given a direction `y` (see `dualDirections`); nil when
    /// even the committed ones cannot all be.
    private func mostBroughtToTarget(committed: [Int], free: [Int], hiresLeft: Int, y: [Double]) -> Int? {
        let tolerance = 1e-9
        var capacity = Double(hiresLeft) + tolerance - committed.reduce(0.0) { $0 + Double(residual[$1]) * y[$1] }
        guard capacity >= 0 else { return nil }
        var byDual = 0
        for need in free.map({ Double(residual[$0]) * y[$0] }).sorted() {
            guard need <= capacity else { break }
            capacity -= need
            byDual += 1
        }
        // Holders: `hiresLeft` hires (a type may repeat) give open skills at most this many.
        var isOpen = [Bool](repeating: false, count: model.skillCount)
        for s in committed + free { isOpen[s] = true }
        let largest = (0..<model.typeCount).filter { allowed[$0] }
            .map { t in model.typeSkills[t].reduce(0) { isOpen[$1] ? $0 + 1 : $0 } }
            .max() ?? 0
        var holders = hiresLeft * largest - committed.reduce(0) { $0 + residual[$1] }
        guard holders >= 0 else { return nil }
        var byHolders = 0
        for need in free.map({ residual[$0] }).sorted() {
            guard need <= holders else { break }
            holders -= need
            byHolders += 1
        }
        return min(byDual, byHolders)
    }

    /// A lower bound on the weight of the hires that bring `count` skills of `committed + free`
    /// to target, all the committed ones among them, given the weighted `y` of `dualDirections`.
    private func leastWeight(toBring count: Int, committed: [Int], free: [Int], y: [Double]) -> Int {
        guard count > 0 else { return 0 }
        let extra = max(0, count - committed.count)
        let committedNeed = committed.reduce(0.0) { $0 + Double(residual[$1]) * y[$1] }
        let freeNeed = free.map { Double(residual[$0]) * y[$0] }.sorted().prefix(extra).reduce(0, +)
        return model.weightBound(committedNeed + freeNeed)
    }

    /// A lower bound on the hires that bring `count` skills of `committed + free` to target,
    /// all the committed ones among them, given a direction `y` (see `dualDirections`).
    private func fewestHires(toBring count: Int, committed: [Int], free: [Int], y: [Double]) -> Int {
        guard count > 0 else { return 0 }
        let extra = max(0, count - committed.count)
        let committedNeed = committed.reduce(0.0) { $0 + Double(residual[$1]) * y[$1] }
        let freeNeed = free.map { Double(residual[$0]) * y[$0] }.sorted().prefix(extra).reduce(0, +)
        let largest = max(committed.map { residual[$0] }.max() ?? 0,
                          free.map { residual[$0] }.sorted().prefix(extra).last ?? 0)
        return max(largest, Int((committedNeed + freeNeed - 1e-9).rounded(.up)))
    }

    /// The undecided or committed short skill with the fewest allowed types; ties: the largest
    /// shortfall, then the lowest index. Committed skills come first.
    private func branchingSkill(_ open: [Int]) -> Int? {
        open.min { a, b in
            (state[a] == .committed ? 0 : 1, coverCount[a], -residual[a], a)
                < (state[b] == .committed ? 0 : 1, coverCount[b], -residual[b], b)
        }
    }

    /// Open skills type `t` would help.
    private func gain(_ t: Int) -> Int {
        model.typeSkills[t].reduce(0) { residual[$1] > 0 && state[$1] != .givenUp ? $0 + 1 : $0 }
    }

    // MARK: State changes, undone on the way back

    private mutating func addHire(_ t: Int) {
        hires.append(t)
        cost += model.weights[t]
        for s in model.typeSkills[t] { residual[s] -= 1 }
    }

    private mutating func removeHire() {
        let t = hires.removeLast()
        cost -= model.weights[t]
        for s in model.typeSkills[t] { residual[s] += 1 }
    }

    private mutating func forbid(_ t: Int) {
        guard allowed[t] else { return }
        allowed[t] = false
        for s in model.typeSkills[t] { coverCount[s] -= 1 }
        log.append(.forbade(t))
    }

    private mutating func decide(_ s: Int, _ decision: SkillState) {
        state[s] = decision
        log.append(.decided(s))
    }

    private mutating func undo(to mark: Int) {
        while log.count > mark {
            switch log.removeLast() {
            case .forbade(let t):
                allowed[t] = true
                for s in model.typeSkills[t] { coverCount[s] += 1 }
            case .decided(let s):
                state[s] = .undecided
            }
        }
    }
}
