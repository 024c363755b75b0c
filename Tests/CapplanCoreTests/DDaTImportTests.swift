import CapplanCore
import Foundation
import Testing

/// `DDaTImport` (SPEC §7): the built-in framework is a fresh import of the repository's own data
/// files, and each quirk of the official download is handled as the SPEC says, on small hand-made
/// downloads whose expected results are worked out in the comments.
@Suite("DDaT import")
struct DDaTImportTests {
    /// Data/ddat in the repository.
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/ddat")
    static let builtInFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/CapplanCore/Resources/Frameworks/ddat.yaml")

    static func input(_ name: String) throws -> DDaTImport.Input {
        DDaTImport.Input(bytes: [UInt8](try Data(contentsOf: data.appendingPathComponent(name))), file: "Data/ddat/\(name)")
    }

    static func seed() throws -> Framework {
        try FrameworkReader.read(String(contentsOf: data.appendingPathComponent("seed-roles.yaml"), encoding: .utf8), file: "seed-roles.yaml").0
    }

    /// The import of the repository's data files, as `make framework` runs it.
    static func importRepository() throws -> DDaTImport.Result {
        try DDaTImport.read(download: input("ddat-role-content.csv"), levels: input("ddat-role-levels.csv"), seed: seed())
    }

    /// Imports a hand-made download (and levels file), returning the result or the rendered errors.
    static func run(_ csv: String, levels: String? = nil, seed: Framework? = nil, bom: Bool = false) -> Swift.Result<DDaTImport.Result, InvalidInputError> {
        let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(csv.utf8)
        do {
            return .success(try DDaTImport.read(download: .init(bytes: bytes, file: "d.csv"),
                                                levels: levels.map { .init(bytes: Array($0.utf8), file: "l.csv") }, seed: seed))
        } catch {
            return .failure(error)
        }
    }

    static let header = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n"

    // MARK: The built-in framework

    @Test("the committed built-in framework is byte for byte a fresh import of Data/ddat (else: make framework)")
    func builtInIsFreshImport() throws {
        let result = try Self.importRepository()
        let header = DDaTImport.fileHeader(from: ["ddat-role-content.csv", "ddat-role-levels.csv", "seed-roles.yaml"])
        let fresh = FrameworkWriter.yaml(result.framework, header: header)
        let committed = try String(contentsOf: Self.builtInFile, encoding: .utf8)
        #expect(fresh == committed, "Sources/CapplanCore/Resources/Frameworks/ddat.yaml is not a fresh import of Data/ddat: run `make framework`")
        // The import's findings: the 13 repeated (role, level, skill) triples, noted; no warning, no error.
        #expect(result.diagnostics.items.filter { $0.severity == .note }.count == 13)
        #expect(result.diagnostics.items.allSatisfy { $0.severity == .note }, "\(result.diagnostics.rendered())")
        #expect(result.titleOrderedRoles.isEmpty)
    }

    @Test("the built-in framework: 52 roles, 48 with levels, the 4 senior civil service roles with none")
    func builtInShape() throws {
        let framework = try BuiltInFramework.load()
        #expect(framework.roles.count == 52)
        #expect(framework.roles.filter(\.isInUse).count == 48)
        #expect(framework.roles.filter { !$0.isInUse }.map(\.name) == [
            "Chief data officer", "Chief digital and information officer", "Chief information security officer", "Chief technology officer",
        ])
        #expect(framework.roles.filter { !$0.isInUse }.allSatisfy { $0.family == "Chief digital and data" })
        // 1,825 rows, less 16 repeats and 28 NOT IN USE rows.
        #expect(framework.requirementCount == 1825 - 16 - 28)
        #expect(Set(framework.roles.compactMap(\.family)) == [
            "Architecture", "Chief digital and data", "Data", "IT operations", "Product and delivery",
            "Quality assurance testing (QAT)", "Software development", "User-centred design",
        ])
        #expect(framework.roles.allSatisfy { $0.family != nil })
    }

    @Test("its seed roles are Data/ddat/seed-roles.yaml's, exactly as transcribed (with the download's family)")
    func seedRolesAsTranscribed() throws {
        let framework = try BuiltInFramework.load()
        let seed = try Self.seed()
        for (index, original) in zip(seed.roles.indices, seed.roles) {
            let role = framework.roles[index]
            #expect(role.name == original.name && role.aliases == original.aliases && role.description == original.description)
            #expect(role.source == original.source && role.family == "IT operations")
            #expect(role.levels.map(\.name) == original.levels.map(\.name))
            #expect(role.levels.map(\.title) == original.levels.map(\.title))
            #expect(role.levels.map(\.summary) == original.levels.map(\.summary))
            for (a, b) in zip(role.levels, original.levels) {
                #expect(a.grades.map { framework.grades[$0].name } == b.grades.map { seed.grades[$0].name })
                #expect(a.requirements.map(\.statedName) == b.requirements.map(\.statedName))
                #expect(a.requirements.map(\.level) == b.requirements.map(\.level))
                #expect(a.requirements.map(\.text) == b.requirements.map(\.text))
                #expect(a.requirements.map { framework.skills[$0.skill].name } == b.requirements.map { seed.skills[$0.skill].name })
            }
        }
        // The seed's skills come first, with their aliases and (where the seed gives one) their descriptions.
        for (index, skill) in zip(seed.skills.indices, seed.skills) {
            #expect(framework.skills[index].name == skill.name && framework.skills[index].aliases == skill.aliases)
            if let description = skill.description { #expect(framework.skills[index].description == description) }
        }
    }

    @Test("skills: one per folded name across all roles; only the seeds' aliases join two names")
    func skillsAcrossRoles() throws {
        let framework = try BuiltInFramework.load()
        #expect(framework.skills.count == 166)
        var keys = Set<NameKey>()
        for skill in framework.skills {
            for spelling in [skill.name] + skill.aliases { #expect(keys.insert(NameKey(spelling)).inserted, "\(spelling)") }
        }
        // Aliases are the seeds' only.
        #expect(framework.skills.filter { !$0.aliases.isEmpty }.map(\.name) == [
            "Coding and scripting", "Modern standards approach", "Ownership and initiative", "Problem management",
        ])
        // A DevOps engineer and an infrastructure engineer share Modern standards approach; the DevOps
        // role states it as the download does.
        let devops = try #require(framework.role(named: "Development operations (DevOps) engineer"))
        let engineer = try #require(framework.role(named: "Infrastructure engineer"))
        let modern = try #require(framework.skill(named: "Modern standards approach"))
        #expect(framework.roles[devops].skills.contains(modern) && framework.roles[engineer].skills.contains(modern))
        let stated = framework.roles[devops].levels.flatMap(\.requirements).filter { $0.skill == modern }.map(\.statedName)
        #expect(!stated.isEmpty && stated.allSatisfy { $0 == "Modern development standards" })
        // Role-qualified names are skills of their own.
        for (qualified, plain) in [("Technical understanding (accessibility)", "Technical understanding"),
                                   ("Programming and build (data engineering)", "Programming and build (software engineering)")] {
            let a = try #require(framework.skill(named: qualified), "\(qualified)")
            let b = try #require(framework.skill(named: plain), "\(plain)")
            #expect(a != b)
        }
    }

    @Test("level names are the published titles (trimmed), in the levels file's order, with its grades")
    func levelNames() throws {
        let framework = try BuiltInFramework.load()
        let developer = try #require(framework.role(named: "software-developer"))
        #expect(framework.roles[developer].levels.map(\.name) == [
            "Apprentice developer", "Junior developer", "Developer", "Senior developer", "Senior developer - management",
            "Lead developer", "Lead developer - management", "Principal developer", "Principal developer - management",
        ])
        #expect(framework.roles[developer].levels[0].grades.map { framework.grades[$0].name } == ["AO", "EO"])
        #expect(framework.roles[developer].levels[1].grades.isEmpty)
        // The download writes "Associate end user computing engineer " with a trailing space.
        let computing = try #require(framework.role(named: "End user computing engineer"))
        #expect(framework.roles[computing].levels.allSatisfy { $0.name == $0.name.trimmingCharacters(in: .whitespaces) })
        #expect(framework.level(named: "associate-end-user-computing-engineer", in: computing)?.rank == 0)
        // Title, slug or position.
        #expect(framework.level(named: "Senior developer - management", in: developer)?.rank == 4)
        #expect(framework.level(named: "senior-developer-management", in: developer)?.rank == 4)
        #expect(framework.level(named: "5", in: developer)?.rank == 4)
        #expect(framework.level(named: "10", in: developer) == nil)
    }

    @Test("written out and read back, the built-in framework is the same framework")
    func roundTrip() throws {
        let framework = try BuiltInFramework.load()
        let (copy, diagnostics) = try FrameworkReader.read(FrameworkWriter.yaml(framework), file: "copy.yaml")
        #expect(diagnostics.isEmpty)
        #expect(copy.skills == framework.skills)
        #expect(copy.grades == framework.grades)
        #expect(copy.roles == framework.roles)
        #expect(copy.scale == framework.scale)
    }

    // MARK: Quirks of the download, on small hand-made files

    @Test("a byte-order mark, quoted fields over several lines, trailing spaces and MISSING texts")
    func quirks() throws {
        // Line 2's role description runs over lines 2–3; line 4's level has a trailing space and its skill description is MISSING.
        let csv = Self.header + """
            Data,Data wrangler,"Wrangles data.
            Carefully.",Junior data wrangler ,"Learns.",Data cleaning,MISSING,Awareness,"You can:
            - clean data",
            Data,Data wrangler,"Wrangles data.
            Carefully.",Data wrangler,Does.,Data cleaning,MISSING,Working,You can clean data well.,

            """
        let result = try Self.run(csv, bom: true).get()
        let role = try #require(result.framework.roles.first)
        #expect(role.name == "Data wrangler" && role.family == "Data")
        #expect(role.description == "Wrangles data.\nCarefully.")
        #expect(role.levels.map(\.name) == ["Junior data wrangler", "Data wrangler"])   // title convention: Junior < plain
        #expect(role.levels[0].requirements.first?.text == "You can:\n- clean data")
        #expect(result.framework.skills.map(\.name) == ["Data cleaning"])
        #expect(result.framework.skills[SkillID(0)].description == nil)
        #expect(result.framework.scale.name(role.levels[1].requirements[0].level) == "working")
        // No levels file: one warning for the role, naming the order chosen.
        #expect(result.titleOrderedRoles == ["Data wrangler"])
        #expect(result.diagnostics.rendered() == "d.csv:2:1: warning: role Data wrangler is not in a levels file (--levels): its levels are ordered by the title convention: Junior data wrangler < Data wrangler")
    }

    /// Three rows for one (role, level, skill): lines 2 and 4 word for word alike, line 3 another skill.
    static let repeated = header + """
        IT,Fixer,Fixes.,Fixer,Fixes things.,Mending,Mends.,Working,You can mend.,
        IT,Fixer,Fixes.,Fixer,Fixes things.,Soldering,Solders.,Awareness,You can solder.,
        IT,Fixer,Fixes.,Fixer,Fixes things.,Mending,Mends.,Working,You can mend.,

        """

    @Test("a row repeated word for word is dropped with a note naming its lines")
    func exactRepeat() throws {
        let result = try Self.run(Self.repeated).get()
        #expect(result.framework.roles[RoleID(0)].levels[0].requirements.map(\.statedName) == ["Mending", "Soldering"])
        let notes = result.diagnostics.items.filter { $0.severity == .note }.map(\.description)
        #expect(notes == ["d.csv:2:1: note: role \"Fixer\", level \"Fixer\", skill \"Mending\" is given 2 times, word for word (lines 2, 4): kept once"])
    }

    @Test("two rows for one (role, level, skill) that disagree are an error naming both lines")
    func disagreeingRepeat() throws {
        var lines = Self.repeated.split(separator: "\n").map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: "Working", with: "Expert")
        let csv = lines.joined(separator: "\n") + "\n"
        guard case let .failure(error) = Self.run(csv) else { Issue.record("the import succeeded"); return }
        #expect(error.diagnostics.errors.map(\.description) == [
            "d.csv:4:1: error: lines 2 and 4 both give role \"Fixer\", level \"Fixer\", skill \"Mending\", but disagree in Skill Level (\"Working\" on line 2, \"Expert\" on line 4)",
        ])
    }

    @Test("a role whose only level is NOT IN USE is listed with no levels; its skills are no skills of the framework")
    func notInUse() throws {
        let csv = Self.header + """
            Chief digital and data,Chief wizard,Leads wizards.,NOT IN USE,NOT IN USE,Spellcraft,Casts.,NOT IN USE,NOT IN USE,Senior Civil Service
            IT,Fixer,Fixes.,Fixer,Fixes things.,Mending,Mends.,Working,You can mend.,

            """
        let framework = try Self.run(csv).get().framework
        #expect(framework.roles.map(\.name) == ["Chief wizard", "Fixer"])
        #expect(framework.roles[RoleID(0)].levels.isEmpty && !framework.roles[RoleID(0)].isInUse)
        #expect(framework.roles[RoleID(0)].description == "Leads wizards.")
        #expect(framework.skills.map(\.name) == ["Mending"])
        // It survives the framework file format.
        let copy = try FrameworkReader.read(FrameworkWriter.yaml(framework), file: "copy.yaml").0
        #expect(copy.roles == framework.roles)
    }

    @Test("the title convention: Apprentice/Trainee < Associate < Junior < plain < Senior < Lead < Principal < Head (then Chief)")
    func titleConvention() {
        let titles = ["Head of fixing", "Lead fixer", "Fixer", "Senior fixer - management", "Principal fixer", "Junior fixer",
                      "Senior fixer", "Associate fixer", "Trainee fixer", "Chief fixer", "Apprentice fixer"]
        let ordered = Self.order(titles)
        #expect(ordered == ["Trainee fixer", "Apprentice fixer", "Associate fixer", "Junior fixer", "Fixer", "Senior fixer - management",
                            "Senior fixer", "Lead fixer", "Principal fixer", "Head of fixing", "Chief fixer"])
    }

    /// A download of two roles, Fixer (three levels) and Tinker (one).
    static let twoRoles = header + """
        IT,Fixer,Fixes.,Lead fixer,Leads.,Mending,Mends.,Expert,You can mend anything.,
        IT,Fixer,Fixes.,Fixer,Fixes.,Mending,Mends.,Working,You can mend.,
        IT,Fixer,Fixes.,Senior fixer,Fixes more.,Mending,Mends.,Practitioner,You can mend more.,
        IT,Tinker,Tinkers.,Tinker,Tinkers.,Mending,Mends.,Awareness,You can try.,

        """

    @Test("--levels orders levels by position and gives grades (AO taken from the civil-service grades); roles it leaves out are ordered by title")
    func levelsFile() throws {
        let levels = """
            role,position,level,grades,basis
            Fixer,2,Senior fixer,,page
            Fixer,1,Fixer,AO;EO,page
            Fixer,3,Lead fixer,SCS1,page

            """
        let result = try Self.run(Self.twoRoles, levels: levels, seed: nil).get()
        let fixer = result.framework.roles[RoleID(0)]
        #expect(fixer.levels.map(\.name) == ["Fixer", "Senior fixer", "Lead fixer"])
        #expect(fixer.levels.map { $0.grades.map { result.framework.grades[$0].name } } == [["AO", "EO"], [], ["DD"]])
        #expect(result.titleOrderedRoles == ["Tinker"])
        #expect(result.diagnostics.warnings.count == 1)
    }

    @Test("a levels file that names a level or role the download lacks, or a bad position, is an error with its line", arguments: [
        ("role,position,level\nFixer,1,Fixer\nFixer,2,Senior fixer\nFixer,3,Lead fixer\nFixer,4,Head fixer\n",
         "l.csv:5:9: error: level \"Head fixer\" of role Fixer is not in the download (d.csv)"),
        ("role,position,level\nMender,1,Mender\n",
         "l.csv:2:1: error: role \"Mender\" is not in the download (d.csv)"),
        ("role,position,level\nFixer,one,Fixer\nFixer,2,Senior fixer\nFixer,3,Lead fixer\n",
         "l.csv:2:7: error: position must be a whole number from 1, not \"one\""),
        ("role,position,level\nFixer,1,Fixer\nFixer,1,Senior fixer\nFixer,3,Lead fixer\n",
         "l.csv:3:7: error: role Fixer has two levels at position 1 (the other on line 2)"),
        ("role,position,level\nFixer,1,Fixer\nFixer,3,Lead fixer\n",
         "l.csv:2:1: error: the levels file orders role Fixer but leaves out 1 of its levels in the download (Senior fixer)"),
        ("role,position,level,grades\nTinker,1,Tinker,G9\n",
         "l.csv:2:17: error: unknown grade \"G9\" for Tinker, Tinker; did you mean \"G7\"?"),
    ])
    func badLevelsFile(levels: String, message: String) {
        guard case let .failure(error) = Self.run(Self.twoRoles, levels: levels) else { Issue.record("the import succeeded"); return }
        #expect(error.diagnostics.errors.map(\.description) == [message])
    }

    @Test("a seed role replaces the download's rows for it, with a warning for each difference")
    func seedRoleWins() throws {
        let seed = try FrameworkReader.read("""
            capplan_framework: 1
            name: seeds
            skills:
              - {name: Mending, aliases: [Repairing]}
            roles:
              - name: Tinker
                levels:
                  - {name: one, title: Tinker, requires: [{skill: Repairing, level: working, text: Seed text.}]}
            """, file: "seed.yaml").0
        let result = try Self.run(Self.twoRoles, seed: seed).get()
        #expect(result.framework.roles.map(\.name) == ["Tinker", "Fixer"])
        let tinker = result.framework.roles[RoleID(0)]
        #expect(tinker.levels.map(\.name) == ["one"] && tinker.family == "IT")
        #expect(tinker.levels[0].requirements.map(\.statedName) == ["Repairing"])
        #expect(tinker.levels[0].requirements.map(\.text) == ["Seed text."])
        #expect(result.framework.skills.map(\.name) == ["Mending"])
        #expect(result.framework.skills[SkillID(0)].description == "Mends.")
        #expect(result.diagnostics.warnings.map(\.message).contains(
            "the download differs from seed role Tinker, which is kept as transcribed: requirement_lowered: Tinker, Tinker, Mending (working → awareness)"))
    }

    /// The title convention, through the import itself: a role of one skill whose levels are `titles`,
    /// imported without a levels file.
    static func order(_ titles: [String]) -> [String] {
        var csv = header
        for title in titles { csv += "IT,Fixer,Fixes.,\(title),Does.,Mending,Mends.,Working,You can mend.,\n" }
        guard case let .success(result) = run(csv) else { return [] }
        return result.framework.roles.first?.levels.map(\.name) ?? []
    }
}
