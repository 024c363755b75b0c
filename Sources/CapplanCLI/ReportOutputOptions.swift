import ArgumentParser
import CapplanCore
import CapplanReports
import Foundation

/// `--out DIR` and `--format xlsx,csv` of the commands that write a catalog of reports (`analyze`,
/// `compare`, `trend`), and the writing itself. `plan`, whose options differ in default and help,
/// uses the same checks and writing through the static functions.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder to write the reports to.", valueName: "dir"))
    var out: String = "Reports"

    @Option(help: ArgumentHelp("Which reports: csv, xlsx, or both as xlsx,csv.", valueName: "formats"))
    var format: String = "xlsx,csv"

    /// The report formats asked for.
    var formats: Set<ReportFormat> { Self.formats(format) }

    func validate() throws { try Self.check(format: format, out: out) }

    /// Writes `catalog`'s reports of `context` into `--out`, atomically; exit 73 when they cannot be.
    func write<Context>(_ catalog: ReportCatalog<Context>, _ context: Context,
                        progress: (@Sendable (String, Double) -> Void)? = nil) throws(CommandFailure) -> ReportSchedule.Outcome {
        try Self.write(catalog, context, formats: formats, to: out, progress: progress)
    }

    /// What a run wrote, as the summary ends: the files, and the earlier reports it removed.
    func report(_ outcome: ReportSchedule.Outcome, on console: Console) { Self.report(outcome, in: out, on: console) }

    /// The formats a `--format` value names (those it names that exist; `check` refuses the others).
    static func formats(_ format: String) -> Set<ReportFormat> {
        Set(format.split(separator: ",").compactMap { ReportFormat(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) })
    }

    /// A bad command line: a `--format` naming something else than csv and xlsx, an empty `--out`
    /// (which would write the reports into the current folder).
    static func check(format: String, out: String) throws {
        let named = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if named.isEmpty || named.contains(where: { ReportFormat(rawValue: $0) == nil }) {
            throw ValidationError("--format takes csv, xlsx or xlsx,csv (not \"\(format)\")")
        }
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out needs a folder (not an empty name)")
        }
    }

    /// Writes `catalog`'s reports of `context` in `formats` into `out`, atomically; exit 73 when they
    /// cannot be. `progress` hears the workbook's phases.
    static func write<Context>(_ catalog: ReportCatalog<Context>, _ context: Context, formats: Set<ReportFormat>, to out: String,
                               progress: (@Sendable (String, Double) -> Void)? = nil) throws(CommandFailure) -> ReportSchedule.Outcome {
        let workbook = WorkbookWriter(catalog: catalog, context: context, created: Console.current.creationTime, progress: progress)
        do {
            return try ReportSchedule(catalog: catalog, context: context, formats: formats, workbook: workbook).write(to: URL(fileURLWithPath: out))
        } catch {
            throw .cannotWriteReports(error)
        }
    }

    /// What a run wrote into `out`: the files ("Reports written", or `written`), and the earlier reports it removed.
    static func report(_ outcome: ReportSchedule.Outcome, in out: String, written: String = "Reports written", on console: Console) {
        console.out("\(written) to \(out)/: \(outcome.files.joined(separator: ", "))")
        if !outcome.removed.isEmpty {
            console.out("Removed from \(out)/ the earlier \(outcome.removed.joined(separator: ", ")), which this run does not write")
        }
    }
}
