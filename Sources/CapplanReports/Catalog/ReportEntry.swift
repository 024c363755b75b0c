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
}
