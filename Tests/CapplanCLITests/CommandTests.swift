import CapplanCore
import Foundation
import Testing

/// The commands other than `validate`: `framework list|show`, `template`, `generate`, `--help`, `--version`.
@Suite("commands")
struct CommandTests {
    static let engineer = "Infrastructure engineer"
    static let operations = "Infrastructure operations engineer"

    // MARK: framework

    @Test("framework list names the seed roles first, with their requirement counts (the rest: ProfessionTests)")
    func frameworkList() {
        let result = capplan("framework", "list")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("""
            UK Government DDaT Profession Capability Framework: 52 roles (48 in use), 166 skills, 1781 requirements

            IT operations
              Infrastructure operations engineer: associate 4, engineer 14, senior 14, lead 14, principal 14
              Infrastructure engineer: associate 9, engineer 12, senior 12, lead 12, principal 12

            """))
        // A framework file without families lists its roles as they come.
        let sre = capplan("framework", "list", "--framework", Paths.example("sre-framework.yaml"))
        #expect(sre.stdout.hasPrefix("Example Ltd — site reliability engineering career ladder: 1 role, 6 skills,"))
        #expect(!sre.stdout.contains("\n\n"))
    }

    /// The rows `framework show ROLE --format csv` must print after its header.
    ///
    /// They come from the core `Framework`, not from `SeedTranscription`: that table belongs to the
    /// CapplanCoreTests target, and sharing it would need a test-support target in Package.swift.
    /// `BuiltInFrameworkTests.everyRequirement` proves the framework equals the hand transcription
    /// requirement by requirement (role, level, stated skill name, level, in order), so output equal to
    /// the framework is output equal to the seeds. The counts and a few rows are pinned literally as well.
    func expectedRows(_ role: String) throws -> [String] {
        let index = try #require(ddat.role(named: role))
        let r = ddat.roles[index]
        return r.levels.flatMap { level in
            level.requirements.map { "\(r.name),\(level.name),\($0.statedName),\(ddat.scale.name($0.level))" }
        }
    }

    @Test("framework show --format csv prints every requirement of a role", arguments: [
        (operations, 60), (engineer, 57),
    ])
    func frameworkShowCSV(role: String, count: Int) throws {
        let result = capplan("framework", "show", role, "--format", "csv")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "role,level,skill,required")
        #expect(lines.last == "")
        let rows = Array(lines.dropFirst().dropLast())
        #expect(rows.count == count)
        #expect(rows == (try expectedRows(role)))
        // Parsed as CSV, every row has four fields and names the role.
        let table = try CSVTable(bytes: Array(result.stdout.utf8), file: "show.csv")
        #expect(table.records.count == count + 1)
        #expect(table.records.dropFirst().allSatisfy { $0.fields.count == 4 && $0.fields[0].value == role })
    }

    @Test("framework show --format csv pins a few rows literally")
    func frameworkShowLiteralRows() {
        let engineer = capplan("framework", "show", "infrastructure-engineer", "--format", "csv").stdout
        #expect(engineer.hasPrefix("role,level,skill,required\nInfrastructure engineer,associate,IT infrastructure,awareness\n"))
        #expect(engineer.contains("\nInfrastructure engineer,engineer,Coding and scripting (infrastructure engineer),awareness\n"))
        // Seed 003 asks less of a principal than a lead in IT infrastructure; it is encoded as stated.
        #expect(engineer.contains("\nInfrastructure engineer,lead,IT infrastructure,expert\n"))
        #expect(engineer.contains("\nInfrastructure engineer,principal,IT infrastructure,practitioner\n"))
        #expect(engineer.hasSuffix("\nInfrastructure engineer,principal,Troubleshooting and problem resolution,expert\n"))
        let operations = capplan("framework", "show", "Infrastructure operations engineer", "--format", "csv").stdout
        #expect(operations.contains("\nInfrastructure operations engineer,associate,Incident management,awareness\n"))
        #expect(operations.contains("\nInfrastructure operations engineer,senior,Service Management Framework knowledge,awareness\n"))
        #expect(operations.hasSuffix("\nInfrastructure operations engineer,principal,User focus,expert\n"))
    }

    @Test("framework show (table) lists the role's skills and typical grades")
    func frameworkShowTable() throws {
        let result = capplan("framework", "show", Self.engineer)
        #expect(result.status == 0)
        let index = try #require(ddat.role(named: Self.engineer))
        for skill in ddat.roles[index].skills {
            #expect(result.stdout.contains("\n\(ddat.skills[skill].name) "), "\(ddat.skills[skill].name)")
        }
        #expect(result.stdout.contains("Typical grades: associate EO/HEO, engineer HEO/SEO, senior SEO/G7, lead G7/G6, principal G6/DD"))
    }

    @Test("framework show --format yaml loads back with the same requirements", arguments: [operations, engineer])
    func frameworkShowYAML(role: String) throws {
        let result = capplan("framework", "show", role, "--format", "yaml")
        #expect(result.status == 0)
        let (loaded, diagnostics) = try FrameworkReader.read(result.stdout, file: "role.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.rendered())")
        let original = ddat.roles[try #require(ddat.role(named: role))]
        let copy = try #require(loaded.roles.first)
        #expect(loaded.roles.count == 1)
        #expect(copy.name == original.name)
        #expect(copy.levels.map(\.name) == original.levels.map(\.name))
        #expect(copy.levels.map(\.title) == original.levels.map(\.title))
        #expect(copy.levels.map(\.summary) == original.levels.map(\.summary))
        #expect(loaded.scale == ddat.scale)
        for (a, b) in zip(copy.levels, original.levels) {
            #expect(a.requirements.map(\.statedName) == b.requirements.map(\.statedName), "\(a.name)")
            #expect(a.requirements.map { loaded.skills[$0.skill].name } == b.requirements.map { ddat.skills[$0.skill].name }, "\(a.name)")
            #expect(a.requirements.map(\.level) == b.requirements.map(\.level), "\(a.name)")
            #expect(a.requirements.map(\.text) == b.requirements.map(\.text), "\(a.name)")
            #expect(a.grades.map { loaded.grades[$0].name } == b.grades.map { ddat.grades[$0].name }, "\(a.name)")
        }
        for skill in original.skills {
            let s = ddat.skills[skill]
            let t = try #require(loaded.skill(named: s.name).map { loaded.skills[$0] })
            #expect(t == s)
        }
    }

    @Test("framework show with an unknown role exits 64 with a suggestion")
    func frameworkShowUnknownRole() {
        let result = capplan("framework", "show", "Infrastructure enginer")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: unknown role \"Infrastructure enginer\"; did you mean \"Infrastructure engineer\"? (roles: Infrastructure operations engineer, Infrastructure engineer, Business architect, Data architect, Enterprise architect, Network architect, Security architect, Solution architect, … (44 more: `capplan framework list` lists them))\n")
        #expect(capplan("framework", "show", Self.engineer, "--format", "pdf").status == 64)
    }

    // MARK: template

    static let fixedColumns = "id,name,role,level,grade,team,mentor,mentor_capacity"

    @Test("template --role prints the fixed columns, then every skill of the role in framework order (as every report lists skills)")
    func templateRole() {
        let engineer = capplan("template", "--role", Self.engineer)
        #expect(engineer.status == 0)
        #expect(engineer.stdout == Self.fixedColumns + ",Coding and scripting,Information security,IT infrastructure,Modern standards approach,Ownership and initiative,Problem management,Service focus,Systems design,Systems integration,Technical understanding,Testing,Troubleshooting and problem resolution\n")
        let operations = capplan("template", "--role", "infrastructure-operations-engineer")
        #expect(operations.status == 0)
        #expect(operations.stdout == Self.fixedColumns + ",Asset and configuration management,Availability and capacity management,Change management,Coding and scripting,Continual service improvement,Incident management,Ownership and initiative,Problem management,Service focus,Service Management Framework knowledge,Technical specialism,Technical understanding,Testing,User focus\n")
    }

    @Test("template --level prints only the skills that level requires, in framework order")
    func templateLevel() {
        let associate = capplan("template", "--role", Self.engineer, "--level", "associate")
        #expect(associate.stdout == Self.fixedColumns + ",Information security,IT infrastructure,Modern standards approach,Ownership and initiative,Problem management,Systems design,Systems integration,Technical understanding,Troubleshooting and problem resolution\n")
        let operations = capplan("template", "--role", Self.operations, "--level", "Associate infrastructure operations engineer")
        #expect(operations.status == 0)
        #expect(operations.stdout == Self.fixedColumns + ",Incident management,Ownership and initiative,Problem management,User focus\n")
    }

    @Test("a filled-in template validates cleanly")
    func templateRoundTrip() {
        let header = capplan("template", "--role", Self.engineer, "--level", "senior").stdout
        let row = "E1,Ann,\(Self.engineer),senior,SEO,Platform,yes,2," + Array(repeating: "working", count: 12).joined(separator: ",") + "\n"
        let v = validate(header + row)
        #expect(v.status == 0)
        #expect(v.stderr == "")
    }

    @Test("template with an unknown role or level exits 64 with a suggestion")
    func templateUnknown() {
        let role = capplan("template", "--role", "Infrastructure enginer")
        #expect(role.status == 64)
        #expect(role.stderr.hasPrefix("error: unknown role \"Infrastructure enginer\"; did you mean \"Infrastructure engineer\"?"))
        let level = capplan("template", "--role", Self.engineer, "--level", "seniour")
        #expect(level.status == 64)
        #expect(level.stderr == "error: unknown level \"seniour\" for role Infrastructure engineer; did you mean \"senior\"? (levels: associate, engineer, senior, lead, principal)\n")
        #expect(capplan("template").status == 64)
    }

    // MARK: help and version

    @Test("--help on each command exits 0 and mentions each option", arguments: [
        (["--help"], ["validate", "template", "framework", "generate", "--version"]),
        (["validate", "--help"], ["<roster>", "--framework", "--role", "--level", "--strict", "--quiet"]),
        (["template", "--help"], ["--role", "--level", "--framework"]),
        (["framework", "--help"], ["list", "show"]),
        (["framework", "list", "--help"], ["--framework"]),
        (["framework", "show", "--help"], ["<role>", "--format", "--framework"]),
        (["generate", "--help"], ["--people", "--seed", "--output", "--framework"]),
    ])
    func help(arguments: [String], mentions: [String]) {
        let result = capplan(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
        for word in mentions {
            #expect(result.stdout.contains(word), "\(arguments) does not mention \(word)")
        }
    }

    @Test("--version prints the version")
    func version() {
        let result = capplan("--version")
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test("an unknown command or option exits 64")
    func badCommandLine() {
        #expect(capplan("frobnicate").status == 64)
        #expect(capplan("validate").status == 64)
        #expect(capplan("validate", "team.csv", "--no-such-option").status == 64)
    }

    // MARK: generate

    @Test("generate then validate: 300 people, exit 0")
    func generateRoundTrip() throws {
        let generated = capplan("generate", "--people", "300", "--seed", "7")
        #expect(generated.status == 0)
        #expect(generated.stderr == "")
        let v = validate(generated.stdout)
        #expect(v.status == 0)
        #expect(v.errors.isEmpty)
        #expect(v.stdout.hasPrefix("team.csv: 300 people in 2 roles; 0 errors"))
    }

    @Test("the same seed gives the same roster, another seed another; -o writes the same bytes")
    func generateDeterministic() throws {
        let a = capplan("generate", "--people", "300", "--seed", "7").stdout
        let b = capplan("generate", "--people", "300", "--seed", "7").stdout
        let c = capplan("generate", "--people", "300", "--seed", "8").stdout
        #expect(a == b)
        #expect(a != c)
        #expect(a.split(separator: "\n").count == 301)
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("team.csv").path
        let written = capplan("generate", "--people", "300", "--seed", "7", "-o", path)
        #expect(written.status == 0)
        #expect(written.stdout == "")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == a)
        #expect(capplan("generate", "--people", "0").status == 64)
        let unwritable = capplan("generate", "--people", "3", "-o", folder.appendingPathComponent("no/such/folder/team.csv").path)
        #expect(unwritable.status == 73)
    }

    @Test("a generated roster looks like a real team")
    func generateRealistic() throws {
        let text = capplan("generate", "--people", "300", "--seed", "7").stdout
        let (roster, diagnostics) = try readRoster(text)
        #expect(!diagnostics.hasErrors)
        let people = roster.people
        #expect(people.count == 300)
        #expect(Set(people.map(\.identity)).count == 300)

        // Both roles, neither tiny.
        let operations = people.filter { $0.role.index == 0 }.count
        #expect((90...210).contains(operations), "\(operations) operations engineers")

        // A level pyramid: most people at engineer and senior, fewest principals.
        let perLevel = (0..<5).map { level in people.filter { $0.roleLevel.rank == level }.count }
        #expect((10...70).contains(perLevel[0]), "\(perLevel)")
        #expect((60...140).contains(perLevel[1]), "\(perLevel)")
        #expect((50...130).contains(perLevel[2]), "\(perLevel)")
        #expect((20...80).contains(perLevel[3]), "\(perLevel)")
        #expect((5...45).contains(perLevel[4]), "\(perLevel)")
        #expect(perLevel[1] > perLevel[3] && perLevel[3] > perLevel[4] && perLevel[2] > perLevel[4], "\(perLevel)")

        // Teams of about nine: a few dozen teams, none huge.
        var teams: [String: Int] = [:]
        for p in people { teams[p.team ?? "", default: 0] += 1 }
        #expect(teams[""] == nil)
        #expect((20...40).contains(teams.count), "\(teams.count) teams")
        #expect(teams.values.max()! <= 30, "\(teams)")

        // Ratings only in the person's role's skills; about 6% of those not assessed.
        var cells = 0, notAssessed = 0, required = 0, below = 0
        for (index, p) in zip(people.indices, people) {
            let role = ddat.roles[p.role]
            for skill in ddat.skills.indices {
                let rating = roster.rating(index, skill)
                guard role.skills.contains(skill) else {
                    #expect(rating == nil, "\(p.name) is rated outside the role")
                    continue
                }
                cells += 1
                guard let rating else { notAssessed += 1; continue }
                if let need = ddat[p.roleLevel].required(skill) {
                    required += 1
                    if rating < need { below += 1 }
                }
            }
        }
        let notAssessedShare = Double(notAssessed) / Double(cells)
        #expect((0.03...0.10).contains(notAssessedShare), "\(notAssessedShare) not assessed")
        let belowShare = Double(below) / Double(required)
        #expect((0.10...0.40).contains(belowShare), "\(belowShare) below their required level")

        // Mostly typical grades, some people who do not mentor.
        let atypical = people.filter { p in p.grade.map { !ddat[p.roleLevel].grades.contains($0) } ?? true }.count
        #expect((1...36).contains(atypical), "\(atypical) atypical grades")
        let nonMentors = people.filter { !$0.mentors }.count
        #expect((12...75).contains(nonMentors), "\(nonMentors) non-mentors")
    }

    @Test("commands that read no roster print a framework file's warnings too", arguments: [
        ["framework", "show", "R"], ["framework", "list"], ["template", "--role", "R"], ["generate", "--people", "2"],
    ])
    func frameworkWarnings(command: [String]) {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let framework = write("""
            capplan_framework: 1
            name: T
            titel: a typo
            skills:
              - name: A
            roles:
              - name: R
                levels:
                  - name: l
                    requires: [{skill: A, level: working}]

            """, to: "t.yaml", in: folder)
        let result = capplan(command + ["--framework", framework])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("t.yaml:3:1: warning: unknown key \"titel\" in the framework file is ignored; did you mean \"title\"?"), "\(command): \(result.stderr)")
    }

    @Test("analyze's headline: the people at each level of one role; for several roles, how many roles (shared level names would merge)")
    func headline() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = capplan("analyze", Paths.example("ops-team.csv"), "--out", folder.appendingPathComponent("a").path, "--format", "csv")
        #expect(one.stdout.hasPrefix("\(Paths.example("ops-team.csv")): 8 people (associate 1, engineer 3, senior 2, lead 1, principal 1), 2 teams\n"))
        let several = capplan("analyze", Paths.example("digital-team.csv"), "--out", folder.appendingPathComponent("b").path, "--format", "csv")
        #expect(several.stdout.hasPrefix("\(Paths.example("digital-team.csv")): 31 people in 11 roles, 3 teams\n"), "\(several.stdout)")
    }
}
