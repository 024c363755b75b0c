import CapplanCore

/// A report in a catalog, with its type's declarations captured for a context.
public struct ReportEntry<Context: ReportContext>: Sendable {
    public let fileName: String?
    public let sheetName: String
    public let needsPlan: Bool
    public let rowCount: @Sendable (Context) -> RowCount
    public let table: @Sendable (Context) -> ReportTable
    public let drawing: @Sendable (Context) -> SheetDrawing?

    public init<R: Report>(_ report: R.Type) where R.Context == Context {
        fileName = R.fileName
        sheetName = R.sheetName
        needsPlan = R.needsPlan
        rowCount = { R.rowCount(in: $0) }
        table = { R.table(in: $0) }
        drawing = { R.drawing(in: $0) }
    }

    /// The sheet of `entry`, a report of another kind of run, in this run's workbook, without its CSV
    /// file (`analyze --baseline` shows `compare`'s sheets); `part` gives the other run's context.
    public init<Other>(sheetOf entry: ReportEntry<Other>, from part: @escaping @Sendable (Context) -> Other) {
        fileName = nil
        sheetName = entry.sheetName
        needsPlan = entry.needsPlan
        rowCount = { entry.rowCount(part($0)) }
        table = { entry.table(part($0)) }
        drawing = { entry.drawing(part($0)) }
    }
}
