import CapplanCore
import XLSXWriter

/// Writes report tables into sheets: a title row, a frozen header with filters, fitting column
/// widths, numbers as numbers and roster text always as strings, continued on further sheets
/// past Excel's row limit.
struct SheetWriter {
    let workbook: Workbook
    let style: WorkbookStyle
    /// What had to give way to Excel's limits.
    var warnings: [String] = []
    /// Told the fraction of `expectedRows` written, every few thousand rows.
    var progress: (@Sendable (String, Double) -> Void)?
    var expectedRows = 0
    /// Data rows per sheet before a table continues on the next.
    var rowsPerSheet = WorkbookReport.maxRowsPerSheet
    private var rowsWritten = 0
    /// How many rows are looked at to size columns.
    static let widthSample = 2_000

    init(workbook: Workbook, style: WorkbookStyle) {
        self.workbook = workbook
        self.style = style
    }

    /// The default format of a cell by its kind.
    func format(for cell: Cell) -> Format { SheetWriter.format(for: cell, style: style) }

    static func format(for cell: Cell, style: WorkbookStyle) -> Format {
        switch cell {
        // Whole numbers need no format (General shows them as they are); none keeps the sheet small.
        case .number: style.text
        case .fraction: style.fraction
        case .text, .empty: style.text
        }
    }

    /// Adds the sheets a table of `rowCount` rows needs: `name`, then `name (2)`, … past
    /// `rowsPerSheet` rows (past Excel's row limit for a `single` table; see `fill`).
    func addSheets(_ name: String, rowCount: Int, single: Bool = false) throws(XLSXError) -> [Worksheet] {
        let perSheet = single ? WorkbookReport.maxRowsPerSheet : rowsPerSheet
        let parts = max(1, (rowCount + perSheet - 1) / perSheet)
        var sheets: [Worksheet] = []
        for part in 0..<parts { sheets.append(try workbook.addWorksheet(part == 0 ? name : "\(name) (\(part + 1))")) }
        return sheets
    }

    /// Writes `table` into sheets made by `addSheets` for it. A `single` table (the Framework and
    /// About sheets) takes a sheet up to Excel's row limit, whatever `rowsPerSheet` is.
    /// `cellFormat` may override a data cell's format (row index within the table, column, cell).
    /// `statusColumn` colours each status cell; `conditionalStatusColumn` does the same with conditional
    /// formats on the column instead (no per-cell cost, and the colours follow edits).
    mutating func fill(_ sheets: [Worksheet], with table: ReportTable, frozenColumns: Int = 0, statusColumn: Int? = nil,
                       conditionalStatusColumn: Int? = nil,
                       emphasiseFirstColumn: Bool = false, wrapColumns: Set<Int> = [], filter: Bool = true, single: Bool = false,
                       legend: [(String, Format)] = [], cellFormat: (@Sendable (Int, Int, Cell) -> Format?)? = nil) throws(XLSXError) {
        let perSheet = single ? WorkbookReport.maxRowsPerSheet : rowsPerSheet
        guard sheets.count >= max(1, (table.rowCount + perSheet - 1) / perSheet) else {
            throw XLSXError(code: -1, "internal error: too few sheets for \(table.sheetName)")
        }
        let widths = columnWidths(table, wrapColumns: wrapColumns)
        for (part, sheet) in sheets.enumerated() {
            for (column, width) in widths.enumerated() {
                try sheet.setColumns(column, column, width: width, format: wrapColumns.contains(column) ? style.wrapped : nil)
            }
            let first = part * perSheet
            let last = min(table.rowCount, first + perSheet)
            // Row 0: title (and a legend).
            try sheet.write(part == 0 ? table.title : "\(table.title) (continued, rows \(first + 1)–\(last))", row: 0, column: 0, format: style.title)
            for (i, entry) in legend.enumerated() {
                try sheet.write(entry.0, row: 0, column: frozenColumns + 4 + i, format: entry.1)
            }
            // Constant-memory mode writes rows in order: a row's height is set as it begins.
            try sheet.setRow(WorkbookReport.headerRow, height: 30)
            for (column, name) in table.columns.enumerated() {
                try sheet.write(name, row: WorkbookReport.headerRow, column: column, format: style.header)
            }
            // Cells and formats are made on the other core while this thread writes them.
            let style = self.style
            let pipeline = RowPipeline(first..<max(first, last)) { index, out in
                for (column, cell) in table.row(index).enumerated() {
                    var format = cellFormat?(index, column, cell) ?? SheetWriter.format(for: cell, style: style)
                    if column == statusColumn, case .text(let status) = cell { format = SheetWriter.statusFormat(status, style: style) ?? format }
                    if emphasiseFirstColumn && column == 0 { format = style.keyPerson }
                    if wrapColumns.contains(column) && cellFormat == nil { format = style.wrapped }
                    out.append((cell, format))
                }
            }
            var row = WorkbookReport.firstDataRow
            try pipeline.forEachRow { (cells: RowPipeline.Row) throws(XLSXError) in
                for column in cells.cells.indices {
                    let (cell, format) = cells.cells[column]
                    switch cell {
                    case .text(let offset, let truncated):
                        try sheet.write(cString: cells.text(at: offset), row: row, column: column, format: format)
                        if truncated { warnings.append(cutWarning(sheet, row, column)) }
                    case .number(let number): try sheet.write(number, row: row, column: column, format: format)
                    case .blank: try sheet.writeBlank(row: row, column: column, format: format)
                    }
                }
                row += 1
                rowsWritten += 1
                if rowsWritten & 0xFFF == 0 { reportProgress() }
            }
            reportProgress()
            if let column = conditionalStatusColumn, last > first {
                for status in ["below", "not_assessed", "meets", "single_point", "no_cover", "thin", "ok"] {
                    guard let format = SheetWriter.statusFormat(status, style: style) else { continue }
                    try sheet.highlight(equalTo: status, firstRow: WorkbookReport.firstDataRow, firstColumn: column,
                                        lastRow: WorkbookReport.firstDataRow + last - first - 1, lastColumn: column, format: format)
                }
            }
            try sheet.freezePanes(row: WorkbookReport.firstDataRow, column: frozenColumns)
            if filter {
                try sheet.autofilter(firstRow: WorkbookReport.headerRow, firstColumn: 0,
                                     lastRow: WorkbookReport.headerRow + max(last - first, 0), lastColumn: table.columns.count - 1)
            }
            try sheet.setLandscape(fitWide: 1, tall: 0)
        }
    }

    /// Writes one cell: text as a string (never a formula), numbers as numbers, an empty cell as a formatted blank.
    mutating func write(_ cell: Cell, to sheet: Worksheet, row: Int, column: Int, format: Format) throws(XLSXError) {
        switch cell {
        case .text(let text):
            if try sheet.write(text, row: row, column: column, format: format) { warnings.append(cutWarning(sheet, row, column)) }
        case .number(let number): try sheet.write(Double(number), row: row, column: column, format: format)
        case .fraction(let value): try sheet.write(Cell.workbookNumber(fraction: value), row: row, column: column, format: format)
        case .empty: try sheet.writeBlank(row: row, column: column, format: format)
        }
    }

    /// Tells `progress` the fraction of the expected rows written so far (not capped at 1, so a
    /// miscount shows; the bar caps what it draws).
    private func reportProgress() {
        guard let progress, expectedRows > 0 else { return }
        progress("writing the workbook", Double(rowsWritten) / Double(expectedRows))
    }

    private func cutWarning(_ sheet: Worksheet, _ row: Int, _ column: Int) -> String {
        "sheet \"\(sheet.name)\" row \(row + 1) column \(column + 1): text cut to Excel's limit of \(Workbook.maxStringLength) characters"
    }

    /// Writes a grid row by row (as constant-memory mode requires).
    mutating func flush(_ grid: Grid, to sheet: Worksheet) throws(XLSXError) {
        for row in Set(grid.cells.keys).union(grid.rowHeights.keys).sorted() {
            if let height = grid.rowHeights[row] { try sheet.setRow(row, height: height) }
            for (column, entry) in (grid.cells[row] ?? [:]).sorted(by: { $0.key < $1.key }) {
                try write(entry.0, to: sheet, row: row, column: column, format: entry.1)
            }
        }
    }

    static func statusFormat(_ status: String, style: WorkbookStyle) -> Format? {
        switch status {
        case CoverageStatus.singlePoint.rawValue: style.singlePoint
        case CoverageStatus.noCover.rawValue: style.noCover
        case CoverageStatus.thin.rawValue: style.thin
        case CoverageStatus.ok.rawValue, GapStatus.meets.rawValue: style.ok
        case GapStatus.below.rawValue: style.below
        case GapStatus.notAssessed.rawValue: style.notAssessed
        default: nil
        }
    }

    /// The length of the text's longest line, in Unicode scalars (near enough to characters for a
    /// column's width, and counted from the UTF-8 bytes without breaking the text into graphemes).
    static func longestLine(_ text: String) -> Int {
        var longest = 0
        var current = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                current = 0
            } else if byte & 0xC0 != 0x80 {
                current += 1
                longest = max(longest, current)
            }
        }
        return longest
    }

    /// Widths that fit the header and the first rows' values, within 8–60 characters (wrapped columns 70).
    private func columnWidths(_ table: ReportTable, wrapColumns: Set<Int>) -> [Double] {
        var widths = table.columns.map { Double(max(8, min(30, $0.count + 2))) }
        // About as many cells as 2,000 rows of a narrow table: a multidisciplinary team's skills matrix
        // has some 170 columns, whose widths its header names mostly settle.
        let rows = min(table.rowCount, max(200, Self.widthSample * 12 / max(12, table.columns.count)))
        for index in 0..<rows {
            for (column, cell) in table.row(index).enumerated() where !wrapColumns.contains(column) {
                let length: Int
                switch cell {
                case .text(let text): length = SheetWriter.longestLine(text)
                case .number(let n): length = String(n).count
                case .fraction: length = 5
                case .empty: length = 0
                }
                widths[column] = max(widths[column], Double(min(60, length + 2)))
            }
        }
        for column in wrapColumns where column < widths.count { widths[column] = 70 }
        return widths
    }
}
