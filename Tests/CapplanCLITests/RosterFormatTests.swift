import CapplanCore
import Foundation
import Testing

/// Rosters that are awkward but valid: `capplan validate` accepts them (exit 0), and `RosterReader`
/// reads the people, roles, levels and ratings they mean.
@Suite("roster formats")
struct RosterFormatTests {
    static let engineer = "Infrastructure engineer"
    static let operations = "Infrastructure operations engineer"

    /// Index of a skill of the built-in framework by its canonical name.
    func skill(_ name: String) throws -> SkillID { try #require(ddat.skill(named: name), "no skill \(name)") }

    /// Scale indices of the `person`th person in the named skills (nil where not assessed).
    func ratings(_ roster: Roster, _ person: Int, _ skills: [String]) throws -> [Int?] {
        try skills.map { roster.rating(PersonID(person), try skill($0))?.index }
    }

    /// The reader remembers each spelling of a rating it has parsed; the first sixteen in a short
    /// list, the rest in a dictionary. Forty spellings, good and bad, each used twice, read right
    /// wherever they fall, and every bad cell is reported.
    @Test("forty spellings of ratings, past the reader's short list of sixteen: each read right, each bad cell reported")
    func manyRatingSpellings() throws {
        // Spellings and the scale index each means (none 0 … expert 4).
        let spellings: [(String, Int)] = [
            ("working", 2), ("Working", 2), ("WORKING", 2), ("wOrking", 2), ("W", 2), ("w", 2), ("2", 2), (" working", 2),
            ("practitioner", 3), ("Practitioner", 3), ("PRACTITIONER", 3), ("P", 3), ("p", 3), ("3", 3),
            ("expert", 4), ("Expert", 4), ("EXPERT", 4), ("E", 4), ("e", 4), ("4", 4),
            ("awareness", 1), ("Awareness", 1), ("A", 1), ("a", 1), ("1", 1),
            ("none", 0), ("None", 0), ("NONE", 0), ("0", 0), ("wORKING", 2), ("pRACTITIONER", 3), ("eXPERT", 4), ("aWARENESS", 1),
        ]
        let good = spellings.map(\.0)
        let expected = spellings.map(\.1)
        let bad = ["workin", "expret", "practicioner", "awarness", "nne", "6", "master"]
        var csv = "name,role,level,Testing\n"
        for (i, spelling) in (good + bad + good + bad).enumerated() { csv += "P\(i),\(Self.engineer),senior,\(spelling)\n" }
        let v = validate(bytes: Array(csv.utf8))
        #expect(v.errors.count == 2 * bad.count, "\(v.errors)")
        #expect(v.errors.first == #"team.csv:35:36: error: unknown rating "workin" for skill "Testing"; did you mean "working"?"#)

        let goodOnly = "name,role,level,Testing\n" + (good + good).enumerated().map { "P\($0),\(Self.engineer),senior,\($1)\n" }.joined()
        let (roster, _) = try RosterReader(framework: ddat).read(bytes: Array(goodOnly.utf8), file: "team.csv")
        let testing = try skill("Testing")
        let scale = ddat.scale.levels.map(\.name)
        #expect(roster.people.indices.map { roster.rating($0, testing)?.index } == expected + expected, "scale: \(scale)")
    }

    @Test("a UTF-8 byte-order mark and CRLF line ends")
    func bomAndCRLF() throws {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("""
            id,name,role,level,grade,team,Testing,Problem solving\r
            E1,Ann,\(Self.engineer),senior,G7,Platform,working,P\r
            E2,Bob,\(Self.operations),lead,Grade 6,Networks,E,3\r
            E3,Cat,\(Self.engineer),associate,G7,Platform,A,a\r

            """.utf8)
        let v = validate(bytes: bytes)
        #expect(v.status == 0)
        // CRLF is one line end and the BOM no column: "E3,Cat,Infrastructure engineer,associate," is 41
        // characters, so Cat's grade is line 4, column 42.
        #expect(v.warnings.contains("team.csv:4:42: warning: grade G7 is not typical for role Infrastructure engineer at level associate (typical: EO, HEO)"))
        #expect(v.errors.isEmpty)

        let (roster, _) = try RosterReader(framework: ddat).read(bytes: bytes, file: "team.csv")
        #expect(roster.people.map(\.id) == ["E1", "E2", "E3"])
        #expect(roster.people.map(\.name) == ["Ann", "Bob", "Cat"])
        #expect(roster.people.map(\.role.index) == [1, 0, 1])
        #expect(roster.people.map(\.roleLevel.rank) == [2, 3, 0])
        #expect(roster.people.map(\.gradeName) == ["G7", "G6", "G7"])
        #expect(roster.people.map(\.team) == ["Platform", "Networks", "Platform"])
        #expect(roster.people.map(\.line) == [2, 3, 4])
        #expect(try ratings(roster, 0, ["Testing", "Problem management"]) == [2, 3])
        #expect(try ratings(roster, 1, ["Testing", "Problem management"]) == [4, 3])
        #expect(try ratings(roster, 2, ["Testing", "Problem management"]) == [1, 1])
        #expect(try CSVTable(bytes: bytes, file: "team.csv").hadByteOrderMark)
    }

    @Test("semicolons as the delimiter, with commas in the data")
    func semicolons() throws {
        let text = """
            name;role;level;grade;Testing
            Smith, Ann;\(Self.engineer);senior;SEO;working
            "O'Brien; Liam";\(Self.engineer);lead;G7;expert

            """
        let v = validate(text)
        #expect(v.status == 0)
        #expect(v.errors.isEmpty)
        let (roster, _) = try readRoster(text)
        #expect(roster.people.map(\.name) == ["Smith, Ann", "O'Brien; Liam"])
        #expect(roster.people.map(\.roleLevel.rank) == [2, 3])
        #expect(try ratings(roster, 0, ["Testing"]) == [2])
        #expect(try ratings(roster, 1, ["Testing"]) == [4])
        #expect(try CSVTable(bytes: Array(text.utf8), file: "team.csv").delimiter == UInt8(ascii: ";"))
    }

    static let longTeam = """
        id,name,role,level,grade,team,skill,rating
        E1,Ann,\(engineer),senior,G7,Platform,Testing,working
        E1,Ann,\(engineer),senior,G7,Platform,Problem solving,P
        E1,Ann,\(engineer),senior,G7,Platform,coding-and-scripting,n/a
        E2,Bob,\(operations),lead,G6,Networks,Testing,expert
        E2,Bob,\(operations),lead,G6,Networks,Incident management,3

        """

    static let wideTeam = """
        id,name,role,level,grade,team,Testing,Problem management,Coding and scripting,Incident management
        E1,Ann,\(engineer),senior,G7,Platform,working,practitioner,,
        E2,Bob,\(operations),lead,G6,Networks,expert,,,practitioner

        """

    /// What a person is, without where they were read.
    func summary(_ p: Person) -> String {
        "\(p.id ?? "-")|\(p.name)|\(p.role)|\(p.roleLevel.rank)|\(p.gradeName ?? "-")|\(p.team ?? "-")|\(p.mentors)|\(p.mentorCapacity.map(String.init) ?? "-")"
    }

    /// A diagnostic's text without its place.
    func message(_ d: Diagnostic) -> String { "\(d.severity): \(d.message)\(d.suggestion.map { " → \($0)" } ?? "")" }

    @Test("long format: one row per person and skill")
    func longFormat() throws {
        let v = validate(Self.longTeam)
        #expect(v.status == 0)
        #expect(v.stdout.hasPrefix("team.csv: 2 people in 2 roles;"))
        let (roster, _) = try readRoster(Self.longTeam)
        #expect(roster.people.map(\.name) == ["Ann", "Bob"])
        #expect(roster.people.map(\.line) == [2, 5])
        #expect(try ratings(roster, 0, ["Testing", "Problem management", "Coding and scripting", "Incident management"]) == [2, 3, nil, nil])
        #expect(try ratings(roster, 1, ["Testing", "Problem management", "Coding and scripting", "Incident management"]) == [4, nil, nil, 3])
    }

    @Test("wide and long copies of the same team read the same, with the same warnings")
    func wideEqualsLong() throws {
        let (wide, wideWarnings) = try readRoster(Self.wideTeam)
        let (long, longWarnings) = try readRoster(Self.longTeam)
        #expect(wide.people.map(summary) == long.people.map(summary))
        #expect(wide.ratings == long.ratings)
        // The same warnings, but a skill absent from the file is "no column" in one format and "no row" in the other.
        let longAsWide = longWarnings.items.map(message).map { $0.replacingOccurrences(of: "no row of the roster rates", with: "no column for") }
        #expect(wideWarnings.items.map(message).sorted() == longAsWide.sorted())
        #expect(longWarnings.items.map(message).contains { $0.hasPrefix("warning: no row of the roster rates required skill") })
    }

    @Test("a generated team, turned into long format, reads the same as the wide original")
    func generatedWideEqualsLong() throws {
        // The team `capplan generate` makes by default: the seed roles.
        let wideText = RosterGenerator(framework: ddat, roles: BuiltInFramework.generatedRoles.compactMap { ddat.role(named: $0) }).csv(people: 60, seed: 11)
        let table = try CSVTable(bytes: Array(wideText.utf8), file: "wide.csv")
        let header = table.records[0].fields.map(\.value)
        let attributes = try #require(header.firstIndex(of: "mentor_capacity")) + 1
        var longText = CSVFormat.line(Array(header[..<attributes]) + ["skill", "rating"])
        for record in table.records.dropFirst() {
            let values = record.fields.map(\.value)
            for column in attributes..<header.count where !values[column].isEmpty {
                longText += CSVFormat.line(Array(values[..<attributes]) + [header[column], values[column]])
            }
        }
        let (wide, wideWarnings) = try readRoster(wideText)
        let (long, longWarnings) = try readRoster(longText)
        #expect(wide.people.count == 60)
        #expect(wide.people.map(summary) == long.people.map(summary))
        #expect(wide.ratings == long.ratings)
        // A grade warning is about a person, not a row: long format must not repeat it per skill.
        // The same warnings, but a skill absent from the file is "no column" in one format and "no row" in the other.
        let longAsWide = longWarnings.items.map(message).map { $0.replacingOccurrences(of: "no row of the roster rates", with: "no column for") }
        #expect(wideWarnings.items.map(message).sorted() == longAsWide.sorted())
    }

    @Test("long format: attributes that disagree between a person's rows are errors")
    func longConflicts() {
        // Line 3: "Ann,Infrastructure engineer," is 28 characters: the level is column 29.
        // Line 4: "Ann,Infrastructure engineer,senior," is 35: the grade is column 36.
        let v = validate("""
            name,role,level,grade,skill,rating
            Ann,\(Self.engineer),senior,SEO,Testing,working
            Ann,\(Self.engineer),lead,SEO,Systems design,practitioner
            Ann,\(Self.engineer),senior,G7,Service focus,working
            Ann,\(Self.engineer),SENIOR,seo,IT infrastructure,working

            """)
        #expect(v.status == 65)
        #expect(v.errors == [
            #"team.csv:3:29: error: conflicting level "lead" for Ann: line 2 says "senior""#,
            #"team.csv:4:36: error: conflicting grade "G7" for Ann: line 2 says "SEO""#,
        ])
        // By id, a different spelling of the name is a conflict too.
        let names = validate("id,name,role,level,skill,rating\nE1,Ann,\(Self.engineer),senior,Testing,working\nE1,ann,\(Self.engineer),senior,Service focus,working\n")
        #expect(names.status == 65)
        // Line 3: "E1," is 3 characters: the name is column 4.
        #expect(names.errors == [#"team.csv:3:4: error: conflicting name "ann" for E1: line 2 says "Ann""#])
    }

    @Test("ratings as numbers, names, initials in any case, and not assessed as empty, -, n/a")
    func ratingSpellings() throws {
        let header = "name,role,level," + engineerSkills.joined(separator: ",")
        let text = """
            \(header)
            Ann,\(Self.engineer),senior,P,practitioner,PRACTITIONER,3, Working ,w,n/a,-,,N/A,none,0
            Bob,\(Self.engineer),senior,e,Expert,4,a,Awareness,1,W,working,2,NA,—,n

            """
        let v = validate(text)
        #expect(v.status == 0)
        #expect(v.errors.isEmpty)
        let (roster, _) = try readRoster(text)
        #expect(try ratings(roster, 0, engineerSkills) == [3, 3, 3, 3, 2, 2, nil, nil, nil, nil, 0, 0])
        #expect(try ratings(roster, 1, engineerSkills) == [4, 4, 4, 1, 1, 1, 2, 2, 2, nil, nil, 0])
    }

    @Test("aliases, slugs and odd spellings as column headers")
    func headerAliases() throws {
        let text = """
            NAME, Role ,level,Problem solving,ownership-and-topic,MODERN_DEVELOPMENT_STANDARDS,Coding and scripting (infrastructure engineer),it infrastructure, testing ,Service management framework knowledge
            Ann,\(Self.engineer),senior,1,2,3,4,P,W,

            """
        let v = validate(text)
        #expect(v.status == 0)
        #expect(!v.warnings.contains { $0.contains("matches no skill") })
        let (roster, _) = try readRoster(text)
        #expect(roster.people.map(\.name) == ["Ann"])
        #expect(try ratings(roster, 0, ["Problem management", "Ownership and initiative", "Modern standards approach",
                                        "Coding and scripting", "IT infrastructure", "Testing", "Service Management Framework knowledge"])
                == [1, 2, 3, 4, 3, 2, nil])
        let present = ddat.skills.indices.filter { roster.skillsInRoster[$0] }.map { ddat.skills[$0].name }
        #expect(present.sorted() == ["Coding and scripting", "IT infrastructure", "Modern standards approach", "Ownership and initiative",
                                     "Problem management", "Service Management Framework knowledge", "Testing"])
    }

    @Test("a quoted name with a comma, a doubled quote and a line end; later diagnostics keep physical lines")
    func quotedName() throws {
        // Ann's record spans lines 2 and 3. Line 3: `Marie",` is 7 characters, "Infrastructure engineer," 24
        // and "senior," 7: Ann's grade is column 39. Line 4 (physical, though it is the third record):
        // "Bob,Infrastructure engineer,senior," is 35 characters: Bob's grade is column 36.
        let text = """
            name,role,level,grade,Testing
            "Smith, ""Ann""
            Marie",\(Self.engineer),senior,G6,working
            Bob,\(Self.engineer),senior,EO,working

            """
        let v = validate(text)
        #expect(v.status == 0)
        #expect(v.warnings.filter { $0.contains("grade") } == [
            "team.csv:3:39: warning: grade G6 is not typical for role Infrastructure engineer at level senior (typical: SEO, G7)",
            "team.csv:4:36: warning: grade EO is not typical for role Infrastructure engineer at level senior (typical: SEO, G7)",
        ])
        let (roster, _) = try readRoster(text)
        #expect(roster.people.map(\.name) == ["Smith, \"Ann\"\nMarie", "Bob"])
        #expect(roster.people.map(\.line) == [2, 4])

        // The same file with CRLF line ends: the quoted line end is still one line, kept as LF in the name.
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let w = validate(crlf)
        #expect(w.status == 0)
        #expect(w.warnings.filter { $0.contains("grade") }.map { $0.prefix(15) } == ["team.csv:3:39: ", "team.csv:4:36: "])
        #expect(try readRoster(crlf).0.people.first?.name == "Smith, \"Ann\"\nMarie")
    }

    @Test("a level title names the role when there is no role column")
    func levelTitles() throws {
        let text = """
            name,level,Testing
            Ann,Senior infrastructure engineer,working
            Bob,Lead infrastructure operations engineer,expert
            Cat,\(Self.engineer),working
            Dan,infrastructure-operations-engineer,working

            """
        let v = validate(text)
        #expect(v.status == 0)
        #expect(v.stdout.hasPrefix("team.csv: 4 people in 2 roles;"))
        let (roster, _) = try readRoster(text)
        #expect(roster.people.map(\.role.index) == [1, 0, 1, 0])
        #expect(roster.people.map(\.roleLevel.rank) == [2, 3, 1, 1])
    }

    @Test("--role and --level give defaults for rows that leave them out")
    func defaults() throws {
        let bare = "name,Testing,Systems design\nAnn,working,P\nBob,expert,expert\n"
        #expect(validate(bare).status == 65)
        let v = validate(bare, options: ["--role", Self.engineer, "--level", "senior"])
        #expect(v.status == 0)
        #expect(v.stdout.hasPrefix("team.csv: 2 people in 1 role;"))
        let options = RosterReader.Options(defaultRole: Self.engineer, defaultLevel: "senior")
        let (roster, _) = try readRoster(bare, options: options)
        #expect(roster.people.map(\.role.index) == [1, 1])
        #expect(roster.people.map(\.roleLevel.rank) == [2, 2])
        #expect(try ratings(roster, 0, ["Testing", "Systems design"]) == [2, 3])

        // A row's own role and level win over the defaults; empty cells take them.
        let mixed = "name,role,level,Testing\nAnn,,,working\nBob,\(Self.operations),lead,expert\nCat,\(Self.operations),,working\n"
        #expect(validate(mixed, options: ["--role", Self.engineer, "--level", "senior"]).status == 0)
        let (mixedRoster, _) = try readRoster(mixed, options: options)
        #expect(mixedRoster.people.map(\.role.index) == [1, 0, 0])
        #expect(mixedRoster.people.map(\.roleLevel.rank) == [2, 3, 2])
    }

    @Test("`person` is accepted for the name column")
    func personHeader() throws {
        let text = "person,role,level,Testing\nAnn,\(Self.engineer),senior,working\n"
        #expect(validate(text).status == 0)
        #expect(try readRoster(text).0.people.map(\.name) == ["Ann"])
    }

    @Test("the awkward fixture: BOM, CRLF, semicolons, a quoted multi-line name, header slugs, a level by title and by number")
    func awkwardFixture() throws {
        let path = Paths.fixture("awkward-team.csv")
        let result = capplan("validate", path)
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map { $0.replacingOccurrences(of: path, with: "awkward-team.csv") }
        // Every diagnostic stays on one line, even the one naming Ann, whose name holds a line end.
        #expect(lines.allSatisfy { $0.hasPrefix("awkward-team.csv:") })
        // Line 3 (the second line of Ann's record): `Marie";` is 7 characters, then "Infrastructure engineer;" 24,
        // "senior;" 7, "Grade 7;" 8, "Platform;" 9, "Y;" 2, "3;" 2, "P;" 2, "working;" 8, "3;" 2, "a;" 2, "E;" 2:
        // 75 in all, so Testing's "n/a" is column 76.
        // Line 5: "E3;" 3, "Chen, Wei;" 10, "infrastructure-engineer;" 24, "1;" 2, "EO;" 3, "Platform;" 9, ";" and ";"
        // for mentor and capacity: 53, so Problem solving's "-" is column 54.
        #expect(lines.filter { !$0.hasPrefix("awkward-team.csv:1:1:") } == [
            #"awkward-team.csv:3:76: warning: Smith; "Ann"\nMarie: 1 required skill not assessed (Testing)"#,
            "awkward-team.csv:5:54: warning: Chen, Wei: 1 required skill not assessed (Problem management)",
        ])

        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let (roster, _) = try RosterReader(framework: ddat).read(bytes: bytes, file: "awkward-team.csv")
        #expect(roster.people.map(\.id) == ["E1", "E2", "E3"])
        #expect(roster.people.map(\.name) == ["Smith; \"Ann\"\nMarie", "Bob O'Brien", "Chen, Wei"])
        #expect(roster.people.map(\.line) == [2, 4, 5])
        #expect(roster.people.map(\.role.index) == [1, 0, 1])
        #expect(roster.people.map(\.roleLevel.rank) == [2, 3, 0])
        #expect(roster.people.map(\.gradeName) == ["G7", "G6", "EO"])
        #expect(roster.people.map(\.mentors) == [true, false, true])
        #expect(roster.people.map(\.mentorCapacity) == [3, nil, nil])
        let skills = ["Problem management", "Ownership and initiative", "Modern standards approach", "Coding and scripting",
                      "IT infrastructure", "Testing", "Incident management"]
        #expect(try ratings(roster, 0, skills) == [3, 2, 3, 1, 4, nil, nil])
        #expect(try ratings(roster, 1, skills) == [2, 3, nil, 2, nil, 4, 3])
        #expect(try ratings(roster, 2, skills) == [nil, 1, 1, nil, 0, 1, nil])
    }

    @Test("a roster against a custom framework file given with --framework")
    func customFramework() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let framework = write("""
            capplan_framework: 1
            name: Kitchen
            scale:
              - {name: novice, value: 1}
              - {name: competent, value: 2}
              - {name: master, value: 3}
            skills:
              - name: Cooking
            roles:
              - name: Chef
                levels:
                  - name: junior
                    requires: [{skill: Cooking, level: competent}]
                  - name: senior
                    requires: [{skill: Cooking, level: master}]

            """, to: "kitchen.yaml", in: folder)
        let roster = write("name,level,cooking\nAnn,senior,master\nBo,junior,2\nCy,junior,working\n", to: "team.csv", in: folder)
        let result = capplan("validate", roster, "--framework", framework)
        #expect(result.status == 65)
        // Line 4: "Cy,junior," is 10 characters; "working" is DDaT's word, not this scale's.
        #expect(result.stderr.contains("\(roster):4:11: error: unknown rating \"working\" for skill \"Cooking\" (use 1, 2, 3, novice, competent, master or their initials)\n"))
        let fixed = write("name,level,cooking\nAnn,senior,master\nBo,junior,2\nCy,junior,C\n", to: "fixed.csv", in: folder)
        let ok = capplan("validate", fixed, "--framework", framework)
        #expect(ok.status == 0)
        #expect(ok.stderr == "")
        #expect(ok.stdout == "\(fixed): 3 people in 1 role; 0 errors, 0 warnings\n")
    }

    @Test("blank lines, a trailing delimiter on every line, and no final line end")
    func looseEnds() throws {
        let text = "name,role,level,Testing,\n\nAnn,\(Self.engineer),senior,working,\n\n\nBob,\(Self.engineer),lead,expert,"
        let v = validate(text)
        #expect(v.status == 0)
        #expect(v.errors.isEmpty)
        let (roster, _) = try readRoster(text)
        #expect(roster.people.map(\.name) == ["Ann", "Bob"])
        #expect(roster.people.map(\.line) == [3, 6])
        #expect(try ratings(roster, 1, ["Testing"]) == [4])
    }
}
