import CapplanCore

/// The About sheet: the input file, its SHA-256, every option, the framework and capplan's version.
public enum AboutReport: Report {
    public static let fileName: String? = nil
    public static let sheetName = "About"

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.about.count) }

    public static func table(in context: AnalysisContext) -> ReportTable { table(of: context.about) }

    /// An About sheet of `rows` (label, value), for any kind of run.
    static func table(of rows: [(String, ReportCell)]) -> ReportTable {
        var presentation = Presentation()
        presentation.wrapColumns = [1]
        presentation.filter = false
        presentation.oneSheet = true
        return ReportTable(title: "About these reports", columns: ["item", "value"], rowCount: rows.count,
                           presentation: presentation) { [.text(rows[$0].0), rows[$0].1] }
    }
}
