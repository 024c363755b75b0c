import CapplanCore

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
