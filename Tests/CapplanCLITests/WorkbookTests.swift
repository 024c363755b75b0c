import CapplanCLI
import CapplanCore
import CapplanReports
import Foundation
import Synchronization
import Testing

/// `capability.xlsx` read back by an independent reader (openpyxl, through
/// Workbook/check_workbook.py) and compared with the CSV reports; determinism; clean failures;
/// and Reports/ kept up to date.
///
/// Serialized: `analyze` runs in-process and writes many files at once.
@Suite("workbook", .serialized)
struct WorkbookTests {
    /// An example roster and how `scripts/example-reports.sh` analyses it.
    struct Example: Sendable, CustomTestStringConvertible {
        var name: String
        var roster: String
        var options: [String] = []
        /// Text the About sheet's `framework` line must contain.
        var framework: String
        /// True when the roster has every kind of heatmap cell (meets, below, not assessed, not required).
        var everyColour = false
        var testDescription: String { name }
    }

    static let examples: [Example] = [
        Example(name: "ops-team", roster: Paths.example("ops-team.csv"), framework: "ddat (built-in)", everyColour: true),
        Example(name: "infrastructure-team", roster: Paths.example("infrastructure-team.csv"), framework: "ddat (built-in)",
                everyColour: true),
        Example(name: "sre-team", roster: Paths.example("sre-team.csv"),
                options: ["--framework", Paths.example("sre-framework.yaml")], framework: "sre-framework.yaml (file)"),
        // Names with quotes, semicolons and a line break; odd spellings of roles, levels and ratings.
        Example(name: "awkward-team", roster: Paths.fixture("awkward-team.csv"), framework: "ddat (built-in)"),
    ]

    static let catalog = ReportCatalog.analysis
    static let sheets = catalog.reports.map(\.sheetName)
    static let reportFiles = ([catalog.workbookName] + catalog.fileNames).sorted()

    @Test("the catalog holds SPEC §5's files and the workbook's sheets, in the workbook's order")
    func catalogIsTheSpec() {
        #expect(Self.sheets == ["Summary", "Skills matrix", "Gaps", "Gaps by level", "Coverage", "Key people", "Mentoring",
                                "Unmatched needs", "Readiness", "Grade mix", "Framework", "About"])
        #expect(Self.reportFiles == ["capability.xlsx", "coverage.csv", "gaps-by-level.csv", "gaps.csv", "grade-mix.csv", "key-people.csv",
                                     "mentoring.csv", "readiness.csv", "skills-matrix.csv", "summary.csv", "unmatched-needs.csv"])
    }

    // MARK: Read back by openpyxl

    @Test("the workbook read back by openpyxl equals the CSVs: sheets, cells, types, panes, filters, charts, heatmap, About",
          arguments: examples)
    func workbookEqualsCSVs(example: Example) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("reports")
        let result = capplan(["analyze", example.roster, "--out", out.path, "--quiet"] + example.options)
        try #require(result.status == 0, "analyze failed: \(result.stderr)")
        let report = try #require(checkWorkbook(in: out, [
            "--roster", example.roster, "--input-name", example.roster, "--version", capplanVersion,
            "--framework-label", example.framework,
        ]))
        #expect(report["sheets"] as? [String] == Self.sheets)
        #expect(report["created"] as? String == "2026-01-01T00:00:00Z")
        #expect(report["formulas"] as? Int == 0)
        let charts = report["charts"] as? [String] ?? []
        #expect(charts.count >= 3)
        #expect(Set(charts).isSuperset(of: ["barChart bar stacked", "barChart col clustered", "barChart col stacked"]))
        // Every table was compared (the checker records the rows it saw).
        let tables = report["tables"] as? [String: Int] ?? [:]
        #expect(Set(tables.keys) == Set(Self.sheets.filter { $0 != "Framework" && $0 != "About" }))
        #expect((tables["Skills matrix"] ?? 0) > 0 && (tables["Gaps"] ?? 0) > 0)
        // The heatmap check saw cells, and the examples between them show every colour.
        let heatmap = report["heatmap"] as? [String: Int] ?? [:]
        #expect((heatmap["meets"] ?? 0) > 0 && (heatmap["below"] ?? 0) > 0)
        if example.everyColour {
            #expect(heatmap.values.allSatisfy { $0 > 0 }, "\(heatmap)")
        }
        let about = report["about"] as? [String: Any] ?? [:]
        #expect(about["input file"] as? String == example.roster)
        #expect(about["capplan version"] as? String == capplanVersion)
        // Every option that changes a number is recorded (--role and --level included), numbers as numbers.
        for key in ["option: role", "option: level", "option: holder level", "option: targets", "option: mentor level", "option: within"] {
            #expect(about[key] is String, "\(key): \(String(describing: about[key]))")
        }
        for key in ["people", "warnings", "option: min holders", "option: mentor capacity", "option: mentee limit"] {
            #expect(about[key] is Int, "\(key) is stored as \(String(describing: about[key])), not a number")
        }
    }

    @Test("roster text never becomes a formula: hostile names, teams and grades are strings, verbatim")
    func hostileRosterText() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = [#"=HYPERLINK("http://x","y")"#, "+SUM(1)", "-2+3", "@cmd", "=1+2"]
        let roster = write("""
            name,role,level,grade,team,Incident management,Change management,Testing
            "=HYPERLINK(""http://x"",""y"")",Infrastructure operations engineer,senior,SEO,+SUM(1),practitioner,working,expert
            -2+3,Infrastructure operations engineer,engineer,=1+2,@cmd,working,,awareness
            @cmd,Infrastructure operations engineer,lead,G7,-2+3,expert,practitioner,practitioner
            +SUM(1),Infrastructure operations engineer,senior,SEO,"=HYPERLINK(""http://x"",""y"")",awareness,expert,

            """, to: "hostile.csv", in: folder)
        let out = folder.appendingPathComponent("reports")
        let result = capplan("analyze", roster, "--out", out.path, "--quiet")
        try #require(result.status == 0, "analyze failed: \(result.stderr)")
        // `--hostile=TEXT`: argparse would take `-2+3` for an option.
        let report = try #require(checkWorkbook(in: out, ["--roster", roster, "--input-name", roster] + hostile.map { "--hostile=\($0)" }))
        #expect(report["formulas"] as? Int == 0)
        let found = report["hostile"] as? [String: Int] ?? [:]
        for text in hostile {
            #expect((found[text] ?? 0) > 0, "\(text) is not in the workbook as a string")
        }
        // The CSVs hold the neutralised form (the checker compared every cell with it).
        let matrix = try String(contentsOf: out.appendingPathComponent("skills-matrix.csv"), encoding: .utf8)
        #expect(matrix.contains(#""'=HYPERLINK(""http://x"",""y"")",Infrastructure operations engineer,senior,SEO,'+SUM(1),"#))
        #expect(matrix.contains("\n'-2+3,Infrastructure operations engineer,engineer,'=1+2,'@cmd,"))
    }

    /// A custom framework's names reach the reports too: skill names head the skills matrix's
    /// columns, role and level names fill cells. They are neutralised in the CSVs like roster text,
    /// and strings in the workbook.
    @Test("a custom framework's hostile skill, role and level names: neutralised in the CSVs' headers and cells, strings in the workbook")
    func hostileFrameworkNames() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let framework = write("""
            capplan_framework: 1
            name: hostile
            scale:
              - {name: low, value: 0}
              - {name: high, value: 1}
            skills:
              - name: "=SUM(1,2)"
              - name: "-Ops"
            roles:
              - name: "@Role"
                levels:
                  - name: "+lead"
                    requires:
                      - {skill: "=SUM(1,2)", level: high}
                      - {skill: "-Ops", level: low}

            """, to: "hostile.yaml", in: folder)
        let roster = write("""
            name,role,level,mentor,"=SUM(1,2)",-Ops
            Ann,@Role,+lead,yes,high,high
            Bob,@Role,+lead,yes,low,high

            """, to: "team.csv", in: folder)
        let out = folder.appendingPathComponent("reports")
        let result = capplan("analyze", roster, "--framework", framework, "--out", out.path, "--quiet")
        try #require(result.status == 0, "analyze failed: \(result.stderr)")
        let hostile = ["=SUM(1,2)", "-Ops", "@Role", "+lead"]
        let report = try #require(checkWorkbook(in: out, ["--roster", roster] + hostile.map { "--hostile=\($0)" }))
        #expect(report["formulas"] as? Int == 0)
        let found = report["hostile"] as? [String: Int] ?? [:]
        for text in hostile { #expect((found[text] ?? 0) > 0, "\(text) is not in the workbook as a string") }
        let matrix = try String(contentsOf: out.appendingPathComponent("skills-matrix.csv"), encoding: .utf8)
        #expect(matrix.hasPrefix(#"person,role,level,grade,team,"'=SUM(1,2)",'-Ops"# + "\n"), "\(matrix)")
        #expect(matrix.contains("\nAnn,'@Role,'+lead,"))
    }

    // MARK: Determinism

    @Test("two runs write byte-identical reports; SOURCE_DATE_EPOCH changes only the workbook's creation time")
    func byteIdentical() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Paths.example("ops-team.csv")
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        let epoch = folder.appendingPathComponent("epoch"), fixed = folder.appendingPathComponent("fixed")
        #expect(capplan("analyze", roster, "--out", first.path, "--quiet").status == 0)
        #expect(capplan("analyze", roster, "--out", second.path, "--quiet").status == 0)
        #expect(capplan("analyze", roster, "--out", epoch.path, "--quiet", environment: ["SOURCE_DATE_EPOCH": "1000"]).status == 0)
        // Without SOURCE_DATE_EPOCH the date is fixed at 2026-01-01, the same as setting it so.
        #expect(capplan("analyze", roster, "--out", fixed.path, "--quiet", environment: ["SOURCE_DATE_EPOCH": "1767225600"]).status == 0)
        #expect(try files(in: first) == Self.reportFiles)
        // (Comparisons as Bools, so a failure prints the message rather than the bytes.)
        for name in Self.reportFiles {
            let a = try bytes(first, name)
            let rerun = a == (try bytes(second, name)), atDefault = a == (try bytes(fixed, name)), atEpoch = a == (try bytes(epoch, name))
            #expect(rerun, "\(name) differs between two runs")
            #expect(atDefault, "\(name) differs with SOURCE_DATE_EPOCH at the default date")
            if name == "capability.xlsx" {
                #expect(!atEpoch, "the workbook ignores SOURCE_DATE_EPOCH")
            } else {
                #expect(atEpoch, "\(name) depends on SOURCE_DATE_EPOCH")
            }
        }
        let report = try #require(checkWorkbook(in: epoch))
        #expect(report["created"] as? String == "1970-01-01T00:16:40Z")
        let about = report["about"] as? [String: Any] ?? [:]
        #expect(about["created"] as? String == "1970-01-01T00:16:40Z")
    }

    @Test("rows of wrapped text are as tall as their lines (the Framework sheet's texts, the hiring plan's skills)")
    func wrappedRowHeights() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = capplan("analyze", Paths.example("digital-team.csv"), "--plan-hires", "--out", folder.path, "--quiet")
        try #require(result.status == 0, "\(result.stderr)")
        let inspected = excelToolJSON(["inspect", folder.appendingPathComponent("capability.xlsx").path])
        for (name, wrappedColumns) in [("Framework", ["E", "F"]), ("Hiring plan", ["D"])] {
            let sheet = try #require(inspectedSheet(inspected, name))
            let cells = sheet["cells"] as? [String: Any] ?? [:]
            let heights = sheet["heights"] as? [String: Double] ?? [:]
            var (tall, short) = (0, 0)
            for row in 3...(sheet["max_row"] as? Int ?? 0) {
                let texts = wrappedColumns.compactMap { cells["\($0)\(row)"] as? String }
                // A column 70 characters wide holds at most about 80 characters of text on a line.
                let lines = texts.map { text in text.split(separator: "\n", omittingEmptySubsequences: false).map { ($0.count + 79) / 80 }.reduce(0) { $0 + max(1, $1) } }.max() ?? 1
                let height = heights[String(row)] ?? 15
                #expect(height >= 15 * Double(lines), "\(name) row \(row): \(lines) lines in \(height) points")
                if lines > 1 { tall += 1 } else if texts.allSatisfy({ $0.count <= 60 && !$0.contains("\n") }) { short += 1; #expect(heights[String(row)] == nil) }
            }
            #expect(tall > 0, "\(name): no row of several lines")
        }
    }

    // MARK: Failures

    @Test("--out under a regular file: exit 73 with a message, and nothing written")
    func outUnderAFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = write("not a folder\n", to: "blocker", in: folder)
        let result = capplan("analyze", Paths.example("ops-team.csv"), "--out", blocker + "/reports")
        #expect(result.status == 73)
        #expect(result.stderr.contains("error: "), "\(result.stderr)")
        #expect(result.stderr.contains(blocker))
        #expect(result.stdout == "")
        #expect(try files(in: folder) == ["blocker"])
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "not a folder\n")
    }

    #if os(Linux)
    /// Closing the workbook fails (its file cannot be created) after the temporary folder was made:
    /// the path of the temporary folder fits Linux's PATH_MAX (4096 bytes with the NUL), its
    /// `capability.xlsx` does not. capplan names the folder `.NAME.capplan-PID-RANDOM` (RANDOM 1–10
    /// digits) beside --out, so --out of 4070 − len(PID) bytes puts the folder at 4082–4091 bytes and
    /// the workbook at 4098 or more, whatever RANDOM is.
    @Test("a workbook that cannot be written: exit 73, the library's reason, no partial files, earlier reports untouched")
    func failingClose() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let length = 4070 - String(getpid()).utf8.count
        var parent = folder.path
        // Folders of up to 200 bytes, until a last component of 100–220 bytes makes up the length.
        while length - parent.utf8.count - 1 > 220 {
            parent += "/" + String(repeating: "d", count: min(200, length - parent.utf8.count - 1 - 101))
        }
        let name = String(repeating: "r", count: length - parent.utf8.count - 1)
        try #require((1...220).contains(name.utf8.count))
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let out = parent + "/" + name
        try #require(out.utf8.count == length)

        // The earlier reports, written where paths are short and moved into place.
        let early = folder.appendingPathComponent("early")
        try #require(capplan("analyze", Paths.example("ops-team.csv"), "--out", early.path, "--quiet").status == 0)
        let before = try Self.reportFiles.map { try bytes(early, $0) }
        try FileManager.default.moveItem(atPath: early.path, toPath: out)

        let result = capplan("analyze", Paths.example("infrastructure-team.csv"), "--out", out, "--quiet")
        #expect(result.status == 73)
        #expect(result.stderr.contains("capability.xlsx: error: cannot write the report: "), "\(result.stderr.suffix(300))")
        #expect(result.stderr.contains("cannot write the workbook: Error creating output xlsx file"), "\(result.stderr.suffix(300))")
        #expect(result.stderr.contains("earlier reports were left untouched"))
        #expect(result.stdout == "")
        // No temporary folder or partial file beside --out, and the earlier reports are as they were.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == [name])
        let outURL = URL(fileURLWithPath: out)
        #expect(try files(in: outURL) == Self.reportFiles)
        let untouched = try Self.reportFiles.map { try bytes(outURL, $0) } == before
        #expect(untouched, "the earlier reports changed")
    }
    #endif

    @Test("WorkbookWriter: a file that cannot be created throws the library's reason (lxw_strerror), leaving no temporary files")
    func workbookReportUnwritable() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (roster, _) = try readRoster("""
            name,role,level,Incident management,Testing
            Ann,Infrastructure operations engineer,senior,practitioner,working

            """)
        let analysis = TeamAnalysis(framework: ddat, roster: roster, options: AnalysisOptions(scale: ddat.scale))
        let context = AnalysisContext(analysis: analysis, anonymise: false, about: [("input file", .text("team.csv"))])
        let workbook = WorkbookWriter(catalog: .analysis, context: context, created: 0)
        let path = folder.appendingPathComponent("missing/capability.xlsx").path
        do {
            _ = try workbook.write(to: path, temporaryFolder: folder.path)
            Issue.record("writing into a missing folder did not throw")
        } catch {
            #expect(String(reflecting: type(of: error)) == "XLSXWriter.XLSXError")
            #expect("\(error)" == "\(path): cannot write the workbook: Error creating output xlsx file. Usually a permissions error.")
        }
        #expect(try files(in: folder) == [])
        // The same report writes fine to a good path.
        let good = folder.appendingPathComponent("capability.xlsx").path
        #expect(try workbook.write(to: good, temporaryFolder: folder.path) == [])
        #expect(try files(in: folder) == ["capability.xlsx"])
    }

    // MARK: Tables longer than a sheet

    /// A table past Excel's row limit continues on `Name (2)`, `Name (3)`, …. A million-row roster
    /// is too slow for a unit test, so the workbook is written with fewer rows per sheet. With
    /// `needsFitOneSheet` the mentoring needs fit one sheet, so the plan's sheets are laid out
    /// without waiting for the plan; otherwise the plan is counted first and its tables continue too.
    @Test("a table longer than a sheet continues on \"Name (2)\", …: every cell, titles that say so, panes, filters and heatmap on each part",
          arguments: [false, true])
    func tablesContinueOnFurtherSheets(needsFitOneSheet: Bool) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = Paths.example("infrastructure-team.csv")
        let (roster, _) = try readRoster(try String(contentsOfFile: path, encoding: .utf8), file: path)
        let analysis = TeamAnalysis(framework: ddat, roster: roster, options: AnalysisOptions(scale: ddat.scale))
        let about: [(String, ReportCell)] = [("input file", .text(path)), ("framework", .text("ddat (built-in)")), ("option: --holder-level", .text("practitioner"))]
        let context = AnalysisContext(analysis: analysis, planningInBackground: (), anonymise: false, about: about)
        var workbook = WorkbookWriter(catalog: .analysis, context: context, created: 0)
        _ = try ReportSchedule(catalog: .analysis, context: context, formats: [.csv], workbook: workbook).write(to: folder)
        let needs = MentoringProblem.needCount(of: analysis)
        let (gaps, coverage, matrix) = (GapsReport.table(in: context).rowCount, CoverageReport.table(in: context).rowCount,
                                        SkillsMatrixReport.table(in: context).rowCount)
        // The charts plot Coverage, which has a row per skill and so always fits one sheet.
        let perSheet = needsFitOneSheet ? needs : coverage
        try #require(coverage <= perSheet && perSheet < gaps, "coverage \(coverage), needs \(needs), gaps \(gaps)")
        #expect(MentoringReport.table(in: context).rowCount + UnmatchedNeedsReport.table(in: context).rowCount == needs)

        workbook.rowsPerSheet = perSheet
        #expect(try workbook.write(to: folder.appendingPathComponent("capability.xlsx").path, temporaryFolder: folder.path) == [])
        let report = try #require(checkWorkbook(in: folder, ["--rows-per-sheet", String(perSheet)]))
        // The checker compared every part with its slice of the CSV; here, that the parts are there.
        let sheets = report["sheets"] as? [String] ?? []
        let gapParts = (gaps + perSheet - 1) / perSheet
        #expect(gapParts >= 3 && sheets.contains("Gaps (\(gapParts))") && !sheets.contains("Gaps (\(gapParts + 1))"))
        #expect(sheets.contains("Skills matrix (2)") == (matrix > perSheet))
        #expect(sheets.contains("Mentoring (2)") == !needsFitOneSheet)
        #expect(sheets.contains("Unmatched needs (2)") == !needsFitOneSheet)
        #expect(!sheets.contains("Coverage (2)") && !sheets.contains("Summary (2)"))
        #expect(sheets.first == "Summary" && sheets.suffix(2) == ["Framework", "About"])
        #expect((report["heatmap"] as? [String: Int] ?? [:]).values.reduce(0, +) > 0)
    }

    // MARK: Progress

    /// The bar's fraction comes from the rows written over the rows expected; the plan's rows are
    /// counted before the plan is known (as many as there are needs), so the bar never steps back.
    @Test("the workbook's progress only moves forward, from writing to compressing")
    func progressMovesForward() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // More needs than two a person (the rule of thumb the bar once started from): most people are
        // at awareness in all twelve skills, and every tenth is an expert who mentors.
        var csv = "name,role,level,mentor," + engineerSkills.joined(separator: ",") + "\n"
        for p in 0..<1_000 {
            let expert = p % 10 == 0
            csv += "P\(p),Infrastructure engineer,senior,\(expert ? "yes" : "no"),"
                + Array(repeating: expert ? "expert" : "awareness", count: engineerSkills.count).joined(separator: ",") + "\n"
        }
        let (roster, _) = try readRoster(csv)
        let analysis = TeamAnalysis(framework: ddat, roster: roster, options: AnalysisOptions(scale: ddat.scale))
        let context = AnalysisContext(analysis: analysis, planningInBackground: (), anonymise: false, about: [("input file", .text("team.csv"))])
        let seen = Mutex<[(String, Double)]>([])
        let workbook = WorkbookWriter(catalog: .analysis, context: context, created: 0) { phase, fraction in
            seen.withLock { $0.append((phase, fraction)) }
        }
        _ = try workbook.write(to: folder.appendingPathComponent("capability.xlsx").path, temporaryFolder: folder.path)
        let steps = seen.withLock { $0 }
        let writing = steps.filter { $0.0 == "writing the workbook" }.map(\.1)
        #expect(writing.count >= 5, "\(steps.count) progress reports")
        #expect(zip(writing, writing.dropFirst()).allSatisfy { $0 <= $1 }, "\(writing)")
        // The rows are counted exactly: the last report, after the last table's last row, is 1
        // exactly (the fraction is not capped, so a row counted too few or too many shows).
        #expect(writing.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(writing.last == 1, "\(writing.suffix(4))")
        #expect(steps.last?.0 == "compressing the workbook" && steps.last?.1 == 1)
    }

    // MARK: Reports/

    @Test("Reports/ is up to date: the example reports regenerated as scripts/example-reports.sh does are byte-identical")
    func reportsAreCurrent() throws {
        // The script runs from the repository's top folder with relative paths, which the reports
        // record (About, titles); so must this test.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        try #require(here == Paths.root.resolvingSymlinksInPath().path,
                     "run the tests from the repository's top folder (\(Paths.root.path)), as `make test` does")
        let script = try String(contentsOf: Paths.root.appendingPathComponent("scripts/example-reports.sh"), encoding: .utf8)
        // `run NAME ARGS` is an analyze; `compare NAME ARGS` and `trend NAME ARGS` are those commands.
        let commands = ["run ": "analyze", "compare ": "compare", "trend ": "trend"]
        let runs = script.split(separator: "\n").compactMap { line -> [String]? in
            guard let command = commands.first(where: { line.hasPrefix($0.key) })?.value else { return nil }
            let words = line.split(separator: " ").dropFirst().map(String.init)
            return [words[0], command] + words.dropFirst()
        }
        try #require(runs.count >= 5, "cannot read the runs of scripts/example-reports.sh")
        #expect(script.contains("SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}"))
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stale = "Reports/ is stale: run `make reports`"
        let reports = Paths.root.appendingPathComponent("Reports")
        for run in runs {
            let name = run[0]
            let out = folder.appendingPathComponent(name)
            let result = capplan(Array(run.dropFirst()) + ["--out", out.path, "--quiet"],
                                 environment: ["SOURCE_DATE_EPOCH": "1767225600"])
            try #require(result.status == 0, "\(name): \(result.stderr)")
            let committed = reports.appendingPathComponent(name)
            #expect(try files(in: committed) == (try files(in: out)), "Reports/\(name) has other files than capplan writes. \(stale)")
            for file in try files(in: out) {
                let same = (try? bytes(committed, file)) == (try bytes(out, file))
                #expect(same, "Reports/\(name)/\(file) differs from a fresh run. \(stale)")
            }
        }
        let examples = try files(in: reports).filter { !$0.hasPrefix(".") }
        #expect(examples == runs.map { $0[0] }.sorted(), "Reports/ has folders no run writes. \(stale)")
    }
}

// MARK: Helpers

/// The bytes of `name` in `folder`.
private func bytes(_ folder: URL, _ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
}

/// The names in `folder`, sorted.
private func files(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
}

/// Runs Workbook/check_workbook.py on `folder/capability.xlsx` and the CSVs beside it; returns its
/// JSON report, or records why not (a failed check, or python3 or openpyxl missing) and returns nil.
func checkWorkbook(in folder: URL, workbook: String = "capability.xlsx", _ arguments: [String] = [],
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String: Any]? {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Workbook/check_workbook.py").path
    let missing = "python3 with openpyxl is needed to read the workbook back: run `make test` (scripts/install-deps.sh installs them)"
    let result: ToolResult
    do {
        result = try runTool("/usr/bin/env", ["python3", script, folder.appendingPathComponent(workbook).path, folder.path] + arguments)
    } catch {
        Issue.record("cannot run /usr/bin/env python3: \(error). \(missing)", sourceLocation: sourceLocation)
        return nil
    }
    switch result.status {
    case 0:
        guard let data = result.stdout.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            Issue.record("check_workbook.py printed no JSON report: \(result.stdout.prefix(500))", sourceLocation: sourceLocation)
            return nil
        }
        return json
    case 127: Issue.record("python3 was not found. \(missing)", sourceLocation: sourceLocation)
    case 3: Issue.record("openpyxl is missing. \(missing)\n\(result.stderr)", sourceLocation: sourceLocation)
    case 1: Issue.record("the workbook does not match its CSVs (check_workbook.py):\n\(result.stderr)", sourceLocation: sourceLocation)
    default: Issue.record("check_workbook.py exited \(result.status):\n\(result.stderr)", sourceLocation: sourceLocation)
    }
    return nil
}

