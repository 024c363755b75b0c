import CapplanCLI
import CapplanCore
import CapplanReports
import Foundation
import Testing

/// SPEC §5 and §6 for `analyze` and `whatif`: the example rosters' CSV reports against expected files
/// (re-recorded with `CAPPLAN_RECORD=1`), the exact headers, determinism, atomic output, formula
/// neutralising, RFC 4180 quoting, `--anonymise`, `--strict`, `--quiet`, colour, and `whatif`.
@Suite("report files (SPEC §5)")
struct ReportFilesTests {
    /// An example run whose CSV reports are kept under `Expected/<name>/`.
    struct Example: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    static let examples: [Example] = [
        Example(name: "ops-team", arguments: [Paths.example("ops-team.csv")]),
        Example(name: "infrastructure-team", arguments: [Paths.example("infrastructure-team.csv")]),
        Example(name: "sre-team", arguments: [Paths.example("sre-team.csv"), "--framework", Paths.example("sre-framework.yaml")]),
        Example(name: "ops-team-targets", arguments: [Paths.example("ops-team.csv"), "--targets", Paths.example("targets.csv")]),
        Example(name: "digital-team", arguments: [Paths.example("digital-team.csv")]),
    ]

    /// Every CSV report `analyze` writes, from the catalog.
    static let reportNames = Set(ReportCatalog.analysis.fileNames)

    /// The reports compared with expected files: all of them.
    static let comparedNames = reportNames

    /// The header SPEC §5 gives each file (more columns may follow). skills-matrix.csv continues with
    /// one column per skill; coverage.csv's level columns are the DDaT scale's.
    static let specHeaders: [String: [String]] = [
        "skills-matrix.csv": ["person", "role", "level", "grade", "team"],
        "gaps.csv": ["person", "role", "level", "grade", "skill", "required", "rating", "gap", "status"],
        "gaps-by-level.csv": ["skill", "required_level", "people_required", "people_meeting", "people_below",
                              "people_not_assessed", "total_gap_levels"],
        "coverage.csv": ["skill", "rated", "none", "awareness", "working", "practitioner", "expert", "holders",
                         "target_holders", "status", "sole_holder"],
        "key-people.csv": ["person", "sole_skills", "skills"],
        "mentoring.csv": ["mentor", "mentee", "skill", "kind", "mentee_rating", "target", "mentor_rating", "weight"],
        "unmatched-needs.csv": ["mentee", "skill", "kind", "mentee_rating", "target", "weight", "reason"],
        "readiness.csv": ["person", "role", "level", "next_level", "next_level_skills", "meeting", "readiness", "missing"],
        "grade-mix.csv": ["grade", "level", "headcount", "typical"],
        "summary.csv": ["metric", "value"],
    ]

    /// Where the expected reports live, found from this file like `Paths` finds the fixtures.
    static let expectedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    static var recording: Bool { ProcessInfo.processInfo.environment["CAPPLAN_RECORD"] == "1" }

    // MARK: Helpers

    /// Runs `analyze ARGUMENTS --out FOLDER/reports --format FORMAT` and returns the run and the reports folder.
    static func analyze(_ arguments: [String], in folder: URL, format: String = "csv", extra: [String] = []) -> (RunResult, URL) {
        let out = folder.appendingPathComponent("reports")
        let result = capplan(["analyze"] + arguments + ["--out", out.path, "--format", format] + extra)
        return (result, out)
    }

    /// Every file of `folder`, by name.
    static func files(in folder: URL) -> [String: [UInt8]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: [UInt8]] = [:]
        for name in names {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) { files[name] = [UInt8](data) }
        }
        return files
    }

    /// The fields of every record of a CSV, header first.
    static func rows(_ bytes: [UInt8], file: String = "report.csv") throws -> [[String]] {
        try CSVTable(bytes: bytes, file: file).records.map { $0.fields.map(\.value) }
    }

    /// The values of column `name` in the CSV `bytes`.
    static func column(_ name: String, of bytes: [UInt8]) throws -> [String] {
        let table = try rows(bytes)
        let index = try #require(table.first?.firstIndex(of: name), "no column \(name)")
        return table.dropFirst().map { $0[index] }
    }

    /// Names in `folder` of temporary report folders (`.NAME.capplan-…`) left behind.
    static func leftovers(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") && $0.contains(".capplan-") }
    }

    /// Where two files first differ, as a line number and the two lines, for a readable failure.
    static func firstDifference(_ got: [UInt8], _ want: [UInt8]) -> String {
        let gotLines = String(decoding: got, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let wantLines = String(decoding: want, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(gotLines.count, wantLines.count) {
            let g = index < gotLines.count ? String(gotLines[index]) : "(end of file)"
            let w = index < wantLines.count ? String(wantLines[index]) : "(end of file)"
            if g != w { return "line \(index + 1): expected \(w.debugDescription), got \(g.debugDescription)" }
        }
        return "same lines, different bytes"
    }

    /// The names of the files that differ between two folders' contents (present in one only, or with other bytes).
    static func differingFiles(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> [String] {
        Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }
    }

    // MARK: Expected files

    @Test("the example rosters' CSV reports equal the expected files byte for byte", arguments: examples)
    func expectedReports(example: Example) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.analyze(example.arguments, in: folder)
        try #require(result.status == 0, "analyze failed: \(result.stderr)")
        let actual = Self.files(in: out)
        #expect(Set(actual.keys) == Self.reportNames)
        let expected = Self.expectedFolder.appendingPathComponent(example.name)
        if Self.recording {
            try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
            for name in Self.comparedNames.sorted() {
                try Data(actual[name] ?? []).write(to: expected.appendingPathComponent(name))
            }
            Issue.record("CAPPLAN_RECORD=1: re-recorded \(expected.path); check the files, then run the tests again without it")
            return
        }
        let stored = Self.files(in: expected)
        #expect(Set(stored.keys) == Self.comparedNames, "expected files in \(expected.path); record them with CAPPLAN_RECORD=1")
        for name in Self.comparedNames.sorted() {
            guard let want = stored[name], let got = actual[name] else { continue }
            if got != want {
                Issue.record("\(example.name)/\(name) differs from the expected file: \(Self.firstDifference(got, want))")
            }
        }
    }

    @Test("a run removes the earlier reports it does not write (capability.xlsx with --format csv, the CSVs with xlsx), keeps the user's files, and says so")
    func staleReportsRemoved() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = Paths.example("ops-team.csv")
        let (full, out) = Self.analyze([roster], in: folder, format: "xlsx,csv", extra: ["--quiet"])
        try #require(full.status == 0)
        try Data("my notes\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let workbookName = ReportCatalog.analysis.workbookName
        let csvOnly = Self.analyze([roster], in: folder, format: "csv").0
        #expect(csvOnly.status == 0)
        #expect(Set(Self.files(in: out).keys) == Self.reportNames.union(["notes.txt"]))
        #expect(csvOnly.stdout.contains("Removed from \(out.path)/ the earlier \(workbookName), which this run does not write"))
        let xlsxOnly = Self.analyze([roster], in: folder, format: "xlsx").0
        #expect(xlsxOnly.status == 0)
        #expect(Set(Self.files(in: out).keys) == [workbookName, "notes.txt"])
        #expect(xlsxOnly.stdout.contains("the earlier \(ReportCatalog.analysis.fileNames.joined(separator: ", ")), which"))
        // Nothing stale: nothing said.
        let again = Self.analyze([roster], in: folder, format: "xlsx").0
        #expect(again.status == 0 && !again.stdout.contains("Removed"))
        // The hiring plan of an earlier --plan-hires run is analyze's too: a run without it removes it.
        #expect(Self.analyze([roster], in: folder, format: "csv", extra: ["--plan-hires", "--quiet"]).0.status == 0)
        #expect(Self.files(in: out).keys.contains("hiring-plan.csv") && Self.files(in: out).keys.contains("unreachable.csv"))
        let withoutPlan = Self.analyze([roster], in: folder, format: "csv").0
        #expect(withoutPlan.status == 0)
        #expect(Set(Self.files(in: out).keys) == Self.reportNames.union(["notes.txt"]))
        #expect(withoutPlan.stdout.contains("the earlier hiring-plan.csv, unreachable.csv, which this run does not write"))
    }

    @Test("the long-format copy of the infrastructure team gives byte-identical reports to the wide one")
    func longFormatMatchesWide() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wideFolder = folder.appendingPathComponent("wide"), longFolder = folder.appendingPathComponent("long")
        try FileManager.default.createDirectory(at: wideFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: longFolder, withIntermediateDirectories: true)
        let (wideRun, wide) = Self.analyze([Paths.example("infrastructure-team.csv")], in: wideFolder)
        let (longRun, long) = Self.analyze([Paths.example("infrastructure-team-long.csv")], in: longFolder)
        try #require(wideRun.status == 0 && longRun.status == 0)
        let wideFiles = Self.files(in: wide), longFiles = Self.files(in: long)
        #expect(Set(longFiles.keys) == Self.reportNames)
        // Every file, mentoring included: the two rosters are the same team.
        #expect(Self.differingFiles(longFiles, wideFiles) == [])
        if !Self.recording {
            let expected = Self.files(in: Self.expectedFolder.appendingPathComponent("infrastructure-team"))
            for name in Self.comparedNames.sorted() where longFiles[name] != expected[name] {
                Issue.record("\(name) differs from Expected/infrastructure-team: \(Self.firstDifference(longFiles[name] ?? [], expected[name] ?? []))")
            }
        }
    }

    // MARK: Headers

    @Test("every CSV report starts with exactly the SPEC §5 header", arguments: examples)
    func headers(example: Example) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.analyze(example.arguments, in: folder)
        try #require(result.status == 0)
        let files = Self.files(in: out)
        for name in Self.reportNames.sorted() {
            let bytes = try #require(files[name], "\(name) missing")
            // The header is the first line, as written, before any parsing.
            let firstLine = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
            let header = firstLine.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var spec = try #require(Self.specHeaders[name])
            if example.name == "sre-team" && name == "coverage.csv" {
                // A custom framework's own scale names the per-level columns.
                spec = ["skill", "rated", "untrained", "novice", "competent", "proficient", "advanced", "master", "holders",
                        "target_holders", "status", "sole_holder"]
            }
            #expect(Array(header.prefix(spec.count)) == spec, "\(example.name)/\(name): \(firstLine)")
            // Every row has as many fields as the header (parsed: a DDaT skill name may hold a comma, and is quoted).
            let table = try Self.rows(bytes, file: name)
            #expect(table.allSatisfy { $0.count == table[0].count }, "\(example.name)/\(name) has a ragged row")
        }
        // skills-matrix.csv: then one column per team skill, in the order coverage.csv lists them.
        let matrix = try Self.rows(try #require(files["skills-matrix.csv"]))
        let coverage = try #require(files["coverage.csv"])
        #expect(Array(matrix[0].dropFirst(5)) == (try Self.column("skill", of: coverage)))
    }

    // MARK: Determinism

    @Test("two runs give byte-identical files, workbook included", arguments: [examples[1], examples[3]])
    func determinism(example: Example) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        let one = capplan(["analyze"] + example.arguments + ["--out", first.path, "--quiet"])
        let two = capplan(["analyze"] + example.arguments + ["--out", second.path, "--quiet"])
        try #require(one.status == 0 && two.status == 0)
        let a = Self.files(in: first), b = Self.files(in: second)
        #expect(Set(a.keys) == Self.reportNames.union(["capability.xlsx"]))
        #expect(Self.differingFiles(a, b) == [])
    }

    // MARK: Atomic output

    /// A roster with an error (an unknown rating) and a targets file with an error (an unknown skill).
    static let badRoster = "name,role,level,Incident management\nAnn,Infrastructure operations engineer,associate,practioner\n"
    static let badTargets = "skill,min_holders,holder_level\nIncident managment,2,\n"

    /// Runs the ops team into `out` (both formats) and returns the files written.
    static func firstRun(into out: URL) throws -> [String: [UInt8]] {
        let result = capplan("analyze", Paths.example("ops-team.csv"), "--out", out.path, "--quiet")
        try #require(result.status == 0)
        let files = files(in: out)
        try #require(files.count == reportNames.count + 1)
        return files
    }

    @Test("a failing run leaves the earlier reports byte-identical and no temporary folder", arguments: [
        "invalid roster", "invalid targets file", "strict with warnings", "unreadable roster",
    ])
    func failingRunLeavesReports(failure: String) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("reports")
        let before = try Self.firstRun(into: out)
        let result: RunResult
        switch failure {
        case "invalid roster":
            let roster = write(Self.badRoster, to: "bad.csv", in: folder)
            result = capplan("analyze", roster, "--out", out.path)
            #expect(result.status == 65)
            #expect(result.stderr.contains("bad.csv:2:50: error: unknown rating \"practioner\""))
        case "invalid targets file":
            let targets = write(Self.badTargets, to: "targets.csv", in: folder)
            result = capplan("analyze", Paths.example("ops-team.csv"), "--targets", targets, "--out", out.path)
            #expect(result.status == 65)
            #expect(result.stderr.contains("targets.csv:2:1: error: unknown skill \"Incident managment\"; did you mean \"Incident management\"?"))
        case "strict with warnings":
            result = capplan("analyze", Paths.example("sre-team.csv"), "--framework", Paths.example("sre-framework.yaml"),
                             "--strict", "--out", out.path)
            #expect(result.status == 65)
            #expect(result.stderr.contains("error: grade L5 is not typical"))
        default:
            result = capplan("analyze", folder.appendingPathComponent("missing.csv").path, "--out", out.path)
            #expect(result.status == 66)
        }
        #expect(result.stdout == "")
        #expect(Self.differingFiles(Self.files(in: out), before) == [])
        #expect(Self.leftovers(in: folder) == [])
    }

    @Test("--out naming a regular file exits 73, leaving the file, the earlier reports and no temporary folder")
    func outIsAFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("reports")
        let before = try Self.firstRun(into: out)
        let file = write("not a folder\n", to: "reports.txt", in: folder)
        let result = capplan("analyze", Paths.example("ops-team.csv"), "--out", file)
        #expect(result.status == 73)
        #expect(result.stderr.contains("--out names a file, not a folder"))
        #expect(FileManager.default.contents(atPath: file) == Data("not a folder\n".utf8))
        #expect(Self.differingFiles(Self.files(in: out), before) == [])
        #expect(Self.leftovers(in: folder) == [])
    }

    @Test("a report that cannot be moved into place (a folder in its way) exits 73 and undoes the moves already made")
    func moveFailureRollsBack() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("reports")
        _ = try Self.firstRun(into: out)
        // gaps.csv is not the first report moved into place (capability.xlsx is), so some are moved before it fails.
        try FileManager.default.removeItem(at: out.appendingPathComponent("gaps.csv"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("gaps.csv"), withIntermediateDirectories: false)
        let before = Self.files(in: out)
        // Another team, so that any report replaced would differ.
        let result = capplan("analyze", Paths.example("sre-team.csv"), "--framework", Paths.example("sre-framework.yaml"), "--out", out.path)
        #expect(result.status == 73)
        #expect(result.stderr.contains("gaps.csv: error: cannot move the report into place"))
        #expect(Self.differingFiles(Self.files(in: out), before) == [])
        #expect(Self.leftovers(in: folder) == [])
    }

    @Test("a fresh --out is not created when the run fails")
    func freshOutNotCreated() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("reports")
        let result = capplan("analyze", Paths.example("ops-team.csv"), "--strict", "--out", out.path)
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(Self.leftovers(in: folder) == [])
    }

    // MARK: Formula injection

    /// Names, grades and teams a spreadsheet would read as formulas. Roster text is trimmed of white
    /// space, so the tab in front of "Tabbed" is gone by the time it reaches a report.
    static let injectionRoster = """
        name,role,level,grade,team,Incident management,Ownership and initiative,Problem management,User focus
        "=HYPERLINK(""http://x"",""y"")",Infrastructure operations engineer,associate,+SUM(1),@cmd,practitioner,awareness,awareness,practitioner
        +SUM(1),Infrastructure operations engineer,associate,-2+3,"=HYPERLINK(""http://x"",""y"")",awareness,awareness,none,practitioner
        -2+3,Infrastructure operations engineer,associate,@cmd,-2+3,awareness,awareness,practitioner,awareness
        @cmd,Infrastructure operations engineer,associate,"=1+1",+SUM(1),awareness,awareness,none,awareness
        \tTabbed,Infrastructure operations engineer,associate,EO,\t@tab,awareness,awareness,awareness,awareness

        """

    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    @Test("text from the roster never starts a CSV cell with = + - @ tab or CR: it is prefixed with '")
    func formulaInjection() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write(Self.injectionRoster, to: "team.csv", in: folder)
        let (result, out) = Self.analyze([roster], in: folder)
        try #require(result.status == 0, "\(result.stderr)")
        let files = Self.files(in: out)
        #expect(Set(files.keys) == Self.reportNames)
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            for row in try Self.rows(bytes, file: name) {
                for cell in row {
                    if let first = cell.first { #expect(!Self.formulaStarts.contains(first), "\(name): cell \(cell.debugDescription)") }
                }
            }
        }
        let hyperlink = "=HYPERLINK(\"http://x\",\"y\")"
        let matrix = try #require(files["skills-matrix.csv"])
        #expect(try Self.column("person", of: matrix) == ["'" + hyperlink, "'+SUM(1)", "'-2+3", "'@cmd", "Tabbed"])
        #expect(try Self.column("grade", of: matrix) == ["'+SUM(1)", "'-2+3", "'@cmd", "'=1+1", "EO"])
        #expect(try Self.column("team", of: matrix) == ["'@cmd", "'" + hyperlink, "'-2+3", "'+SUM(1)", "'@tab"])
        // The same names wherever a person is named.
        let gapsPeople = try Self.column("person", of: try #require(files["gaps.csv"]))
        #expect(Set(gapsPeople) == ["'" + hyperlink, "'+SUM(1)", "'-2+3", "'@cmd", "Tabbed"])
        #expect(Set(try Self.column("grade", of: try #require(files["gaps.csv"]))) == ["'+SUM(1)", "'-2+3", "'@cmd", "'=1+1", "EO"])
        #expect(try Self.column("person", of: try #require(files["readiness.csv"])) == ["'" + hyperlink, "'+SUM(1)", "'-2+3", "'@cmd", "Tabbed"])
        // The first person is the only practitioner in Incident management, the third in Problem management.
        let coverage = try Self.rows(try #require(files["coverage.csv"]))
        let soleHolder = try #require(coverage.first?.firstIndex(of: "sole_holder"))
        #expect(coverage.first { $0.first == "Incident management" }?[soleHolder] == "'" + hyperlink)
        #expect(coverage.first { $0.first == "Problem management" }?[soleHolder] == "'-2+3")
        #expect(try Self.column("person", of: try #require(files["key-people.csv"])) == ["'" + hyperlink, "'-2+3"])
        #expect(try Self.column("grade", of: try #require(files["grade-mix.csv"])) == ["EO", "'+SUM(1)", "'-2+3", "'=1+1", "'@cmd"])

        // whatif's CSV names the remaining sole holder the same way: User focus is held by the first two
        // people; without the second, the first holds it alone.
        let whatIf = capplan("whatif", roster, "--leaver", "+SUM(1)", "--format", "csv")
        #expect(whatIf.status == 0, "\(whatIf.stderr)")
        #expect(try Self.rows(Array(whatIf.stdout.utf8)) == [
            ["skill", "status_before", "holders_before", "status_after", "holders_after", "sole_holder_after"],
            ["User focus", "ok", "2", "single_point", "1", "'" + hyperlink],
        ])
        // The neutralising rule itself, for the tab and CR that roster trimming keeps out of the reports above.
        #expect(Cell.text("\tx").csvText == "'\tx")
        #expect(Cell.text("\rx").csvText == "'\rx")
        #expect(Cell.text("a=b").csvText == "a=b")
    }

    // MARK: RFC 4180

    @Test("a name with a comma, a quote and a line break round-trips through every report")
    func quotingRoundTrip() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let awkward = "Smith, \"Jo\"\nJunior"
        let roster = write(#"""
            name,role,level,team,Incident management,Ownership and initiative,Problem management,User focus
            "Smith, ""Jo""
            Junior",Infrastructure operations engineer,associate,"Ops, ""North""",practitioner,awareness,none,awareness
            Plain,Infrastructure operations engineer,associate,Ops,working,awareness,awareness,awareness

            """#, to: "team.csv", in: folder)
        let (result, out) = Self.analyze([roster], in: folder)
        try #require(result.status == 0, "\(result.stderr)")
        let files = Self.files(in: out)
        let matrix = try #require(files["skills-matrix.csv"])
        #expect(try Self.column("person", of: matrix) == [awkward, "Plain"])
        #expect(try Self.column("team", of: matrix) == ["Ops, \"North\"", "Ops"])
        // Written RFC 4180 style: quoted, quotes doubled, the line break kept inside the quotes.
        #expect(String(decoding: matrix, as: UTF8.self).contains("\n\"Smith, \"\"Jo\"\"\nJunior\",Infrastructure operations engineer,"))
        #expect(try Self.column("person", of: try #require(files["gaps.csv"])) == Array(repeating: awkward, count: 4) + Array(repeating: "Plain", count: 4))
        #expect(try Self.column("person", of: try #require(files["key-people.csv"])) == [awkward])
        #expect(try Self.column("person", of: try #require(files["readiness.csv"])) == [awkward, "Plain"])
        let coverage = try Self.rows(try #require(files["coverage.csv"]))
        #expect(coverage.first { $0.first == "Incident management" }?[10] == awkward)
    }

    // MARK: Options

    @Test("--anonymise: P0001… in roster order in every file and warning, and no real name anywhere in the output")
    func anonymise() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.analyze([Paths.example("ops-team.csv")], in: folder, extra: ["--anonymise"])
        try #require(result.status == 0)
        let files = Self.files(in: out)
        let pseudonyms = (1...8).map { "P000\($0)" }
        #expect(try Self.column("person", of: try #require(files["skills-matrix.csv"])) == pseudonyms)
        #expect(try Self.column("person", of: try #require(files["readiness.csv"])) == Array(pseudonyms.dropFirst()))
        // Priya Shah (1st) and Tom Hughes (2nd) are the sole holders.
        #expect(try Self.column("person", of: try #require(files["key-people.csv"])) == ["P0001", "P0002"])
        #expect(Set(try Self.column("person", of: try #require(files["gaps.csv"]))) == Set(pseudonyms))
        for name in ["mentoring.csv", "unmatched-needs.csv"] {
            let table = try Self.rows(try #require(files[name]))
            let people = table.dropFirst().flatMap { row in zip(table[0], row).filter { ["mentor", "mentee"].contains($0.0) }.map(\.1) }
            #expect(people.allSatisfy(pseudonyms.contains), "\(name)")
        }
        let names = try Self.column("name", of: [UInt8](try #require(FileManager.default.contents(atPath: Paths.example("ops-team.csv")))))
        let words = Set(names.flatMap { $0.split(separator: " ").map(String.init) })
        // The roster's warnings name people by pseudonym too (Gareth Evans is the 4th person, on line 5).
        #expect(result.stderr.contains("ops-team.csv:5:201: warning: P0004: 1 required skill not assessed (User focus)"), "\(result.stderr)")
        for (file, bytes) in files.sorted(by: { $0.key < $1.key }) + [("standard output", Array(result.stdout.utf8)),
                                                                       ("standard error", Array(result.stderr.utf8))] {
            let text = String(decoding: bytes, as: UTF8.self)
            for word in words { #expect(!text.contains(word), "\(file) contains \"\(word)\"") }
        }
        // whatif --anonymise uses the same pseudonyms, after the leaver leaves.
        let whatIf = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Shah", "--anonymise", "--format", "csv")
        #expect(whatIf.stdout.contains("\nAsset and configuration management,ok,2,single_point,1,P0004\n"))
        #expect(whatIf.stdout.contains("\nAvailability and capacity management,ok,2,single_point,1,P0002\n"))
        for word in words { #expect(!whatIf.stdout.contains(word), "whatif output contains \"\(word)\"") }
    }

    @Test("--strict turns a warning into exit 65 and writes no reports; without it the same roster exits 0")
    func strict() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("reports")
        let strict = capplan("analyze", Paths.example("ops-team.csv"), "--out", out.path, "--strict")
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("ops-team.csv:5:201: error: Gareth Evans: 1 required skill not assessed (User focus)"))
        #expect(strict.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let lenient = capplan("analyze", Paths.example("ops-team.csv"), "--out", out.path, "--format", "csv")
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("ops-team.csv:5:201: warning: Gareth Evans: 1 required skill not assessed (User focus)"))
    }

    @Test("a targets file's warning is printed, and is an error with --strict")
    func targetsWarning() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let targets = write("skill,min_holders,holder_levle\nTesting,2,expert\n", to: "targets.csv", in: folder)
        let out = folder.appendingPathComponent("reports")
        let warned = capplan("analyze", Paths.example("ops-team.csv"), "--targets", targets, "--out", out.path, "--format", "csv")
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("targets.csv:1:19: warning: column \"holder_levle\" is not a targets column (skill, min_holders, holder_level) and is ignored; did you mean \"holder_level\"?"))
        let quiet = capplan("analyze", Paths.example("ops-team.csv"), "--targets", targets, "--out", out.path, "--format", "csv", "--quiet")
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "")
        // A roster without warnings, so that --strict trips over the targets file alone.
        let clean = write("""
            name,role,level,Incident management,Ownership and initiative,Problem management,User focus
            Ann,Infrastructure operations engineer,associate,awareness,awareness,awareness,awareness

            """, to: "clean.csv", in: folder)
        let other = folder.appendingPathComponent("strict")
        #expect(capplan("validate", clean, "--strict").status == 0)
        let strict = capplan("analyze", clean, "--targets", write("skill,min_holders,note\nUser focus,3,\n", to: "clean-targets.csv", in: folder),
                             "--out", other.path, "--strict")
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("clean-targets.csv:1:19: error: column \"note\" is not a targets column"))
        #expect(!FileManager.default.fileExists(atPath: other.path))
    }

    @Test("--quiet prints nothing on standard output, and no warnings")
    func quiet() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, out) = Self.analyze([Paths.example("ops-team.csv")], in: folder, extra: ["--quiet"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
        #expect(Set(Self.files(in: out).keys) == Self.reportNames)
    }

    /// Runs capplan with standard output and error on a terminal.
    static func onTerminal(_ arguments: [String], environment: [String: String]) -> RunResult {
        let capture = Capture()
        let console = Console(write: { capture.write($0, $1) }, outputIsTerminal: true, errorIsTerminal: true, environment: environment)
        let status = Console.$current.withValue(console) { Capplan.run(arguments) }
        let (out, err) = capture.output
        return RunResult(status: status, stdout: out, stderr: err)
    }

    @Test("colour only on a terminal, and never with NO_COLOR", arguments: ["analyze", "whatif"])
    func colour(command: String) {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = command == "analyze"
            ? ["analyze", Paths.example("ops-team.csv"), "--out", folder.appendingPathComponent("reports").path, "--format", "csv"]
            : ["whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Shah"]
        let escape = "\u{1B}["
        // The control: on a terminal, without NO_COLOR, there is colour.
        let coloured = Self.onTerminal(arguments, environment: [:])
        #expect(coloured.status == 0)
        #expect(coloured.stdout.contains(escape))
        let noColour = Self.onTerminal(arguments, environment: ["NO_COLOR": "1"])
        #expect(noColour.status == 0)
        #expect(!noColour.stdout.contains(escape))
        let piped = capplan(arguments)
        #expect(piped.status == 0)
        #expect(!piped.stdout.contains(escape))
        #expect(!piped.stderr.contains(escape))
        // The same text, less the escapes.
        #expect(piped.stdout == noColour.stdout)
    }

    // MARK: whatif

    /// Worked out from Expected/ops-team/coverage.csv: Priya Shah holds (practitioner or expert) ACM
    /// with Gareth Evans; AvCM, CM, OI and TS with Tom Hughes; and CSI, PM, SF, SMF, TU and Testing
    /// alone. Incident management keeps Tom Hughes and Aisha Okafor (ok), Coding and scripting does
    /// not involve her, User focus stays Tom's alone.
    static let priyaLeavesCSV = """
        skill,status_before,holders_before,status_after,holders_after,sole_holder_after
        Asset and configuration management,ok,2,single_point,1,Gareth Evans
        Availability and capacity management,ok,2,single_point,1,Tom Hughes
        Change management,ok,2,single_point,1,Tom Hughes
        Continual service improvement,single_point,1,no_cover,0,
        Ownership and initiative,ok,2,single_point,1,Tom Hughes
        Problem management,single_point,1,no_cover,0,
        Service focus,single_point,1,no_cover,0,
        Service Management Framework knowledge,single_point,1,no_cover,0,
        Technical specialism,ok,2,single_point,1,Tom Hughes
        Technical understanding,single_point,1,no_cover,0,
        Testing,single_point,1,no_cover,0,

        """

    @Test("whatif --format csv: one row per skill whose status changes when Priya Shah leaves")
    func whatIfCSV() {
        let result = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Shah", "--format", "csv", "--quiet")
        #expect(result.status == 0)
        #expect(result.stdout == Self.priyaLeavesCSV)
        #expect(result.stderr == "note: 7 gaps can no longer be mentored by anyone who stays (use --format table to list them)\n")
        // Without --quiet, the roster's warnings come first, as analyze prints them.
        let loud = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Shah", "--format", "csv")
        #expect(loud.stdout == Self.priyaLeavesCSV)
        #expect(loud.stderr.contains("warning: Gareth Evans: 1 required skill not assessed") && loud.stderr.hasSuffix(result.stderr))
    }

    @Test("whatif (table) names the skills that break, the new single points and the orphaned gaps")
    func whatIfTable() {
        let result = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Shah")
        #expect(result.status == 0)
        // The orphaned gaps: needs whose mentor must be rated practitioner or more, and only Priya was
        // (Gareth Evans holds ACM but does not mentor).
        #expect(result.stdout == """
            If Priya Shah leaves:
              skill                                   before (holders)  after (holders)
              Asset and configuration management      ok (2)            single_point (1)
              Availability and capacity management    ok (2)            single_point (1)
              Change management                       ok (2)            single_point (1)
              Continual service improvement           single_point (1)  no_cover (0)
              Ownership and initiative                ok (2)            single_point (1)
              Problem management                      single_point (1)  no_cover (0)
              Service focus                           single_point (1)  no_cover (0)
              Service Management Framework knowledge  single_point (1)  no_cover (0)
              Technical specialism                    ok (2)            single_point (1)
              Technical understanding                 single_point (1)  no_cover (0)
              Testing                                 single_point (1)  no_cover (0)
            New single points of knowledge:
              Asset and configuration management: only Gareth Evans
              Availability and capacity management: only Tom Hughes
              Change management: only Tom Hughes
              Ownership and initiative: only Tom Hughes
              Technical specialism: only Tom Hughes
            Gaps no one who stays can mentor:
              Tom Hughes: Testing working → practitioner
              Gareth Evans: Problem management awareness → working
              Gareth Evans: Testing awareness → working
              Kai Chen: Asset and configuration management awareness → working
              Niamh Murphy: Service focus awareness → working
              Niamh Murphy: Testing none → awareness
              Sam Patel: Problem management none → awareness

            """)
    }

    @Test("whatif: a leaver by id, or by name in another case, is the same person")
    func whatIfByID() {
        let byName = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Shah", "--format", "csv")
        let byID = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "OPS01", "--format", "csv")
        let loose = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "priya  SHAH", "--format", "csv")
        #expect(byID.status == 0 && loose.status == 0)
        #expect(byID.stdout == byName.stdout)
        #expect(loose.stdout == byName.stdout)
        // Naming the same person twice counts them once.
        let twice = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Shah", "--leaver", "OPS01", "--format", "csv")
        #expect(twice.stdout == byName.stdout)
    }

    @Test("whatif: an unknown leaver exits 64 with a did-you-mean; an ambiguous name exits 64; no leaver exits 64")
    func whatIfBadLeaver() {
        let unknown = capplan("whatif", Paths.example("ops-team.csv"), "--leaver", "Priya Sha")
        #expect(unknown.status == 64)
        #expect(unknown.stdout == "")
        #expect(unknown.stderr.contains("error: --leaver \"Priya Sha\" is not in"))
        #expect(unknown.stderr.contains("did you mean \"Priya Shah\"?"))

        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write("""
            id,name,role,level,Incident management
            A1,Alex Smith,Infrastructure operations engineer,associate,practitioner
            A2,Alex Smith,Infrastructure operations engineer,associate,practitioner

            """, to: "team.csv", in: folder)
        let ambiguous = capplan("whatif", roster, "--leaver", "Alex Smith")
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.contains("error: --leaver \"Alex Smith\" matches 2 people (lines 2, 3); name them by id"))
        let one = capplan("whatif", roster, "--leaver", "A2", "--format", "csv")
        #expect(one.status == 0)
        // Alex Smith (A1) is left as the only holder; the display name carries the id, the names being shared.
        #expect(one.stdout == """
            skill,status_before,holders_before,status_after,holders_after,sole_holder_after
            Incident management,ok,2,single_point,1,Alex Smith (A1)

            """)
        #expect(capplan("whatif", roster).status == 64)
    }
}
