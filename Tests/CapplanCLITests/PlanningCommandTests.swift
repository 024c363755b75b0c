import CapplanCLI
import CapplanCore
import Foundation
import Testing

/// SPEC §10 from the command line: `--attrition` and `leave_probability` in the reports, `whatif
/// --joiner`, `capplan plan` and `analyze --plan-hires`; every option and every error, with figures
/// worked out by hand on a two-role framework (Duo) and the ops team.
@Suite("planning ahead: commands")
struct PlanningCommandTests {
    /// The Duo framework of the core's planning tests (Tests/CapplanCoreTests/Fixtures/duo-framework.yaml).
    /// Engineer: junior (Alpha working, Beta awareness), senior (Alpha and Beta practitioner), lead
    /// (Alpha and Beta expert, Gamma working). Designer: designer (Gamma practitioner, Delta working),
    /// senior designer (Gamma expert, Delta practitioner).
    static let duo = try! String(contentsOf: Paths.root.appendingPathComponent("Tests/CapplanCoreTests/Fixtures/duo-framework.yaml"),
                                 encoding: .utf8)

    /// Holders (practitioner or more): Alpha Ann; Beta and Gamma nobody. Short of 2 holders: Alpha 1,
    /// Beta 2, Gamma 2. The Engineer's senior and lead hold Alpha and Beta; no Engineer level holds
    /// Gamma (lead requires it at working).
    static let team = """
        name,role,level,Alpha,Beta,Gamma
        Ann,Engineer,senior,3,2,1
        Ben,Engineer,junior,2,1,

        """

    /// A folder holding the Duo framework and team; removed by the caller.
    struct Files {
        let folder = temporaryFolder()
        var framework: String { folder.appendingPathComponent("duo.yaml").path }
        var roster: String { folder.appendingPathComponent("team.csv").path }
        var out: String { folder.appendingPathComponent("out").path }

        init(team: String = PlanningCommandTests.team) {
            write(PlanningCommandTests.duo, to: "duo.yaml", in: folder)
            write(team, to: "team.csv", in: folder)
        }

        func read(_ name: String) throws -> String { try String(contentsOfFile: out + "/" + name, encoding: .utf8) }
        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    // MARK: capplan plan

    @Test("plan: two seniors bring Alpha and Beta to target; Gamma is unreachable; files and printout")
    func planTeamRoles() throws {
        let files = Files()
        defer { files.remove() }
        let result = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try files.read("hiring-plan.csv") == "hire,role,level,skills_to_target\n1,Engineer,senior,Alpha;Beta\n2,Engineer,senior,Beta\n")
        #expect(try files.read("unreachable.csv") == "skill,holders,target_holders,holder_level\nGamma,0,2,practitioner\n")
        #expect(result.stdout == """
            \(files.roster): 3 team skills, 3 below target
            Hiring from the team's 1 role: 3 role levels
            The fewest hires that bring every skill a hire can reach to its target holders: 2 (proven: no plan with fewer exists)
              hire  role      level   skills to target
              1     Engineer  senior  Alpha, Beta
              2     Engineer  senior  Beta
            No allowed role level requires at the holder level, so no hire can fix: Gamma (0 of 2) — train for these, or allow more roles with --hire-role
            Plan written to \(files.out)/: hiring-plan.csv, unreachable.csv

            """)
        // Only CSV files by default: no workbook.
        #expect(!FileManager.default.fileExists(atPath: files.out + "/hiring-plan.xlsx"))
    }

    @Test("plan --hire-role all hires a role nobody in the team holds: two designers for Gamma")
    func planEveryRole() throws {
        let files = Files()
        defer { files.remove() }
        let result = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--hire-role", "all")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try files.read("hiring-plan.csv") == """
            hire,role,level,skills_to_target
            1,Engineer,senior,Alpha;Beta
            2,Engineer,senior,Beta
            3,Designer,designer,Gamma
            4,Designer,designer,Gamma

            """)
        #expect(try files.read("unreachable.csv") == "skill,holders,target_holders,holder_level\n")
        #expect(result.stdout.contains("Hiring from every role of Duo (2): 5 role levels\n"))
        #expect(result.stdout.contains("The fewest hires that bring every skill to its target holders: 4 (proven: no plan with fewer exists)\n"))
    }

    @Test("plan --hire-role names roles (loosely, repeatable): the Designer alone leaves Alpha and Beta unreachable")
    func planNamedRoles() throws {
        let files = Files()
        defer { files.remove() }
        let result = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--hire-role", "designer", "--quiet")
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
        #expect(try files.read("hiring-plan.csv") == "hire,role,level,skills_to_target\n1,Designer,designer,Gamma\n2,Designer,designer,Gamma\n")
        #expect(try files.read("unreachable.csv") == "skill,holders,target_holders,holder_level\nAlpha,1,2,practitioner\nBeta,0,2,practitioner\n")
        let both = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--hire-role", "Designer", "--hire-role", "ENGINEER")
        // Naming both roles of Duo is naming them all.
        #expect(both.stdout.contains("Hiring from every role of Duo (2): 5 role levels"), "\(both.stdout)")
    }

    /// One hire at most where two are needed: a senior brings Alpha to target, Beta stays short (1 of 2).
    @Test("plan --max-hires below the minimum: exit 0, no plan of that size reaches every target, the minimum, the best plan of that size")
    func planCapped() throws {
        let files = Files()
        defer { files.remove() }
        let result = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--max-hires", "1")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("""
            No plan of 1 hire brings every skill a hire can reach to its target: the fewest that does has 2.
            The plan of at most 1 hire leaving the fewest skills below target: 1 hire, 1 skill left below target
              hire  role      level   skills to target
              1     Engineer  senior  Alpha, Beta
            Left below target: Beta (1 of 2)

            """), "\(result.stdout)")
        #expect(try files.read("hiring-plan.csv") == "hire,role,level,skills_to_target\n1,Engineer,senior,Alpha;Beta\n")
        // 0 hires: nothing hired, everything reachable left below target.
        let none = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--max-hires", "0")
        #expect(none.status == 0)
        #expect(none.stdout.contains("Left below target: Alpha (1 of 2), Beta (0 of 2)"), "\(none.stdout)")
        #expect(try files.read("hiring-plan.csv") == "hire,role,level,skills_to_target\n")
        // At or above the minimum: the full plan.
        let generous = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--max-hires", "2")
        #expect(generous.stdout.contains("The fewest hires that bring every skill a hire can reach to its target holders: 2"))
    }

    /// Gamma's target from the targets file: 1 holder at working. The lead (Gamma working) now holds
    /// it: a senior (2) and a lead (3), total position 5, beat two leads (6). The senior brings Alpha
    /// and Beta to target, the lead Beta and Gamma (Alpha has its 2 by then).
    @Test("plan --targets: per-skill targets and holder levels decide what a hire holds")
    func planTargets() throws {
        let files = Files()
        defer { files.remove() }
        let targets = write("skill,min_holders,holder_level\nGamma,1,working\n", to: "targets.csv", in: files.folder)
        let result = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--targets", targets, "--quiet")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try files.read("hiring-plan.csv") == "hire,role,level,skills_to_target\n1,Engineer,senior,Alpha;Beta\n2,Engineer,lead,Beta;Gamma\n")
        #expect(try files.read("unreachable.csv") == "skill,holders,target_holders,holder_level\n")
        // --min-holders 1 and --holder-level working: Ann holds Alpha and Beta (Ben holds Alpha); Gamma (Ann
        // awareness) is short 1, and the lead holds it at working.
        let loose = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--min-holders", "1",
                            "--holder-level", "working", "--quiet")
        #expect(loose.status == 0)
        #expect(try files.read("hiring-plan.csv") == "hire,role,level,skills_to_target\n1,Engineer,lead,Gamma\n")
    }

    @Test("plan: a team at every target has nothing to hire for")
    func planNothingToDo() throws {
        let files = Files(team: "name,role,level,Alpha,Beta\nAnn,Engineer,senior,3,3\nBo,Engineer,senior,4,4\n")
        defer { files.remove() }
        let result = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Every skill has its target holders: nothing to hire for\n"))
        #expect(try files.read("hiring-plan.csv") == "hire,role,level,skills_to_target\n")
    }

    /// The Fano plane: seven skills, seven role levels of three skills each (its lines), every skill
    /// in three. Two holders of each skill: the LP relaxation needs only 14/3 hires (a bound of 5),
    /// but any 5 lines leave the meeting point of the other two with one holder, so 6 are needed.
    static let fano: String = {
        let lines = [[0, 1, 2], [0, 3, 4], [0, 5, 6], [1, 3, 5], [1, 4, 6], [2, 3, 6], [2, 4, 5]]
        var yaml = "capplan_framework: 1\nname: Fano\nscale:\n"
        for (value, name) in ["none", "awareness", "working", "practitioner", "expert"].enumerated() {
            yaml += "  - {name: \(name), value: \(value)}\n"
        }
        yaml += "grades: [G1]\nskills:\n" + (1...7).map { "  - name: S\($0)\n" }.joined() + "roles:\n  - name: Engineer\n    levels:\n"
        for (rank, line) in lines.enumerated() {
            yaml += "      - name: l\(rank + 1)\n        requires: [" + line.map { "{skill: S\($0 + 1), level: practitioner}" }.joined(separator: ", ") + "]\n"
        }
        return yaml
    }()

    @Test("plan: exact where the LP bound is not (6 hires, bound 5); when the search stops at its effort limit it says the plan is the best found, not proven, with the bound")
    func planNotProven() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let framework = write(Self.fano, to: "fano.yaml", in: folder)
        let roster = write("name,role,level,S1,S2,S3,S4,S5,S6,S7\nAnn,Engineer,l1,0,0,0,0,0,0,0\n", to: "team.csv", in: folder)
        let out = folder.appendingPathComponent("out").path
        let exact = capplan("plan", roster, "--framework", framework, "--out", out)
        #expect(exact.status == 0, "\(exact.stderr)")
        #expect(exact.stdout.contains("The fewest hires that bring every skill to its target holders: 6 (proven: no plan with fewer exists)"), "\(exact.stdout)")
        let stopped = capplan("plan", roster, "--framework", framework, "--out", out, "--effort-limit", "1")
        #expect(stopped.status == 0)
        #expect(stopped.stdout.contains("This is the best plan found, not proven the fewest: the search stopped at its effort limit, and no plan has fewer than 5 hires."),
                "\(stopped.stdout)")
        #expect(try String(contentsOfFile: out + "/hiring-plan.csv", encoding: .utf8).split(separator: "\n").count >= 7)
        // Realistic teams have no such gap: stopped at once, the plan still has the fewest hires, unproven only in its tie-breaks.
        let digital = capplan("plan", Paths.example("digital-team.csv"), "--out", out, "--effort-limit", "1")
        #expect(digital.stdout.contains("No plan has fewer hires, but the search stopped at its effort limit before proving this one the most junior"),
                "\(digital.stdout)")
        let capped = capplan("plan", roster, "--framework", framework, "--out", out, "--effort-limit", "1", "--max-hires", "3")
        #expect(capped.status == 0)
        #expect(capped.stdout.contains("(the best found, not proven the fewest skills left below target)"), "\(capped.stdout)")
    }

    @Test("plan: bad command lines exit 64 before anything is read or written", arguments: [
        (["--max-hires", "-1"], "--max-hires must be 0 or more"),
        (["--hire-role", "Desiner"], #"error: --hire-role "Desiner" is not a role of the framework (or all); did you mean "Designer"?"#),
        (["--hire-role", "all", "--hire-role", "Desiner"], #"error: --hire-role "Desiner" is not a role of the framework"#),
        (["--format", "pdf"], #"--format takes csv, xlsx or xlsx,csv (not "pdf")"#),
        (["--out", " "], "--out needs a folder"),
        (["--holder-level", "expret"], #"did you mean "expert"?"#),
        (["--min-holders", "-2"], "--min-holders must be from 0 to 100,000"), (["--min-holders", "100001"], "--min-holders must be from 0 to 100,000"),
    ] as [([String], String)])
    func planBadCommandLine(options: [String], message: String) throws {
        let files = Files()
        defer { files.remove() }
        let result = capplan(["plan", files.roster, "--framework", files.framework, "--out", files.out] + options)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: files.out + "/hiring-plan.csv"))
    }

    @Test("plan: a role with no levels cannot be hired; a missing roster exits 66, an invalid one 65")
    func planBadInputs() throws {
        let notInUse = capplan("plan", Paths.example("ops-team.csv"), "--hire-role", "Chief technology officer", "--out", "/nonexistent/never")
        #expect(notInUse.status == 64)
        #expect(notInUse.stderr.contains("--hire-role: role Chief technology officer has no levels"), "\(notInUse.stderr)")
        let missing = capplan("plan", "/nonexistent/team.csv", "--out", "/nonexistent/never")
        #expect(missing.status == 66)
        let files = Files(team: "name,role,level,Alpha\nAnn,Engineer,seniour,3\n")
        defer { files.remove() }
        let invalid = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out)
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains(#"did you mean "senior"?"#), "\(invalid.stderr)")
        let noTargets = capplan("plan", Paths.example("ops-team.csv"), "--targets", "/nonexistent/targets.csv", "--out", "/nonexistent/never")
        #expect(noTargets.status == 66)
        #expect(noTargets.stderr.contains("cannot open the targets file"), "\(noTargets.stderr)")
    }

    @Test("plan --strict: a warning (a column that matches no skill) is an error, and nothing is written")
    func planStrict() throws {
        let files = Files(team: "name,role,level,Alpha,Beta,Gamma,Zeta\nAnn,Engineer,senior,3,2,1,\nBen,Engineer,junior,2,1,,\n")
        defer { files.remove() }
        let loose = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out)
        #expect(loose.status == 0, "\(loose.stderr)")
        #expect(loose.stderr.contains(#"warning: column "Zeta" matches no skill"#), "\(loose.stderr)")
        try FileManager.default.removeItem(atPath: files.out)
        let strict = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--strict")
        #expect(strict.status == 65)
        #expect(!FileManager.default.fileExists(atPath: files.out))
    }

    @Test("plan --format xlsx,csv: hiring-plan.xlsx read back by openpyxl equals the CSV files; --format csv removes it again")
    func planWorkbook() throws {
        let files = Files()
        defer { files.remove() }
        let result = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--format", "xlsx,csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Plan written to \(files.out)/: hiring-plan.xlsx, hiring-plan.csv, unreachable.csv"))
        let report = try #require(checkWorkbook(in: URL(fileURLWithPath: files.out), workbook: "hiring-plan.xlsx", [
            "--plan", "--roster", files.roster, "--input-name", files.roster, "--version", capplanVersion]))
        #expect(report["sheets"] as? [String] == ["Hiring plan", "Unreachable", "About"])
        #expect(report["tables"] as? [String: Int] == ["Hiring plan": 2, "Unreachable": 1])
        let again = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out)
        #expect(again.stdout.contains("Removed from \(files.out)/ the earlier hiring-plan.xlsx"))
    }

    // MARK: analyze --plan-hires

    @Test("analyze --plan-hires adds the Hiring plan and Unreachable sheets and files, equal to plan's; the workbook reads back")
    func analyzePlanHires() throws {
        let files = Files()
        defer { files.remove() }
        let result = capplan("analyze", files.roster, "--framework", files.framework, "--out", files.out, "--plan-hires", "--hire-role", "all")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hiring plan: 4 hires, the fewest that bring every skill to target\n"), "\(result.stdout)")
        let report = try #require(checkWorkbook(in: URL(fileURLWithPath: files.out), ["--roster", files.roster, "--input-name", files.roster]))
        #expect(report["sheets"] as? [String] == ["Summary", "Skills matrix", "Gaps", "Gaps by level", "Coverage", "Key people", "Mentoring",
                                                  "Unmatched needs", "Readiness", "Grade mix", "Hiring plan", "Unreachable", "Framework", "About"])
        let about = report["about"] as? [String: Any] ?? [:]
        #expect(about["option: hire roles"] as? String == "all")
        let analyzed = try files.read("hiring-plan.csv")
        let planned = capplan("plan", files.roster, "--framework", files.framework, "--out", files.out, "--hire-role", "all", "--quiet")
        #expect(planned.status == 0)
        #expect(try files.read("hiring-plan.csv") == analyzed)
        // --max-hires below the minimum: the summary says so in a line.
        let capped = capplan("analyze", files.roster, "--framework", files.framework, "--out", files.out, "--plan-hires", "--max-hires", "1")
        #expect(capped.status == 0)
        #expect(capped.stdout.contains("Hiring plan: 1 hire (at most 1; the fewest reaching every target is 2), 1 skill left below target; "
                                       + "1 skill no hire can fix\n"), "\(capped.stdout)")
    }

    @Test("analyze: --hire-role and --max-hires need --plan-hires")
    func analyzeHiringOptionsNeedPlanHires() {
        for options in [["--hire-role", "all"], ["--max-hires", "2"]] {
            let result = capplan(["analyze", Paths.example("ops-team.csv"), "--out", "/nonexistent/never"] + options)
            #expect(result.status == 64)
            #expect(result.stderr.contains("--max-hires and --hire-role need --plan-hires"), "\(result.stderr)")
        }
    }

    // MARK: Attrition risk

    /// The ops team, everyone leaving with 0.1. Asset and configuration management has 2 holders
    /// (target 2): below target unless both stay, 1 − 0.9² = 0.19; no holder if both leave, 0.01.
    /// Continual service improvement has Priya Shah alone: below target already (1), no holder 0.1.
    @Test("analyze --attrition: coverage.csv and key-people.csv gain the risk, six decimals; the summary ranks it")
    func attritionColumns() throws {
        let out = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = capplan("analyze", Paths.example("ops-team.csv"), "--attrition", "0.1", "--out", out.path, "--format", "csv")
        #expect(result.status == 0, "\(result.stderr)")
        let coverage = try String(contentsOf: out.appendingPathComponent("coverage.csv"), encoding: .utf8).split(separator: "\n")
        #expect(coverage[0] == "skill,rated,none,awareness,working,practitioner,expert,holders,target_holders,status,sole_holder,holder_level,risk_below_target,risk_no_cover")
        #expect(coverage.contains { $0.hasPrefix("Asset and configuration management,") && $0.hasSuffix(",ok,,practitioner,0.190000,0.010000") })
        #expect(coverage.contains { $0 == "Continual service improvement,7,0,3,3,1,0,1,2,single_point,Priya Shah,practitioner,1.000000,0.100000" },
                "\(coverage)")
        let keyPeople = try String(contentsOf: out.appendingPathComponent("key-people.csv"), encoding: .utf8).split(separator: "\n")
        #expect(keyPeople[0] == "person,sole_skills,skills,risk_no_cover")
        #expect(keyPeople.allSatisfy { $0.hasSuffix(",0.100000") || $0 == keyPeople[0] })
        #expect(result.stdout.contains("Most likely to fall below target within a year: Asset and configuration management (19.0%), "))
    }

    /// Priya Shah's leave_probability (0.5) wins over --attrition 0.1 for her; Tom Hughes, with none,
    /// takes 0.1. Change management (Priya and Tom): 1 − 0.5·0.9 = 0.55 below target, 0.05 no holder.
    @Test("a roster's leave_probability wins over --attrition; without --attrition, people with none count as staying")
    func leaveProbabilityWins() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try String(contentsOfFile: Paths.example("ops-team.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
        lines[0] += ",leave_probability"
        for index in 1..<lines.count { lines[index] += index == 1 ? ",0.5" : "," }
        let roster = write(lines.joined(separator: "\n") + "\n", to: "team.csv", in: folder)
        let out = folder.appendingPathComponent("out")
        #expect(capplan("analyze", roster, "--attrition", "0.1", "--out", out.path, "--format", "csv", "--quiet").status == 0)
        let withOption = try String(contentsOf: out.appendingPathComponent("coverage.csv"), encoding: .utf8)
        #expect(withOption.contains("Change management,7,1,3,1,1,1,2,2,ok,,practitioner,0.550000,0.050000\n"), "\(withOption)")
        // Without --attrition, Tom stays for sure: below target exactly when Priya leaves.
        #expect(capplan("analyze", roster, "--out", out.path, "--format", "csv", "--quiet").status == 0)
        let columnOnly = try String(contentsOf: out.appendingPathComponent("coverage.csv"), encoding: .utf8)
        #expect(columnOnly.contains("Change management,7,1,3,1,1,1,2,2,ok,,practitioner,0.500000,0.000000\n"), "\(columnOnly)")
    }

    @Test("--attrition outside 0–1 or not a number is a bad command line", arguments: ["-0.1", "1.5", "nan", "inf", "abc", "10%"])
    func badAttrition(value: String) {
        let result = capplan("analyze", Paths.example("ops-team.csv"), "--attrition", value, "--out", "/nonexistent/never")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--attrition"), "\(result.stderr)")
    }

    @Test("a leave_probability that is not a number from 0 to 1 is an error located at its cell", arguments: ["1.5", "-0.2", "high", "15%", "1e-1"])
    func badLeaveProbability(value: String) {
        let result = validate("name,role,level,leave_probability,Incident management\nAnn,Infrastructure operations engineer,senior,\(value),expert\n")
        #expect(result.status == 65)
        #expect(result.errors == ["team.csv:2:47: error: leave_probability must be a number from 0 to 1 (such as 0.15), not \"\(value)\""], "\(result.errors)")
    }

    @Test("the workbook with risk and the hiring plan reads back: risks as percentages, the Summary's ranking")
    func attritionWorkbook() throws {
        let out = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let roster = Paths.example("digital-team.csv")
        let result = capplan("analyze", roster, "--attrition", "0.15", "--plan-hires", "--out", out.path, "--quiet")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(checkWorkbook(in: out, ["--roster", roster, "--input-name", roster]))
        #expect((report["tables"] as? [String: Int])?["Hiring plan"] ?? 0 > 0)
        let about = report["about"] as? [String: Any] ?? [:]
        #expect(about["option: attrition"] as? Double == 0.15)
    }

    // MARK: whatif --joiner

    @Test("whatif --joiner: a joiner rated at their level's requirements; table and csv say which skills change")
    func joiner() throws {
        let files = Files()
        defer { files.remove() }
        let table = capplan("whatif", files.roster, "--framework", files.framework, "--joiner", "Designer:senior designer")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout == """
            If joiner 1 (Designer: senior designer) joins:
              skill  before (holders)      after (holders)
              Gamma  no_cover (0)          single_point (1)
              Delta  not a team skill (0)  single_point (1)
            New single points of knowledge:
              Gamma: only joiner 1 (Designer: senior designer)
              Delta: only joiner 1 (Designer: senior designer)

            """)
        let csv = capplan("whatif", files.roster, "--framework", files.framework, "--joiner", "designer:2", "--format", "csv")
        #expect(csv.stdout == """
            skill,status_before,holders_before,status_after,holders_after,sole_holder_after
            Gamma,no_cover,0,single_point,1,joiner 1 (Designer: senior designer)
            Delta,,0,single_point,1,joiner 1 (Designer: senior designer)

            """)
    }

    @Test("whatif --joiner with --leaver: Ann leaves, a lead engineer joins")
    func joinerAndLeaver() {
        let files = Files()
        defer { files.remove() }
        let result = capplan("whatif", files.roster, "--framework", files.framework, "--leaver", "Ann", "--joiner", "Engineer:lead",
                             "--joiner", "Engineer:junior")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            If Ann leaves and joiner 1 (Engineer: lead), joiner 2 (Engineer: junior) join:
              skill  before (holders)  after (holders)
              Beta   no_cover (0)      single_point (1)
            New single points of knowledge:
              Beta: only joiner 1 (Engineer: lead)

            """)
    }

    @Test("whatif --joiner: unknown roles and levels exit 64 with a suggestion from the whole framework", arguments: [
        ("Sofware developer:Senior developer", #"--joiner "Sofware developer:Senior developer" names an unknown role "Sofware developer"; did you mean "Software developer"?"#),
        ("Software developer:Senor developer", #"names an unknown level "Senor developer" of Software developer; did you mean "Senior developer"?"#),
        ("Software developer:Senior delivery manager", #"names "Senior delivery manager", a level of Delivery manager, not of Software developer"#),
        ("Chief technology officer:1", "--joiner: role Chief technology officer has no levels"),
        ("principal", #"--joiner "principal" is not ROLE:LEVEL"#),
        ("Software developer:12", #"names an unknown level "12" of Software developer"#),
    ])
    func badJoiner(joiner: String, message: String) {
        let result = capplan("whatif", Paths.example("ops-team.csv"), "--joiner", joiner)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        // The command line is checked before the roster is read: no roster warning comes first.
        #expect(!result.stderr.contains("warning:"), "\(result.stderr)")
    }

    @Test("whatif: a level title only one role has is enough; neither --leaver nor --joiner exits 64")
    func joinerByTitle() {
        let result = capplan("whatif", Paths.example("ops-team.csv"), "--joiner", "Senior user researcher", "--format", "csv", "--quiet")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("User research methods,,0,single_point,1,joiner 1 (User researcher: Senior user researcher)\n"), "\(result.stdout)")
        let nothing = capplan("whatif", Paths.example("ops-team.csv"))
        #expect(nothing.status == 64)
        #expect(nothing.stderr.contains(#"name at least one person with --leaver NAME, or a role level with --joiner "ROLE:LEVEL""#))
    }
}
