import CapplanCore
import Testing

/// SPEC §10 "Hiring plan": the planner against an exhaustive search (Support/BruteForcePlanner)
/// on many small random instances: the same minimum, the same plan after the tie-breaks, the
/// same `skills_to_target`, and with `maxHires` below the minimum the same best capped plan.
@Suite("hiring plan against brute force")
struct HiringPlannerPropertyTests {
    static let seeds: [UInt64] = Array(0..<600)

    @Test("fewest hires, tie-breaks and skills_to_target equal an exhaustive search", arguments: seeds)
    func fullPlan(seed: UInt64) {
        let problem = Instances.small(seed: seed)
        let brute = BruteForcePlanner(problem: problem)
        let expected = brute.minimum()
        let plan = HiringPlanner.plan(problem)
        #expect(plan.isProvenOptimal)
        #expect(plan.minimumHires == expected.hires, "seed \(seed): \(problem)")
        #expect(plan.minimumHiresLowerBound == expected.hires)
        #expect(plan.hires.map(\.type) == expected.plan, "seed \(seed): \(problem)")
        #expect(plan.hires.map(\.skillsToTarget) == brute.skillsToTarget(expected.plan))
        #expect(plan.skillsBelowTarget.isEmpty)
        #expect(plan.unreachableSkills == problem.deficits.indices.filter { problem.deficits[$0] > 0 && !brute.reachable.contains($0) })
    }

    @Test("with maxHires below the minimum, the plan leaving fewest skills short equals an exhaustive search",
          arguments: seeds.prefix(400))
    func cappedPlan(seed: UInt64) {
        let problem = Instances.small(seed: seed)
        let brute = BruteForcePlanner(problem: problem)
        let minimum = brute.minimum().hires
        guard minimum > 0 else { return }
        for cap in Set([0, minimum / 2, minimum - 1]) {
            let expected = brute.best(maxHires: cap)
            let plan = HiringPlanner.plan(problem, maxHires: cap)
            #expect(plan.isProvenOptimal)
            #expect(plan.minimumHires == minimum)
            #expect(plan.hires.map(\.type) == expected.plan, "seed \(seed) cap \(cap): \(problem)")
            #expect(plan.skillsBelowTarget.count == expected.short, "seed \(seed) cap \(cap)")
            #expect(plan.hires.map(\.skillsToTarget) == brute.skillsToTarget(expected.plan))
        }
    }

    @Test("maxHires at or above the minimum changes nothing", arguments: seeds.prefix(100))
    func generousCap(seed: UInt64) {
        let problem = Instances.small(seed: seed)
        let plan = HiringPlanner.plan(problem)
        #expect(HiringPlanner.plan(problem, maxHires: plan.minimumHires) == plan)
        #expect(HiringPlanner.plan(problem, maxHires: plan.minimumHires + 3) == plan)
    }
}

/// The same on somewhat larger instances (up to 10 skills short by up to 3, 7 types), fewer of
/// them: deeper trees, more ties, larger caps.
@Suite("hiring plan against brute force, larger")
struct HiringPlannerLargerPropertyTests {
    @Test("full and capped plans equal an exhaustive search", arguments: Array(UInt64(10_000)..<UInt64(10_200)))
    func larger(seed: UInt64) {
        let problem = Instances.small(seed: seed, maxSkills: 10, maxTypes: 7, maxDeficit: 3)
        let brute = BruteForcePlanner(problem: problem)
        let expected = brute.minimum()
        let plan = HiringPlanner.plan(problem)
        #expect(plan.hires.map(\.type) == expected.plan, "seed \(seed): \(problem)")
        #expect(plan.isProvenOptimal && plan.minimumHires == expected.hires)
        guard expected.hires > 1 else { return }
        for cap in Set([expected.hires / 3, expected.hires - 2, expected.hires - 1]) where cap >= 0 {
            let capped = brute.best(maxHires: cap)
            let result = HiringPlanner.plan(problem, maxHires: cap)
            #expect(result.hires.map(\.type) == capped.plan, "seed \(seed) cap \(cap)")
            #expect(result.skillsBelowTarget.count == capped.short && result.isProvenOptimal)
        }
    }
}
