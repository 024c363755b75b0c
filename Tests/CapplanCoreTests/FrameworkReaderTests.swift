import CapplanCore
import Foundation
import Testing

/// Custom framework files: one with its own scale that loads and rates, and malformed ones whose
/// diagnostics must name the right line and column (counted by hand in the comments).
@Suite("framework files")
struct FrameworkReaderTests {
    /// Tests/CapplanCoreTests/Fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A kitchen career ladder with a five-level scale valued 1 to 5 and no "none".
    static func kitchen() throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent("kitchen-framework.yaml"), encoding: .utf8)
    }

    /// The rendered diagnostics of a framework that must not load.
    func failure(_ text: String, file: String = "f.yaml") -> [String] {
        do {
            let (_, diagnostics) = try FrameworkReader.read(text, file: file)
            Issue.record("the framework loaded; diagnostics: \(diagnostics.rendered())")
            return []
        } catch {
            return error.diagnostics.rendered().split(separator: "\n").map(String.init)
        }
    }

    @Test("a custom framework with its own scale (1 to 5, novice to master) loads")
    func customScaleLoads() throws {
        let (framework, diagnostics) = try FrameworkReader.read(try Self.kitchen(), file: "kitchen.yaml")
        #expect(diagnostics.isEmpty)
        #expect(framework.name == "Kitchen ladder")
        #expect(framework.scale.levels.map(\.name) == ["novice", "beginner", "competent", "proficient", "master"])
        #expect(framework.scale.levels.map(\.value) == [1, 2, 3, 4, 5])
        #expect(framework.grades.map(\.name) == ["L1", "L2", "L3"])
        #expect(framework.skills.map(\.name) == ["Cooking", "Plating"])
        let chef = try #require(framework.roles.first)
        #expect(chef.levels.map(\.name) == ["junior", "senior"])
        #expect(chef.levels[0].grades == [GradeID(0), GradeID(1)])
        let senior = chef.levels[1].requirements
        #expect(senior.map(\.statedName) == ["cookery", "Plating"])
        #expect(senior.map(\.skill) == [SkillID(0), SkillID(1)])
        // Requirements hold scale indices: master is the 5th level (index 4), whatever its value.
        #expect(senior.map { framework.scale.name($0.level) } == ["master", "proficient"])
        #expect(chef.levels[0].required(SkillID(0)) == ScaleLevel(2))
        #expect(chef.levels[0].required(SkillID(1)) == nil)
    }

    @Test("the custom scale rates by value, name and unambiguous initial, and nothing else", arguments: [
        ("5", 4), ("1", 0), ("master", 4), ("MASTER", 4), ("m", 4), ("C", 2), ("P", 3), (" beginner ", 1),
        ("0", nil), ("6", nil), ("none", nil), ("expert", nil), ("E", nil), ("x", nil),
    ] as [(String, Int?)])
    func customScaleRates(written: String, index: Int?) throws {
        let (framework, _) = try FrameworkReader.read(try Self.kitchen(), file: "kitchen.yaml")
        #expect(framework.scale.level(of: written) == index.map(ScaleLevel.init))
    }

    @Test("a roster is read against the custom scale (one role: no role column needed)")
    func customScaleRoster() throws {
        let (framework, _) = try FrameworkReader.read(try Self.kitchen(), file: "kitchen.yaml")
        let csv = "name,level,grade,Cooking,Plating\nAnn,senior,L3,master,4\nBo,junior,L1,3,n/a\n"
        let (roster, diagnostics) = try RosterReader(framework: framework).read(bytes: Array(csv.utf8), file: "team.csv")
        #expect(diagnostics.isEmpty, "\(diagnostics.rendered())")
        #expect(roster.people.map(\.name) == ["Ann", "Bo"])
        let (ann, bo, cooking, plating) = (PersonID(0), PersonID(1), SkillID(0), SkillID(1))
        #expect(roster.people.map(\.role) == [RoleID(0), RoleID(0)])
        #expect(roster.people.map(\.roleLevel.rank) == [1, 0])
        #expect(roster.rating(ann, cooking) == ScaleLevel(4) && roster.rating(ann, plating) == ScaleLevel(3))
        #expect(roster.rating(bo, cooking) == ScaleLevel(2) && roster.rating(bo, plating) == nil)

        // DDaT's words mean nothing on this scale; the error suggests the nearest of its own.
        let bad = "name,level,Cooking\nAnn,senior,mastr\nBo,junior,expert\n"
        #expect(throws: InvalidInputError.self) { try RosterReader(framework: framework).read(bytes: Array(bad.utf8), file: "team.csv") }
        do {
            _ = try RosterReader(framework: framework).read(bytes: Array(bad.utf8), file: "team.csv")
        } catch {
            let lines = error.diagnostics.rendered().split(separator: "\n").map(String.init)
            // "Ann,senior," is 11 characters: the rating starts in column 12; "Bo,junior," 10: column 11.
            #expect(lines == [
                #"team.csv:2:12: error: unknown rating "mastr" for skill "Cooking"; did you mean "master"?"#,
                #"team.csv:3:11: error: unknown rating "expert" for skill "Cooking" (use 1, 2, 3, 4, 5, novice, beginner, competent, proficient, master or their initials)"#,
            ])
        }
    }

    // MARK: Malformed frameworks

    @Test("bad YAML syntax is located at the offending character")
    func badSyntax() {
        // Line 2 "name: Bad: syntax": the second colon is character 10.
        #expect(failure("capplan_framework: 1\nname: Bad: syntax\n") ==
                ["f.yaml:2:10: error: not valid YAML: mapping values are not allowed in this context"])
    }

    @Test("a duplicated key is an error at the mapping")
    func duplicateKey() {
        let lines = failure("capplan_framework: 1\nname: A\nname: B\nskills: []\nroles: []\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("duplicate key \"name\"") == true, "\(lines)")
    }

    /// A two-skill framework: skills from line 4, then roles; with two skills the requirement is line 11.
    static func tiny(skills: String = "  - name: Cooking\n  - name: Plating\n", requires: String = "          - {skill: Cooking, level: working}\n") -> String {
        """
        capplan_framework: 1
        name: Tiny
        skills:
        \(skills)roles:
          - name: Chef
            levels:
              - name: junior
                requires:
        \(requires)
        """
    }

    @Test("the tiny framework loads, so each failure below is the one edit's doing")
    func tinyLoads() throws {
        let (framework, diagnostics) = try FrameworkReader.read(Self.tiny(), file: "f.yaml")
        #expect(diagnostics.isEmpty)
        #expect(framework.roles.first?.levels.first?.requirements.count == 1)
        #expect(framework.scale == .ddat)
    }

    @Test("an unknown skill in requires names the skill and suggests the nearest")
    func unknownSkill() {
        // Line 11 "          - {skill: Cookng, level: working}": 10 spaces, "- {" 11–13, "skill:" 14–19,
        // a space, so "Cookng" starts in column 21.
        let lines = failure(Self.tiny(requires: "          - {skill: Cookng, level: working}\n"))
        #expect(lines == [#"f.yaml:11:21: error: unknown skill "Cookng" in level "junior" of role "Chef": list it under "skills" first; did you mean "Cooking"?"#])
    }

    @Test("an unknown skill level name suggests the nearest level of the scale")
    func unknownLevel() {
        // Line 11 "          - {skill: Cooking, level: wroking}": "Cooking," ends at column 28, a space,
        // "level:" 30–35, a space: "wroking" starts in column 37.
        let lines = failure(Self.tiny(requires: "          - {skill: Cooking, level: wroking}\n"))
        #expect(lines == [#"f.yaml:11:37: error: unknown skill level "wroking" for "Cooking" in level "junior" of role "Chef"; did you mean "working"?"#])
    }

    @Test("a skill listed twice (differing only in case) is an error at the second, naming the first's line")
    func duplicateSkill() {
        // Skills on lines 4, 5 and 6; line 6 "  - name: cooking": the name starts in column 11.
        let lines = failure(Self.tiny(skills: "  - name: Cooking\n  - name: Plating\n  - name: cooking\n"))
        #expect(lines == [#"f.yaml:6:11: error: skill name "cooking" is already used by "Cooking" (line 4)"#])
    }

    @Test("an alias that is another skill's name is an error at the alias")
    func aliasClash() {
        // Line 5 "  - {name: Plating, aliases: [cooking]}": "[" is column 30, the alias starts in column 31.
        let lines = failure(Self.tiny(skills: "  - name: Cooking\n  - {name: Plating, aliases: [cooking]}\n"))
        #expect(lines == [#"f.yaml:5:31: error: skill name "cooking" is already used by "Cooking" (line 4)"#])
    }

    @Test("a scale not in ascending order is an error at the value that goes down")
    func scaleNotAscending() {
        let text = """
            capplan_framework: 1
            name: Tiny
            scale:
              - {name: low, value: 1}
              - {name: high, value: 3}
              - {name: mid, value: 2}
            skills:
              - name: Cooking
            roles:
              - name: Chef
                levels:
                  - name: junior
                    requires:
                      - {skill: Cooking, level: low}

            """
        // Line 6 "  - {name: mid, value: 2}": "value:" is columns 17–22, so the 2 is column 24.
        #expect(failure(text) == [#"f.yaml:6:24: error: scale level "mid" has value 2, not above "high" (3): list levels in ascending order"#])
    }

    @Test("a file without roles is an error at its start")
    func missingRoles() {
        #expect(failure("capplan_framework: 1\nname: Tiny\nskills:\n  - name: Cooking\n") ==
                [#"f.yaml:1:1: error: the framework file has no "roles""#])
    }

    @Test("an unsupported format version is an error at the version number")
    func wrongVersion() {
        // Line 1 "capplan_framework: 2": the key is 18 characters, a space, the 2 is column 20.
        let text = Self.tiny().replacingOccurrences(of: "capplan_framework: 1", with: "capplan_framework: 2")
        #expect(failure(text) == ["f.yaml:1:20: error: framework format version 2 is not supported (this capplan reads version 1)"])
    }

    @Test("an unknown key is a warning at the key, with a suggestion, and the framework still loads")
    func unknownKey() throws {
        // Line 5 "    descripton: Making food": the key starts in column 5.
        let text = Self.tiny(skills: "  - name: Cooking\n    descripton: Making food\n  - name: Plating\n")
        let (framework, diagnostics) = try FrameworkReader.read(text, file: "f.yaml")
        #expect(diagnostics.rendered() == #"f.yaml:5:5: warning: unknown key "descripton" in a skill is ignored; did you mean "description"?"#)
        #expect(!diagnostics.hasErrors)
        #expect(framework.skills.first?.description == nil)
        #expect(framework.skills.count == 2)
    }

    @Test("several mistakes are all reported, in file order")
    func collectsAll() {
        // The two requirements are lines 11 and 12; "Cookng" at 11:21, "wroking" at 12:37.
        let lines = failure(Self.tiny(requires: "          - {skill: Cookng, level: working}\n          - {skill: Plating, level: wroking}\n"))
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("f.yaml:11:21: error: unknown skill \"Cookng\"") == true)
        #expect(lines.last?.hasPrefix("f.yaml:12:37: error: unknown skill level \"wroking\"") == true)
    }

    @Test("a roster CSV given as a framework says so", arguments: [
        "name,role,level,Change management\nAnn,Infrastructure engineer,senior,working\n",
        "\u{FEFF}id;name;role;level\n1;\"Smith, Ann\";Infrastructure engineer;senior\n2;Bob: the builder;Infrastructure engineer;lead\n",
        "name,role,level,notes\n\"Ann \"\"A\"\" Smith\",Infrastructure engineer,senior,\"see: #12\"\n",
        // CRLF, which Swift counts as one Character, and a colon on a later line.
        "name,role,level\r\nAnn,Infrastructure engineer,senior\r\nBob: the builder,Infrastructure engineer,lead\r\n",
    ])
    func rosterAsFramework(csv: String) {
        #expect(failure(csv, file: "team.csv") ==
                ["team.csv:1:1: error: this looks like a roster CSV, not a framework file: give the roster as the argument and a framework YAML file with --framework"])
    }

    @Test("an empty framework file and a plain scalar are errors, not crashes")
    func emptyAndScalar() {
        #expect(failure("", file: "f.yaml") == ["f.yaml:1:1: error: the framework file is empty"])
        #expect(failure("# only a comment\n", file: "f.yaml") == ["f.yaml:1:1: error: the framework file is empty"])
        let scalar = failure("just some text\n", file: "f.yaml")
        #expect(scalar.first == "f.yaml:1:1: error: the framework file must be a mapping of keys to values")
    }
}
