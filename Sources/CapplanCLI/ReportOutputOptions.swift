import ArgumentParser
import CapplanCore
import CapplanReports
import Foundation

/// `--out DIR` and `--format xlsx,csv` of the commands that write a catalog of reports besides
/// `analyze` (`compare`, `trend`), and the writing itself.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder to write the reports to.", valueName: "dir"))
    var out: String = "Reports"

    @Option(help: ArgumentHelp("Which reports: csv, xlsx, or both as xlsx,csv.", valueName: "formats"))
    var format: String = "xlsx,csv"

    /// The report formats asked for.
    var formats: Set<ReportFormat> { Set(format.split(separator: ",").compactMap { ReportFormat(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) }) }

    func validate() throws {
        let named = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if named.isEmpty || named.contains(where: { ReportFormat(rawValue: $0) == nil }) {
            throw ValidationError("--format takes csv, xlsx or xlsx,csv (not \"\(format)\")")
        }
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out needs a folder (not an empty name)")
        }
    }

    /// The workbook's creation time: SOURCE_DATE_EPOCH when set, else a fixed date (2026-01-01), so
    /// the same input always gives the same bytes.
    static var creationTime: Int {
        if let text = Console.current.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 { return seconds }
        return 1_767_225_600
    }

    /// Writes `catalog`'s reports of `context` into `--out`, atomically; exit 73 when they cannot be.
    func write<Context>(_ catalog: ReportCatalog<Context>, _ context: Context) throws(CommandFailure) -> ReportSchedule.Outcome {
        let workbook = WorkbookWriter(catalog: catalog, context: context, created: Self.creationTime)
        do {
            return try ReportSchedule(catalog: catalog, context: context, formats: formats, workbook: workbook).write(to: URL(fileURLWithPath: out))
        } catch {
            throw .cannotWriteReports(error)
        }
    }

    /// What a run wrote, as the summary ends: the files, and the earlier reports it removed.
    func report(_ outcome: ReportSchedule.Outcome, on console: Console) {
        console.out("Reports written to \(out)/: \(outcome.files.joined(separator: ", "))")
        if !outcome.removed.isEmpty {
            console.out("Removed from \(out)/ the earlier \(outcome.removed.joined(separator: ", ")), which this run does not write")
        }
    }
}
