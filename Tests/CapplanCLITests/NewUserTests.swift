import CapplanCLI
import CapplanCore
import Foundation
import Testing

/// What a demanding new user tripped over, each pinned down: rosters from pipes and standard input,
/// every input checked before any is read, --quiet that is quiet, help that says each default once
/// and takes negative numbers as values, and a summary whose claims are true.
@Suite("what a new user tripped over")
struct NewUserTests {
    static let roster = """
        name,role,level,Incident management,Testing
        Ann,Infrastructure operations engineer,senior,practitioner,
        Bob,Infrastructure operations engineer,engineer,working,awareness

        """

    // MARK: Inputs

    @Test("a roster from a pipe: `-` and /dev/stdin read standard input, named <stdin> in messages")
    func standardInput() throws {
        let binary = try #require(capplanExecutable(), "build capplan first")
        for name in ["-", "/dev/stdin"] {
            let result = try runTool(binary, ["validate", name], input: Data(Self.roster.utf8))
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let label = name == "-" ? "<stdin>" : name
            #expect(result.stdout.hasPrefix("\(label): 2 people in 1 role;"), "\(result.stdout)")
            #expect(result.stderr.contains("\(label):2:"), "warnings are located in \(label): \(result.stderr)")
        }
        let analyzed = try runTool(binary, ["analyze", "-", "--out", temporaryFolder().appendingPathComponent("r").path],
                                   input: Data(Self.roster.utf8))
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        #expect(analyzed.stdout.hasPrefix("<stdin>: 2 people"))
    }

    @Test("a roster from a FIFO (as <(…) gives) is read whole, not refused as unreadable")
    func fifo() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("roster.fifo").path
        try #require(mkfifo(path, 0o600) == 0)
        let text = Self.roster
        Thread.detachNewThread {
            let handle = FileHandle(forWritingAtPath: path)
            try? handle?.write(contentsOf: Data(text.utf8))
            try? handle?.close()
        }
        let result = capplan("validate", path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(path): 2 people in 1 role;"))
    }

    @Test("every input is checked before any is read: a missing targets file comes before the roster's warnings")
    func inputsCheckedFirst() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write(Self.roster, to: "team.csv", in: folder)
        let missing = folder.appendingPathComponent("targets.csv").path
        let result = capplan("analyze", roster, "--targets", missing, "--out", folder.appendingPathComponent("r").path)
        #expect(result.status == 66)
        #expect(result.stderr == "\(missing): error: cannot open the targets file: no such file\n", "\(result.stderr)")
        let whatIf = capplan("whatif", roster, "--leaver", "Ann", "--targets", missing)
        #expect(whatIf.status == 66 && whatIf.stderr.hasPrefix("\(missing): error: cannot open the targets file"))
        // A scale level the command line misspells: the usage error alone, before the roster's warnings.
        for command in [["analyze", roster, "--out", folder.appendingPathComponent("r").path], ["whatif", roster, "--leaver", "Ann"]] {
            let level = capplan(command + ["--holder-level", "pract"])
            #expect(level.status == 64)
            #expect(level.stderr.hasPrefix("error: --holder-level \"pract\" is not a level of the scale") && !level.stderr.contains("warning:"), "\(level.stderr)")
        }
    }

    @Test("--quiet on an invalid roster prints the errors, and no warnings")
    func quietInvalidRoster() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write(Self.roster + "Cat,Infrastructure operations engineer,senior,practioner,\n", to: "team.csv", in: folder)
        let result = capplan("analyze", roster, "--quiet", "--out", folder.appendingPathComponent("r").path)
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: unknown rating \"practioner\""))
        #expect(!result.stderr.contains("warning:"), "\(result.stderr)")
    }

    @Test("--leaver takes the name the reports show: `Ann Lee (X1)` for a shared name, the pseudonym with --anonymise")
    func leaverAsShown() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write("""
            id,name,role,level,Incident management
            X1,Ann Lee,Infrastructure operations engineer,senior,practitioner
            X2,Ann Lee,Infrastructure operations engineer,senior,working

            """, to: "team.csv", in: folder)
        let shown = capplan("whatif", roster, "--leaver", "Ann Lee (X1)")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("If Ann Lee (X1) leaves:"))
        let ambiguous = capplan("whatif", roster, "--leaver", "Ann Lee")
        #expect(ambiguous.status == 64 && ambiguous.stderr.contains("matches 2 people"))
        let pseudonym = capplan("whatif", roster, "--leaver", "P0002", "--anonymise")
        #expect(pseudonym.status == 0 && pseudonym.stdout.hasPrefix("If P0002 leaves:"), "\(pseudonym.stdout)\(pseudonym.stderr)")
    }

    @Test("skills are in framework order everywhere: the skills matrix's columns, gaps.csv, readiness's missing, warnings")
    func frameworkOrderEverywhere() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("r")
        let result = capplan("analyze", Paths.example("infrastructure-team.csv"), "--format", "csv", "--out", out.path)
        try #require(result.status == 0)
        func rows(_ name: String) throws -> [[String]] {
            try CSVTable(bytes: [UInt8](Data(contentsOf: out.appendingPathComponent(name))), file: name).records.map { $0.fields.map(\.value) }
        }
        let order = Dictionary(uniqueKeysWithValues: ddat.skills.enumerated().map { ($1.name, $0) })
        func inOrder(_ skills: [String]) -> Bool { zip(skills, skills.dropFirst()).allSatisfy { order[$0]! < order[$1]! } }
        let matrix = try rows("skills-matrix.csv")[0].dropFirst(5)
        #expect(inOrder(Array(matrix)))
        let gaps = try rows("gaps.csv").dropFirst()
        for person in Set(gaps.map { $0[0] }) { #expect(inOrder(gaps.filter { $0[0] == person }.map { $0[4] }), "\(person)") }
        for row in try rows("readiness.csv").dropFirst() where !row[7].isEmpty {
            #expect(inOrder(row[7].split(separator: ";").map(String.init)), "\(row[0])")
        }
    }

    /// Ann (expert) could mentor Bob and Cat in Asset and configuration management (both engineers at none).
    static let withinRoster = """
        name,role,level,team,Asset and configuration management,Testing
        Ann,Infrastructure operations engineer,principal,Platform,expert,practitioner
        Bob,Infrastructure operations engineer,engineer, platform ,none,practitioner
        Cat,Infrastructure operations engineer,engineer,,none,awareness
        Dan,Infrastructure operations engineer,principal,,expert,awareness

        """

    @Test("--within: values matched like names, a blank team never the same team, a skill column allowed, a near miss suggested")
    func within() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write(Self.withinRoster, to: "team.csv", in: folder)
        func pairs(_ options: [String]) throws -> [String] {
            let out = folder.appendingPathComponent("r")
            let result = capplan(["analyze", roster, "--format", "csv", "--out", out.path, "--quiet"] + options)
            try #require(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: out.appendingPathComponent("mentoring.csv"), encoding: .utf8)
            return text.split(separator: "\n").dropFirst().filter { $0.contains("Asset") }.map { String($0.prefix { $0 != "," }) + ">" + $0.split(separator: ",")[1] }
        }
        // Bob's " platform " is Ann's Platform; Cat and Dan, both blank, are not one team.
        #expect(try pairs(["--within", "team"]) == ["Ann>Bob"])
        // By the rating in Testing: Ann and Bob are practitioners, Cat and Dan aware.
        #expect(try pairs(["--within", "Testing"]).sorted() == ["Ann>Bob", "Dan>Cat"])
        let typo = capplan("analyze", roster, "--within", "teams", "--out", folder.appendingPathComponent("x").path)
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("error: --within \"teams\" is not a column of \(roster); did you mean \"team\"?"), "\(typo.stderr)")
    }

    @Test("levels: a position past the role's levels lists them; another role's title says so; --level as a title names the role")
    func levelMessages() throws {
        let v = validate("""
            name,role,level,Testing
            Ann,Infrastructure operations engineer,Senior infrastructure engineer,working
            Bob,Infrastructure engineer,6,working

            """)
        #expect(v.errors == [
            #"team.csv:2:40: error: unknown level "Senior infrastructure engineer" for role Infrastructure operations engineer (that title is a level of Infrastructure engineer, not of Infrastructure operations engineer)"#,
            #"team.csv:3:29: error: unknown level "6" for role Infrastructure engineer (its levels by position: 1 associate, 2 engineer, 3 senior, 4 lead, 5 principal)"#,
        ])
        let titled = validate("name,Testing\nAnn,working\n", options: ["--level", "Senior infrastructure engineer"])
        #expect(titled.status == 0, "\(titled.errors)")
        #expect(titled.stdout.hasPrefix("team.csv: 1 person in 1 role;"))
    }

    @Test("long format: a skill nobody is rated in is 'no row', not 'no column'; a blank attribute is called blank")
    func longFormatMessages() {
        let v = validate("""
            name,role,level,grade,skill,rating
            Ann,Infrastructure engineer,senior,,Testing,working
            Ann,Infrastructure engineer,senior,G6,Systems design,working

            """)
        #expect(v.errors == [#"team.csv:3:36: error: conflicting grade "G6" for Ann: line 2 says blank"#])
        #expect(v.warnings.allSatisfy { !$0.contains("no column") })
        #expect(v.warnings.contains { $0.contains(#"no row of the roster rates required skill "Coding and scripting": 1 person is not assessed in it"#) })
    }

    @Test("the README stands alone: no path into ../shared, no definition left to a spec outside the repository")
    func readmeStandsAlone() throws {
        let readme = try String(contentsOf: Paths.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(!readme.contains("../shared"))
        #expect(!readme.contains("SPEC"), "the README cites a specification a clone does not have")
        for term in ["**Required level.**", "**Gaps.**", "**Gaps per required level**", "**Holder.**", "**Coverage status**",
                     "**Key people**", "**What if**", "**Progression readiness**", "**Grade mix**", "A *need* is", "eligible for a need"] {
            #expect(readme.contains(term), "the README does not define \(term)")
        }
    }

    @Test("framework list counts with plurals that agree: 1 role")
    func frameworkListPlurals() {
        let result = capplan("framework", "list", "--framework", Paths.example("sre-framework.yaml"))
        #expect(result.status == 0)
        #expect(result.stdout.contains(": 1 role, 6 skills, 21 requirements\n"), "\(result.stdout)")
    }

    // MARK: Help

    /// Each option's help, its continuation lines joined, for every command.
    static func optionHelp(_ command: [String]) -> [String] {
        let text = capplan(command + ["--help"]).stdout
        var options: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("  -") { options.append(String(line)) } else if line.hasPrefix("      "), !options.isEmpty {
                options[options.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return options
    }

    @Test("help says each default once, shows --timings, and whatif has --quiet", arguments: [
        ["analyze"], ["validate"], ["whatif"], ["plan"], ["template"], ["generate"], ["framework", "list"], ["framework", "show"],
    ])
    func help(command: [String]) {
        let options = Self.optionHelp(command)
        #expect(!options.isEmpty)
        for option in options {
            #expect(option.components(separatedBy: "default:").count <= 2, "\(command): \(option)")
        }
        if command == ["analyze"] { #expect(options.contains { $0.contains("--timings") }) }
        if command == ["whatif"] { #expect(options.contains { $0.contains("--quiet") }) }
    }

    @Test("a negative number is read as the option's value and refused for what it is", arguments: [
        ("--min-holders", "--min-holders must be from 0 to 100,000"), ("--mentor-capacity", "--mentor-capacity must be 0 or more"),
        ("--mentee-limit", "--mentee-limit must be 0 or more"),
    ])
    func negativeNumbers(option: String, message: String) {
        let result = capplan("analyze", Paths.example("ops-team.csv"), option, "-1", "--out", "/nonexistent/never")
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
    }

    // MARK: The summary's claims

    @Test("the mentoring line says why needs are unmet, with plurals that agree", arguments: [
        ("0", "Mentoring: 0 pairings meet 0 of 3 levels of need, the most possible; unmet: 2 past the mentee limit"),
        ("1", "Mentoring: 1 pairing meets 2 of 3 levels of need, the most possible; unmet: 1 past the mentee limit"),
        ("2", "Mentoring: 2 pairings meet 3 of 3 levels of need: every need"),
    ])
    func mentoringLine(limit: String, line: String) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Bob, an engineer, has two gaps: Asset and configuration management (none, required working:
        // 2 levels) and Service focus (awareness, required working: 1). Ann can mentor both.
        let roster = write("""
            name,role,level,mentor,Asset and configuration management,Service focus
            Ann,Infrastructure operations engineer,principal,yes,expert,expert
            Bob,Infrastructure operations engineer,engineer,no,none,awareness

            """, to: "team.csv", in: folder)
        let result = capplan("analyze", roster, "--mentee-limit", limit, "--format", "csv", "--out", folder.appendingPathComponent("r").path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(line + "\n"), "\(result.stdout)")
        #expect(result.stdout.contains("Team skills: "))
        #expect(!result.stdout.contains("covered by the team"))
    }
}
