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

    @Option(help: ArgumentHelp("The folder to write the reports to (default: Reports).", valueName: "dir"))
    var out: String = "Reports"

    @Option(help: ArgumentHelp("Which reports: csv, xlsx, or both as xlsx,csv (default: xlsx,csv).", valueName: "formats"))
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

    /// The report formats asked for.
    var formats: Set<String> { Set(format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }) }

    func validate() throws {
        let unknown = formats.subtracting(["csv", "xlsx"])
        if !unknown.isEmpty || formats.isEmpty {
            throw ValidationError("--format takes csv, xlsx or xlsx,csv (not \"\(format)\")")
        }
    }

    func run() throws {
        let console = Console.current
        let load = try RosterLoad(roster: roster, framework: frameworkOption.framework, defaults: defaults,
                                  keepColumns: analysisOptions.within.map { [$0] } ?? [], strict: strict, quiet: quiet)
        let options = try analysisOptions.resolve(for: load.framework)
        if let within = options.within, CoreColumn(header: within) == nil,
           load.roster.people.allSatisfy({ $0.attributes[NameKey(within)] == nil }) {
            throw CommandFailure(.usage, "error: --within \"\(within)\" is not a column of \(roster)")
        }
        let analysis = TeamAnalysis(framework: load.framework, roster: load.roster, options: options)
        let reports = ReportSet(analysis: analysis, anonymise: anonymise)
        var files: [ReportOutput.File] = []
        if formats.contains("csv") {
            files += reports.tables.map { table in ReportOutput.File.bytes(table.fileName) { table.csv() } }
        }
        do {
            try ReportOutput.write(files, to: URL(fileURLWithPath: out))
        } catch {
            throw CommandFailure(.cannotCreate, error.description)
        }
        if !quiet {
            TerminalSummary(reports: reports, style: Style(console)).print(to: console)
            console.out("Reports written to \(out)/: \(files.map(\.name).joined(separator: ", "))")
        }
    }
}
