import CapplanCLI
import CapplanCore
import CapplanSpreadsheets
import Foundation
import Testing

/// Rosters kept in Excel (SPEC §8, issue 13): workbooks written by openpyxl, an independent program,
/// read wherever a roster is read, with every rule of the CSV reader and diagnostics at sheet cells.
@Suite("Excel rosters")
struct ExcelRosterTests {
    static let roster = """
        name,role,level,mentor_capacity,Change management,notes
        Ann Lee,Infrastructure operations engineer,senior,1.5,practioner,#N/A
        Bob Ray,Infrastrcture operations engineer,senior,2,2.5,
        Cat Fox,Infrastructure operations engineer,senior,2,=1+2,
        Dan Orr,Infrastructure operations engineer,senior,#N/A,working,

        """

    /// `capplan validate` of the workbook openpyxl makes of `csv`, paths made relative.
    func validateWorkbook(_ csv: String, name: String = "team.xlsx", options: [String] = [], validateOptions: [String] = []) -> Validation? {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let path = workbook(fromCSV: csv, name: name, in: folder, options: options) else { return nil }
        let result = capplan(["validate", path] + validateOptions)
        let prefix = folder.path + "/"
        return Validation(status: result.status, stdout: result.stdout.replacingOccurrences(of: prefix, with: ""),
                          stderr: result.stderr.replacingOccurrences(of: prefix, with: ""))
    }

    @Test("every diagnostic names the sheet and cell, Excel style, with did-you-mean; a cell's type is checked where it is used")
    func locatedDiagnostics() throws {
        let result = try #require(validateWorkbook(Self.roster, options: ["--sheet", "Team roster", "--title", "Our team"],
                                                   validateOptions: ["--sheet", "team roster"]))
        #expect(result.status == 65)
        // The title row and the blank row under it are skipped: the header is row 3.
        #expect(result.errors == [
            "team.xlsx:'Team roster'!D4: error: mentor_capacity must be a whole number from 0 to 1000, not \"1.5\"",
            "team.xlsx:'Team roster'!E4: error: unknown rating \"practioner\" for skill \"Change management\"; did you mean \"practitioner\"?",
            "team.xlsx:'Team roster'!B5: error: unknown role \"Infrastrcture operations engineer\"; did you mean \"Infrastructure operations engineer\"?",
            "team.xlsx:'Team roster'!E5: error: rating 2.5 for skill \"Change management\" is not a whole number (use 0, 1, 2, 3, 4, none, awareness, working, practitioner, expert or their initials)",
            "team.xlsx:'Team roster'!E6: error: the cell holds a formula whose value was never calculated: open the workbook in Excel or LibreOffice and save it, or type the value",
            "team.xlsx:'Team roster'!D7: error: the cell holds the error value #N/A: correct its formula or type the value",
        ])
        // The error value in the ignored column F is not an error: nothing reads it.
        #expect(result.warnings == ["team.xlsx:'Team roster'!F3: warning: column \"notes\" matches no skill of the framework and is ignored"])
    }

    @Test("an unusable rating cell does not hide the row's other errors: every one is reported at once")
    func unusableCellWithOthers() throws {
        let csv = "name,role,level,Change management,Incident management\nAnn,Infrastructure operations engineer,senior,=1+2,2.5\n"
        let result = try #require(validateWorkbook(csv))
        #expect(result.status == 65)
        #expect(result.errors == [
            "team.xlsx:Roster!D2: error: the cell holds a formula whose value was never calculated: open the workbook in Excel or LibreOffice and save it, or type the value",
            "team.xlsx:Roster!E2: error: rating 2.5 for skill \"Incident management\" is not a whole number (use 0, 1, 2, 3, 4, none, awareness, working, practitioner, expert or their initials)",
        ], "\(result.stderr)")
    }

    @Test("row numbers in messages are the sheet's rows: a duplicate person, a conflicting long-format attribute")
    func rowsInMessages() throws {
        let wide = try #require(validateWorkbook("""
            name,role,level
            Ann Lee,Infrastructure engineer,senior
            Ann Lee,Infrastructure engineer,lead

            """))
        #expect(wide.errors == ["team.xlsx:Roster!A3: error: duplicate person: name \"Ann Lee\" is already on row 2 (give each person a unique name, or add an id column)"])
        let long = try #require(validateWorkbook("""
            name,role,level,skill,rating
            Ann Lee,Infrastructure engineer,senior,Testing,working
            Ann Lee,Infrastructure engineer,lead,Coding and scripting,3

            """))
        #expect(long.errors == ["team.xlsx:Roster!C3: error: conflicting level \"lead\" for Ann Lee: row 2 says \"senior\""])
    }

    @Test("the first visible worksheet is read by default; --sheet picks one (any case); an unknown sheet is a bad command line with did-you-mean")
    func sheetChoice() throws {
        let csv = (try? String(contentsOfFile: Paths.example("ops-team.csv"), encoding: .utf8)) ?? ""
        let plain = validate(csv, name: "team.csv")
        let hiddenFirst = try #require(validateWorkbook(csv, options: ["--hidden-first"]))
        #expect(hiddenFirst.status == 0)
        #expect(hiddenFirst.stdout == plain.stdout.replacingOccurrences(of: "team.csv", with: "team.xlsx"))
        let named = try #require(validateWorkbook(csv, options: ["--hidden-first"], validateOptions: ["--sheet", "ROSTER"]))
        #expect(named.stdout == hiddenFirst.stdout)
        let hidden = try #require(validateWorkbook(csv, options: ["--hidden-first"], validateOptions: ["--sheet", "notes"]))
        #expect(hidden.status == 65, "the hidden Notes sheet can be named, and it is no roster")
        let unknown = try #require(validateWorkbook(csv, options: ["--hidden-first"], validateOptions: ["--sheet", "Rostr"]))
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "error: unknown sheet \"Rostr\" in team.xlsx; did you mean \"Roster\"? (sheets: Notes, Roster)\n")

        // A visible sheet before the roster: read by default, it fails, and the note names the others.
        let notesFirst = try #require(validateWorkbook(csv, options: ["--notes-first"]))
        #expect(notesFirst.status == 65)
        #expect(notesFirst.stderr.contains("note: team.xlsx: the sheet read was \"Notes\", the first visible worksheet; if the roster is on another (\"Roster\"), name it with --sheet"), "\(notesFirst.stderr)")
    }

    @Test("the header is the first row naming name, person or id: title rows above it are skipped; without one, the first row is the header")
    func headerRow() throws {
        let titled = try #require(validateWorkbook("name,role,level\nAnn Lee,Infrastructure engineer,senior\n", options: ["--title", "Team 2026"]))
        #expect(titled.status == 0, "\(titled.stderr)")
        #expect(titled.stdout.hasPrefix("team.xlsx: 1 person in 1 role"))
        let headless = try #require(validateWorkbook("who,role,level\nAnn Lee,Infrastructure engineer,senior\n", options: ["--title", "Team 2026"]))
        #expect(headless.status == 65)
        #expect(headless.errors.first == "team.xlsx:Roster!A1: error: missing required column \"name\"")
    }

    @Test("capplan's own capability.xlsx Skills matrix sheet reads back as a roster, as skills-matrix.csv does, to the same reports")
    func skillsMatrixReadsBack() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first")
        try #require(capplan("analyze", Paths.example("digital-team.csv"), "--out", first.path, "--quiet").status == 0)
        let fromCSV = folder.appendingPathComponent("from-csv"), fromSheet = folder.appendingPathComponent("from-sheet")
        let csv = capplan("analyze", first.appendingPathComponent("skills-matrix.csv").path, "--out", fromCSV.path, "--quiet", "--format", "csv")
        let sheet = capplan("analyze", first.appendingPathComponent("capability.xlsx").path, "--sheet", "Skills matrix",
                            "--out", fromSheet.path, "--quiet", "--format", "csv")
        try #require(csv.status == 0 && sheet.status == 0, "\(csv.stderr)\n\(sheet.stderr)")
        let a = fileContents(of: fromCSV), b = fileContents(of: fromSheet)
        #expect(a.count == 10 && a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs") }
        let people = capplan("validate", first.appendingPathComponent("capability.xlsx").path, "--sheet", "skills matrix")
        #expect(people.status == 0)
        #expect(people.stdout.contains("31 people in 11 roles"))
    }

    @Test("booleans for mentor, date cells for assessed_on, decimals for leave_probability: the same reports as the CSV's text")
    func typedCells() throws {
        let csv = """
            id,name,role,level,mentor,assessed_on,leave_probability,Testing,Coding and scripting
            A1,Ann Lee,Infrastructure engineer,senior,yes,2025-03-31,0.15,expert,practitioner
            B2,Bob Ray,Infrastructure engineer,engineer,no,2026-01-15,0.00001,working,working
            C3,Cat Fox,Infrastructure engineer,associate,yes,2024-02-29,,awareness,working

            """
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csvPath = write(csv, to: "team.csv", in: folder)
        let xlsx = try #require(workbook(fromCSV: csv, in: folder, options: ["--booleans"]))
        let inspected = try #require(inspectedSheet(excelToolJSON(["inspect", xlsx]), "Roster"))
        let cells = inspected["cells"] as? [String: Any] ?? [:]
        #expect(cells["E2"] as? Bool == true && cells["E3"] as? Bool == false, "mentor written as booleans")
        #expect((cells["F2"] as? String)?.hasPrefix("2025-03-31") == true, "assessed_on written as a date")
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        #expect(capplan("analyze", csvPath, "--out", a.path, "--quiet", "--format", "csv").status == 0)
        #expect(capplan("analyze", xlsx, "--out", b.path, "--quiet", "--format", "csv").status == 0)
        let fromCSV = fileContents(of: a), fromXLSX = fileContents(of: b)
        #expect(!fromCSV.isEmpty && fromCSV == fromXLSX)
        // Read directly: the people are the same, dates and probabilities included.
        let reader = RosterReader(framework: ddat)
        let table = try RosterWorkbook.table(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: xlsx))), file: "team.xlsx", sheet: nil)
        let (people, _) = try reader.read(table: table, file: "team.xlsx")
        let (expected, _) = try reader.read(bytes: Array(csv.utf8), file: "team.csv")
        #expect(people.people.map(\.assessedOn) == expected.people.map(\.assessedOn))
        #expect(people.people.map(\.assessedOn?.description) == ["2025-03-31", "2026-01-15", "2024-02-29"])
        #expect(people.people.map(\.leaveProbability) == [0.15, 0.00001, nil])
        #expect(people.people.map(\.mentors) == [true, false, true])
    }

    @Test("recognised by content: a CSV named .xlsx is read as CSV, a workbook named .csv as a workbook; --sheet on a CSV is noted and ignored")
    func byContent() throws {
        let csv = "name,role,level,Testing\nAnn Lee,Infrastructure engineer,senior,expert\n"
        let asXLSX = validate(csv, name: "team.xlsx", options: ["--sheet", "Roster"])
        #expect(asXLSX.status == 0)
        #expect(asXLSX.stderr.contains("note: team.xlsx is a CSV file, not a workbook: --sheet \"Roster\" is ignored"))
        #expect(!asXLSX.warnings.isEmpty && asXLSX.warnings.allSatisfy { $0.hasPrefix("team.xlsx:1:") }, "CSV locations: \(asXLSX.warnings)")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try #require(workbook(fromCSV: csv, name: "team.csv", in: folder))
        let asCSV = capplan("validate", path)
        #expect(asCSV.status == 0)
        #expect(asCSV.stderr.contains("team.csv:Roster!A1: warning:"), "sheet locations: \(asCSV.stderr)")
    }

    @Test("whatif and analyze read workbooks too (the About sheet names the sheet read)")
    func otherCommands() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try String(contentsOfFile: Paths.example("ops-team.csv"), encoding: .utf8)
        let path = try #require(workbook(fromCSV: csv, in: folder))
        let fromCSV = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Shah", "--format", "csv")
        let fromXLSX = capplan("whatif", path, "--leaver", "Priya Shah", "--format", "csv")
        #expect(fromXLSX.status == 0 && fromXLSX.stdout == fromCSV.stdout && !fromCSV.stdout.isEmpty)
        let out = folder.appendingPathComponent("reports")
        #expect(capplan("analyze", path, "--out", out.path, "--quiet").status == 0)
        let about = try #require(inspectedSheet(excelToolJSON(["inspect", out.appendingPathComponent("capability.xlsx").path]), "About"))
        let cells = about["cells"] as? [String: Any] ?? [:]
        #expect(cells.values.contains { $0 as? String == "\(path) (sheet Roster)" })
    }

    @Test("compare, trend, plan and analyze --baseline read workbooks too: a snapshot as a workbook, the other as CSV, gives the CSVs' reports")
    func snapshotCommands() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (q1, q2) = (Paths.example("quarterly/2026-q1.csv"), Paths.example("quarterly/2026-q2.csv"))
        let q1x = try #require(workbook(fromCSV: try String(contentsOfFile: q1, encoding: .utf8), name: "2026-q1.xlsx", in: folder))
        let q2x = try #require(workbook(fromCSV: try String(contentsOfFile: q2, encoding: .utf8), name: "2026-q2.xlsx", in: folder))
        /// The CSV files `arguments` writes to a fresh folder (labels given, so the file names do not show;
        /// the workbooks, written too since `--baseline` adds sheets, name their inputs).
        func reports(_ arguments: [String]) throws -> [String: [UInt8]] {
            let out = folder.appendingPathComponent(UUID().uuidString)
            let result = capplan(arguments + ["--out", out.path, "--format", "xlsx,csv", "--quiet"])
            try #require(result.status == 0, "\(arguments): \(result.stderr)")
            return ReportFilesTests.files(in: out).filter { $0.key.hasSuffix(".csv") }
        }
        let pairs: [([String], [String])] = [
            (["compare", q1x, q2], ["compare", q1, q2]),
            (["trend", "Q1=" + q1x, "Q2=" + q2x], ["trend", "Q1=" + q1, "Q2=" + q2]),
            (["plan", q2x, "--min-holders", "3"], ["plan", q2, "--min-holders", "3"]),
            (["analyze", q2x, "--baseline", q1x], ["analyze", q2, "--baseline", q1]),
        ]
        for (fromWorkbooks, fromCSV) in pairs {
            let (a, b) = (try reports(fromWorkbooks), try reports(fromCSV))
            #expect(!a.isEmpty && a == b, "\(fromWorkbooks)")
        }
        // The About sheet names the sheet read from each workbook.
        let out = folder.appendingPathComponent("changes")
        #expect(capplan("compare", q1x, q2x, "--out", out.path, "--quiet").status == 0)
        let about = try #require(inspectedSheet(excelToolJSON(["inspect", out.appendingPathComponent("changes.xlsx").path]), "About"))
        let cells = about["cells"] as? [String: Any] ?? [:]
        #expect(cells.values.contains { $0 as? String == "\(q1x) (sheet Roster)" })
        #expect(cells.values.contains { $0 as? String == "\(q2x) (sheet Roster)" })
        // The framework lines as analyze's About sheet has them, its source included.
        #expect(cells.values.contains { $0 as? String == "framework source" })
        let trend = folder.appendingPathComponent("trend")
        #expect(capplan("trend", q1x, q2x, "--out", trend.path, "--quiet").status == 0)
        let trendAbout = try #require(inspectedSheet(excelToolJSON(["inspect", trend.appendingPathComponent("trend.xlsx").path]), "About"))
        let trendCells = trendAbout["cells"] as? [String: Any] ?? [:]
        #expect(["framework source", "option: anonymise"].allSatisfy { label in trendCells.values.contains { $0 as? String == label } })
    }

    @Test("text that looks like Excel's escape (_x0042_) is written escaped and reads back as written: reports and forms")
    func escapeLookalikes() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write("id,name,role,level,team,Change management\nX1,Bob_x0042_,Infrastructure operations engineer,senior,_x0041_ team,practitioner\n",
                           to: "team.csv", in: folder)
        let out = folder.appendingPathComponent("reports")
        try #require(capplan("analyze", roster, "--out", out.path, "--quiet").status == 0)
        let back = folder.appendingPathComponent("back")
        let reread = capplan("analyze", out.appendingPathComponent("capability.xlsx").path, "--sheet", "Skills matrix", "--out", back.path,
                             "--format", "csv", "--quiet")
        try #require(reread.status == 0, "\(reread.stderr)")
        let matrix = try String(contentsOf: back.appendingPathComponent("skills-matrix.csv"), encoding: .utf8)
        #expect(matrix.contains("\nBob_x0042_ (X1)") || matrix.contains("\nBob_x0042_,"), "\(matrix)")
        #expect(matrix.contains("_x0041_ team"), "\(matrix)")
        // A form's checksum covers its cells as written: it must read back unchanged.
        let forms = folder.appendingPathComponent("forms")
        try #require(capplan("forms", roster, "--out", forms.path).status == 0)
        let collected = capplan("collect", forms.path)
        #expect(collected.status == 0 && collected.stdout.contains("Bob_x0042_"), "\(collected.stderr)")
    }
}
