/// The plan-level helpers of `BudgetedSearch`: a plan's value, the starting plan (greedy, then
/// local search), the dominance filter, and the framework-order tie-break.
extension BudgetedSearch {
    /// The value (skills short, weight) of a plan.
    static func value(of types: [Int], _ model: CoverModel) -> (short: Int, cost: Int) {
        var residual = model.demands
        for t in types { for s in model.typeSkills[t] { residual[s] -= 1 } }
        return (residual.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }, HiringPlanner.weight(of: types, model))
    }

    /// A quick plan of at most `maxHires` hires: repeatedly the type with the most progress
    /// (Σ 1/shortfall over the short skills it covers) per weight, then hires whose removal
    /// leaves no more skills short dropped.
    static func greedyPlan(_ model: CoverModel, maxHires: Int) -> [Int] {
        var residual = model.demands
        var plan: [Int] = []
        while plan.count < maxHires {
            var best = -1, bestScore = 0.0
            for t in 0..<model.typeCount {
                let progress = model.typeSkills[t].reduce(0.0) { residual[$1] > 0 ? $0 + 1 / Double(residual[$1]) : $0 }
                let score = progress / Double(model.weights[t])
                if score > bestScore { best = t; bestScore = score }
            }
            guard best >= 0 else { break }
            plan.append(best)
            for s in model.typeSkills[best] { residual[s] -= 1 }
        }
        for index in plan.indices.reversed() {
            var without = plan
            without.remove(at: index)
            if value(of: without, model).short <= value(of: plan, model).short { plan = without }
        }
        return plan
    }

    /// `plan` improved by local search until no single change helps: replacing a hire by
    /// another type, dropping one, or adding one while under the cap, whichever first makes the
    /// value (skills short, weight) smaller. A better start for the search, nothing more.
    static func improved(_ plan: [Int], _ model: CoverModel, maxHires: Int) -> [Int] {
        var plan = plan
        var residual = model.demands
        for t in plan { for s in model.typeSkills[t] { residual[s] -= 1 } }
        var current = value(of: plan, model)
        var changed = true
        var rounds = 0
        while changed && rounds < 100 {
            changed = false
            rounds += 1
            // Slot i < plan.count replaces hire i; slot plan.count adds a hire (when under the cap).
            for slot in 0...plan.count where slot < plan.count || plan.count < maxHires {
                let old = slot < plan.count ? plan[slot] : nil
                if let old { for s in model.typeSkills[old] { residual[s] += 1 } }
                let base = residual.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
                let baseCost = current.cost - (old.map { model.weights[$0] } ?? 0)
                var best: (value: (short: Int, cost: Int), type: Int?) = ((base, baseCost), nil)
                for t in 0..<model.typeCount {
                    let met = model.typeSkills[t].reduce(0) { $0 + (residual[$1] == 1 ? 1 : 0) }
                    let candidate = (short: base - met, cost: baseCost + model.weights[t])
                    if candidate < best.value { best = (candidate, t) }
                }
                guard best.value < current else {
                    if let old { for s in model.typeSkills[old] { residual[s] -= 1 } }
                    continue
                }
                if let t = best.type { for s in model.typeSkills[t] { residual[s] -= 1 } }
                switch (old, best.type) {
                case (.some, .some(let t)): plan[slot] = t
                case (.some, nil): plan.remove(at: slot)
                case (nil, .some(let t)): plan.append(t)
                case (nil, nil): break
                }
                current = best.value
                changed = true
                break
            }
        }
        return plan
    }

    /// The types no other type beats on every count: `t` is dropped when another type covers
    /// all its skills and weighs less (or the same and comes first in framework order).
    /// Swapping it for that type never leaves more skills short nor weighs more, so some best
    /// plan avoids it.
    static func undominated(_ model: CoverModel) -> [Bool] {
        let w = model.words
        return (0..<model.typeCount).map { j in
            !(0..<model.typeCount).contains { k in
                guard k != j, model.weights[k] < model.weights[j] || (model.weights[k] == model.weights[j] && k < j) else { return false }
                for x in 0..<w where model.typeBits[j * w + x] & ~model.typeBits[k * w + x] != 0 { return false }
                return true
            }
        }
    }

    /// Among plans as good as `optimal` (which is optimal), the one first in framework order:
    /// fixes the hires one at a time, each time the smallest type that still admits such a plan.
    static func frameworkOrdered(_ optimal: [Int], model: CoverModel, maxHires: Int, allowed: [Bool],
                                 effort: inout SearchEffort, proven: inout Bool) -> [Int] {
        let target = value(of: optimal, model)
        var plan = optimal
        for k in plan.indices {
            let lowest = k == 0 ? 0 : plan[k - 1]
            for j in lowest..<plan[k] where allowed[j] {
                var allowedAbove = allowed
                for t in 0..<j { allowedAbove[t] = false }
                var search = BudgetedSearch(model: model, maxHires: maxHires, start: Array(plan[..<k]) + [j],
                                            allowed: allowedAbove, bound: target, minimising: false, effort: effort)
                search.run()
                effort = search.effort
                if search.aborted { proven = false; return plan }
                if let found = search.best {
                    plan = found.sorted()
                    break
                }
            }
        }
        return plan
    }
}
