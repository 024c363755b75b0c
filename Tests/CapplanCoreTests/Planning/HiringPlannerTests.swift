import CapplanCore
import Testing

/// SPEC §10 "Hiring plan": hand-made cases whose answers are worked out in the comments.
@Suite("hiring plan")
struct HiringPlannerTests {
    static func type(_ skills: [Int], _ position: Int = 1) -> HireType { HireType(skills: skills, position: position) }

    @Test("a skill only one type covers forces that type, as often as the skill needs")
    func onlyOneType() {
        // Skill 1 needs 2 holders and only type 1 covers it: two hires of type 1, which also fix skill 0.
        let problem = HiringProblem(deficits: [1, 2], hireTypes: [Self.type([0]), Self.type([0, 1], 2)])
        let plan = HiringPlanner.plan(problem)
        #expect(plan.hires.map(\.type) == [1, 1])
        #expect(plan.hires.map(\.skillsToTarget) == [[0, 1], [1]])
        #expect(plan.minimumHires == 2 && plan.totalPosition == 4 && plan.isProvenOptimal)
    }

    @Test("unreachable skills are reported and the rest is planned; a skill at target is not unreachable")
    func unreachable() {
        let problem = HiringProblem(deficits: [1, 1, 0, 2], hireTypes: [Self.type([0])])
        let plan = HiringPlanner.plan(problem)
        #expect(plan.unreachableSkills == [1, 3])
        #expect(plan.hires.map(\.type) == [0])
        #expect(plan.skillsBelowTarget.isEmpty && plan.reachesEveryTarget)
        #expect(plan.minimumHires == 1)
    }

    @Test("nothing to hire for: every target met gives the empty plan")
    func zeroDeficits() {
        let problem = HiringProblem(deficits: [0, 0, 0], hireTypes: [Self.type([0, 1]), Self.type([2])])
        let plan = HiringPlanner.plan(problem)
        #expect(plan.hires.isEmpty && plan.unreachableSkills.isEmpty && plan.minimumHires == 0 && plan.isProvenOptimal)
        #expect(HiringPlanner.plan(HiringProblem(deficits: [], hireTypes: [])).hires.isEmpty)
    }

    @Test("no hire types: every short skill unreachable, empty plan")
    func noTypes() {
        let plan = HiringPlanner.plan(HiringProblem(deficits: [2, 0, 1], hireTypes: []))
        #expect(plan.unreachableSkills == [0, 2] && plan.hires.isEmpty && plan.minimumHires == 0)
    }

    @Test("fewer hires beat a lower total position")
    func fewerHiresFirst() {
        // One senior hire (position 9) fixes both skills; two juniors (1 + 1) would too.
        let problem = HiringProblem(deficits: [1, 1], hireTypes: [Self.type([0, 1], 9), Self.type([0]), Self.type([1])])
        #expect(HiringPlanner.plan(problem).hires.map(\.type) == [0])
    }

    @Test("among plans with the fewest hires, the lowest total position")
    func lowestPosition() {
        // Two hires either way: types 0 + 1 (positions 3 + 1 = 4) or 2 + 3 (2 + 1 = 3).
        let problem = HiringProblem(deficits: [1, 1, 1], hireTypes: [
            Self.type([0, 1], 3), Self.type([2], 1), Self.type([0], 2), Self.type([1, 2], 1),
        ])
        let plan = HiringPlanner.plan(problem)
        #expect(plan.hires.map(\.type) == [2, 3])
        #expect(plan.totalPosition == 3)
    }

    @Test("then framework order: the lexicographically smallest sorted list of types")
    func frameworkOrder() {
        // Skills a, b, c, d = 0…3, each short by one, all positions 1. Two hires suffice:
        // types 0 + 5 (sorted [0, 5]) or 1 + 2 ([1, 2]). [0, 5] comes first: it hires the earliest
        // type, although the sum of its indices is larger.
        let problem = HiringProblem(deficits: [1, 1, 1, 1], hireTypes: [
            Self.type([0]), Self.type([0, 1]), Self.type([2, 3]), Self.type([3]), Self.type([2]), Self.type([1, 2, 3]),
        ])
        #expect(HiringPlanner.plan(problem).hires.map(\.type) == [0, 5])
        // Identical types: the first in framework order.
        let twins = HiringProblem(deficits: [1], hireTypes: [Self.type([0]), Self.type([0])])
        #expect(HiringPlanner.plan(twins).hires.map(\.type) == [0])
        // Repeats: [1, 1] beats [1, 3] and [3, 3].
        let repeats = HiringProblem(deficits: [2, 2], hireTypes: [Self.type([0]), Self.type([0, 1]), Self.type([1]), Self.type([1, 0])])
        #expect(HiringPlanner.plan(repeats).hires.map(\.type) == [1, 1])
    }

    @Test("skills_to_target lists the skills still short when the hire comes, in plan order")
    func skillsToTarget() {
        // Skill 0 needs 2 holders, skill 1 one; type 0 covers both, type 1 covers skill 0 only and
        // comes later in framework order but is more junior.
        let problem = HiringProblem(deficits: [2, 1, 0], hireTypes: [Self.type([2, 1, 0, 0], 2), Self.type([0], 1)])
        let plan = HiringPlanner.plan(problem)
        #expect(plan.hires.map(\.type) == [0, 1])
        #expect(plan.hires.map(\.skillsToTarget) == [[0, 1], [0]])   // skill 2 needs nobody: never listed
    }

    @Test("max-hires below the minimum: the capped plan leaving fewest skills short, and the true minimum")
    func maxHiresBelowMinimum() {
        // Four skills, one type each; type 0 is the most senior. Fixing all takes 4 hires; with 2,
        // two skills stay short, and the two most junior types win (then framework order).
        let problem = HiringProblem(deficits: [1, 1, 1, 1], hireTypes: [Self.type([0], 2), Self.type([1]), Self.type([2]), Self.type([3])])
        let plan = HiringPlanner.plan(problem, maxHires: 2)
        #expect(plan.hires.map(\.type) == [1, 2])
        #expect(plan.skillsBelowTarget == [0, 3])
        #expect(!plan.reachesEveryTarget)
        #expect(plan.minimumHires == 4 && plan.isProvenOptimal)
        let none = HiringPlanner.plan(problem, maxHires: 0)
        #expect(none.hires.isEmpty && none.skillsBelowTarget == [0, 1, 2, 3] && none.minimumHires == 4)
    }

    @Test("max-hires: a skill needing more holders than the cap allows is given up for the others")
    func maxHiresGivesUpBigNeeds() {
        // Skill 0 needs 3 holders (type 0); skills 1 and 2 need one each (type 1 covers both).
        // With 2 hires: type 1 once brings two skills to target; no plan of 2 brings skill 0.
        // No second hire is added: it would bring no further skill to target.
        let problem = HiringProblem(deficits: [3, 1, 1], hireTypes: [Self.type([0]), Self.type([1, 2])])
        let plan = HiringPlanner.plan(problem, maxHires: 2)
        #expect(plan.hires.map(\.type) == [1])
        #expect(plan.hires[0].skillsToTarget == [1, 2])
        #expect(plan.skillsBelowTarget == [0])
        #expect(plan.minimumHires == 4)
    }

    @Test("max-hires at or above the minimum gives the full plan")
    func generousCap() {
        let problem = HiringProblem(deficits: [1, 1], hireTypes: [Self.type([0]), Self.type([1])])
        #expect(HiringPlanner.plan(problem, maxHires: 2) == HiringPlanner.plan(problem))
        #expect(HiringPlanner.plan(problem, maxHires: 7).hires.map(\.type) == [0, 1])
    }

    @Test("renumbering the skills changes nothing but the numbers", arguments: 0..<50)
    func skillRenumbering(seed: UInt64) {
        let problem = Instances.small(seed: seed, maxSkills: 10, maxTypes: 7, maxDeficit: 3)
        var random = SeededGenerator(seed: seed)
        let permutation = Array(problem.deficits.indices).shuffled(using: &random)
        var renamed = problem
        for (s, d) in problem.deficits.enumerated() { renamed.deficits[permutation[s]] = d }
        for j in renamed.hireTypes.indices { renamed.hireTypes[j].skills = problem.hireTypes[j].skills.map { permutation[$0] } }
        let plan = HiringPlanner.plan(problem), other = HiringPlanner.plan(renamed)
        #expect(plan.hires.map(\.type) == other.hires.map(\.type))
        #expect(plan.unreachableSkills.map { permutation[$0] }.sorted() == other.unreachableSkills)
        #expect(plan.hires.map { $0.skillsToTarget.map { permutation[$0] }.sorted() } == other.hires.map(\.skillsToTarget))
    }

    @Test("realistic instances: the plan reaches every reachable target and its size is proven", arguments: 0..<5)
    func realistic(seed: UInt64) {
        let problem = Instances.profession(seed: seed)
        let plan = HiringPlanner.plan(problem)
        #expect(plan.isProvenOptimal)
        #expect(plan.minimumHires == plan.hires.count && plan.minimumHiresLowerBound == plan.hires.count)
        var holders = [Int](repeating: 0, count: problem.deficits.count)
        for hire in plan.hires { for s in Set(problem.hireTypes[hire.type].skills) { holders[s] += 1 } }
        let unreachable = Set(plan.unreachableSkills)
        #expect(problem.deficits.indices.allSatisfy { holders[$0] >= problem.deficits[$0] || unreachable.contains($0) })
        #expect(plan.unreachableSkills.allSatisfy { s in !problem.hireTypes.contains { $0.skills.contains(s) } })
        #expect(plan.hires.allSatisfy { !$0.skillsToTarget.isEmpty })   // no hire is wasted
    }
}
