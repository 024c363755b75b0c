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

/// What every report's context offers the writers, to name the cells of its tables.
public protocol ReportContext: Sendable {
    var framework: Framework { get }
    /// The names people are shown by.
    var names: PersonNames { get }
}

/// How many rows a report has, known before it is made.
public enum RowCount: Sendable, Equatable {
    case exactly(Int)
    /// A table of the mentoring plan: the plan's tables have one row per need between them (every
    /// need is met by one pairing or left unmet), so each has at most `needs` rows, and together
    /// exactly that many.
    case shareOfNeeds(Int)

    /// The most rows the report can have.
    public var bound: Int {
        switch self {
        case .exactly(let rows), .shareOfNeeds(let rows): rows
        }
    }
}

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

/// How a report's sheet looks beyond the standard layout (title row, frozen header with filters,
/// fitting widths, statuses and ratings coloured by what they mean).
public struct Presentation: Sendable {
    /// Columns frozen left of the scrolling part (the person's name in the skills matrix).
    public var frozenColumns = 0
    /// Columns of long text, wrapped in a wide column.
    public var wrapColumns: Set<Int> = []
    /// Filter buttons on the header.
    public var filter = true
    /// On one sheet up to Excel's row limit, however few rows a sheet is otherwise given (Framework, About).
    public var oneSheet = false
    /// The first column in the key-person colour (every name in Key people).
    public var emphasiseFirstColumn = false
    /// Status cells coloured by conditional formats on their column rather than cell by cell: no
    /// per-cell cost on a long table, and the colours follow edits.
    public var conditionalStatus = false
    /// Entries of a legend on the title row.
    public var legend: [(label: String, tone: CellTone)] = []
    /// A drop-down list offered on a block of columns (rating names on the skills matrix).
    public var dropDown: (columns: Range<Int>, values: [String])?

    public init() {}
}

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

/// The reports of one kind of run, in workbook order, and the workbook they make.
public struct ReportCatalog<Context: ReportContext>: Sendable {
    /// The workbook's file name (`capability.xlsx`).
    public let workbookName: String
    public let reports: [ReportEntry<Context>]
    /// The workbook's document properties: title, subject, comments.
    public let properties: @Sendable (Context) -> (title: String, subject: String, comments: String)

    public init(workbookName: String, reports: [ReportEntry<Context>],
                properties: @escaping @Sendable (Context) -> (title: String, subject: String, comments: String)) {
        self.workbookName = workbookName
        self.reports = reports
        self.properties = properties
    }

    /// The CSV files' names, in workbook order.
    public var fileNames: [String] { reports.compactMap(\.fileName) }
}
