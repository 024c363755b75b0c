import CapplanCore

/// A report's table, shared by its CSV file and its sheet, so the two always agree. Rows are made
/// on demand, so a large roster's tables are never all held at once.
public struct ReportTable: Sendable {
    /// A title line for the sheet.
    public var title: String
    public var columns: [String]
    public var rowCount: Int
    /// The cells of row `index`, one per column.
    public var row: @Sendable (Int) -> [ReportCell]
    public var presentation: Presentation

    public init(title: String, columns: [String], rowCount: Int, presentation: Presentation = Presentation(),
                row: @escaping @Sendable (Int) -> [ReportCell]) {
        self.title = title
        self.columns = columns
        self.rowCount = rowCount
        self.presentation = presentation
        self.row = row
    }
}
