import CapplanCLI
import CapplanCore
import CapplanReports
import Foundation
import Testing

/// SPEC §9 from the command line: `compare`, `trend` and `analyze --baseline` on the quarterly
/// example snapshots (Examples/quarterly): the CSV reports against expected files (re-recorded with
/// `CAPPLAN_RECORD=1`), their exact headers, row order and format independence, the workbooks read
/// back by openpyxl, and every bad input refused with its exit code and nothing written.
@Suite("change over time (SPEC §9)", .serialized)
struct ChangesTests {
    static let q1 = Paths.example("quarterly/2026-q1.csv")
    static let q2 = Paths.example("quarterly/2026-q2.csv")
    static let q3 = Paths.example("quarterly/2026-q3.csv")
    static let framework2026 = Paths.example("quarterly/ddat-2026.yaml")

    /// An example run whose CSV reports are kept under `Expected/<name>/`.
    struct Example: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var files: [String]
        var testDescription: String { name }
    }

    static let compareFiles = ReportCatalog.changes.fileNames
    static let trendFiles = ReportCatalog.trend.fileNames

    static let examples: [Example] = [
        Example(name: "quarterly-q1-q2", arguments: ["compare", q1, q2], files: compareFiles),
        Example(name: "quarterly-q2-q3", arguments: ["compare", q2, q3, "--framework", framework2026, "--framework-before", "ddat"],
                files: compareFiles),
        Example(name: "quarterly-trend", arguments: ["trend", q1, q2, q3], files: trendFiles),
    ]

    /// SPEC §9's headers, exactly (more columns may follow).
    static let specHeaders: [String: [String]] = [
        "people-changes.csv": ["person", "change", "role_before", "level_before", "role_after", "level_after"],
        "rating-changes.csv": ["person", "skill", "rating_before", "rating_after", "change"],
        "coverage-changes.csv": ["skill", "holders_before", "holders_after", "status_before", "status_after"],
        "gap-changes.csv": ["person", "skill", "gap_before", "gap_after", "cause"],
        "mentoring-outcomes.csv": ["mentor", "mentee", "skill", "target", "rating_before", "rating_after", "outcome"],
        "summary-changes.csv": ["metric", "before", "after", "change"],
        "trend.csv": ["metric", "2026-q1", "2026-q2", "2026-q3"],
        "skill-trend.csv": ["skill", "2026-q1", "2026-q2", "2026-q3"],
    ]

    /// Each column holding a vocabulary, and its words (SPEC §9).
    static let vocabularies: [String: (column: String, words: Set<String>)] = [
        "people-changes.csv": ("change", ["joined", "left", "promoted", "level_lowered", "role_changed"]),
        "rating-changes.csv": ("change", ["improved", "declined", "newly_assessed", "no_longer_assessed"]),
        "gap-changes.csv": ("cause", ["rating", "requirement", "both", "joined", "left"]),
        "mentoring-outcomes.csv": ("outcome", ["reached", "progressed", "no_change", "declined", "not_assessed", "left"]),
    ]

    /// Runs `arguments` with `--out FOLDER/reports --format FORMAT --quiet`; returns the run and the folder.
    static func run(_ arguments: [String], in folder: URL, format: String = "csv") -> (RunResult, URL) {
        let out = folder.appendingPathComponent("reports")
        return (capplan(arguments + ["--out", out.path, "--format", format, "--quiet"]), out)
    }

    static var expectedFolder: URL { ReportFilesTests.expectedFolder }

    // MARK: Expected files, headers, vocabularies

    @Test("the quarterly examples' CSV reports equal the expected files byte for byte", arguments: examples)
    func expectedReports(example: Example) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(example.arguments, in: folder)
        try #require(result.status == 0, "\(example.name) failed: \(result.stderr)")
        let actual = ReportFilesTests.files(in: out)
        #expect(Set(actual.keys) == Set(example.files))
        let expected = Self.expectedFolder.appendingPathComponent(example.name)
        if ReportFilesTests.recording {
            try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
            for name in example.files { try Data(actual[name] ?? []).write(to: expected.appendingPathComponent(name)) }
            Issue.record("CAPPLAN_RECORD=1: re-recorded \(expected.path); check the files, then run the tests again without it")
            return
        }
        let stored = ReportFilesTests.files(in: expected)
        #expect(Set(stored.keys) == Set(example.files), "expected files in \(expected.path); record them with CAPPLAN_RECORD=1")
        for name in example.files.sorted() {
            guard let want = stored[name], let got = actual[name] else { continue }
            if got != want { Issue.record("\(example.name)/\(name) differs from the expected file: \(ReportFilesTests.firstDifference(got, want))") }
        }
    }

    @Test("every CSV file starts with exactly SPEC §9's header, has no ragged row, and says only the spec's words", arguments: examples)
    func headers(example: Example) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(example.arguments, in: folder)
        try #require(result.status == 0)
        for (name, bytes) in ReportFilesTests.files(in: out) {
            let table = try ReportFilesTests.rows(bytes, file: name)
            let spec = try #require(Self.specHeaders[name])
            #expect(Array(table[0].prefix(spec.count)) == spec, "\(name): \(table[0])")
            #expect(table.allSatisfy { $0.count == table[0].count }, "\(name) has a ragged row")
            if let vocabulary = Self.vocabularies[name] {
                let words = Set(try ReportFilesTests.column(vocabulary.column, of: bytes))
                #expect(words.isSubset(of: vocabulary.words), "\(name): \(words.subtracting(vocabulary.words))")
            }
        }
    }

    /// The quarter's story, as the README tells it.
    @Test("Q1 → Q2: the leaver's sole skills lose cover, two joiners, a promotion; mentoring that worked and some that did not")
    func quarterStory() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(["compare", Self.q1, Self.q2], in: folder)
        try #require(result.status == 0)
        let files = ReportFilesTests.files(in: out)
        let people = try ReportFilesTests.rows(try #require(files["people-changes.csv"])).dropFirst().map { $0.prefix(2).joined(separator: ",") }
        #expect(people == ["Grace Adebayo,joined", "Tom Bradley,joined", "Niamh Murphy,left", "Lucy Fraser,promoted"])
        let coverage = try ReportFilesTests.rows(try #require(files["coverage-changes.csv"]))
        let lost = coverage.filter { $0.last == "lost_cover" }.map { $0[0] }
        #expect(lost == ["Managing, reporting and resolving defects", "Test analysis", "Test engineering"])
        #expect(coverage.contains { $0 == ["Creating value for money", "1", "2", "single_point", "ok", "reached_target"] })
        let outcomes = Set(try ReportFilesTests.column("outcome", of: try #require(files["mentoring-outcomes.csv"])))
        #expect(outcomes.isSuperset(of: ["reached", "progressed", "no_change", "declined", "not_assessed"]))
    }

    @Test("Q2 → Q3 across two frameworks: the raised requirement is `requirement`; a renamed person is the same person")
    func frameworkStory() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(Self.examples[1].arguments, in: folder)
        try #require(result.status == 0, "\(result.stderr)")
        let files = ReportFilesTests.files(in: out)
        let gaps = try ReportFilesTests.rows(try #require(files["gap-changes.csv"]))
        #expect(gaps.contains(["Tomasz Nowak", "Team dynamics and collaboration", "0", "1", "requirement", "meets", "below",
                               "working", "practitioner", "working", "working"]))
        let people = try ReportFilesTests.rows(try #require(files["people-changes.csv"]))
        #expect(!people.contains { $0[0].hasPrefix("Amara") })
        #expect(people.contains(["Callum Scott", "role_changed", "Development operations (DevOps) engineer", "Junior DevOps engineer",
                                 "Test engineer", "Test engineer"]))
        let mentoring = try ReportFilesTests.rows(try #require(files["mentoring-outcomes.csv"]))
        #expect(mentoring.contains { $0[1] == "Amara Bello-Okoro" && $0[6] == "reached" })
        #expect(mentoring.filter { $0[1] == "Megan Price" }.allSatisfy { $0[6] == "left" })
    }

    // MARK: Row order and format

    /// `csv` (a wide roster) in long format, its people in reverse order.
    static func longFormat(_ csv: [UInt8]) throws -> String {
        let rows = try ReportFilesTests.rows(csv)
        let header = rows[0]
        let attributes = header.firstIndex(of: "assessed_on")! + 1
        var lines = [CSVFormat.line(Array(header.prefix(attributes)) + ["skill", "rating"])]
        for row in rows.dropFirst().reversed() {
            for column in attributes..<header.count where !row[column].isEmpty {
                lines.append(CSVFormat.line(Array(row.prefix(attributes)) + [header[column], row[column]]))
            }
        }
        return lines.joined()
    }

    @Test("no output depends on row order or format: BEFORE in long format, AFTER's rows shuffled, give byte-identical CSV files")
    func rowOrderAndFormat() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (plain, plainOut) = Self.run(["compare", Self.q1, Self.q2], in: folder.appendingPathComponent("plain"))
        try #require(plain.status == 0)
        let long = write(try Self.longFormat([UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.q1)))), to: "q1-long.csv", in: folder)
        var lines = try String(contentsOfFile: Self.q2, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var generator = SeededGenerator(seed: 11)
        let header = lines.removeFirst()
        lines = lines.filter { !$0.isEmpty }.shuffled(using: &generator)
        let shuffled = write(([header] + lines).joined(separator: "\n") + "\n", to: "q2-shuffled.csv", in: folder)
        let (other, otherOut) = Self.run(["compare", long, shuffled], in: folder.appendingPathComponent("other"))
        try #require(other.status == 0, "\(other.stderr)")
        #expect(ReportFilesTests.differingFiles(ReportFilesTests.files(in: plainOut), ReportFilesTests.files(in: otherOut)) == [])
    }

    @Test("--anonymise: pseudonyms in identity order, no name anywhere")
    func anonymise() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(["compare", Self.q1, Self.q2, "--anonymise"], in: folder)
        try #require(result.status == 0)
        let files = ReportFilesTests.files(in: out)
        let all = files.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for name in ["Niamh Murphy", "Lucy Fraser", "Grace Adebayo", "Tomasz Nowak"] { #expect(!all.contains(name)) }
        // 33 people in all: DT01 … DT33 are P01 … P33 (identity order), so Lucy Fraser (DT09) is P0009.
        let people = try ReportFilesTests.rows(try #require(files["people-changes.csv"]))
        #expect(people.dropFirst().map { $0[0] } == ["P0032", "P0033", "P0017", "P0009"])
    }

    // MARK: Workbooks

    /// Runs Workbook/check_tables.py; returns its JSON report, or records why not.
    static func checkTables(_ workbook: URL, _ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String: Any]? {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Workbook/check_tables.py").path
        guard let result = try? runTool("/usr/bin/env", ["python3", script, workbook.path, workbook.deletingLastPathComponent().path] + arguments) else {
            Issue.record("cannot run python3: run `make test` (scripts/install-deps.sh installs python3 and openpyxl)", sourceLocation: sourceLocation)
            return nil
        }
        guard result.status == 0, let data = result.stdout.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            Issue.record("check_tables.py exited \(result.status):\n\(result.stderr.prefix(3000))", sourceLocation: sourceLocation)
            return nil
        }
        return json
    }

    static func tableArguments<C>(_ catalog: ReportCatalog<C>) -> [String] {
        catalog.reports.compactMap { entry in entry.fileName.map { ["--table", "\(entry.sheetName)=\($0)"] } }.flatMap { $0 }
    }

    @Test("changes.xlsx read back by openpyxl: the Changes sheet first, every table equal to its CSV, the holders chart")
    func changesWorkbook() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(["compare", Self.q1, Self.q2], in: folder, format: "xlsx,csv")
        try #require(result.status == 0)
        let report = try #require(Self.checkTables(out.appendingPathComponent("changes.xlsx"), Self.tableArguments(ReportCatalog.changes) + ["--cells", "Changes"]))
        #expect(report["sheets"] as? [String] == ReportCatalog.changes.reports.map(\.sheetName))
        #expect(report["sheets"] as? [String] == ["Changes", "People changes", "Rating changes", "Coverage changes", "Gap changes",
                                                  "Mentoring outcomes", "Summary changes", "About"])
        let charts = (report["charts"] as? [String: [[String: Any]]])?["Changes"] ?? []
        try #require(charts.count == 1)
        #expect(charts[0]["type"] as? String == "barChart" && charts[0]["direction"] as? String == "bar")
        let series = charts[0]["series"] as? [[String: Any]] ?? []
        #expect(series.count == 2)
        // Holders before and after of all 71 skills, from the sheet's own table.
        #expect((series.first?["values"] as? String)?.hasPrefix("Changes!$B$") == true)
        let cells = (report["cells"] as? [String: [String: Any]])?["Changes"] ?? [:]
        let texts = cells.values.compactMap { $0 as? String }
        #expect(texts.contains("lost_cover") && texts.contains("reached_target"))
        #expect(texts.contains("data as at 2026-01-16 → 2026-04-17"))
        // Key figures: 32 people (▲1), 18 single points (▼10).
        #expect(cells["B3"] as? Int == 32 && cells["B4"] as? String == "▲1")
        #expect(cells["F3"] as? Int == 18 && cells["F4"] as? String == "▼10")
        // The headline rows: red for the lost cover, green for the reached targets.
        let fills = (report["fills"] as? [String: [String: Int]])?["Coverage changes"] ?? [:]
        #expect((fills["C00000"] ?? 0) > 0 && (fills["C6EFCE"] ?? 0) > 0)
    }

    @Test("trend.xlsx read back by openpyxl: the tables, four line charts, holders coloured by status")
    func trendWorkbook() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(["trend", Self.q1, Self.q2, Self.q3], in: folder, format: "xlsx,csv")
        try #require(result.status == 0)
        let report = try #require(Self.checkTables(out.appendingPathComponent("trend.xlsx"), Self.tableArguments(ReportCatalog.trend)))
        #expect(report["sheets"] as? [String] == ["Trend", "Skill trend", "About"])
        let charts = (report["charts"] as? [String: [[String: Any]]])?["Trend"] ?? []
        #expect(charts.map { $0["type"] as? String } == Array(repeating: "lineChart", count: 4))
        #expect(charts.map { ($0["series"] as? [Any])?.count } == [1, 1, 4, 1])
        let fills = (report["fills"] as? [String: [String: Int]])?["Skill trend"] ?? [:]
        for colour in ["C00000", "FFC7CE", "C6EFCE"] { #expect((fills[colour] ?? 0) > 0, "\(fills)") }
    }

    @Test("analyze --baseline: the Changes sheets join the workbook, the Summary's key figures show their change; the CSV files are analyze's")
    func baseline() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (with, withOut) = Self.run(["analyze", Self.q2, "--baseline", Self.q1], in: folder.appendingPathComponent("with"), format: "xlsx,csv")
        let (without, withoutOut) = Self.run(["analyze", Self.q2], in: folder.appendingPathComponent("without"), format: "xlsx,csv")
        try #require(with.status == 0 && without.status == 0, "\(with.stderr)")
        let (a, b) = (ReportFilesTests.files(in: withOut), ReportFilesTests.files(in: withoutOut))
        #expect(ReportFilesTests.differingFiles(a, b) == ["capability.xlsx"])
        let sheets = ReportCatalog.analysisWithBaseline.reports.map(\.sheetName)
        #expect(sheets == ["Summary", "Changes", "Skills matrix", "Gaps", "Gaps by level", "Coverage", "Key people", "Mentoring",
                           "Unmatched needs", "Readiness", "Grade mix", "People changes", "Rating changes", "Coverage changes",
                           "Gap changes", "Mentoring outcomes", "Summary changes", "Framework", "About"])
        let report = try #require(Self.checkTables(withOut.appendingPathComponent("capability.xlsx"), ["--cells", "Summary", "--cells", "About"]))
        #expect(report["sheets"] as? [String] == sheets)
        let summary = (report["cells"] as? [String: [String: Any]])?["Summary"] ?? [:]
        // Single points of knowledge 18 ▼10; skills with no holder 25 ▲3; 32 people ▲1.
        #expect(summary["D2"] as? String == "People" && summary["D3"] as? Int == 32 && summary["D4"] as? String == "▲1")
        #expect(summary["F2"] as? String == "Single points of knowledge" && summary["F3"] as? Int == 18 && summary["F4"] as? String == "▼10")
        #expect(summary["G4"] as? String == "▲3")
        #expect(summary["A1"] as? String == "Team capability — \(Self.q2) — data as at 2026-04-17")
        let about = (report["cells"] as? [String: [String: Any]])?["About"] ?? [:]
        #expect(about.values.contains { ($0 as? String) == Self.q1 })
    }

    @Test("analyze --plan-hires --baseline: the hiring plan's sheets and files and the Changes sheets, together")
    func baselineWithHiringPlan() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(["analyze", Self.q2, "--baseline", Self.q1, "--plan-hires"], in: folder, format: "xlsx,csv")
        try #require(result.status == 0, "\(result.stderr)")
        let sheets = ReportCatalog.analysis.withHiringPlan().withBaseline().reports.map(\.sheetName)
        #expect(sheets == ["Summary", "Changes", "Skills matrix", "Gaps", "Gaps by level", "Coverage", "Key people", "Mentoring",
                           "Unmatched needs", "Readiness", "Grade mix", "Hiring plan", "Unreachable", "People changes", "Rating changes",
                           "Coverage changes", "Gap changes", "Mentoring outcomes", "Summary changes", "Framework", "About"])
        let report = try #require(Self.checkTables(out.appendingPathComponent("capability.xlsx"), []))
        #expect(report["sheets"] as? [String] == sheets)
        let files = Set(ReportFilesTests.files(in: out).keys)
        #expect(files.isSuperset(of: ["hiring-plan.csv", "unreachable.csv", "coverage.csv"]))
        #expect(!files.contains("people-changes.csv"))
    }

    // MARK: Bad input

    @Test("snapshots on different scales: exit 65, nothing written")
    func differentScales() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.run(["compare", Self.q1, Self.q2, "--framework-before", Paths.example("sre-framework.yaml")], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: --framework-before"))
        #expect(result.stderr.contains("are rated on different scales (before: untrained, novice, competent, proficient, advanced, master; after: none, awareness, working, practitioner, expert)"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let baseline = Self.run(["analyze", Self.q2, "--baseline", Self.q1, "--framework-before", Paths.example("sre-framework.yaml")], in: folder,
                                format: "xlsx")
        #expect(baseline.0.status == 65 && !FileManager.default.fileExists(atPath: baseline.1.path))
        // Checked before the roster is read: the error alone, not after the roster's warnings.
        let loud = capplan("analyze", Self.q2, "--baseline", Self.q1, "--framework-before", Paths.example("sre-framework.yaml"),
                           "--out", folder.appendingPathComponent("loud").path)
        #expect(loud.status == 65 && loud.stderr.hasPrefix("error: --framework-before") && !loud.stderr.contains("warning:"), "\(loud.stderr)")
    }

    @Test("a duplicate identity in either snapshot: exit 65 at its line, nothing written", arguments: [0, 1])
    func duplicateIdentity(side: Int) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try String(contentsOfFile: Self.q1, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.append(lines[2])
        let duplicated = write(lines.joined(separator: "\n") + "\n", to: "dup.csv", in: folder)
        let (result, out) = Self.run(side == 0 ? ["compare", duplicated, Self.q2] : ["compare", Self.q2, duplicated], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains("dup.csv:33:1: error: duplicate person: id \"DT02\" is already on line 3"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a missing snapshot or --baseline file: exit 66 before anything is read, nothing written")
    func missingFiles() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("nowhere.csv").path
        let baseline = Self.run(["analyze", Self.q2, "--baseline", missing], in: folder, format: "xlsx")
        #expect(baseline.0.status == 66)
        #expect(baseline.0.stderr == "\(missing): error: cannot open the baseline roster: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: baseline.1.path))
        let compare = Self.run(["compare", Self.q1, missing], in: folder)
        #expect(compare.0.status == 66 && compare.0.stderr == "\(missing): error: cannot open the later roster: no such file\n")
        let trend = Self.run(["trend", Self.q1, "Q2=\(missing)"], in: folder)
        #expect(trend.0.status == 66 && trend.0.stderr.contains("cannot open the roster: no such file"))
        #expect(!FileManager.default.fileExists(atPath: trend.1.path))
    }

    @Test("--targets - is read once for every snapshot: compare and trend give what the file gives")
    func targetsFromStandardInput() throws {
        let binary = try #require(capplanExecutable(), "build capplan first")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = try Data(contentsOf: URL(fileURLWithPath: Paths.example("targets.csv")))
        for command in [["compare", Self.q1, Self.q2], ["trend", Self.q1, Self.q2]] {
            let (piped, fromFile) = (folder.appendingPathComponent("piped"), folder.appendingPathComponent("file"))
            let a = try runTool(binary, command + ["--targets", "-", "--out", piped.path, "--format", "csv", "--quiet"], input: targets)
            let b = capplan(command + ["--targets", Paths.example("targets.csv"), "--out", fromFile.path, "--format", "csv", "--quiet"])
            #expect(a.status == 0 && b.status == 0, "\(command): \(a.stderr)")
            let (x, y) = (ReportFilesTests.files(in: piped), ReportFilesTests.files(in: fromFile))
            #expect(!x.isEmpty && x == y, "\(command)")
        }
    }

    @Test("trend labels: LABEL=FILE, else the file's name; an empty or repeated label, or one snapshot, is a bad command line")
    func labels() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (ok, out) = Self.run(["trend", "January=\(Self.q1)", Self.q2], in: folder)
        try #require(ok.status == 0, "\(ok.stderr)")
        #expect(try ReportFilesTests.rows(try #require(ReportFilesTests.files(in: out)["trend.csv"]))[0] == ["metric", "January", "2026-q2"])
        for (arguments, message) in [
            (["=\(Self.q1)", Self.q2], "has an empty label"),
            (["Q=\(Self.q1)", "Q=\(Self.q2)"], "two snapshots are labelled \"Q\""),
            ([Self.q1, Self.q1], "two snapshots are labelled \"2026-q1\""),
            ([Self.q1], "a trend needs two snapshots or more"),
            (["metric=\(Self.q1)", Self.q2], "the name of the trend files' first column"),
            ([Self.q1, Self.q2, "--attrition", "0.1"], "--attrition changes nothing a trend shows"),
        ] {
            let other = folder.appendingPathComponent("bad")
            let result = capplan(["trend"] + arguments + ["--out", other.path])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: other.path))
        }
        #expect(capplan(["analyze", Self.q2, "--framework-before", "ddat"]).status == 64)
        // Options that would change nothing are refused rather than ignored.
        for (arguments, message) in [
            (["compare", Self.q1, Self.q2, "--attrition", "0.1"], "--attrition changes nothing compare writes"),
            (["analyze", Self.q2, "--baseline", Self.q1, "--format", "csv"], "--baseline adds sheets to the workbook"),
        ] {
            let other = folder.appendingPathComponent("bad")
            let result = capplan(arguments + ["--out", other.path])
            #expect(result.status == 64 && result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: other.path))
        }
        // Standard input can be read once: two inputs from it are a bad command line, nothing read.
        let twice = capplan(["compare", "-", "-", "--out", folder.appendingPathComponent("twice").path])
        #expect(twice.status == 64 && twice.stderr.contains("standard input (-) can be read only once"), "\(twice.stderr)")
    }

    @Test("--framework-before: a name that is no framework is a bad command line; a missing file exits 66 before anything is read")
    func frameworkBeforeOption() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = Self.run(["compare", Self.q1, Self.q2, "--framework-before", "ddat2025"], in: folder)
        #expect(unknown.0.status == 64)
        #expect(unknown.0.stderr.contains("error: --framework-before \"ddat2025\" is neither a built-in framework"))
        let missing = folder.appendingPathComponent("old.yaml").path
        let baseline = Self.run(["analyze", Self.q2, "--baseline", Self.q1, "--framework-before", missing], in: folder, format: "xlsx")
        #expect(baseline.0.status == 66)
        #expect(baseline.0.stderr == "\(missing): error: cannot open the framework file: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: baseline.1.path))
    }

    @Test("compare and analyze share an output folder: each replaces only its own reports")
    func sharedFolder() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (analyze, out) = Self.run(["analyze", Self.q2], in: folder, format: "xlsx,csv")
        let (compare, _) = Self.run(["compare", Self.q1, Self.q2], in: folder, format: "xlsx,csv")
        let (trend, _) = Self.run(["trend", Self.q1, Self.q2], in: folder, format: "xlsx,csv")
        try #require(analyze.status == 0 && compare.status == 0 && trend.status == 0)
        let expected = [ReportCatalog.analysis.workbookName] + ReportCatalog.analysis.fileNames
            + [ReportCatalog.changes.workbookName] + ReportCatalog.changes.fileNames + [ReportCatalog.trend.workbookName] + ReportCatalog.trend.fileNames
        #expect(Set(ReportFilesTests.files(in: out).keys) == Set(expected))
    }

    @Test("compare prints what changed: people, ratings, headline cover, key figures, mentoring")
    func terminalSummary() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = capplan(["compare", Self.q1, Self.q2, "--out", folder.path, "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(Self.q1) → \(Self.q2): 31 → 32 people (2 joined, 1 left, 1 promoted)")
        #expect(lines.contains("Lost cover: Managing, reporting and resolving defects, Test analysis, Test engineering"))
        #expect(lines.contains("Single points of knowledge 28 → 18; skills with no holder 22 → 25; levels of gap 74 → 59"))
        #expect(lines.contains { $0.hasPrefix("Mentoring: of 41 pairings in \(Self.q1)'s plan, 20 reached") })
    }
}
