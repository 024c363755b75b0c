import CapplanCore

/// One report: a CSV file, a workbook sheet, or both, declared in one file and listed once in a
/// `ReportCatalog`. The CSV writer and the workbook walk the catalog; neither knows a report by name.
///
/// A report is static: what it is called, when it can be made, and how to make its table from a
/// context (`AnalysisContext` for `capplan analyze`).
public protocol Report {
    associatedtype Context: ReportContext
    /// Its CSV file's name (`gaps.csv`); nil for a sheet with no file (Framework, About).
    static var fileName: String? { get }
    /// Its sheet's name in the workbook (`Gaps`).
    static var sheetName: String { get }
    /// True when its rows need the context's deferred work (the mentoring plan), which may still be
    /// under way while the reports that do not need it are written.
    static var needsPlan: Bool { get }
    /// Its rows, as far as they are known before the deferred work is done.
    static func rowCount(in context: Context) -> RowCount
    /// The table: title, columns, rows and presentation.
    static func table(in context: Context) -> ReportTable
    /// A sheet drawn freely instead of the standard table (the Summary's dashboard); nil for the table.
    static func drawing(in context: Context) -> SheetDrawing?
}

extension Report {
    public static var needsPlan: Bool { false }
    public static func drawing(in context: Context) -> SheetDrawing? { nil }
}
