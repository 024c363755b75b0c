import XLSXWriter

/// A sparse block of cells, for sheets laid out freely (the Summary's dashboard) but written row
/// by row, as constant-memory mode requires.
struct Grid {
    var cells: [Int: [Int: (Cell, Format)]] = [:]
    var rowHeights: [Int: Double] = [:]

    mutating func set(_ row: Int, _ column: Int, _ cell: Cell, _ format: Format) { cells[row, default: [:]][column] = (cell, format) }
}

/// A sheet a report draws itself instead of the standard table (the Summary's dashboard).
public struct SheetDrawing: Sendable {
    let draw: @Sendable (inout SheetWriter, Worksheet) throws(XLSXError) -> Void
}

/// Where the standard layout puts things, and Excel's limits on it.
enum WorkbookLayout {
    /// Row 0 is the title, row 1 the header; data starts on row 2.
    static let headerRow = 1
    static let firstDataRow = 2
    /// Data rows that fit on one sheet under the title and header.
    static let maxRowsPerSheet = Workbook.maxRows - firstDataRow
    /// How many rows are looked at to size columns.
    static let widthSample = 2_000
}
