import CapplanCore
import Foundation
import Testing

/// One test per kind of roster error and warning of SPEC §2, through `capplan validate`: the exit
/// status, and the exact `FILE:LINE:COL: severity: message` line. Columns count characters from 1;
/// each comment shows the count.
@Suite("roster errors and warnings")
struct RosterErrorTests {
    // "Infrastructure engineer" is 23 characters, so "Ann,Infrastructure engineer," is 28 and the
    // level starts in column 29; "Ann,Infrastructure engineer,senior," is 35: the next field is column 36.
    static let engineer = "Infrastructure engineer"

    // MARK: Errors (exit 65)

    @Test("unknown role, with the nearest role suggested")
    func unknownRole() {
        // Line 2: "Ann," is 4 characters, the role starts in column 5.
        let v = validate("name,role,level\nAnn,Infrastructure enginer,senior\n")
        #expect(v.status == 65)
        #expect(v.errors == [#"team.csv:2:5: error: unknown role "Infrastructure enginer"; did you mean "Infrastructure engineer"?"#])
        #expect(v.lines.last == "team.csv: 1 error, 1 warning; nothing was analysed")
    }

    @Test("no role and no --role, in a framework with many roles (the first eight are named)")
    func missingRole() {
        // Line 3: the role cell is empty; "Bob," is 4 characters, so the cell is column 5.
        let v = validate("name,role,level\nAnn,\(Self.engineer),senior\nBob,,senior\n")
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:3:5: error: no role given (the framework has 52 roles: Infrastructure operations engineer, Infrastructure engineer, Business architect, Data architect, Enterprise architect, Network architect, Security architect, Solution architect, … (44 more: `capplan framework list` lists them)); add a role column or use --role"])
    }

    @Test("unknown level, with the nearest level suggested")
    func unknownLevel() {
        // Line 2: the level starts in column 29.
        let v = validate("name,role,level\nAnn,\(Self.engineer),senor\n")
        #expect(v.status == 65)
        #expect(v.errors == [#"team.csv:2:29: error: unknown level "senor" for role Infrastructure engineer; did you mean "senior"?"#])
    }

    @Test("a level of the other role says whose level it is")
    func otherRolesLevel() {
        // Line 2: the level starts in column 29.
        let v = validate("name,role,level\nAnn,\(Self.engineer),Senior infrastructure operations engineer\n")
        #expect(v.status == 65)
        #expect(v.errors == [#"team.csv:2:29: error: unknown level "Senior infrastructure operations engineer" for role Infrastructure engineer (that title is a level of Infrastructure operations engineer, not of Infrastructure engineer)"#])
    }

    @Test("unparseable ratings: a misspelling, a number off the scale, a stray word")
    func unparseableRating() {
        // Line 2: "Ann,Infrastructure engineer,senior," is 35 characters: Testing is column 36,
        // "practioner," is 11 more: Systems design is column 47.
        // Line 3: "Bob,Infrastructure engineer,senior,5," is 37 characters: Systems design is column 38.
        let v = validate("""
            name,role,level,Testing,Systems design
            Ann,\(Self.engineer),senior,practioner,working
            Bob,\(Self.engineer),senior,5,good

            """)
        #expect(v.status == 65)
        #expect(v.errors == [
            #"team.csv:2:36: error: unknown rating "practioner" for skill "Testing"; did you mean "practitioner"?"#,
            #"team.csv:3:36: error: unknown rating "5" for skill "Testing" (use 0, 1, 2, 3, 4, none, awareness, working, practitioner, expert or their initials)"#,
            #"team.csv:3:38: error: unknown rating "good" for skill "Systems design" (use 0, 1, 2, 3, 4, none, awareness, working, practitioner, expert or their initials)"#,
        ])
    }

    @Test("duplicate person by name")
    func duplicateName() {
        // Line 4 repeats line 2's name; the name is column 1.
        let v = validate("name,role,level\nAnn,\(Self.engineer),senior\nBob,\(Self.engineer),lead\nAnn,\(Self.engineer),lead\n")
        #expect(v.status == 65)
        #expect(v.errors == [#"team.csv:4:1: error: duplicate person: name "Ann" is already on line 2 (give each person a unique name, or add an id column)"#])
    }

    @Test("duplicate person by id, and the same name under two ids is fine")
    func duplicateID() {
        let v = validate("id,name,role,level\nE1,Ann,\(Self.engineer),senior\nE1,Bob,\(Self.engineer),lead\n")
        #expect(v.status == 65)
        // Line 3: the id is column 1.
        #expect(v.errors == [#"team.csv:3:1: error: duplicate person: id "E1" is already on line 2 (give each person a unique id)"#])

        let twins = validate("id,name,role,level\nE1,Ann Smith,\(Self.engineer),senior\nE2,Ann Smith,\(Self.engineer),lead\n")
        #expect(twins.status == 0)
        #expect(twins.errors.isEmpty)
        // No skill columns: one warning saying so, and one per required skill (12) no column mentions.
        #expect(twins.stdout == "team.csv: 2 people in 1 role; 0 errors, 13 warnings\n")
    }

    @Test("duplicate column: the same name, an alias, a slug, or name and person")
    func duplicateColumn() {
        // "name,role,level,Testing," is 24 characters: the second Testing column starts in column 25.
        let same = validate("name,role,level,Testing,testing\nAnn,\(Self.engineer),senior,working,working\n")
        #expect(same.status == 65)
        #expect(same.errors == [#"team.csv:1:25: error: duplicate column "testing": column 4 ("Testing") already holds it"#])

        // "name,role,level,Problem management," is 35 characters: "Problem solving" is column 36.
        let alias = validate("name,role,level,Problem management,Problem solving\nAnn,\(Self.engineer),senior,working,working\n")
        #expect(alias.status == 65)
        #expect(alias.errors == [#"team.csv:1:36: error: duplicate column "Problem solving": column 4 ("Problem management") already holds it"#])

        // "person,role,level," is 18 characters: "name" is column 19.
        let name = validate("person,role,level,name\nAnn,\(Self.engineer),senior,Ann\n")
        #expect(name.status == 65)
        #expect(name.errors == [#"team.csv:1:19: error: duplicate column "name": column 1 ("person") already holds it"#])
    }

    @Test("missing required column: name")
    func missingName() {
        let v = validate("role,level,Testing\n\(Self.engineer),senior,working\n")
        #expect(v.status == 65)
        #expect(v.errors == [#"team.csv:1:1: error: missing required column "name""#])

        let idOnly = validate("id,role,level\nE1,\(Self.engineer),senior\n")
        #expect(idOnly.status == 65)
        #expect(idOnly.errors == [#"team.csv:1:1: error: missing required column "name" (an id alone cannot be shown in reports)"#])
    }

    @Test("missing required column: level (unless --level gives one)")
    func missingLevel() {
        let v = validate("name,role,Testing\nAnn,\(Self.engineer),working\n")
        #expect(v.status == 65)
        #expect(v.errors == [#"team.csv:1:1: error: missing required column "level" (or give everyone a level with --level)"#])
        #expect(validate("name,role,Testing\nAnn,\(Self.engineer),working\n", options: ["--level", "senior"]).status == 0)
    }

    @Test("ragged row: too few fields")
    func raggedShort() {
        // Line 3 has 3 fields; the last present one ("senior") starts in column 29.
        let v = validate("name,role,level,Testing\nAnn,\(Self.engineer),senior,working\nBob,\(Self.engineer),senior\n")
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:3:29: error: ragged row: 3 fields where the header has 4"])
    }

    @Test("ragged row: too many fields")
    func raggedLong() {
        // Line 2 has 5 fields: "Ann,Infrastructure engineer,senior," (35) and "working," (8) come before the
        // first extra one, in column 44.
        let v = validate("name,role,level,Testing\nAnn,\(Self.engineer),senior,working,extra\n")
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:2:44: error: ragged row: 5 fields where the header has 4"])
    }

    @Test("invalid UTF-8 is located at the bad byte, counting characters not bytes")
    func invalidUTF8() {
        // Line 3 "Zoë Bj\u{F6}rn": Z, o, ë (two bytes, one character), space, B, j: the Latin-1 ö is column 7.
        var bytes = Array("name,role,level\nAnn,\(Self.engineer),senior\nZoë Bj".utf8)
        bytes.append(0xF6)
        bytes += Array("rn,\(Self.engineer),lead\n".utf8)
        let v = validate(bytes: bytes)
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:3:7: error: invalid UTF-8 (byte 0xF6): save the file as UTF-8 CSV"])
        #expect(v.lines.last == "team.csv: 1 error, 0 warnings; nothing was analysed")
    }

    @Test("invalid UTF-8 after a BOM and CRLF line ends")
    func invalidUTF8WithBOM() {
        // The BOM takes no column; CRLF is one line end. Line 2 "Ann,": the bad byte is column 5.
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("name,role,level\r\nAnn,".utf8)
        bytes += [0xC3, 0x28] // a lead byte without its continuation
        bytes += Array(",senior\r\n".utf8)
        let v = validate(bytes: bytes)
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:2:5: error: invalid UTF-8 (byte 0xC3): save the file as UTF-8 CSV"])
    }

    @Test("an unterminated quote is located where it opens")
    func unterminatedQuote() {
        // Line 3 opens a quote in column 1 that nothing closes.
        let v = validate("name,role,level\nAnn,\(Self.engineer),senior\n\"Bob,\(Self.engineer),lead\nCat,\(Self.engineer),lead\n")
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:3:1: error: unterminated quoted field: the quote opened here is never closed"])
    }

    @Test("text after a closing quote")
    func textAfterQuote() {
        // Line 2: "\"Ann\" " (6 characters) then x: column 7.
        let v = validate("name,role,level\n\"Ann\" x,\(Self.engineer),senior\n")
        #expect(v.status == 65)
        #expect(v.errors.count == 1)
        #expect(v.errors.first?.hasPrefix("team.csv:2:7: error: unexpected text after a closing quote") == true)
    }

    @Test("wrong values in mentor and mentor_capacity")
    func mentorColumns() {
        // Fields after "X,Infrastructure engineer,senior," start in column 34 with a one-letter name.
        // Line 2: mentor "maybe" is column 34.
        // Line 3: "yes," (4) before mentor_capacity: column 38. Line 4: "no," (3): column 37.
        // Line 5: 1001 is above the limit: column 38.
        let v = validate("""
            name,role,level,mentor,mentor_capacity
            A,\(Self.engineer),senior,maybe,2
            B,\(Self.engineer),senior,yes,two
            C,\(Self.engineer),senior,no,-1
            D,\(Self.engineer),senior,yes,1001
            E,\(Self.engineer),senior,N, 3

            """)
        #expect(v.status == 65)
        #expect(v.errors == [
            #"team.csv:2:34: error: mentor must be yes or no, not "maybe""#,
            #"team.csv:3:38: error: mentor_capacity must be a whole number from 0 to 1000, not "two""#,
            #"team.csv:4:37: error: mentor_capacity must be a whole number from 0 to 1000, not "-1""#,
            #"team.csv:5:38: error: mentor_capacity must be a whole number from 0 to 1000, not "1001""#,
        ])
    }

    @Test("assessed_on is an ISO date and leave_probability a number from 0 to 1, each error located at its cell")
    func datesAndProbabilities() throws {
        // Fields after "X,Infrastructure engineer,senior," start in column 34.
        let v = validate("""
            name,role,level,assessed_on,leave_probability
            A,\(Self.engineer),senior,2026-03-31,0.25
            B,\(Self.engineer),senior,31/03/2026,1.5
            C,\(Self.engineer),senior,2026-02-30,ten percent
            D,\(Self.engineer),senior,,

            """)
        #expect(v.status == 65)
        #expect(v.errors == [
            #"team.csv:3:34: error: assessed_on must be a date written YYYY-MM-DD (such as 2026-03-31), not "31/03/2026""#,
            #"team.csv:3:45: error: leave_probability must be a number from 0 to 1 (such as 0.15), not "1.5""#,
            #"team.csv:4:34: error: assessed_on must be a date written YYYY-MM-DD (such as 2026-03-31), not "2026-02-30""#,
            #"team.csv:4:45: error: leave_probability must be a number from 0 to 1 (such as 0.15), not "ten percent""#,
        ])
        let (roster, _) = try readRoster("name,role,level,assessed_on,leave_probability\nA,\(Self.engineer),senior,2026-03-31,0.25\nD,\(Self.engineer),senior,,\n")
        #expect(roster.people.map { $0.assessedOn?.description } == ["2026-03-31", nil])
        #expect(roster.people.map(\.leaveProbability) == [0.25, nil])
    }

    @Test("every error is reported, not just the first, in file order")
    func collectsAll() {
        // Line 2: role column 5; line 3: level column 29; line 4: rating column 36.
        let v = validate("""
            name,role,level,Testing
            Ann,Infrastructure enginer,senior,working
            Bob,\(Self.engineer),senor,working
            Cat,\(Self.engineer),senior,wroking

            """)
        #expect(v.status == 65)
        #expect(v.errors.map { String($0.prefix { $0 != " " }) } == ["team.csv:2:5:", "team.csv:3:29:", "team.csv:4:36:"])
        #expect(v.lines.last == "team.csv: 3 errors, 0 warnings; nothing was analysed")
    }

    // MARK: Warnings (exit 0)

    /// A header with every skill of the role, so no "no column for required skill" warnings.
    static let fullHeader = "name,role,level,grade," + engineerSkills.joined(separator: ",")
    static func fullRow(_ name: String, _ level: String, grade: String = "", ratings: String = "working") -> String {
        "\(name),\(engineer),\(level),\(grade)," + Array(repeating: ratings, count: engineerSkills.count).joined(separator: ",")
    }

    @Test("a complete, clean roster has no diagnostics at all")
    func clean() {
        let v = validate(Self.fullHeader + "\n" + Self.fullRow("Ann", "senior", grade: "G7") + "\n")
        #expect(v.status == 0)
        #expect(v.stderr == "")
        #expect(v.stdout == "team.csv: 1 person in 1 role; 0 errors, 0 warnings\n")
    }

    @Test("a column matching no skill is a warning with a did-you-mean")
    func unknownColumn() {
        // "name,role,level,grade," is 22 characters: the extra column starts in column 23.
        let header = "name,role,level,grade,Testng," + engineerSkills.joined(separator: ",")
        let v = validate(header + "\nAnn,\(Self.engineer),senior,G7,x," + Array(repeating: "working", count: 12).joined(separator: ",") + "\n")
        #expect(v.status == 0)
        #expect(v.warnings == [#"team.csv:1:23: warning: column "Testng" matches no skill of the framework and is ignored; did you mean "Testing"?"#])
    }

    /// `skill` and `rating` are the long format's columns: a wide roster is not told to add one,
    /// while a long roster's misspelt `ratng` is pointed at `rating`.
    @Test("an unknown column's did-you-mean offers the long format's columns only in the long format")
    func unknownColumnSuggestionsByFormat() {
        let header = "name,role,level,grade,Kill," + engineerSkills.joined(separator: ",")
        let wide = validate(header + "\nAnn,\(Self.engineer),senior,G7,x," + Array(repeating: "working", count: 12).joined(separator: ",") + "\n")
        #expect(wide.warnings == [#"team.csv:1:23: warning: column "Kill" matches no skill of the framework and is ignored"#])
        let long = validate("name,role,level,skill,rating,ratng\nAnn,\(Self.engineer),senior,Testing,working,x\n")
        #expect(long.warnings.contains(#"team.csv:1:30: warning: column "ratng" matches no skill of the framework and is ignored; did you mean "rating"?"#),
                "\(long.warnings)")
    }

    /// A value from the roster is quoted in a message up to 60 characters: a megabyte cell is
    /// located, not printed.
    @Test("a huge bad value is shown cut to 60 characters, with its location")
    func hugeValueIsCut() {
        let huge = String(repeating: "x", count: 100_000)
        let v = validate("name,role,level,Testing\n\(huge),\(Self.engineer),senior,\(huge)\n")
        #expect(v.status == 65)
        // 100,000 + ",Infrastructure engineer,senior," (32): the rating starts in column 100,033.
        let cut = String(repeating: "x", count: 60) + "…"
        #expect(v.errors == ["team.csv:2:100033: error: unknown rating \"\(cut)\" for skill \"Testing\" (use 0, 1, 2, 3, 4, none, awareness, working, practitioner, expert or their initials)"])
        #expect(v.warnings.allSatisfy { $0.count < 400 }, "\(v.warnings.map(\.count))")
        #expect(Diagnostic.shown("short") == "short" && Diagnostic.shown(String(repeating: "é", count: 60)) == String(repeating: "é", count: 60))
        #expect(Diagnostic.shown(String(repeating: "é", count: 61)) == String(repeating: "é", count: 60) + "…")
    }

    @Test("a rating in a skill the person's role does not use is a warning")
    func skillOutsideRole() {
        // "name,role,level,Incident management,…": line 2 "Ann,Infrastructure engineer,senior," is 35
        // characters, so the Incident management rating is column 36.
        let header = "name,role,level,Incident management," + engineerSkills.joined(separator: ",")
        let ratings = Array(repeating: "working", count: 12).joined(separator: ",")
        let v = validate(header + "\nAnn,\(Self.engineer),senior,working,\(ratings)\nBob,\(Self.engineer),senior,,\(ratings)\n")
        #expect(v.status == 0)
        #expect(v.warnings == [#"team.csv:2:36: warning: Ann is rated in "Incident management", which the Infrastructure engineer role does not use; the rating still counts for coverage"#])
    }

    @Test("a grade atypical for the level, and an unknown grade, are warnings")
    func atypicalGrade() {
        // "Ann,Infrastructure engineer,associate," is 38 characters: the grade is column 39.
        // "Bob,Infrastructure engineer,senior," is 35: column 36.
        let v = validate(Self.fullHeader + "\n" + Self.fullRow("Ann", "associate", grade: "G6") + "\n"
                         + Self.fullRow("Bob", "senior", grade: "G8") + "\n" + Self.fullRow("Cat", "principal", grade: "SCS1") + "\n")
        #expect(v.status == 0)
        #expect(v.warnings == [
            "team.csv:2:39: warning: grade G6 is not typical for role Infrastructure engineer at level associate (typical: EO, HEO)",
            #"team.csv:3:36: warning: unknown grade "G8"; did you mean "G7"?"#,
        ])
    }

    @Test("a required skill left unassessed is a warning at its cell")
    func unassessed() {
        // Line 2: "Ann,Infrastructure engineer,senior,," is 36 characters: Coding and scripting (first of the
        // senior level's requirements) is column 37.
        let header = "name,role,level,grade," + engineerSkills.joined(separator: ",")
        var cells = Array(repeating: "working", count: 12)
        cells[0] = ""
        cells[10] = "n/a" // Testing
        let v = validate(header + "\nAnn,\(Self.engineer),senior,," + cells.joined(separator: ",") + "\n")
        #expect(v.status == 0)
        #expect(v.warnings == ["team.csv:2:37: warning: Ann: 2 required skills not assessed (Coding and scripting, Testing)"])
    }

    @Test("a required skill no column mentions is one warning for the whole file")
    func absentSkill() {
        let header = "name,role,level,grade," + engineerSkills.filter { $0 != "Testing" }.joined(separator: ",")
        let row = "\(Self.engineer),senior,," + Array(repeating: "working", count: 11).joined(separator: ",")
        let v = validate(header + "\nAnn,\(row)\nBob,\(row)\n")
        #expect(v.status == 0)
        #expect(v.warnings == [#"team.csv:1:1: warning: no column for required skill "Testing": 2 people are not assessed in it"#])
    }

    @Test("--strict turns warnings into errors and exits 65")
    func strict() {
        let text = Self.fullHeader + "\n" + Self.fullRow("Ann", "associate", grade: "G6") + "\n"
        let relaxed = validate(text)
        #expect(relaxed.status == 0)
        #expect(relaxed.warnings.count == 1)
        let strict = validate(text, options: ["--strict"])
        #expect(strict.status == 65)
        #expect(strict.warnings.isEmpty)
        #expect(strict.errors == ["team.csv:2:39: error: grade G6 is not typical for role Infrastructure engineer at level associate (typical: EO, HEO)"])
        #expect(strict.lines.last == "team.csv: 1 error, 0 warnings (warnings are errors with --strict)")
    }

    // MARK: Many diagnostics

    @Test("more than 50 diagnostics prints 50, then a count of the rest")
    func printLimit() {
        // 60 people, each with one bad rating in column 39 ("P01,Infrastructure engineer,associate," is 38).
        var text = "name,role,level," + engineerSkills.joined(separator: ",") + "\n"
        for n in 1...60 {
            text += "P\(n < 10 ? "0" : "")\(n),\(Self.engineer),associate,x" + String(repeating: ",", count: 11) + "\n"
        }
        let v = validate(text)
        #expect(v.status == 65)
        #expect(v.errors.count == 50)
        #expect(v.errors.first == #"team.csv:2:39: error: unknown rating "x" for skill "Coding and scripting" (use 0, 1, 2, 3, 4, none, awareness, working, practitioner, expert or their initials)"#)
        #expect(v.errors.last == #"team.csv:51:39: error: unknown rating "x" for skill "Coding and scripting" (use 0, 1, 2, 3, 4, none, awareness, working, practitioner, expert or their initials)"#)
        #expect(v.lines.count == 52)
        #expect(v.lines[50] == "… and 10 more (10 errors, 0 warnings)")
        #expect(v.lines[51] == "team.csv: 60 errors, 0 warnings; nothing was analysed")
    }

    @Test("exactly 50 diagnostics print in full; 51 print 50 and a count", arguments: [50, 51])
    func printLimitBoundary(count: Int) {
        var text = "name,role,level," + engineerSkills.joined(separator: ",") + "\n"
        for n in 1...count {
            text += "P\(n < 10 ? "0" : "")\(n),\(Self.engineer),associate,x" + String(repeating: ",", count: 11) + "\n"
        }
        let v = validate(text)
        #expect(v.status == 65)
        #expect(v.errors.count == 50)
        #expect(v.lines.contains("… and 1 more (1 error, 0 warnings)") == (count == 51))
        #expect(v.lines.count == (count == 50 ? 51 : 52))
    }

    @Test("an empty name is an error at its cell")
    func emptyName() {
        // Line 3: the name cell is empty, column 1.
        let v = validate("name,role,level\nAnn,\(Self.engineer),senior\n ,\(Self.engineer),senior\n")
        #expect(v.status == 65)
        #expect(v.errors == ["team.csv:3:1: error: empty name: every person needs a name"])
    }

    // MARK: Files and options

    @Test("a missing roster file exits 66; so does a folder")
    func missingFile() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("nobody.csv").path
        let result = capplan("validate", missing)
        #expect(result.status == 66)
        #expect(result.stderr == "\(missing): error: cannot open the roster: no such file\n")
        let directory = capplan("validate", folder.path)
        #expect(directory.status == 66)
        #expect(directory.stderr.contains("it is a folder"))
    }

    @Test("an unknown --framework name exits 64; a missing framework file exits 66")
    func unknownFramework() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write("name,role,level\nAnn,\(Self.engineer),senior\n", to: "team.csv", in: folder)
        let result = capplan("validate", roster, "--framework", "sfia")
        #expect(result.status == 64)
        #expect(result.stderr == "error: --framework \"sfia\" is neither a built-in framework (ddat) nor a file\n")
        let missing = capplan("validate", roster, "--framework", folder.appendingPathComponent("mine.yaml").path)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("cannot open the framework file: no such file"))
        #expect(capplan("validate", roster, "--framework", "DDaT").status == 0)
    }

    @Test("a bad --role or --level exits 64 with a suggestion")
    func badDefaults() {
        let role = validate("name,level\nAnn,senior\n", options: ["--role", "Infrastructure enginer"])
        #expect(role.status == 64)
        #expect(role.stderr == "error: --role \"Infrastructure enginer\" is not a role of the framework; did you mean \"Infrastructure engineer\"?\n")
        let level = validate("name,Testing\nAnn,working\nBob,working\n", options: ["--role", Self.engineer, "--level", "seniour"])
        #expect(level.status == 64)
        #expect(level.stderr == "error: --level \"seniour\" is not a level of Infrastructure engineer; did you mean \"senior\"? (levels: associate, engineer, senior, lead, principal)\n")
        let anyRole = validate("name,role,Testing\nAnn,\(Self.engineer),working\n", options: ["--level", "chief"])
        #expect(anyRole.status == 64)
        #expect(anyRole.stderr.hasPrefix("error: --level \"chief\" is not a level of any role"))
    }

    @Test("a roster that is really a framework file exits 65 and says so")
    func frameworkAsRoster() {
        let builtIn = Paths.root.appendingPathComponent("Sources/CapplanCore/Resources/Frameworks/ddat.yaml").path
        let result = capplan("validate", builtIn)
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(builtIn):1:1: error: this looks like a framework file, not a roster CSV: pass it with --framework"))

        let v = validate("capplan_framework: 1\nname: Tiny\nskills:\n  - name: Cooking\nroles: []\n", name: "mine.yaml")
        #expect(v.status == 65)
        #expect(v.errors == ["mine.yaml:1:1: error: this looks like a framework file, not a roster CSV: pass it with --framework"])

        // Quoted YAML strings are not valid CSV: that must not hide what the file is.
        let quoted = validate("capplan_framework: 1\nname: Tiny\ngrades:\n  - {name: G7, aliases: [\"Grade 7\",\"Grade seven\"]}\n", name: "mine.yaml")
        #expect(quoted.status == 65)
        #expect(quoted.errors == ["mine.yaml:1:1: error: this looks like a framework file, not a roster CSV: pass it with --framework"])
    }

    @Test("a roster given as --framework exits 65 and says so")
    func rosterAsFramework() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write("name,role,level\nAnn,\(Self.engineer),senior\n", to: "team.csv", in: folder)
        let result = capplan("validate", roster, "--framework", roster)
        #expect(result.status == 65)
        #expect(result.stderr == "\(roster):1:1: error: this looks like a roster CSV, not a framework file: give the roster as the argument and a framework YAML file with --framework\n")
    }

    @Test("an empty roster and a header with no people are errors")
    func empty() {
        let blank = validate("")
        #expect(blank.status == 65)
        #expect(blank.errors == [#"team.csv:1:1: error: the roster is empty: expected a header row with at least a "name" column"#])
        let headerOnly = validate("name,role,level\n\n")
        #expect(headerOnly.status == 65)
        #expect(headerOnly.errors == ["team.csv:1:1: error: the roster has a header but no people: add a row for each person under it"])
    }
}
