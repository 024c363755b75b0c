import ArgumentParser
import CapplanCore
import CapplanReports
import Foundation

/// `capplan analyze ROSTER`: the full analysis, written as reports.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a roster and write the reports (CSV files and the capability.xlsx workbook).",
        discussion: "Reports are written to a temporary folder beside --out and moved into place only when all succeeded. A short summary goes to standard output, diagnostics to standard error.")

    @Argument(help: ArgumentHelp("The roster CSV (wide or long format).", valueName: "roster"))
    var roster: String

    @Option(help: ArgumentHelp("The folder to write the reports to.", valueName: "dir"))
    var out: String = "Reports"

    @Option(help: ArgumentHelp("Which reports: csv, xlsx, or both as xlsx,csv.", valueName: "formats"))
    var format: String = "xlsx,csv"

    @OptionGroup var frameworkOption: FrameworkOption
    @OptionGroup var defaults: RosterDefaults
    @OptionGroup var analysisOptions: AnalysisOptionGroup

    @Flag(help: "Replace people's names with stable pseudonyms (P0001, … in roster order) in every output.")
    var anonymise = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: ArgumentHelp("Print how long each phase took, on standard error (for benchmarks).", visibility: .hidden))
    var timings = false

    /// The report formats asked for.
    var formats: Set<String> { Set(format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }) }

    func validate() throws {
        let unknown = formats.subtracting(["csv", "xlsx"])
        if !unknown.isEmpty || formats.isEmpty {
            throw ValidationError("--format takes csv, xlsx or xlsx,csv (not \"\(format)\")")
        }
        // An empty path would write the reports into the current folder.
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out needs a folder (not an empty name)")
        }
    }

    func run() throws {
        let console = Console.current
        var clock = PhaseClock()
        let bar = ProgressBar(console: console, quiet: quiet)
        defer { bar.finish() }
        let load = try RosterLoad(roster: roster, framework: frameworkOption.framework, defaults: defaults,
                                  keepColumns: analysisOptions.within.map { [$0] } ?? [], strict: strict, quiet: quiet,
                                  anonymise: anonymise)
        let options = try analysisOptions.resolve(for: load.framework, strict: strict, quiet: quiet)
        if let within = options.within, CoreColumn(header: within) == nil,
           load.roster.people.allSatisfy({ $0.attributes[NameKey(within)] == nil }) {
            throw CommandFailure(.usage, "error: --within \"\(within)\" is not a column of \(roster)")
        }
        clock.lap("read")
        bar.show("analysing")
        let analysis = TeamAnalysis(framework: load.framework, roster: load.roster, options: options)
        clock.lap("analyse")
        // The plan is worked out on a thread of its own while the sheets and files that do not need it are written.
        let reports = ReportSet(analysis: analysis, planningInBackground: (), anonymise: anonymise)
        let fileTimes = FileTimes()
        var files: [ReportOutput.File] = []
        if formats.contains("xlsx") {
            let workbook = WorkbookReport(reports: reports, about: about(load, options: options), created: creationTime,
                                          progress: { phase, fraction in bar.show(phase, phase.hasPrefix("writing") ? fraction : nil) })
            files.append(ReportOutput.File(name: "capability.xlsx") { url in
                try fileTimes.measure("workbook") { try workbook.write(to: url.path, temporaryFolder: url.deletingLastPathComponent().path) }
            })
        }
        if formats.contains("csv") {
            // The first file gets a thread of its own (ReportOutput.write): without the workbook, the
            // longest CSV, gaps.csv (a row per person and required skill), goes first. The plan's
            // tables come last in any case, so the plan has time to be ready.
            let makers = reports.tableMakers
            let ordered = makers.filter { $0.fileName == "gaps.csv" } + makers.filter { $0.fileName != "gaps.csv" }
            files += ordered.map { maker in
                ReportOutput.File(name: maker.fileName) { url in
                    let table = maker.make()
                    return try fileTimes.measure("csv") { try table.writeCSV(to: url) }
                }
            }
        }
        bar.show(formats.contains("xlsx") ? "writing the workbook" : "writing the reports")
        let warnings: [String]
        do {
            warnings = try ReportOutput.write(files, to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure(.cannotCreate, error.description)
        }
        clock.lap("write")
        bar.finish()
        if timings { fileTimes.add("mentoring", reports.planSeconds) }
        // Capped like the roster's diagnostics: a long name cut on every row would otherwise flood the
        // terminal. --quiet prints nothing but errors.
        let shown = quiet ? [] : warnings
        for warning in shown.prefix(Diagnostics.printLimit) { console.err("warning: \(warning)") }
        if shown.count > Diagnostics.printLimit {
            let more = warnings.count - Diagnostics.printLimit
            console.err("… and \(more) more (0 errors, \(more) warning\(more == 1 ? "" : "s"))")
        }
        if timings {
            // csv and workbook are the time spent in each (they run side by side within "write").
            console.err("timings: " + (clock.laps + fileTimes.totals).map { "\($0.0)=\(String(format: "%.3f", $0.1))" }.joined(separator: " ")
                        + " total=\(String(format: "%.3f", clock.total))")
        }
        if !quiet {
            TerminalSummary(reports: reports, style: Style(console)).print(to: console)
            console.out("Reports written to \(out)/: \(files.map(\.name).joined(separator: ", "))")
        }
    }

    /// The workbook's creation time: SOURCE_DATE_EPOCH when set, else a fixed date (2026-01-01),
    /// so the same input always gives the same bytes.
    var creationTime: Int {
        if let text = Console.current.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 { return seconds }
        return 1_767_225_600
    }

    /// What the About sheet records.
    func about(_ load: RosterLoad, options: AnalysisOptions) -> [(String, String)] {
        let framework = load.framework
        var lines: [(String, String)] = [
            ("capplan version", capplanVersion),
            ("input file", roster),
            ("input SHA-256", load.sha256),
            ("people", String(load.roster.people.count)),
            ("framework", frameworkOption.framework.map { BuiltInFramework.isBuiltIn($0) ? "\($0) (built-in)" : "\($0) (file)" } ?? "\(BuiltInFramework.defaultName) (built-in)"),
            ("framework title", framework.title ?? framework.name),
        ]
        if let source = framework.source { lines.append(("framework source", source)) }
        lines += analysisOptions.described(options, framework: framework).map { ("option: \($0.0)", $0.1) }
        lines += [
            ("option: anonymise", anonymise ? "yes" : "no"),
            ("option: strict", strict ? "yes" : "no"),
            ("warnings", String(load.diagnostics.warnings.count)),
            ("created", ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(creationTime)))),
            ("definitions", "Gaps, coverage, key people, readiness and mentoring are defined in capplan's README (What the reports compute)."),
        ]
        return lines
    }
}
