import CapplanCore
import Foundation
import Testing

/// A corpus of hostile rosters and frameworks, one test per case. Each must end in a clear,
/// located diagnostic (FILE:LINE:COL) and its sysexits code, or in reports written with a warning:
/// never a crash, never a hang (each run is timed), never reports from a failed run.
///
/// Small cases are files under Fixtures/hostile/; the big ones (a 1 MB field, 10,000 columns, a
/// million rows, binary garbage) are made here at run time rather than kept in the repository.
@Suite("hostile input", .timeLimit(.minutes(5)))
struct HostileInputTests {
    /// The most any one run may take, in a debug build, with the rest of the suite running beside it
    /// (stretched by `timeScale` under a sanitizer).
    static let timeBound = 30.0 * timeScale
    /// The same for the runs over a million rows (8 s alone in a debug build, 20 s beside the rest of the suite).
    static let millionRowBound = 60.0 * timeScale

    /// The twelve sheets of the workbook, in order; no roster text ever adds or renames one.
    static let sheets = ["Summary", "Skills matrix", "Gaps", "Gaps by level", "Coverage", "Key people", "Mentoring",
                         "Unmatched needs", "Readiness", "Grade mix", "Framework", "About"]

    static let ops = "Infrastructure operations engineer"

    // MARK: Helpers

    /// Runs `capplan analyze ROSTER --out FOLDER/reports ARGUMENTS…`; returns the run, its seconds and the out folder.
    static func analyze(_ roster: String, in folder: URL, _ arguments: String...) -> (RunResult, Double, URL) {
        let out = folder.appendingPathComponent("reports")
        let (result, seconds) = timed { capplan(["analyze", roster, "--out", out.path] + arguments) }
        return (result, seconds, out)
    }

    /// The checks every rejected roster shares: exit 65, nothing on standard output, no reports and
    /// no temporary folder, the diagnostic lines (`FILE:LINE:COL: error: …`) returned.
    static func expectRejected(_ result: RunResult, seconds: Double, out: URL, bound: Double = timeBound,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        #expect(result.status == 65, "exit \(result.status): \(result.stderr.prefix(2_000))", sourceLocation: sourceLocation)
        #expect(seconds < bound, "took \(seconds) s", sourceLocation: sourceLocation)
        #expect(result.stdout == "", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: out.path), "reports were written", sourceLocation: sourceLocation)
        #expect(temporaryReportFolders(in: out.deletingLastPathComponent()) == [], sourceLocation: sourceLocation)
        #expect(result.stderr.contains("nothing was analysed"), sourceLocation: sourceLocation)
        return result.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    }

    /// The sheet names of `xlsx` and the text of one cell (1-based row and column), read by openpyxl.
    static func workbookCell(_ xlsx: URL, sheet: String, row: Int, column: Int) throws -> (sheets: [String], value: String?) {
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
            ws = wb[sys.argv[2]]
            row, col = int(sys.argv[3]), int(sys.argv[4])
            value = None
            for cells in ws.iter_rows(min_row=row, max_row=row, min_col=col, max_col=col, values_only=True):
                value = cells[0]
            print(json.dumps({"sheets": wb.sheetnames, "value": value}))
            """
        let run = try runTool("/usr/bin/env", ["python3", "-c", script, xlsx.path, sheet, String(row), String(column)])
        try #require(run.status == 0, "openpyxl could not read the workbook (run `make test` to install openpyxl): \(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return (json["sheets"] as? [String] ?? [], json["value"] as? String)
    }

    /// The fields of every record of a CSV report.
    static func rows(_ url: URL) throws -> [[String]] {
        try CSVTable(bytes: [UInt8](Data(contentsOf: url)), file: url.lastPathComponent).records.map { $0.fields.map(\.value) }
    }

    // MARK: Empty and truncated files

    @Test("an empty file: one error at 1:1, exit 65")
    func emptyFile() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Paths.fixture("hostile/empty.csv")
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        #expect(errors == [#"\#(roster):1:1: error: the roster is empty: expected a header row with at least a "name" column"#])
    }

    @Test("a header and no people: one error, exit 65")
    func headerOnly() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Paths.fixture("hostile/header-only.csv")
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        #expect(errors == ["\(roster):1:1: error: the roster has a header but no people: add a row for each person under it"])
    }

    // MARK: Not text

    @Test("binary garbage (64 KiB of random bytes with NULs): a located invalid UTF-8 error, exit 65")
    func binaryGarbage() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SeededGenerator(seed: 7)
        var bytes = (0..<65_536).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        for index in stride(from: 0, to: bytes.count, by: 97) { bytes[index] = 0 }
        #expect(bytes.contains(0))
        let roster = write(bytes: bytes, to: "garbage.csv", in: folder)
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        try #require(errors.count == 1, "\(errors)")
        // UTF-8 is checked before anything else, so the first bad byte is what is reported, located.
        let pattern = try Regex(#"^(.*):(\d+):(\d+): error: invalid UTF-8 \(byte 0x[0-9A-F]{1,2}\): save the file as UTF-8 CSV$"#)
        let match = try #require(try pattern.wholeMatch(in: errors[0]), "\(errors[0])")
        #expect(String(match.output[1].substring ?? "") == roster)
        #expect(Int(match.output[2].substring ?? "") ?? 0 >= 1)
        #expect(Int(match.output[3].substring ?? "") ?? 0 >= 1)
    }

    @Test("invalid UTF-8 (a Latin-1 é): located at the byte, exit 65")
    func invalidUTF8() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Line 3 is "Jos\xE9,…": the bad byte is the 4th character.
        let roster = Paths.fixture("hostile/invalid-utf8.csv")
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        #expect(errors == ["\(roster):3:4: error: invalid UTF-8 (byte 0xE9): save the file as UTF-8 CSV"])
    }

    @Test("a NUL byte inside a field: located, exit 65")
    func nulBytes() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Line 3: "Bob," (4) + the role and its comma (35) + "se" (2): the NUL is column 42.
        let roster = Paths.fixture("hostile/nul-bytes.csv")
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        #expect(errors == ["\(roster):3:42: error: NUL byte in a field: this looks like a binary file, not a CSV"])
    }

    @Test("an unterminated quote: located at the opening quote, exit 65")
    func unterminatedQuote() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Line 3: "Bob," (4) + the role and its comma (35) + "senior," (7): the quote is column 47.
        let roster = Paths.fixture("hostile/unterminated-quote.csv")
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        #expect(errors == ["\(roster):3:47: error: unterminated quoted field: the quote opened here is never closed"])
    }

    // MARK: The wrong kind of file

    @Test("the built-in framework YAML given as the roster: one error saying so, no noise about its lines")
    func frameworkAsRoster() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = Paths.root.appendingPathComponent("Sources/CapplanCore/Resources/Frameworks/ddat.yaml").path
        let (result, seconds, out) = Self.analyze(yaml, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        #expect(errors == ["\(yaml):1:1: error: this looks like a framework file, not a roster CSV: pass it with --framework"])
        #expect(!result.stderr.contains("warning:"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\(yaml): 1 error, 0 warnings; nothing was analysed\n"))
    }

    @Test("a roster given as --framework: one error saying so, exit 65")
    func rosterAsFramework() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Paths.example("ops-team.csv")
        let out = folder.appendingPathComponent("reports")
        let (result, seconds) = timed { capplan("analyze", roster, "--framework", roster, "--out", out.path) }
        #expect(result.status == 65)
        #expect(seconds < Self.timeBound)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(roster):1:1: error: this looks like a roster CSV, not a framework file: give the roster as the argument and a framework YAML file with --framework\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(temporaryReportFolders(in: folder) == [])
    }

    // MARK: Duplicates

    @Test("a duplicate id: located at the second one, naming the first line, exit 65")
    func duplicateIDs() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Paths.fixture("hostile/duplicate-ids.csv")
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        #expect(errors == [#"\#(roster):4:1: error: duplicate person: id "OPS1" is already on line 2 (give each person a unique id)"#])
    }

    @Test("a duplicate name without ids: located, exit 65")
    func duplicateNames() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Paths.fixture("hostile/duplicate-names.csv")
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out)
        #expect(errors == [#"\#(roster):4:1: error: duplicate person: name "Ann Lee" is already on line 2 (give each person a unique name, or add an id column)"#])
    }

    // MARK: Big inputs

    @Test("a name of a million characters: analysed; the CSVs keep it whole, the workbook cuts it to 32,767 with a warning")
    func megabyteName() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = String(repeating: "Aé", count: 500_000)   // 1,000,000 characters, 1.5 MB of UTF-8
        let roster = write("""
            name,role,level,Incident management
            \(name),\(Self.ops),senior,expert
            Bob,\(Self.ops),senior,working

            """, to: "big-name.csv", in: folder)
        let (result, seconds, out) = Self.analyze(roster, in: folder, "--quiet")
        #expect(seconds < Self.timeBound)
        try #require(result.status == 0, "\(result.stderr.prefix(2_000))")
        #expect(result.stdout == "")
        #expect(result.stderr == "", "--quiet prints nothing but errors")
        #expect(temporaryReportFolders(in: folder) == [])
        // Run again without --quiet to see the warnings.
        let (loud, _, _) = Self.analyze(roster, in: folder)
        #expect(loud.status == 0)
        #expect(loud.stderr.contains(#"warning: sheet "Skills matrix" row 3 column 1: text cut to Excel's limit of 32767 characters"#))
        #expect(loud.stderr.contains(#"warning: sheet "Gaps" row 3 column 1: text cut to Excel's limit of 32767 characters"#))
        // The CSV keeps the name whole.
        let matrix = try Self.rows(out.appendingPathComponent("skills-matrix.csv"))
        #expect(matrix.count == 3)
        #expect(matrix.dropFirst().first?.first == name)
        // The workbook opens, with its twelve sheets, and holds the first 32,767 characters.
        let (sheets, cell) = try Self.workbookCell(out.appendingPathComponent("capability.xlsx"), sheet: "Skills matrix", row: 3, column: 1)
        #expect(sheets == Self.sheets)
        #expect(cell?.count == 32_767)
        #expect(cell == String(String.UnicodeScalarView(name.unicodeScalars.prefix(32_767))))
    }

    @Test("10,000 unknown skill columns: 50 warnings then a count, exit 0, in linear time")
    func tenThousandColumns() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = (1...10_000).map { String(format: "Made-up skill %05d", $0) }
        let values = [String](repeating: "expert", count: unknown.count).joined(separator: ",")
        let roster = write((["name,role,level," + unknown.joined(separator: ","),
                             "Ann,\(Self.ops),senior,\(values)", "Bob,\(Self.ops),lead,\(values)", ""]).joined(separator: "\n"),
                           to: "wide.csv", in: folder)
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        #expect(seconds < Self.timeBound, "took \(seconds) s: something is worse than linear in the columns")
        try #require(result.status == 0, "\(result.stderr.prefix(2_000))")
        #expect(temporaryReportFolders(in: folder) == [])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("capability.xlsx").path))
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let shown = lines.filter { $0.hasPrefix("\(roster):") && $0.contains(": warning: ") }
        #expect(shown.count == Diagnostics.printLimit)
        // "name,role,level," is 16 characters: the first made-up column is column 17.
        #expect(shown.contains { $0.hasPrefix(#"\#(roster):1:17: warning: column "Made-up skill 00001" matches no skill of the framework and is ignored"#) })
        let more = try #require(lines.first { $0.hasPrefix("… and ") }, "no count of the warnings not shown")
        let match = try #require(try Regex(#"^… and (\d+) more \(0 errors, (\d+) warnings\)$"#).wholeMatch(in: more))
        let rest = Int(match.output[1].substring ?? "") ?? 0
        #expect(rest == Int(match.output[2].substring ?? "") ?? -1)
        #expect(rest >= 10_000 - Diagnostics.printLimit)
    }

    @Test("a million rows of a name column alone: one missing-column error, exit 65")
    func millionRowsNameOnly() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = "name\n"
        text.reserveCapacity(9_000_000)
        for index in 0..<1_000_000 { text += "Person \(index)\n" }
        let roster = write(text, to: "names.csv", in: folder)
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out, bound: Self.millionRowBound)
        #expect(errors == [#"\#(roster):1:1: error: missing required column "level" (or give everyone a level with --level)"#])
    }

    /// A million people with a name and a level only.
    static func millionNamesAndLevels(in folder: URL) -> String {
        var text = "name,level\n"
        text.reserveCapacity(18_000_000)
        let levels = ["associate", "engineer", "senior", "lead", "principal"]
        for index in 0..<1_000_000 { text += "Person \(index),\(levels[index % 5])\n" }
        return write(text, to: "people.csv", in: folder)
    }

    @Test("a million rows of name,level and no role: an error per row, 50 printed then a count, exit 65")
    func millionRowsWithoutRole() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Self.millionNamesAndLevels(in: folder)
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        let errors = Self.expectRejected(result, seconds: seconds, out: out, bound: Self.millionRowBound)
        // 50 diagnostics, errors before warnings past the limit, in file order: the first 50 rows' errors;
        // the header's warning (no skill column) is among those counted.
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == Diagnostics.printLimit + 2)
        #expect(errors.count == Diagnostics.printLimit)
        #expect(errors.first == "\(roster):2:1: error: no role given (the framework has 52 roles: Infrastructure operations engineer, Infrastructure engineer, Business architect, Data architect, Enterprise architect, Network architect, Security architect, Solution architect, … (44 more: `capplan framework list` lists them)); add a role column or use --role")
        #expect(lines.first == errors.first)
        #expect(errors.last?.hasPrefix("\(roster):51:1: error: no role given") == true)
        #expect(lines.dropLast().last == "… and 999951 more (999950 errors, 1 warning)")
        #expect(lines.last == "\(roster): 1000000 errors, 1 warning; nothing was analysed")
    }

    @Test("a million rows of name,level with --role: validate reads them all, exit 0 (analyze is minutes in debug)")
    func millionRowsWithRole() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Self.millionNamesAndLevels(in: folder)
        let (result, seconds) = timed { capplan("validate", roster, "--role", "Infrastructure engineer") }
        #expect(result.status == 0, "\(result.stderr.prefix(2_000))")
        #expect(seconds < Self.millionRowBound)
        #expect(result.stdout.hasPrefix("\(roster): 1000000 people in 1 role; 0 errors, "), "\(result.stdout)")
        // One warning per absent skill for the whole file, not one per person.
        #expect(result.stderr.contains(#"no column for required skill "Systems design": 1000000 people are not assessed in it"#))
    }

    // MARK: Excel's limits

    @Test("a team name of 40,000 characters: cut in the workbook with a warning naming sheet, row and column; the workbook opens")
    func cellOverExcelLimit() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = String(repeating: "T", count: 40_000)
        let roster = write("""
            name,role,level,grade,team,Incident management
            Ann,\(Self.ops),senior,SEO,\(team),expert
            Bob,\(Self.ops),senior,SEO,Platform,working

            """, to: "long-team.csv", in: folder)
        let (result, seconds, out) = Self.analyze(roster, in: folder)
        #expect(seconds < Self.timeBound)
        try #require(result.status == 0, "\(result.stderr.prefix(2_000))")
        #expect(temporaryReportFolders(in: folder) == [])
        // The team is the fifth column of the skills matrix; Ann's row is the sheet's third.
        #expect(result.stderr.contains(#"warning: sheet "Skills matrix" row 3 column 5: text cut to Excel's limit of 32767 characters"#))
        let matrix = try Self.rows(out.appendingPathComponent("skills-matrix.csv"))
        #expect(matrix.dropFirst().first?[4] == team)
        let (sheets, cell) = try Self.workbookCell(out.appendingPathComponent("capability.xlsx"), sheet: "Skills matrix", row: 3, column: 5)
        #expect(sheets == Self.sheets)
        #expect(cell == String(repeating: "T", count: 32_767))
    }

    @Test("60 teams cut to Excel's limit: 50 warnings, then a count of the rest")
    func cutWarningsCapped() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = (1...60).map { "Person \($0),\(Self.ops),senior,\(String(repeating: "T", count: 33_000)) \($0),expert" }
        let roster = write((["name,role,level,team,Incident management"] + rows + [""]).joined(separator: "\n"), to: "teams.csv", in: folder)
        let (result, seconds, _) = Self.analyze(roster, in: folder)
        #expect(seconds < Self.timeBound)
        try #require(result.status == 0, "\(result.stderr.prefix(2_000))")
        let cut = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: sheet ") && $0.hasSuffix("text cut to Excel's limit of 32767 characters") }
        #expect(cut.count == Diagnostics.printLimit)
        #expect(cut.first == #"warning: sheet "Skills matrix" row 3 column 5: text cut to Excel's limit of 32767 characters"#)
        #expect(result.stderr.contains("\n… and 10 more (0 errors, 10 warnings)\n"))
    }

    @Test("team and grade names over 31 characters with [ ] : * ? / \\ never become sheet names: the workbook is sound")
    func sheetNameCharacters() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = #"Team [alpha]: *who?* a/b\c and a name well over thirty-one characters"#
        let grade = #"Grade [7]: *?/\ also far longer than Excel's thirty-one"#
        let roster = write("""
            name,role,level,grade,team,Incident management,Change management
            Ann,\(Self.ops),senior,"\(grade)","\(team)",expert,working
            Bob,\(Self.ops),senior,G7,"\(team)",working,expert
            Cat,\(Self.ops),engineer,"\(grade)",Platform,awareness,awareness

            """, to: "odd-names.csv", in: folder)
        let (result, seconds, out) = Self.analyze(roster, in: folder, "--within", "team")
        #expect(seconds < Self.timeBound)
        try #require(result.status == 0, "\(result.stderr.prefix(2_000))")
        #expect(!result.stderr.contains("text cut"))
        #expect(temporaryReportFolders(in: folder) == [])
        let (sheets, _) = try Self.workbookCell(out.appendingPathComponent("capability.xlsx"), sheet: "Grade mix", row: 3, column: 1)
        #expect(sheets == Self.sheets)
        // The independent checker compares every sheet with its CSV (the names arrive verbatim).
        let checker = Paths.root.appendingPathComponent("Tests/CapplanCLITests/Workbook/check_workbook.py").path
        let check = try runTool("/usr/bin/env", ["python3", checker, out.appendingPathComponent("capability.xlsx").path, out.path,
                                                 "--roster", roster, "--input-name", roster])
        #expect(check.status == 0, "check_workbook.py: \(check.stderr)")
        let gradeMix = try Self.rows(out.appendingPathComponent("grade-mix.csv"))
        #expect(gradeMix.contains { $0.first == grade })
    }
}
