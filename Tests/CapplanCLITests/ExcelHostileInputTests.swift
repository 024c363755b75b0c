import CapplanCLI
import Foundation
import Testing

/// Hostile and broken workbooks given as the roster (issue 13): each refused with a located, plain
/// message and exit 65 (66 for a file that cannot be read), never a hang or a crash. Run as a
/// separate process with a time limit, so a hang fails the test rather than the suite.
@Suite("hostile Excel rosters")
struct ExcelHostileInputTests {
    /// A fixture of the XLSX reader's tests (Tests/XLSXReaderTests/Fixtures, made by make_fixtures.py).
    static func fixture(_ name: String) -> String {
        Paths.root.appendingPathComponent("Tests/XLSXReaderTests/Fixtures").appendingPathComponent(name).path
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var what: String
        var fixture: String
        /// The roster's name on the command line (the fixture is copied to it).
        var name = "team.xlsx"
        var status: Int32 = 65
        /// A line of standard error (the roster's other diagnostics may come before it).
        var message: String
        var testDescription: String { what }
    }

    static let cases = [
        Case(what: "a ZIP bomb entry (40 MB of one byte in 40 KB)", fixture: "zip-bomb-ratio.xlsx",
             message: "team.xlsx: error: the workbook's part xl/worksheets/sheet1.xml expands past 3 MiB (more than 1 GiB or 100 times its compressed size): refusing it as a likely ZIP bomb"),
        Case(what: "a ZIP bomb whose directory lies about its size", fixture: "zip-bomb-lying-header.xlsx",
             message: "team.xlsx: error: the workbook's part xl/worksheets/sheet1.xml expands past 3 MiB (more than 1 GiB or 100 times its compressed size): refusing it as a likely ZIP bomb"),
        Case(what: "a sheet declaring a billion rows and the whole grid (two cells: the claim is not trusted)", fixture: "dimension-billion.xlsx",
             message: "team.xlsx:Sheet1!A1: error: missing required column \"level\" (or give everyone a level with --level)"),
        Case(what: "a row past the sheet's 1,048,576", fixture: "row-past-limit.xlsx",
             message: "team.xlsx:Sheet1: error: the workbook is damaged: \"1048577\" is not a cell reference within A1:XFD1048576"),
        Case(what: "a billion-laughs DTD", fixture: "dtd-billion-laughs.xlsx",
             message: "team.xlsx: error: xl/worksheets/sheet1.xml line 2 declares a DTD or entities, which workbooks never do: refusing it (entities are never expanded)"),
        Case(what: "an external entity in the shared strings", fixture: "dtd-external-entity.xlsx",
             message: "team.xlsx: error: xl/sharedStrings.xml line 2 declares a DTD or entities, which workbooks never do: refusing it (entities are never expanded)"),
        Case(what: "a missing shared-strings part", fixture: "no-shared-strings.xlsx",
             message: "team.xlsx:Sheet1!A2: error: the workbook is damaged: the cell refers to the shared-string table, which is missing; open it in Excel or LibreOffice and save it again"),
        Case(what: "a shared-string index out of range", fixture: "shared-string-out-of-range.xlsx",
             message: "team.xlsx:Roster!C12: error: the workbook is damaged: the cell refers to shared string 7 but there are only 2; open it in Excel or LibreOffice and save it again"),
        Case(what: "a cell reference going backwards", fixture: "cell-backwards.xlsx",
             message: "team.xlsx:Sheet1!C5: error: the workbook is damaged: cell C5 comes after D5 in the file (cells must be in order); open it in Excel or LibreOffice and save it again"),
        Case(what: "a sheet of 16,384 columns", fixture: "openpyxl-16384-columns.xlsx",
             message: "team.xlsx:Wide!A1: error: missing required column \"name\""),
        Case(what: "a stray cell at XFD1 above 1,300 rows (past the padded-cell limit)", fixture: "stray-cell-far-right.xlsx",
             message: "team.xlsx:Sheet1: error: the sheet is too large to read: 1301 rows × 16384 columns (to XFD) is more than 20000000 cells; delete stray cells far to the right of or below the roster"),
        Case(what: "an old .xls", fixture: "old-excel.xls", name: "team.xls",
             message: "team.xls: error: an Excel 97–2003 workbook (.xls) or another old Office file, which capplan does not read: open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)"),
        Case(what: "an encrypted workbook", fixture: "encrypted.xlsx",
             message: "team.xlsx: error: the workbook is password-protected (encrypted), which capplan cannot read: remove the password and save it as .xlsx"),
        Case(what: "a truncated file", fixture: "truncated.xlsx",
             message: "team.xlsx: error: the workbook is damaged or incomplete (no readable ZIP directory: the file may be cut short): save it again, or copy it again if it was cut short"),
        // libzip stops at the sheet's stated size, so the (empty) sheet is read; ZIPFoundation 0.9.20 never returns.
        Case(what: "a deflate stream that runs off the end of the file", fixture: "deflate-runs-off-end.xlsx",
             message: "team.xlsx:Sheet1!A1: error: the roster is empty: expected a header row with at least a \"name\" column"),
        Case(what: "a CSV named .xlsx (read as CSV: its own error, CSV-located)", fixture: "csv-named.xlsx",
             message: "team.xlsx:2:1: error: no role given (the framework has 52 roles: Infrastructure operations engineer, Infrastructure engineer, Business architect, Data architect, Enterprise architect, Network architect, Security architect, Solution architect, … (44 more: `capplan framework list` lists them)); add a role column or use --role"),
        Case(what: "a ZIP that is no workbook", fixture: "not-a-workbook.xlsx",
             message: "team.xlsx: error: a ZIP file but not an Excel workbook (it has no workbook part): give the roster as .xlsx or CSV"),
    ]

    @Test("refused with a located message and exit 65, in seconds", arguments: cases)
    func refused(example: Case) throws {
        let executable = try #require(capplanExecutable(), "build capplan first (swift build)")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(example.name).path
        try FileManager.default.copyItem(atPath: Self.fixture(example.fixture), toPath: path)
        let (result, seconds) = try timed { try runTool(executable, ["validate", example.name, "--quiet"], workingDirectory: folder, timeout: 60 * timeScale) }
        #expect(result.status == example.status, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").contains { $0 == example.message }, "\(result.stderr.prefix(2000))")
        #expect(seconds < 30 * timeScale, "took \(seconds) s")
    }

    @Test("a valid roster in a sheet that declares a billion rows is read (the claim is not trusted, nor allocated)")
    func billionRowClaim() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try #require(workbook(fromCSV: "name,role,level,Testing\nAnn Lee,Infrastructure engineer,senior,expert\n", in: folder))
        // Declare the whole grid in the sheet's <dimension>, as a hostile or careless writer might.
        let script = """
            import sys, zipfile, re
            src = sys.argv[1]; data = {}
            with zipfile.ZipFile(src) as z:
                for n in z.namelist(): data[n] = z.read(n)
            name = "xl/worksheets/sheet1.xml"
            data[name] = re.sub(rb'<dimension ref="[^"]*"\\s*/>', b'<dimension ref="A1:XFD1000000000"/>', data[name])
            assert b"XFD1000000000" in data[name]
            with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
                for n, d in data.items(): z.writestr(n, d)
            """
        #expect(try runTool("/usr/bin/env", ["python3", "-c", script, path]).status == 0)
        let result = capplan("validate", path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 person in 1 role; 0 errors, "))
    }

    @Test("a roster file that cannot be read exits 66 (a folder named .xlsx)")
    func unreadable() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("team.xlsx")
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        let result = capplan("validate", path.path)
        #expect(result.status == 66)
        #expect(result.stderr == "\(path.path): error: cannot read the roster: it is a folder\n")
    }
}
