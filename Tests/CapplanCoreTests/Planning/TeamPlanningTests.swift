import CapplanCore
import Foundation
import Testing

/// SPEC §10 on hand-made teams, every figure worked out by hand: the hiring plan (unreachable
/// skills, --max-hires below the minimum, --hire-role all finding a role nobody in the team holds),
/// joiners in what-if, and the risk ranking.
@Suite("planning ahead, hand-made teams")
struct TeamPlanningTests {
    /// The Duo framework (Fixtures/duo-framework.yaml, shared with PlanningCommandTests): two roles.
    /// Engineer: junior (Alpha working, Beta awareness), senior (Alpha practitioner, Beta
    /// practitioner), lead (Alpha expert, Beta expert, Gamma working). Designer: designer (Gamma
    /// practitioner, Delta working), senior designer (Gamma expert, Delta practitioner).
    static let yaml = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/duo-framework.yaml"), encoding: .utf8)

    /// Ann (senior engineer: Alpha practitioner, Beta working, Gamma awareness) and Ben (junior
    /// engineer: Alpha working, Beta awareness). The team's skills: Alpha and Beta (required) and
    /// Gamma (rated). Holders (practitioner or more): Alpha Ann; Beta and Gamma none. With 2 holders
    /// each: Alpha short 1, Beta 2, Gamma 2.
    static let team = """
        name,role,level,Alpha,Beta,Gamma
        Ann,Engineer,senior,3,2,1
        Ben,Engineer,junior,2,1,

        """

    static func analysis(_ csv: String = team, attrition: Double? = nil) throws -> TeamAnalysis {
        let framework = try FrameworkReader.read(yaml, file: "duo.yaml").0
        let (roster, _) = try RosterReader(framework: framework).read(bytes: Array(csv.utf8), file: "team.csv")
        var options = AnalysisOptions(scale: framework.scale)
        options.attrition = attrition
        return TeamAnalysis(framework: framework, roster: roster, options: options)
    }

    /// The plan as `role level: skills to target` lines.
    static func lines(_ hiring: TeamHiring) -> [String] {
        let framework = hiring.analysis.framework
        return hiring.hires.map { hire in
            "\(hire.number) \(framework[hire.level].name): " + hire.skillsToTarget.map { framework.skills[$0].name }.joined(separator: ", ")
        }
    }

    static func names(_ rows: [TeamAnalysis.Coverage], _ hiring: TeamHiring) -> [String] {
        rows.map { hiring.analysis.framework.skills[$0.skill].name }
    }

    // MARK: Hiring plan

    /// The team's role (Engineer) only: junior holds nothing (working, awareness), senior and lead
    /// hold Alpha and Beta; nobody holds Gamma (lead requires it at working), so Gamma is unreachable.
    /// Beta needs 2 hires: two seniors (positions 2 + 2 = 4) beat a senior and a lead (5). The first
    /// senior brings Alpha and Beta to target; Alpha then has its 2, so the second brings Beta only.
    @Test("the team's roles: two seniors, Gamma unreachable (no level requires it at the holder level)")
    func teamRoles() throws {
        let hiring = TeamHiring(analysis: try Self.analysis())
        #expect(Self.lines(hiring) == ["1 senior: Alpha, Beta", "2 senior: Beta"])
        #expect(hiring.plan.isProvenOptimal && hiring.plan.minimumHires == 2)
        #expect(hiring.unreachable.map { [$0.holders.count, $0.targetHolders] } == [[0, 2]])
        #expect(Self.names(hiring.unreachable, hiring) == ["Gamma"])
        #expect(Self.names(hiring.belowTarget, hiring) == ["Alpha", "Beta", "Gamma"])
        #expect(hiring.leftBelowTarget.isEmpty && !hiring.isCapped)
        // After the plan Alpha has Ann and both seniors (one more than it needs); Beta the two seniors;
        // Gamma still nobody.
        #expect(hiring.analysis.coverage.map(hiring.holdersAfter) == [3, 2, 0])
    }

    /// --hire-role all adds the Designer's levels, which hold Gamma (designer at practitioner, senior
    /// designer at expert; Delta is not a team skill). Gamma's two holders cost two designers
    /// (position 1 each). Framework order lists the Engineer's hires first.
    @Test("--hire-role all finds a role nobody in the team holds: two designers for Gamma")
    func everyRole() throws {
        let analysis = try Self.analysis()
        let hiring = TeamHiring(analysis: analysis, roles: TeamHiring.everyRole(of: analysis.framework))
        #expect(Self.lines(hiring) == ["1 senior: Alpha, Beta", "2 senior: Beta", "3 designer: Gamma", "4 designer: Gamma"])
        #expect(hiring.unreachable.isEmpty)
        #expect(hiring.hires.map { analysis.framework.roles[$0.level.role].name } == ["Engineer", "Engineer", "Designer", "Designer"])
    }

    /// One hire at most, where two are needed: a senior brings Alpha to target and leaves Beta short
    /// (1 of 2); no hire at all would leave both short. The true minimum is still 2.
    @Test("--max-hires below the minimum: the plan of that size leaving the fewest skills below target", arguments: [
        (1, ["1 senior: Alpha, Beta"], ["Beta"]), (0, [], ["Alpha", "Beta"]),
    ] as [(Int, [String], [String])])
    func capped(cap: Int, plan: [String], left: [String]) throws {
        let hiring = TeamHiring(analysis: try Self.analysis(), maxHires: cap)
        #expect(hiring.isCapped)
        #expect(hiring.plan.minimumHires == 2)
        #expect(Self.lines(hiring) == plan)
        #expect(Self.names(hiring.leftBelowTarget, hiring) == left)
        #expect(Self.names(hiring.unreachable, hiring) == ["Gamma"])
    }

    @Test("--max-hires at or above the minimum changes nothing")
    func generousCap() throws {
        let analysis = try Self.analysis()
        let free = TeamHiring(analysis: analysis)
        for cap in [2, 5] {
            let hiring = TeamHiring(analysis: analysis, maxHires: cap)
            #expect(!hiring.isCapped)
            #expect(hiring.hires == free.hires)
        }
    }

    @Test("a team at every target hires nobody")
    func nothingToHire() throws {
        let analysis = try Self.analysis("name,role,level,Alpha,Beta\nAnn,Engineer,senior,3,3\nBen,Engineer,senior,4,3\n")
        let hiring = TeamHiring(analysis: analysis)
        #expect(hiring.hires.isEmpty && hiring.unreachable.isEmpty && hiring.belowTarget.isEmpty)
        #expect(hiring.plan.isProvenOptimal)
    }

    // MARK: Joiners

    /// A senior designer (Gamma expert, Delta practitioner) joins: Gamma gets its first holder, and
    /// Delta, which nobody required or rated, becomes a team skill held by the joiner alone.
    @Test("a joiner is rated exactly at their level's requirements: new holders, and a skill new to the team")
    func joinerAddsHolders() throws {
        let analysis = try Self.analysis()
        let framework = analysis.framework
        let designer = try #require(framework.role(named: "Designer"))
        let seniorDesigner = try #require(framework.level(named: "senior designer", in: designer))
        let whatIf = WhatIf(before: analysis, leavers: [], joiners: [seniorDesigner])
        let joiner = whatIf.remaining.roster.people[PersonID(2)]
        #expect(joiner.name == "joiner 1 (Designer: senior designer)")
        #expect(whatIf.remaining.roster.skills.map { whatIf.remaining.roster.rating(PersonID(2), $0)?.index } == [nil, nil, 4, 3])
        #expect(whatIf.changes.map { [framework.skills[$0.skill].name, $0.before?.rawValue ?? "-", $0.after?.rawValue ?? "-", "\($0.holdersAfter)"] }
                == [["Gamma", "no_cover", "single_point", "1"], ["Delta", "-", "single_point", "1"]])
        #expect(whatIf.changes.allSatisfy { $0.soleHolderAfter == PersonID(2) })
    }

    /// Ann leaves and a lead engineer (Alpha expert, Beta expert, Gamma working) joins: Alpha keeps
    /// one holder (the joiner instead of Ann: no change of status), Beta gets its first, Gamma stays
    /// with none (the lead's working is below practitioner).
    @Test("a joiner with a leaver: only the skills whose status changes are listed")
    func joinerAndLeaver() throws {
        let analysis = try Self.analysis()
        let framework = analysis.framework
        let engineer = try #require(framework.role(named: "Engineer"))
        let lead = try #require(framework.level(named: "lead", in: engineer))
        let whatIf = WhatIf(before: analysis, leavers: [PersonID(0)], joiners: [lead])
        #expect(whatIf.remaining.roster.people.map(\.name) == ["Ben", "joiner 1 (Engineer: lead)"])
        #expect(whatIf.changes.map { [framework.skills[$0.skill].name, $0.before?.rawValue ?? "-", $0.after?.rawValue ?? "-"] }
                == [["Beta", "no_cover", "single_point"]])
        #expect(whatIf.changes.first?.soleHolderAfter == PersonID(1))
    }

    // MARK: Risk

    /// Ann (leaves with 0.5) and Cat (0.1) hold Alpha; Ann, Cat and Dan (0.2) hold Beta; Cat alone
    /// holds Gamma. Alpha: P(fewer than 2 stay) = 1 − 0.5·0.9 = 0.55, P(none) = 0.5·0.1 = 0.05.
    /// Beta: stays 0.5, 0.9, 0.8; P(0) = 0.5·0.1·0.2 = 0.01, P(1) = 0.01 + 0.09 + 0.04 = 0.14: 0.15, none 0.01.
    /// Gamma is below target already (1 of 2): not ranked, its risk 1 below target, 0.1 of no holder.
    @Test("risk by hand, and the ranking of the skills most likely to fall below target")
    func ranking() throws {
        let analysis = try Self.analysis("""
            name,role,level,leave_probability,Alpha,Beta,Gamma
            Ann,Engineer,senior,0.5,3,3,
            Cat,Engineer,senior,0.1,3,3,3
            Dan,Engineer,junior,0.2,1,4,

            """, attrition: 0.9)
        let risks = analysis.coverage.map { [$0.risk!.belowTarget, $0.risk!.noCover] }
        for (found, expected) in zip(risks, [[0.55, 0.05], [0.15, 0.01], [1, 0.1]]) {
            #expect(abs(found[0] - expected[0]) < 1e-15 && abs(found[1] - expected[1]) < 1e-15, "\(found) vs \(expected)")
        }
        #expect(analysis.mostLikelyToFallBelowTarget(limit: 5).map { analysis.framework.skills[$0.skill].name } == ["Alpha", "Beta"])
        #expect(analysis.mostLikelyToFallBelowTarget(limit: 1).count == 1)
    }

    @Test("without --attrition or a leave_probability value there is no risk; with neither for some people, they stay")
    func noAttritionInformation() throws {
        let plain = try Self.analysis()
        #expect(!plain.hasAttritionRisk && plain.coverage.allSatisfy { $0.risk == nil })
        #expect(plain.mostLikelyToFallBelowTarget(limit: 5).isEmpty)
        // A blank leave_probability column is no information either.
        let blank = try Self.analysis("name,role,level,leave_probability,Alpha\nAnn,Engineer,senior,,3\n")
        #expect(!blank.hasAttritionRisk)
        // One value given: the others count as staying (0), so Alpha's two holders are lost only if Ann leaves.
        let one = try Self.analysis("name,role,level,leave_probability,Alpha\nAnn,Engineer,senior,0.3,3\nBo,Engineer,senior,,4\n")
        #expect(one.hasAttritionRisk)
        #expect(one.coverage[0].risk == AttritionRisk(leaveProbabilities: [0.3, 0], target: 2))
    }
}
