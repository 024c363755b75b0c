import CapplanCore
import Testing

/// SPEC §10 through the whole path, on random small teams written as a user's files (a framework
/// YAML and a roster CSV, Support/TeamModel.swift): roster → analysis → risk, and roster → analysis →
/// hiring problem → plan, each against what the model works out from the spec's words by brute force.
@Suite("planning ahead, whole path, against brute force")
struct TeamPlanningPropertyTests {
    // MARK: Attrition risk

    @Test("each team skill's risk equals an enumeration of who leaves, to 1e-12 (teams of up to 12 holders)",
          arguments: Array(UInt64(0)..<600))
    func riskEqualsEnumeration(seed: UInt64) throws {
        let model = TeamModel.random(seed: seed, maxPeople: 12)
        let analysis = try model.analysis()
        #expect(analysis.hasAttritionRisk == model.hasAttrition, "seed \(seed)")
        #expect(analysis.coverage.map(\.skill.index) == model.teamSkills, "seed \(seed)")
        for row in analysis.coverage {
            let skill = row.skill.index
            #expect(row.holders.map(\.index) == model.holders(of: skill), "seed \(seed), \(model.skills[skill])")
            guard model.hasAttrition else {
                #expect(row.risk == nil)
                continue
            }
            let risk = try #require(row.risk, "seed \(seed): no risk with attrition information")
            let expected = model.bruteForceRisk(of: skill)
            #expect(abs(risk.belowTarget - expected.below) <= 1e-12, "seed \(seed), \(model.skills[skill]): \(risk) vs \(expected)\n\(model)")
            #expect(abs(risk.noCover - expected.none) <= 1e-12, "seed \(seed), \(model.skills[skill]): \(risk) vs \(expected)")
        }
    }

    @Test("the generator reaches the interesting cases: many holders, mixed sources of probability, certain leavers")
    func riskGeneratorCoverage() {
        var (large, mixed, certain, noInfo) = (0, 0, 0, 0)
        for seed in UInt64(0)..<600 {
            let model = TeamModel.random(seed: seed, maxPeople: 12)
            if model.teamSkills.contains(where: { model.holders(of: $0).count >= 8 }) { large += 1 }
            if model.attrition != nil && model.people.contains(where: { $0.leave != nil }) && model.people.contains(where: { $0.leave == nil }) { mixed += 1 }
            if model.people.contains(where: { $0.leave == 1 }) { certain += 1 }
            if !model.hasAttrition { noInfo += 1 }
        }
        #expect(large > 20, "teams with a skill of 8 or more holders: \(large)")
        #expect(mixed > 100, "teams mixing leave_probability and --attrition: \(mixed)")
        #expect(certain > 100, "teams with a certain leaver: \(certain)")
        #expect(noInfo > 10, "teams without attrition information: \(noInfo)")
    }

    // MARK: Hiring plan

    @Test("the team's hiring problem is the model's, and its plan equals an exhaustive search (size, hires, skills_to_target, unreachable)",
          arguments: Array(UInt64(1_000)..<1_600))
    func planEqualsExhaustiveSearch(seed: UInt64) throws {
        let model = TeamModel.random(seed: seed)
        let analysis = try model.analysis()
        let framework = analysis.framework
        let hiring = TeamHiring(analysis: analysis, roles: model.hireRoles.map { $0.map(RoleID.init) })
        let problem = model.hiringProblem
        #expect(hiring.problem == problem, "seed \(seed)\n\(model)")
        #expect(hiring.hireLevels.map { [$0.role.index, $0.rank] } == model.hireLevels.map { [$0.role, $0.rank] }, "seed \(seed)")
        let brute = BruteForcePlanner(problem: problem)
        let expected = brute.minimum()
        #expect(hiring.plan.isProvenOptimal)
        #expect(hiring.plan.minimumHires == expected.hires, "seed \(seed)\n\(model)")
        #expect(hiring.hires.count == expected.hires, "seed \(seed)")
        // The same role levels, named as the model names them, and the same skills brought to target.
        let team = model.teamSkills
        let levels = model.hireLevels
        #expect(hiring.hires.map { "\(framework.roles[$0.level.role].name) \(framework[$0.level].name)" }
                == expected.plan.map { "\(model.roles[levels[$0].role].name) level \(levels[$0].rank + 1)" }, "seed \(seed)\n\(model)")
        #expect(hiring.hires.map { $0.skillsToTarget.map { framework.skills[$0].name } }
                == brute.skillsToTarget(expected.plan).map { $0.map { model.skills[team[$0]] } }, "seed \(seed)")
        #expect(hiring.hires.map(\.number) == Array(1...max(1, hiring.hires.count)).prefix(hiring.hires.count).map { $0 })
        let unreachable = team.indices.filter { problem.deficits[$0] > 0 && !brute.reachable.contains($0) }.map { model.skills[team[$0]] }
        #expect(hiring.unreachable.map { framework.skills[$0.skill].name } == unreachable, "seed \(seed)")
        #expect(hiring.leftBelowTarget.isEmpty)
    }

    @Test("with --max-hires below the minimum, the plan leaving the fewest skills below target equals an exhaustive search",
          arguments: Array(UInt64(2_000)..<2_300))
    func cappedPlanEqualsExhaustiveSearch(seed: UInt64) throws {
        let model = TeamModel.random(seed: seed)
        let analysis = try model.analysis()
        let brute = BruteForcePlanner(problem: model.hiringProblem)
        let minimum = brute.minimum().hires
        guard minimum > 0 else { return }
        let cap = Int(seed % UInt64(minimum))
        let hiring = TeamHiring(analysis: analysis, roles: model.hireRoles.map { $0.map(RoleID.init) }, maxHires: cap)
        let expected = brute.best(maxHires: cap)
        #expect(hiring.isCapped)
        #expect(hiring.plan.isProvenOptimal)
        #expect(hiring.plan.minimumHires == minimum, "seed \(seed)")
        #expect(hiring.leftBelowTarget.count == expected.short, "seed \(seed) cap \(cap)\n\(model)")
        #expect(hiring.plan.hires.map(\.type) == expected.plan, "seed \(seed) cap \(cap)")
        #expect(hiring.hires.count <= cap)
    }

    @Test("the generator reaches the interesting cases: plans of several hires, unreachable skills, roles outside the team")
    func planGeneratorCoverage() {
        var (several, unreachable, outside) = (0, 0, 0)
        for seed in UInt64(1_000)..<1_600 {
            let model = TeamModel.random(seed: seed)
            let problem = model.hiringProblem
            let brute = BruteForcePlanner(problem: problem)
            if brute.minimum().hires >= 3 { several += 1 }
            if problem.deficits.indices.contains(where: { problem.deficits[$0] > 0 && !brute.reachable.contains($0) }) { unreachable += 1 }
            if Set(model.allowedRoles).subtracting(model.people.map(\.role)).count > 0 { outside += 1 }
        }
        #expect(several > 100, "plans of 3 hires or more: \(several)")
        #expect(unreachable > 50, "teams with an unreachable skill: \(unreachable)")
        #expect(outside > 50, "teams allowed to hire a role nobody holds: \(outside)")
    }
}
