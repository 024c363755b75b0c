import CapplanCore
import Foundation
import Testing

/// The built-in DDaT framework's two seed roles checked against the seeds: every requirement, grade,
/// summary and per-level text, against `SeedTranscription` (typed by hand from the seeds, never read
/// from the YAML), and against the published role-content CSV the repository keeps in Data/ddat.
/// (The framework's other roles are checked against the download in DDaTImportTests and the CLI tests.)
@Suite("built-in DDaT framework")
struct BuiltInFrameworkTests {
    let framework: Framework

    init() throws {
        framework = try BuiltInFramework.load()
    }

    /// The two seed roles, which the built-in framework lists first.
    var seedRoles: [Framework.Role] { Array(framework.roles.prefix(2)) }

    /// Every requirement of the seed roles as (role, level, skill as stated, required level), in the framework's order.
    var requirements: [SeedRequirement] {
        seedRoles.flatMap { role in
            role.levels.flatMap { level in
                level.requirements.map { r in
                    SeedRequirement(role: role.name, level: level.name, skill: r.statedName, required: framework.scale.name(r.level))
                }
            }
        }
    }

    @Test("the two seed roles first, each with associate, engineer, senior, lead and principal levels")
    func rolesAndLevels() {
        #expect(seedRoles.map(\.name) == ["Infrastructure operations engineer", "Infrastructure engineer"])
        #expect(BuiltInFramework.generatedRoles == seedRoles.map(\.name))
        for role in seedRoles {
            #expect(role.levels.map(\.name) == ["associate", "engineer", "senior", "lead", "principal"], "\(role.name)")
        }
        #expect(framework.scale.levels.map(\.name) == ["none", "awareness", "working", "practitioner", "expert"])
        #expect(framework.scale.levels.map(\.value) == [0, 1, 2, 3, 4])
    }

    @Test("every requirement equals the hand transcription of seeds 000 and 003, in order (60 + 57 = 117)")
    func everyRequirement() {
        #expect(SeedTranscription.operationsEngineer.count == 60)
        #expect(SeedTranscription.infrastructureEngineer.count == 57)
        let expected = SeedTranscription.operationsEngineer + SeedTranscription.infrastructureEngineer
        let actual = requirements
        #expect(actual.count == 117)
        #expect(seedRoles.reduce(0) { $0 + $1.levels.reduce(0) { $0 + $1.requirements.count } } == 117)
        for (index, (want, got)) in zip(expected, actual).enumerated() {
            #expect(got == want, "requirement \(index + 1)")
        }
        // A requirement missing in the middle would show as a cascade above; say so plainly too.
        #expect(actual == expected)
    }

    @Test("requirements per level: 4, 14, 14, 14, 14 and 9, 12, 12, 12, 12")
    func requirementCounts() {
        #expect(framework.roles[RoleID(0)].levels.map(\.requirements.count) == [4, 14, 14, 14, 14])
        #expect(framework.roles[RoleID(1)].levels.map(\.requirements.count) == [9, 12, 12, 12, 12])
    }

    @Test("each requirement's stated name resolves to its skill, and requiredLevels agrees with the list")
    func requiredLevelsAgree() throws {
        for role in framework.roles {
            for level in role.levels {
                #expect(level.requiredLevels.count == framework.skills.count)
                #expect(level.requiredLevels.compactMap { $0 }.count == level.requirements.count)
                for r in level.requirements {
                    #expect(framework.skill(named: r.statedName) == r.skill)
                    #expect(level.required(r.skill) == r.level)
                }
            }
        }
    }

    @Test("typical civil-service grades per level, as seed 003 gives them (the default for seed 000 too)")
    func typicalGrades() throws {
        for role in seedRoles {
            for level in role.levels {
                let written = try #require(SeedTranscription.typicalGrades[level.name], "\(level.name)")
                let expected = try written.map { try #require(framework.grade(named: $0), "grade \($0)") }
                #expect(level.grades == expected, "\(role.name) \(level.name)")
            }
        }
        // The seeds' grades, and AO (which the levels file gives some roles' first levels) before them.
        #expect(framework.grades.map(\.name) == ["AO", "EO", "HEO", "SEO", "G7", "G6", "DD"])
    }

    @Test("every level's summary starts with the seed's opening sentence")
    func summaries() throws {
        #expect(SeedTranscription.levelSummaryOpenings.count == 10)
        for role in seedRoles {
            for level in role.levels {
                let opening = try #require(SeedTranscription.levelSummaryOpenings["\(role.name)|\(level.name)"])
                let summary = try #require(level.summary, "\(role.name) \(level.name) has no summary")
                #expect(summary.hasPrefix(opening), "\(role.name) \(level.name): \(summary.prefix(120))")
            }
        }
    }

    @Test("each level's per-skill text holds the seed's wording")
    func levelTexts() throws {
        #expect(SeedTranscription.levelTextFragments.count == 10)
        for (key, fragment) in SeedTranscription.levelTextFragments {
            let parts = key.split(separator: "|").map(String.init)
            let role = try #require(framework.role(named: parts[0]))
            let level = try #require(framework.level(named: parts[1], in: role))
            let requirement = try #require(framework[level].requirements.first { $0.statedName == parts[2] },
                                           "\(key) is not a requirement")
            let text = try #require(requirement.text, "\(key) has no text")
            #expect(text.contains(fragment), "\(key): \(text)")
        }
    }

    @Test("every requirement has its per-level text, and every skill seed 000 describes has a description")
    func textsPresent() {
        for role in seedRoles {
            for level in role.levels {
                for r in level.requirements {
                    #expect(!(r.text ?? "").isEmpty, "\(role.name) \(level.name) \(r.statedName)")
                }
            }
        }
        // Seed 000 describes all 14 of its skills; seed 003 describes none of its own.
        let operationsSkills = Set(SeedTranscription.operationsEngineer.map(\.skill))
        #expect(operationsSkills.count == 14)
        for name in operationsSkills {
            #expect(framework.skill(named: name).flatMap { framework.skills[$0].description } != nil, "\(name)")
        }
    }

    @Test("aliases the seeds use resolve to the current skill", arguments: [
        ("Ownership and topic", "Ownership and initiative"),
        ("Modern development standards", "Modern standards approach"),
        ("Problem solving", "Problem management"),
        ("Coding and scripting (infrastructure engineer)", "Coding and scripting"),
        ("change-management", "Change management"),
        ("CHANGE_MANAGEMENT", "Change management"),
        ("  change   Management ", "Change management"),
        ("it-infrastructure", "IT infrastructure"),
        ("Service management framework knowledge", "Service Management Framework knowledge"),
        ("service-management-framework-knowledge", "Service Management Framework knowledge"),
        ("problem_solving", "Problem management"),
        // "&" is punctuation, not "and": no match rather than a guess.
        ("Coding & scripting", nil),
        ("Coding", nil),
    ] as [(String, String?)])
    func aliases(written: String, skill: String?) {
        #expect(framework.skill(named: written).map { framework.skills[$0].name } == skill)
    }

    @Test("roles and levels are found by name, slug, title and odd spacing")
    func roleAndLevelNames() throws {
        let operations = try #require(framework.role(named: "infrastructure-operations-engineer"))
        #expect(framework.roles[operations].name == "Infrastructure operations engineer")
        let engineer = try #require(framework.role(named: "  INFRASTRUCTURE  engineer "))
        #expect(framework.roles[engineer].name == "Infrastructure engineer")
        #expect(framework.role(named: "Infrastructure") == nil)
        #expect(framework.level(named: "SENIOR", in: engineer)?.rank == 2)
        #expect(framework.level(named: "Senior infrastructure engineer", in: engineer)?.rank == 2)
        #expect(framework.level(named: "principal-infrastructure-operations-engineer", in: operations)?.rank == 4)
        // A title of the other role is not a level of this one.
        #expect(framework.level(named: "Senior infrastructure engineer", in: operations) == nil)
        #expect(framework.level(named: "junior", in: engineer) == nil)
        // Seed 003 numbers its levels 1 to 5; the level's position stands for it.
        #expect(framework.level(named: "3", in: engineer)?.rank == 2)
        #expect(framework.level(named: "0", in: engineer) == nil)
        #expect(framework.level(named: "6", in: engineer) == nil)
        let titled = framework.roleLevels(titled: "Lead infrastructure operations engineer")
        #expect(titled.count == 1)
        #expect(titled.first == RoleLevelID(role: operations, rank: 3))
    }

    @Test("grade spellings", arguments: [
        ("G7", "G7"), ("Grade 7", "G7"), ("grade7", "G7"), ("g 7", "G7"),
        ("G6", "G6"), ("Grade 6", "G6"),
        ("DD", "DD"), ("SCS1", "DD"), ("SCS 1", "DD"), ("Deputy director", "DD"), ("deputy DIRECTOR", "DD"),
        ("Deputy director or equivalent", "DD"),
        ("EO", "EO"), ("Executive Officer", "EO"), ("HEO", "HEO"), ("Higher Executive Officer", "HEO"),
        ("SEO", "SEO"), ("senior executive officer", "SEO"),
        ("G8", nil), ("Grade", nil), ("SCS2", nil),
    ] as [(String, String?)])
    func gradeSpellings(written: String, grade: String?) {
        #expect(framework.grade(named: written).map { framework.grades[$0].name } == grade)
    }

    @Test("skills shared across the two roles are one skill")
    func sharedSkills() throws {
        // 14 skills in seed 000, 12 in seed 003, 6 of them shared: 20 skills in all, the framework's first.
        #expect(Set(seedRoles.flatMap(\.skills)) == Set((0..<20).map(SkillID.init)))
        let operations = Set(SeedTranscription.operationsEngineer.map { framework.skill(named: $0.skill) })
        let engineer = Set(SeedTranscription.infrastructureEngineer.map { framework.skill(named: $0.skill) })
        #expect(!operations.contains(nil) && !engineer.contains(nil))
        #expect(operations.count == 14 && engineer.count == 12)
        let shared = operations.intersection(engineer).compactMap { $0 }.map { framework.skills[$0].name }.sorted()
        #expect(shared == ["Coding and scripting", "Ownership and initiative", "Problem management", "Service focus",
                           "Technical understanding", "Testing"])
        #expect(Set(framework.roles[RoleID(0)].skills) == Set(operations.compactMap { $0 }))
        #expect(Set(framework.roles[RoleID(1)].skills) == Set(engineer.compactMap { $0 }))
        // Every spelling of every skill (name and aliases) names exactly one skill.
        var seen: [NameKey: String] = [:]
        for skill in framework.skills {
            for spelling in [skill.name] + skill.aliases {
                #expect(seen[NameKey(spelling)] == nil, "\(spelling) names both \(seen[NameKey(spelling)] ?? "") and \(skill.name)")
                seen[NameKey(spelling)] = skill.name
            }
        }
    }

    // MARK: The published role-content CSV

    /// Data/ddat in the repository: the official download and the levels file (Data/ddat/README.md).
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/ddat")

    @Test("agrees with every Infrastructure (operations) engineer row of the published role-content CSV")
    func roleContentCSV() throws {
        let url = Self.data.appendingPathComponent("ddat-role-content.csv")
        try #require(FileManager.default.fileExists(atPath: url.path), "missing \(url.path)")
        let bytes = [UInt8](try Data(contentsOf: url))
        let table = try CSVTable(bytes: bytes, file: "ddat-role-content.csv")
        let header = try #require(table.records.first).fields.map { String($0.value) }
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "no \(name) column in \(header)") }
        let (roleColumn, levelColumn, skillColumn, ratingColumn) =
            (try column("Role"), try column("Role Level"), try column("Skill Name"), try column("Skill Level"))
        // The published file: 1,825 rows of 10 fields, several with line ends inside quotes.
        #expect(table.records.count == 1826)
        #expect(table.records.allSatisfy { $0.fields.count == header.count })
        #expect(table.records.last!.line > 1826)

        let ours = Set(seedRoles.map(\.name))
        struct Requirement: Hashable { var level: RoleLevelID; var skill: SkillID }
        var found: Set<Requirement> = []
        var rows = 0
        for record in table.records.dropFirst() where ours.contains(record.fields[roleColumn].value) {
            rows += 1
            let place = "line \(record.line)"
            let f = record.fields
            let role = try #require(framework.role(named: f[roleColumn].value), "\(place): role \(f[roleColumn].value)")
            let level = try #require(framework.level(named: f[levelColumn].value, in: role), "\(place): level \(f[levelColumn].value)")
            let skill = try #require(framework.skill(named: f[skillColumn].value), "\(place): skill \(f[skillColumn].value)")
            let rating = try #require(framework.scale.level(named: f[ratingColumn].value), "\(place): level \(f[ratingColumn].value)")
            #expect(framework[level].required(skill) == rating,
                    "\(place): \(f[levelColumn].value) / \(f[skillColumn].value) should be \(f[ratingColumn].value)")
            found.insert(Requirement(level: level, skill: skill))
        }
        #expect(rows == 117)
        // And the other way round: every requirement of the framework is in the file.
        var all: Set<Requirement> = []
        for role in framework.roles.indices where ours.contains(framework.roles[role].name) {
            for level in framework.levels(of: role) { for q in framework[level].requirements { all.insert(Requirement(level: level, skill: q.skill)) } }
        }
        #expect(found == all)
    }
}
