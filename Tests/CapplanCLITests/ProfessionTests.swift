import CapplanCore
import Foundation
import Testing

/// SPEC §7 from the command line: the whole DDaT profession built in (`framework show` against the
/// official download read independently here), `framework list|import|diff`, `template` and
/// `generate` for several roles, and rosters of any role.
@Suite("the whole DDaT profession")
struct ProfessionTests {
    static let data = Paths.root.appendingPathComponent("Data/ddat")
    static let seedRoles = ["Infrastructure operations engineer", "Infrastructure engineer"]

    /// A CSV file of Data/ddat as rows of fields (header first).
    static func rows(_ name: String) throws -> [(line: Int, fields: [String])] {
        let bytes = [UInt8](try Data(contentsOf: data.appendingPathComponent(name)))
        return try CSVTable(bytes: bytes, file: name).records.map { ($0.line, $0.fields.map(\.value)) }
    }

    /// Per role, its levels in the levels file's order (`position`).
    static func levelOrder() throws -> [String: [String]] {
        let table = try rows("ddat-role-levels.csv")
        let h = table[0].fields
        let (role, position, level) = (h.firstIndex(of: "role")!, h.firstIndex(of: "position")!, h.firstIndex(of: "level")!)
        var byRole: [String: [(Int, String)]] = [:]
        for row in table.dropFirst() { byRole[row.fields[role], default: []].append((Int(row.fields[position])!, row.fields[level])) }
        return byRole.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) }
    }

    /// `role,level,skill,required` lines for `role` as the download gives them: each level's rows in file
    /// order, a row repeated word for word once, names trimmed, skill levels in lower case.
    static func downloadRows(_ role: String, levels: [String], content: [(line: Int, fields: [String])]) -> [String] {
        let h = content[0].fields
        let (r, l, s, q) = (h.firstIndex(of: "Role")!, h.firstIndex(of: "Role Level")!, h.firstIndex(of: "Skill Name")!, h.firstIndex(of: "Skill Level")!)
        var lines: [String] = []
        for level in levels {
            var seen = Set<String>()
            for row in content.dropFirst() where row.fields[r] == role && row.fields[l].trimmingCharacters(in: .whitespaces) == level {
                let skill = row.fields[s].trimmingCharacters(in: .whitespaces)
                guard seen.insert(skill).inserted else { continue }
                lines.append(CSVFormat.line([role, level, skill, row.fields[q].lowercased()]))
            }
        }
        return lines
    }

    // MARK: framework show

    @Test("framework show --format csv prints every role's rows of the download, levels in the levels file's order")
    func everyRoleEqualsTheDownload() throws {
        let content = try Self.rows("ddat-role-content.csv")
        let order = try Self.levelOrder()
        var checked = 0
        for (role, levels) in order.sorted(by: { $0.key < $1.key }) where levels != ["NOT IN USE"] && !Self.seedRoles.contains(role) {
            let shown = capplan("framework", "show", role, "--format", "csv")
            #expect(shown.status == 0 && shown.stderr == "", "\(role): \(shown.stderr)")
            let expected = "role,level,skill,required\n" + Self.downloadRows(role, levels: levels, content: content).joined()
            #expect(shown.stdout == expected, "\(role)")
            checked += 1
        }
        #expect(checked == 46)
    }

    @Test("the seed roles' rows equal the download's too, level by title and skill by name or alias")
    func seedRolesEqualTheDownload() throws {
        let content = try Self.rows("ddat-role-content.csv")
        let order = try Self.levelOrder()
        for role in Self.seedRoles {
            let index = try #require(ddat.role(named: role))
            let mine = capplan("framework", "show", role, "--format", "csv").stdout
            let table = try CSVTable(bytes: Array(mine.utf8), file: "show.csv").records.dropFirst().map { $0.fields.map(\.value) }
            let ours = Set(table.map { row in
                "\(ddat.level(named: row[1], in: index)!)|\(ddat.skill(named: row[2])!)|\(row[3])"
            })
            let theirs = Set(Self.downloadRows(role, levels: order[role]!, content: content).map { line in
                let fields = line.dropLast().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                return "\(ddat.level(named: fields[1], in: index)!)|\(ddat.skill(named: fields[2])!)|\(fields[3])"
            })
            #expect(ours == theirs, "\(role)")
            #expect(table.count == (role == Self.seedRoles[0] ? 60 : 57))
        }
    }

    @Test("a role not in use: show says so; csv has its header only")
    func showNotInUse() {
        let table = capplan("framework", "show", "Chief technology officer")
        #expect(table.status == 0)
        #expect(table.stdout.hasSuffix("\n\nNot in use: the role has no levels.\n"))
        #expect(capplan("framework", "show", "chief-technology-officer", "--format", "csv").stdout == "role,level,skill,required\n")
    }

    @Test("framework show (table) of a role with long level titles numbers its columns and keys them")
    func showByPosition() {
        let shown = capplan("framework", "show", "Software developer").stdout
        #expect(shown.contains("\nskill "))
        #expect(shown.contains("  1  ") || shown.contains(" 1 "))
        #expect(shown.contains("\nLevels: 1 Apprentice developer, 2 Junior developer, 3 Developer, 4 Senior developer, 5 Senior developer - management, 6 Lead developer, 7 Lead developer - management, 8 Principal developer, 9 Principal developer - management\n"))
        #expect(shown.contains("\nTypical grades: Apprentice developer AO/EO\n"))
    }

    // MARK: framework list

    @Test("framework list --format csv: one row per role level, in framework and seniority order")
    func listCSV() throws {
        let result = capplan("framework", "list", "--format", "csv")
        #expect(result.status == 0 && result.stderr == "")
        let table = try CSVTable(bytes: Array(result.stdout.utf8), file: "list.csv").records.map { $0.fields.map(\.value) }
        #expect(table[0] == ["family", "role", "position", "level", "grades", "requirements"])
        let rows = table.dropFirst()
        #expect(rows.count == 201 + 4)
        #expect(rows.prefix(5).map { $0.joined(separator: ",") } == [
            "IT operations,Infrastructure operations engineer,1,associate,EO;HEO,4",
            "IT operations,Infrastructure operations engineer,2,engineer,HEO;SEO,14",
            "IT operations,Infrastructure operations engineer,3,senior,SEO;G7,14",
            "IT operations,Infrastructure operations engineer,4,lead,G7;G6,14",
            "IT operations,Infrastructure operations engineer,5,principal,G6;DD,14",
        ])
        #expect(rows.filter { $0[2].isEmpty }.map { $0.joined(separator: ",") } == [
            "Chief digital and data,Chief data officer,,,,0",
            "Chief digital and data,Chief digital and information officer,,,,0",
            "Chief digital and data,Chief information security officer,,,,0",
            "Chief digital and data,Chief technology officer,,,,0",
        ])
        #expect(rows.reduce(0) { $0 + Int($1[5])! } == 1781)
        // Positions count 1, 2, … within each role, in the levels file's order.
        let order = try Self.levelOrder()
        for role in Set(rows.map { $0[1] }) where !Self.seedRoles.contains(role) {
            let levels = rows.filter { $0[1] == role && !$0[2].isEmpty }
            #expect(levels.map { Int($0[2])! } == Array(0..<levels.count).map { $0 + 1 }, "\(role)")
            if !levels.isEmpty { #expect(levels.map { $0[3] } == order[role], "\(role)") }
        }
        #expect(rows.contains { $0.joined(separator: ",") == "Software development,Software developer,1,Apprentice developer,AO;EO,7" })
    }

    @Test("framework list groups the roles by family")
    func listTable() {
        let out = capplan("framework", "list").stdout
        #expect(out.hasPrefix("UK Government DDaT Profession Capability Framework: 52 roles (48 in use), 166 skills, 1781 requirements\n\nIT operations\n  Infrastructure operations engineer: associate 4, engineer 14, senior 14, lead 14, principal 14\n"))
        for family in ["Architecture", "Chief digital and data", "Data", "Product and delivery", "Quality assurance testing (QAT)",
                       "Software development", "User-centred design"] {
            #expect(out.contains("\n\n\(family)\n  "), "\(family)")
        }
        #expect(out.contains("\n  Chief technology officer: not in use (no levels)\n"))
    }

    // MARK: framework import

    @Test("framework import of Data/ddat writes the built-in framework, and notes the repeated rows")
    func importWritesBuiltIn() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("ddat.yaml").path
        let result = capplan("framework", "import", Self.data.appendingPathComponent("ddat-role-content.csv").path,
                             "--levels", Self.data.appendingPathComponent("ddat-role-levels.csv").path,
                             "--seed-roles", Self.data.appendingPathComponent("seed-roles.yaml").path, "-o", out)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr.components(separatedBy: ": note: ").count == 14)
        #expect(result.stderr.hasSuffix("\(out): 52 roles (48 with levels), 166 skills, 1781 requirements\n"))
        let written = try String(contentsOfFile: out, encoding: .utf8)
        let builtIn = try String(contentsOf: Paths.root.appendingPathComponent("Sources/CapplanCore/Resources/Frameworks/ddat.yaml"), encoding: .utf8)
        #expect(written == builtIn)
    }

    @Test("framework import: rows that disagree exit 65 naming both lines; a missing file exits 66")
    func importErrors() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n"
        let csv = write(header + "IT,Fixer,F.,Fixer,F.,Mending,M.,Working,W.,\nIT,Fixer,F.,Fixer,F.,Mending,M.,Expert,W.,\n", to: "d.csv", in: folder)
        let result = capplan("framework", "import", csv)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("d.csv:3:1: error: lines 2 and 3 both give role \"Fixer\", level \"Fixer\", skill \"Mending\", but disagree in Skill Level (\"Working\" on line 2, \"Expert\" on line 3)\n"))
        #expect(capplan("framework", "import", folder.appendingPathComponent("none.csv").path).status == 66)
        // Imported to standard output with a title-order warning on standard error.
        let good = write(header + "IT,Fixer,F.,Senior fixer,F.,Mending,M.,Working,W.,\nIT,Fixer,F.,Fixer,F.,Mending,M.,Awareness,W.,\n", to: "g.csv", in: folder)
        let imported = capplan("framework", "import", good)
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("\n  levels:\n  - name: Fixer\n"))
        #expect(imported.stderr.hasSuffix("warning: role Fixer is not in a levels file (--levels): its levels are ordered by the title convention: Fixer < Senior fixer\n"))
    }

    // MARK: framework diff

    static let oldFramework = """
        capplan_framework: 1
        name: old
        skills:
          - name: Cooking
          - name: Plating
          - name: Washing
        roles:
          - name: Chef
            levels:
              - name: junior
                requires: [{skill: Cooking, level: working}, {skill: Plating, level: awareness}, {skill: Washing, level: working}]
              - name: senior
                requires: [{skill: Cooking, level: expert}, {skill: Plating, level: working}]
              - name: head
                requires: [{skill: Cooking, level: expert}]
          - name: Porter
            levels: [{name: porter, requires: [{skill: Washing, level: practitioner}]}]
        """

    static let newFramework = """
        capplan_framework: 1
        name: new
        skills:
          - name: Cooking
          - name: Plating
          - name: Baking
        roles:
          - name: Chef
            levels:
              - name: junior
                requires: [{skill: Cooking, level: practitioner}, {skill: Plating, level: awareness}, {skill: Baking, level: awareness}]
              - name: sous
                requires: [{skill: Cooking, level: practitioner}]
              - name: senior
                requires: [{skill: Cooking, level: practitioner}, {skill: Plating, level: working}]
          - name: Baker
            levels: [{name: baker, requires: [{skill: Baking, level: working}]}]
        """

    @Test("framework import of a download with no rows writes nothing (65); diff reads a side from standard input; generate -o a folder says so")
    func importAndDiffEdges() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n"
        let empty = write(header, to: "empty.csv", in: folder)
        let (yaml, snapshot) = (folder.appendingPathComponent("f.yaml").path, folder.appendingPathComponent("f.snapshot").path)
        let imported = capplan("framework", "import", empty, "-o", yaml, "--snapshot", snapshot)
        #expect(imported.status == 65 && imported.stderr.contains("no framework was written"), "\(imported.stderr)")
        #expect(!FileManager.default.fileExists(atPath: yaml) && !FileManager.default.fileExists(atPath: snapshot))
        let binary = try #require(capplanExecutable(), "build capplan first")
        let newer = try Data(contentsOf: URL(fileURLWithPath: Paths.example("quarterly/ddat-2026.yaml")))
        let piped = try runTool(binary, ["framework", "diff", "ddat", "-", "--format", "csv"], input: newer)
        let fromFile = capplan("framework", "diff", "ddat", Paths.example("quarterly/ddat-2026.yaml"), "--format", "csv")
        #expect(piped.status == 0 && piped.stdout == fromFile.stdout && piped.stdout.contains("requirement_raised"), "\(piped.stderr)")
        let generated = capplan("generate", "--people", "3", "-o", folder.path)
        #expect(generated.status == 73 && generated.stderr == "\(folder.path): error: cannot write the roster: it is a folder\n", "\(generated.stderr)")
    }

    @Test("framework diff: all ten kinds of change, sorted by role, level position and skill")
    func diffKinds() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = write(Self.oldFramework, to: "old.yaml", in: folder)
        let new = write(Self.newFramework, to: "new.yaml", in: folder)
        let csv = capplan("framework", "diff", old, new, "--format", "csv")
        #expect(csv.status == 0 && csv.stderr == "")
        // Worked out by hand: Washing and Porter go, Baking and Baker come; junior's Cooking rises a level,
        // it gains Baking and loses Washing; sous is new at position 2; head (old position 3) goes; senior's
        // Cooking falls from expert to practitioner.
        #expect(csv.stdout == """
            change,role,level,skill,before,after
            skill_added,,,Baking,,
            skill_removed,,,Washing,,
            role_added,Baker,,,,
            requirement_added,Chef,junior,Baking,,awareness
            requirement_raised,Chef,junior,Cooking,working,practitioner
            requirement_removed,Chef,junior,Washing,working,
            level_added,Chef,sous,,,
            level_removed,Chef,head,,,
            requirement_lowered,Chef,senior,Cooking,expert,practitioner
            role_removed,Porter,,,,

            """)
        let table = capplan("framework", "diff", old, new)
        #expect(table.stdout.hasPrefix("change               role    level   skill    before   after\n-------------------  ------  ------  -------  -------  ------------\nskill_added                          Baking\n"))
        #expect(table.stdout.hasSuffix("\n10 changes: 1 role_added, 1 role_removed, 1 level_added, 1 level_removed, 1 skill_added, 1 skill_removed, 1 requirement_added, 1 requirement_removed, 1 requirement_raised, 1 requirement_lowered\n"))
        #expect(capplan("framework", "diff", old, old).stdout == "no changes\n")
    }

    @Test("framework diff of the built-in framework and the download it was made from: no changes")
    func diffBuiltInAndDownload() {
        let content = Self.data.appendingPathComponent("ddat-role-content.csv").path
        let levels = Self.data.appendingPathComponent("ddat-role-levels.csv").path
        let result = capplan("framework", "diff", "ddat", content, "--levels", levels)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "no changes\n")
        // Without --levels the levels are ordered by title, which a note says; the requirements are the same.
        let unordered = capplan("framework", "diff", content, "ddat")
        #expect(unordered.stdout == "no changes\n")
        #expect(unordered.stderr == "\(content): note: 48 roles' levels ordered by their titles (give --levels for the published order)\n")
    }

    @Test("framework diff of the download and an edited copy names what the edit changed")
    func diffEditedDownload() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: Self.data.appendingPathComponent("ddat-role-content.csv"), encoding: .utf8)
        // Content designer rows: drop one level's rows of one skill, and raise another.
        var records = try CSVTable(bytes: Array(original.utf8), file: "c.csv").records.map { $0.fields.map(\.value) }
        let h = records[0]
        let (role, level, skill, required) = (h.firstIndex(of: "Role")!, h.firstIndex(of: "Role Level")!, h.firstIndex(of: "Skill Name")!, h.firstIndex(of: "Skill Level")!)
        let scale = ["Awareness", "Working", "Practitioner", "Expert"]
        let target = try #require(records.firstIndex { $0[role] == "Content designer" && $0[level] == "Senior content designer" && $0[required] != "Expert" })
        let raised = records[target][skill], was = records[target][required]
        records[target][required] = scale[scale.firstIndex(of: was)! + 1]
        let dropped = try #require(records.firstIndex { $0[role] == "Content designer" && $0[level] == "Lead content designer" })
        let droppedSkill = records[dropped][skill], droppedLevel = records[dropped][required].lowercased()
        records.remove(at: dropped)
        let edited = write(records.map { CSVFormat.line($0) }.joined(), to: "edited.csv", in: folder)
        let levels = Self.data.appendingPathComponent("ddat-role-levels.csv").path
        let result = capplan("framework", "diff", "ddat", edited, "--levels", levels, "--format", "csv")
        #expect(result.status == 0)
        #expect(result.stdout == """
            change,role,level,skill,before,after
            requirement_raised,Content designer,Senior content designer,\(raised),\(was.lowercased()),\(scale[scale.firstIndex(of: was)! + 1].lowercased())
            requirement_removed,Content designer,Lead content designer,\(droppedSkill),\(droppedLevel),

            """)
    }

    // MARK: template and generate

    @Test("template --role twice: the union of the roles' skills, each once, in framework order")
    func templateTwoRoles() throws {
        let result = capplan("template", "--role", "Software developer", "--role", "infrastructure-engineer")
        #expect(result.status == 0)
        let developer = try #require(ddat.role(named: "Software developer"))
        let engineer = try #require(ddat.role(named: "Infrastructure engineer"))
        let used = Set(ddat.roles[developer].skills + ddat.roles[engineer].skills)
        let expected = ddat.skills.indices.filter { used.contains($0) }.map { ddat.skills[$0].name }
        #expect(result.stdout == CSVFormat.line(["id", "name", "role", "level", "grade", "team", "mentor", "mentor_capacity"] + expected))
        // Modern standards approach is one column although the developer's levels call it Modern development standards.
        #expect(result.stdout.components(separatedBy: "Modern standards approach").count == 2)
        #expect(!result.stdout.contains("Modern development standards"))
        #expect(capplan("template", "--role", "Software developer", "--role", "Data engineer", "--level", "1").status == 64)
        let notInUse = capplan("template", "--role", "Chief data officer")
        #expect(notInUse.status == 64)
        #expect(notInUse.stderr == "error: role Chief data officer has no levels (it is not in use in DDaT): nobody can hold it\n")
    }

    @Test("generate --roles: people of those roles only, the skills they use as columns; it validates")
    func generateRoles() throws {
        let result = capplan("generate", "--people", "200", "--roles", "Software developer, Data engineer,User researcher")
        #expect(result.status == 0 && result.stderr == "")
        let (roster, diagnostics) = try readRoster(result.stdout)
        #expect(!diagnostics.hasErrors)
        let chosen = ["Software developer", "Data engineer", "User researcher"].map { ddat.role(named: $0)! }
        #expect(Set(roster.people.map(\.role)) == Set(chosen))
        let header = try #require(try CSVTable(bytes: Array(result.stdout.utf8), file: "g.csv").records.first).fields.dropFirst(8).map(\.value)
        let used = Set(chosen.flatMap { ddat.roles[$0].skills })
        #expect(header == ddat.skills.indices.filter { used.contains($0) }.map { ddat.skills[$0].name })
        let v = validate(result.stdout)
        #expect(v.status == 0 && v.errors.isEmpty)
        #expect(v.stdout.hasPrefix("team.csv: 200 people in 3 roles; 0 errors"))
    }

    @Test("generate --roles all: every role with levels; unknown and not-in-use roles are usage errors")
    func generateAllRoles() throws {
        let result = capplan("generate", "--people", "1000", "--roles", "all", "--seed", "3")
        #expect(result.status == 0)
        let (roster, diagnostics) = try readRoster(result.stdout)
        #expect(!diagnostics.hasErrors)
        #expect(Set(roster.people.map(\.role)).count == 48)
        #expect(roster.people.allSatisfy { ddat.roles[$0.role].isInUse })
        let unknown = capplan("generate", "--people", "3", "--roles", "Sofware developer")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("error: unknown role \"Sofware developer\"; did you mean \"Software developer\"?"))
        #expect(capplan("generate", "--people", "3", "--roles", "Chief data officer").status == 64)
        // Without --roles: the seed roles' team, as ever.
        let plain = capplan("generate", "--people", "50").stdout
        #expect(plain.hasPrefix("id,name,role,level,grade,team,mentor,mentor_capacity,Asset and configuration management,"))
        #expect(try readRoster(plain).0.people.allSatisfy { $0.role.index < 2 })
    }

    // MARK: Rosters of any role

    static let fixed = "id,name,role,level,grade,team,mentor,mentor_capacity"

    @Test("a roster naming a role not in use is an error that says the role has no levels")
    func rosterNotInUse() {
        let v = validate(Self.fixed + "\nE1,Ann,Chief data officer,1,SCS1,Board,yes,\n")
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:2:8: error: role Chief data officer has no levels (it is not in use in DDaT): nobody can hold it"])
        #expect(capplan("validate", "x.csv", "--role", "Chief data officer").status == 64)
    }

    @Test("an unknown role suggests the nearest of all 52", arguments: [
        ("Softwear developer", "Software developer"), ("Data scientst", "Data scientist"),
        ("Chief technology oficer", "Chief technology officer"), ("Infrastucture engineer", "Infrastructure engineer"),
        ("user-reseacher", "User researcher"),
    ])
    func unknownRole(written: String, suggested: String) {
        let v = validate(Self.fixed + "\nE1,Ann,\(written),1,,Team,yes,\n")
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:2:8: error: unknown role \"\(written)\"; did you mean \"\(suggested)\"?"])
    }

    @Test("levels of imported roles by title, slug or position (1 = most junior)")
    func levelSpellings() throws {
        let text = Self.fixed + """

            E1,Ann,Software developer,Senior developer - management,,Apps,yes,
            E2,Bob,Software developer,senior-developer-management,,Apps,yes,
            E3,Cat,Software developer,5,,Apps,yes,
            E4,Dev,Delivery manager,Head of (Agile) delivery management,,Apps,yes,
            E5,Eve,,Lead data engineer,,Data,yes,

            """
        let (roster, _) = try readRoster(text)
        let developer = try #require(ddat.role(named: "Software developer"))
        #expect(roster.people.prefix(3).allSatisfy { $0.role == developer && $0.roleLevel.rank == 4 })
        #expect(ddat[roster.people[PersonID(3)].roleLevel].name == "Head of (Agile) delivery management")
        // A published title names its role when the row gives none.
        #expect(ddat.roles[roster.people[PersonID(4)].role].name == "Data engineer")
        let bad = validate(Self.fixed + "\nE1,Ann,Software developer,10,,Apps,yes,\nE2,Bob,Software developer,Senior develper,,Apps,yes,\n")
        #expect(bad.errors == [
            "team.csv:2:27: error: unknown level \"10\" for role Software developer (its levels by position: 1 Apprentice developer, 2 Junior developer, 3 Developer, 4 Senior developer, 5 Senior developer - management, 6 Lead developer, 7 Lead developer - management, 8 Principal developer, 9 Principal developer - management)",
            "team.csv:3:27: error: unknown level \"Senior develper\" for role Software developer; did you mean \"Senior developer\"?",
        ])
    }

    @Test("grades of imported levels: typical is unknown where the levels file gives none, and not counted as atypical")
    func gradeMixUnknown() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write(Self.fixed + """
            ,Testing
            E1,Ann,Software developer,Apprentice developer,EO,Apps,yes,,working
            E2,Bob,Software developer,Apprentice developer,G6,Apps,yes,,working
            E3,Cat,Software developer,Developer,SEO,Apps,yes,,working
            E4,Dev,Infrastructure engineer,senior,G6,Apps,yes,,working

            """, to: "team.csv", in: folder)
        let out = folder.appendingPathComponent("reports")
        let result = capplan("analyze", roster, "--out", out.path, "--format", "csv")
        #expect(result.status == 0, "\(result.stderr)")
        // Bob's G6 is atypical for an apprentice (AO/EO); Dev's G6 for a senior infrastructure engineer (SEO/G7).
        #expect(result.stderr.contains("grade G6 is not typical for role Software developer at level Apprentice developer (typical: AO, EO)"))
        #expect(!result.stderr.contains("SEO is not typical"))
        let mix = try String(contentsOf: out.appendingPathComponent("grade-mix.csv"), encoding: .utf8)
        #expect(mix.hasPrefix("grade,level,headcount,typical,role\n"))
        #expect(mix.contains("\nSEO,Developer,1,unknown,Software developer\n"))
        #expect(mix.contains("EO,Apprentice developer,1,yes,Software developer\n"))
        #expect(mix.contains("G6,Apprentice developer,1,no,Software developer\n"))
        #expect(mix.contains("G6,senior,1,no,Infrastructure engineer\n"))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
        #expect(summary.contains("\natypical_grades,2\n"))
        // The summary counts people by the levels of the roles in the team: the seed role's short names,
        // then the developer's titles.
        let levels = summary.split(separator: "\n").filter { $0.hasPrefix("people_") && !$0.hasPrefix("people_meeting") }.map { String($0) }
        #expect(levels == [
            "people_associate,0", "people_engineer,0", "people_senior,1", "people_lead,0", "people_principal,0",
            "people_apprentice_developer,2", "people_junior_developer,0", "people_developer,1", "people_senior_developer,0",
            "people_senior_developer_management,0", "people_lead_developer,0", "people_lead_developer_management,0",
            "people_principal_developer,0", "people_principal_developer_management,0",
        ])
    }

    // MARK: Documentation

    @Test("the READMEs' links stay in the repository and lead to files that exist", arguments: ["README.md", "Data/ddat/README.md"])
    func readmeLinks(readme: String) throws {
        let url = Paths.root.appendingPathComponent(readme)
        let text = try String(contentsOf: url, encoding: .utf8)
        let links = text.matches(of: try Regex(#"\]\(([^)\s]+)\)"#)).compactMap { $0.output[1].substring.map(String.init) }
        #expect(!links.isEmpty)
        for link in links {
            #expect(!link.contains("://") && !link.hasPrefix("../shared"), "\(readme) links out of the repository: \(link)")
            guard !link.hasPrefix("#") else { continue }
            let target = url.deletingLastPathComponent().appendingPathComponent(String(link.split(separator: "#")[0])).standardized
            #expect(target.path.hasPrefix(Paths.root.standardized.path), "\(readme): \(link) is outside the repository")
            #expect(FileManager.default.fileExists(atPath: target.path), "\(readme): \(link) does not exist")
        }
    }
}
