/// The fewest hires that bring every skill to its target holders (SPEC §10, "Hiring plan").
///
/// ## The problem
///
/// Skill `s` lacks `d_s` holders; a hire of type `j` adds one holder to each skill of `C_j`. A
/// plan is a multiset of hire types (a type may be hired several times) that gives every
/// *reachable* skill (one that some type covers) its `d_s` holders: an integer programme, the
/// weighted set multicover
///
///     minimise Σ_j w_j·x_j   subject to   Σ_{j : s ∈ C_j} x_j ≥ d_s  for every reachable s,   x ∈ ℤ≥0.
///
/// Skills with `d_s > 0` that no type covers are *unreachable*: reported, never planned for,
/// never dropped.
///
/// ## The order between plans
///
/// 1. fewer hires;
/// 2. then the lowest total position (the most junior);
/// 3. then framework order: the lexicographically smallest list of the plan's type indices
///    sorted ascending, that is, as many hires as possible of the earliest type, then of the next.
///
/// With `maxHires` below the minimum, plans of at most `maxHires` hires are ordered by the
/// number of reachable skills they leave below target, then by 1–3 (so no hire is added that
/// brings no skill to target).
///
/// ## Why the answer is exact
///
/// Parts 1 and 2 are one integer weight per type, `w_j = K + position_j` (see `CoverModel`), and
/// `CoverSearch` is a branch and bound that finds the plan of least total weight: its tree holds
/// every plan (each exactly once) and it cuts a subtree only when a proven lower bound (the LP
/// relaxation's dual, forced hires, dominance that keeps some optimal plan) shows nothing in it
/// beats the best plan found. Part 3 then builds the answer hire by hire: the `k`-th hire is the
/// smallest type `j` for which a plan of the optimal weight exists that starts with the `k − 1`
/// hires already fixed, then `j`, then types ≥ `j` only, each question answered by the same
/// search in its "find any plan within this weight, or prove there is none" mode. So no plan
/// with fewer hires, nor one that ties and wins a tie-break, exists. `maxHires` below the
/// minimum is answered by `GiveUpSearch` (which sets of skills to leave short, smallest first,
/// each answered by `CoverSearch`) or `BudgetedSearch` (branch and bound on bringing each skill to
/// target or leaving it short), with the same hire-by-hire tie-break.
///
/// The searches share an effort limit (`SearchEffort`, deterministic units, not seconds) as a
/// safety valve; when it runs out the plan is the best found, valid, and says
/// `isProvenOptimal == false` (see the README for which instances need that).
public enum HiringPlanner {
    /// The default effort limit of one plan, in the units of `SearchEffort` (1 to 2.5 s on the
    /// development machine; a safety valve, see `HiringPlan.isProvenOptimal`).
    public static let defaultEffortLimit = 1_000_000_000

    /// The best plan for `problem`. Positions must be ≥ 0, deficits ≥ 0, skill indices in range.
    public static func plan(_ problem: HiringProblem, maxHires: Int? = nil,
                            effortLimit: Int = defaultEffortLimit) -> HiringPlan {
        validate(problem)
        let model = CoverModel(problem)
        var proven = true
        var effort = SearchEffort(limit: effortLimit)
        let full = minimumPlan(model, effort: &effort, proven: &proven)
        var chosen = full.types
        if let cap = maxHires, cap < full.types.count {
            chosen = cappedPlan(model, maxHires: max(0, cap), effort: &effort, proven: &proven)
        }
        return makePlan(problem, model: model, types: chosen, minimum: full.types.count,
                        lowerBound: min(full.lowerBound, full.types.count), proven: proven)
    }

    /// The least-weight full plan (as compact types, sorted), tie-broken by framework order, and
    /// a lower bound on its hire count.
    static func minimumPlan(_ model: CoverModel, effort: inout SearchEffort, proven: inout Bool) -> (types: [Int], lowerBound: Int) {
        guard model.skillCount > 0 else { return ([], 0) }
        let greedy = greedyPlan(model)
        var search = CoverSearch(model: model, limit: weight(of: greedy, model) - 1, minimising: true, effort: effort)
        search.run()
        effort = search.effort
        if search.aborted { proven = false }
        let best = (search.best ?? greedy).sorted()
        var lowerBound = best.count
        if search.aborted {
            var unlimited = SearchEffort(limit: .max)
            let root = model.dual(residual: model.demands, needed: Array(0..<model.skillCount),
                                  rows: Array(0..<model.typeCount), effort: &unlimited)
            lowerBound = model.hireBound(root.value)
        }
        let ordered = frameworkOrdered(best, model: model, effort: &effort, proven: &proven)
        return (ordered, lowerBound)
    }

    /// A lower bound on the skills left short above which `GiveUpSearch` is not tried.
    static let fewShort = 8

    /// The best plan of at most `maxHires` hires, below the minimum. `GiveUpSearch` is fast
    /// when that plan leaves few skills short (a cap just below the minimum), `BudgetedSearch`
    /// when the cap is small; both are exact. When the root bound allows at most `fewShort`
    /// skills short, the first gets half the effort left and, if it does not finish, the second
    /// gets the rest.
    static func cappedPlan(_ model: CoverModel, maxHires: Int,
                           effort: inout SearchEffort, proven: inout Bool) -> [Int] {
        var incumbent: [Int]?
        if maxHires > 0, BudgetedSearch.shortBound(model, maxHires: maxHires, effort: &effort) <= fewShort {
            var share = SearchEffort(limit: effort.spent + max(0, effort.limit - effort.spent) / 2)
            share.spend(effort.spent)
            var search = GiveUpSearch(model: model, maxHires: maxHires, effort: share)
            let plan = search.bestPlan(maxShort: model.skillCount)
            effort.spend(search.effort.spent - effort.spent)
            if let plan, !search.aborted { return plan }
            incumbent = search.incumbent
        }
        return BudgetedSearch.bestPlan(model, maxHires: maxHires, incumbent: incumbent, effort: &effort, proven: &proven)
    }

    /// A quick full plan: repeatedly the type that gives the most still-needed holders per
    /// weight, then hires that turn out unnecessary dropped (last first).
    static func greedyPlan(_ model: CoverModel) -> [Int] {
        var residual = model.demands
        var plan: [Int] = []
        while residual.contains(where: { $0 > 0 }) {
            var best = -1, bestScore = 0.0
            for t in 0..<model.typeCount {
                let gain = model.typeSkills[t].reduce(0) { residual[$1] > 0 ? $0 + 1 : $0 }
                let score = Double(gain) / Double(model.weights[t])
                if score > bestScore { best = t; bestScore = score }
            }
            plan.append(best)
            for s in model.typeSkills[best] { residual[s] -= 1 }
        }
        for index in plan.indices.reversed() {
            let t = plan[index]
            if model.typeSkills[t].allSatisfy({ residual[$0] < 0 }) {
                for s in model.typeSkills[t] { residual[s] += 1 }
                plan.remove(at: index)
            }
        }
        return plan
    }

    /// Among plans as heavy as `optimal` (which is optimal), the one whose sorted type list is
    /// lexicographically smallest: fixes the hires one at a time, each time the smallest type
    /// that still admits a plan of that weight (see the type's comment).
    static func frameworkOrdered(_ optimal: [Int], model: CoverModel, demands: [Int]? = nil,
                                 effort: inout SearchEffort, proven: inout Bool) -> [Int] {
        let demands = demands ?? model.demands
        let total = weight(of: optimal, model)
        var plan = optimal
        var residual = demands
        var fixedWeight = 0
        for k in plan.indices {
            // Each hire fixed costs an LP: with the effort spent, the plan stays as it is (valid, of
            // the weight found), and is not proven to win the framework-order tie-break.
            if effort.isExhausted { proven = false; return plan }
            let lowest = k == 0 ? 0 : plan[k - 1]
            let needed = residual.indices.filter { residual[$0] > 0 }
            let rows = (lowest..<model.typeCount).filter { t in model.typeSkills[t].contains { residual[$0] > 0 } }
            let (y, value) = model.dual(residual: residual, needed: needed, rows: rows, effort: &effort)
            for j in rows where j < plan[k] {
                let bound = fixedWeight + model.weights[j] + model.weightBound(value - model.dualWeight(of: j, y: y, residual: residual))
                guard bound <= total else { continue }
                var allowed = [Bool](repeating: false, count: model.typeCount)
                for t in j..<model.typeCount { allowed[t] = true }
                var search = CoverSearch(model: model, demands: demands, start: Array(plan[..<k]) + [j], allowed: allowed,
                                         limit: total, minimising: false, effort: effort)
                search.run()
                effort = search.effort
                if search.aborted { proven = false; return plan }
                if let found = search.best {
                    plan = found.sorted()
                    break
                }
            }
            fixedWeight += model.weights[plan[k]]
            for s in model.typeSkills[plan[k]] { residual[s] -= 1 }
        }
        return plan
    }

    static func weight(of types: [Int], _ model: CoverModel) -> Int {
        types.reduce(0) { $0 + model.weights[$1] }
    }

    private static func validate(_ problem: HiringProblem) {
        precondition(problem.deficits.allSatisfy { $0 >= 0 }, "deficits must be ≥ 0")
        for type in problem.hireTypes {
            precondition(type.position >= 0, "positions must be ≥ 0")
            precondition(type.skills.allSatisfy { problem.deficits.indices.contains($0) }, "skill index out of range")
        }
    }

    /// The public answer for the compact plan `types`.
    private static func makePlan(_ problem: HiringProblem, model: CoverModel, types: [Int], minimum: Int,
                                 lowerBound: Int, proven: Bool) -> HiringPlan {
        var holders = [Int](repeating: 0, count: problem.deficits.count)
        var hires: [HiringPlan.Hire] = []
        for t in types.sorted() {
            let original = model.originalType[t]
            let skills = Set(problem.hireTypes[original].skills).sorted()
            let toTarget = skills.filter { holders[$0] < problem.deficits[$0] }
            for s in skills { holders[s] += 1 }
            hires.append(HiringPlan.Hire(type: original, skillsToTarget: toTarget))
        }
        let below = model.originalSkill.filter { holders[$0] < problem.deficits[$0] }
        let position = hires.reduce(0) { $0 + problem.hireTypes[$1.type].position }
        return HiringPlan(hires: hires, unreachableSkills: problem.unreachableSkills, skillsBelowTarget: below,
                          minimumHires: minimum, minimumHiresLowerBound: lowerBound, totalPosition: position,
                          isProvenOptimal: proven)
    }
}
