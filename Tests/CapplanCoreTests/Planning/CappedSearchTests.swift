@testable import CapplanCore
import Testing

/// The two exact searches behind `maxHires`, each alone against the exhaustive search (the
/// planner picks one per instance, so the property tests through `HiringPlanner` exercise mostly
/// the first).
@Suite("capped searches against brute force")
struct CappedSearchTests {
    /// The brute force's best capped plan as compact types of `model`.
    static func expected(_ problem: HiringProblem, _ model: CoverModel, cap: Int) -> [Int] {
        BruteForcePlanner(problem: problem).best(maxHires: cap).plan.map { model.originalType.firstIndex(of: $0)! }
    }

    static func caps(_ problem: HiringProblem) -> [Int] {
        let minimum = BruteForcePlanner(problem: problem).minimum().hires
        return minimum == 0 ? [] : Array(Set([0, 1, minimum / 2, minimum - 1])).filter { $0 < minimum }.sorted()
    }

    @Test("BudgetedSearch alone", arguments: 0..<400)
    func budgeted(seed: UInt64) {
        let problem = Instances.small(seed: seed)
        let model = CoverModel(problem)
        for cap in Self.caps(problem) {
            var effort = SearchEffort(limit: .max), proven = true
            let plan = BudgetedSearch.bestPlan(model, maxHires: cap, effort: &effort, proven: &proven)
            #expect(proven)
            #expect(plan == Self.expected(problem, model, cap: cap), "seed \(seed) cap \(cap)")
        }
    }

    @Test("GiveUpSearch alone, allowed to leave any number short", arguments: 0..<400)
    func giveUp(seed: UInt64) {
        let problem = Instances.small(seed: seed)
        let model = CoverModel(problem)
        for cap in Self.caps(problem) where cap > 0 {
            var search = GiveUpSearch(model: model, maxHires: cap, effort: SearchEffort(limit: .max))
            let plan = search.bestPlan(maxShort: model.skillCount)
            #expect(!search.aborted)
            #expect(plan == Self.expected(problem, model, cap: cap), "seed \(seed) cap \(cap)")
        }
    }

    @Test("GiveUpSearch says nil when the best plan leaves more short than allowed", arguments: 0..<200)
    func giveUpTooFew(seed: UInt64) {
        let problem = Instances.small(seed: seed)
        let model = CoverModel(problem)
        let brute = BruteForcePlanner(problem: problem)
        for cap in Self.caps(problem) where cap > 0 {
            let short = brute.best(maxHires: cap).short
            var search = GiveUpSearch(model: model, maxHires: cap, effort: SearchEffort(limit: .max))
            #expect(search.bestPlan(maxShort: short - 1) == nil || short == 1)
        }
    }
}
