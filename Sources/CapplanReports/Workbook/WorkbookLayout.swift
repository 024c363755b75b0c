import XLSXWriter

/// Where the standard layout puts things, and Excel's limits on it.
enum WorkbookLayout {
    /// Row 0 is the title, row 1 the header; data starts on row 2.
    static let headerRow = 1
    static let firstDataRow = 2
    /// Data rows that fit on one sheet under the title and header.
    static let maxRowsPerSheet = Workbook.maxRows - firstDataRow
    /// How many rows are looked at to size columns.
    static let widthSample = 2_000
    /// The width of a column of wrapped text, in characters.
    static let wrappedWidth = 70.0
}
