import CapplanCore
import XLSXWriter

/// Writes report tables into sheets: a title row, a frozen header with filters, fitting column
/// widths, numbers as numbers and roster text always as strings, cells coloured for what they
/// mean, continued on further sheets past Excel's row limit.
struct SheetWriter {
    let workbook: Workbook
    let style: WorkbookStyle
    let naming: CellNaming
    /// Data rows per sheet before a table continues on the next.
    let rowsPerSheet: Int
    /// What had to give way to Excel's limits.
    var warnings: [Diagnostic] = []
    /// Told the fraction of `expectedRows` written, every few thousand rows.
    var progress: (@Sendable (String, Double) -> Void)?
    var expectedRows = 0
    private var rowsWritten = 0

    init(workbook: Workbook, style: WorkbookStyle, naming: CellNaming, rowsPerSheet: Int) {
        self.workbook = workbook
        self.style = style
        self.naming = naming
        self.rowsPerSheet = rowsPerSheet
    }

    /// Data rows per sheet for a table presented so.
    func rowsPerSheet(_ presentation: Presentation) -> Int { presentation.oneSheet ? WorkbookLayout.maxRowsPerSheet : rowsPerSheet }

    /// Adds the sheets a table of `rowCount` rows needs: `name`, then `name (2)`, … past the rows a sheet takes.
    func addSheets(_ name: String, rowCount: Int, perSheet: Int) throws(XLSXError) -> [Worksheet] {
        let parts = max(1, (rowCount + perSheet - 1) / perSheet)
        var sheets: [Worksheet] = []
        for part in 0..<parts { sheets.append(try workbook.addWorksheet(part == 0 ? name : "\(name) (\(part + 1))")) }
        return sheets
    }

    /// Writes `table` into sheets made by `addSheets` for it, a slice of its rows on each.
    mutating func fill(_ sheets: [Worksheet], with table: ReportTable) throws(XLSXError) {
        let perSheet = rowsPerSheet(table.presentation)
        guard sheets.count >= max(1, (table.rowCount + perSheet - 1) / perSheet) else {
            throw XLSXError.invariant("too few sheets for the table \"\(table.title)\"")
        }
        let widths = columnWidths(table)
        for (part, sheet) in sheets.enumerated() {
            let rows = part * perSheet..<min(table.rowCount, (part + 1) * perSheet)
            try writeHead(of: table, on: sheet, widths: widths, rows: part == 0 ? nil : rows)
            try writeRows(rows, of: table, on: sheet)
            try finish(sheet, table: table, rowCount: rows.count)
        }
    }

    /// Column widths, the title row (with a legend) and the header. `rows` says which rows a
    /// continued part holds (nil for the first part).
    private func writeHead(of table: ReportTable, on sheet: Worksheet, widths: [Double], rows: Range<Int>?) throws(XLSXError) {
        let presentation = table.presentation
        for (column, width) in widths.enumerated() {
            try sheet.setColumns(column, column, width: width, format: presentation.wrapColumns.contains(column) ? style.wrapped : nil)
        }
        let title = rows.map { "\(table.title) (continued, rows \($0.lowerBound + 1)–\($0.upperBound))" } ?? table.title
        try sheet.write(title, row: 0, column: 0, format: style.title)
        for (i, entry) in presentation.legend.enumerated() {
            let column = presentation.frozenColumns + 4 + i
            // Past a narrow table's columns, the legend's own width.
            if column >= widths.count { try sheet.setColumns(column, column, width: Double(entry.label.count + 2)) }
            try sheet.write(entry.label, row: 0, column: column, format: style.format(for: entry.tone))
        }
        // Constant-memory mode writes rows in order: a row's height is set as it begins.
        try sheet.setRow(WorkbookLayout.headerRow, height: 30)
        for (column, name) in table.columns.enumerated() {
            try sheet.write(name, row: WorkbookLayout.headerRow, column: column, format: style.header)
        }
    }

    /// The rows' cells, named and formatted on the other core while this thread writes them.
    private mutating func writeRows(_ rows: Range<Int>, of table: ReportTable, on sheet: Worksheet) throws(XLSXError) {
        let (style, naming, presentation, row) = (style, naming, table.presentation, table.row)
        let pipeline = RowPipeline(rows) { index, out in
            for (column, cell) in row(index).enumerated() {
                let written = naming.cell(cell)
                out.append((written, SheetWriter.format(cell, written, column: column, presentation, style)))
            }
        }
        var at = WorkbookLayout.firstDataRow
        let wrapped = presentation.wrapColumns
        try pipeline.forEachRow { (cells: RowPipeline.Row) throws(XLSXError) in
            // A row's height is set as it begins (constant-memory mode): tall enough for its wrapped
            // text, which neither Excel nor LibreOffice fits on opening a file written this way.
            if !wrapped.isEmpty {
                let lines = wrapped.map { column -> Int in
                    guard column < cells.cells.count, case .text(let offset, _) = cells.cells[column].0 else { return 1 }
                    return WrappedText.lines(cells.text(at: offset), width: WorkbookLayout.wrappedWidth)
                }.max() ?? 1
                if lines > 1 { try sheet.setRow(at, height: WrappedText.lineHeight * Double(lines)) }
            }
            for column in cells.cells.indices {
                let (cell, format) = cells.cells[column]
                switch cell {
                case .text(let offset, let truncated):
                    try sheet.write(cString: cells.text(at: offset), row: at, column: column, format: format)
                    if truncated { warnings.append(cutWarning(sheet, at, column)) }
                case .number(let number): try sheet.write(number, row: at, column: column, format: format)
                case .blank: try sheet.writeBlank(row: at, column: column, format: format)
                }
            }
            at += 1
            rowsWritten += 1
            if rowsWritten & 0xFFF == 0 { reportProgress() }
        }
        reportProgress()
    }

    /// A data cell's format: its meaning's colour (unless its column is coloured by conditional
    /// formats), else its kind's; the key-person colour on an emphasised first column; wrapped text
    /// in a wrapped column.
    private static func format(_ cell: ReportCell, _ written: Cell, column: Int, _ presentation: Presentation,
                               _ style: WorkbookStyle) -> Format {
        var format = style.format(for: written)
        if let tone = cell.tone, !(presentation.conditionalStatus && cell.isStatus) { format = style.format(for: tone) }
        if presentation.emphasiseFirstColumn && column == 0 { format = style.keyPerson }
        if presentation.wrapColumns.contains(column) { format = style.wrapped }
        return format
    }

    /// After a part's rows: conditional status colours, frozen panes, filters, drop-downs, page setup.
    private func finish(_ sheet: Worksheet, table: ReportTable, rowCount: Int) throws(XLSXError) {
        let presentation = table.presentation
        let lastRow = WorkbookLayout.firstDataRow + rowCount - 1
        if presentation.conditionalStatus, rowCount > 0, let column = statusColumn(of: table) {
            for (text, tone) in SheetWriter.statusTexts {
                try sheet.highlight(equalTo: text, firstRow: WorkbookLayout.firstDataRow, firstColumn: column,
                                    lastRow: lastRow, lastColumn: column, format: style.format(for: tone))
            }
        }
        try sheet.freezePanes(row: WorkbookLayout.firstDataRow, column: presentation.frozenColumns)
        if presentation.filter {
            try sheet.autofilter(firstRow: WorkbookLayout.headerRow, firstColumn: 0,
                                 lastRow: WorkbookLayout.headerRow + max(rowCount, 0), lastColumn: table.columns.count - 1)
        }
        try sheet.setLandscape(fitWide: 1, tall: 0)
        // A list Excel cannot hold inline (past 255 characters, or a value with a comma: a custom
        // scale's) is left out: the drop-down is a convenience, the cells are right without it.
        if let dropDown = presentation.dropDown, rowCount > 0, DataValidation.fitsInline(dropDown.values) {
            try sheet.validate(DataValidation(.list(dropDown.values)), firstRow: WorkbookLayout.firstDataRow,
                               firstColumn: dropDown.columns.lowerBound, lastRow: lastRow, lastColumn: dropDown.columns.upperBound - 1)
        }
    }

    /// Every status a cell can hold, with its colour, for the conditional formats of a status column.
    static let statusTexts: [(String, CellTone)] =
        [GapStatus.below, .notAssessed, .meets].map { ($0.rawValue, $0.tone) }
        + [CoverageStatus.singlePoint, .noCover, .thin, .ok].map { ($0.rawValue, $0.tone) }

    /// The column of a table's status cells (found in its first row).
    private func statusColumn(of table: ReportTable) -> Int? {
        guard table.rowCount > 0 else { return nil }
        return table.row(0).firstIndex { $0.isStatus }
    }

    /// Writes one cell: text as a string (never a formula), numbers as numbers, an empty cell as a formatted blank.
    mutating func write(_ cell: Cell, to sheet: Worksheet, row: Int, column: Int, format: Format) throws(XLSXError) {
        switch cell {
        case .text(let text):
            if try sheet.write(text, row: row, column: column, format: format) { warnings.append(cutWarning(sheet, row, column)) }
        case .number(let number): try sheet.write(Double(number), row: row, column: column, format: format)
        case .fraction(let value): try sheet.write(Cell.workbookNumber(fraction: value), row: row, column: column, format: format)
        case .probability(let value): try sheet.write(Cell.workbookNumber(probability: value), row: row, column: column, format: format)
        case .empty: try sheet.writeBlank(row: row, column: column, format: format)
        }
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

    /// Tells `progress` the fraction of the expected rows written so far (not capped at 1, so a
    /// miscount shows; the bar caps what it draws).
    private func reportProgress() {
        guard let progress, expectedRows > 0 else { return }
        progress("writing the workbook", Double(rowsWritten) / Double(expectedRows))
    }

    private func cutWarning(_ sheet: Worksheet, _ row: Int, _ column: Int) -> Diagnostic {
        .warning(at: nil, "sheet \"\(sheet.name)\" row \(row + 1) column \(column + 1): text cut to Excel's limit of \(Workbook.maxStringLength) characters")
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
    private func columnWidths(_ table: ReportTable) -> [Double] {
        var widths = table.columns.map { Double(max(8, min(30, $0.count + 2))) }
        // About as many cells as 2,000 rows of a narrow table: a multidisciplinary team's skills matrix
        // has some 170 columns, whose widths its header names mostly settle.
        let rows = min(table.rowCount, max(200, WorkbookLayout.widthSample * 12 / max(12, table.columns.count)))
        let wrapped = table.presentation.wrapColumns
        for index in 0..<rows {
            for (column, cell) in table.row(index).enumerated() where !wrapped.contains(column) {
                let length: Int
                switch naming.cell(cell) {
                case .text(let text): length = SheetWriter.longestLine(text)
                case .number(let n): length = String(n).count
                case .fraction: length = 5
                case .probability: length = 6
                case .empty: length = 0
                }
                widths[column] = max(widths[column], Double(min(60, length + 2)))
            }
        }
        for column in table.presentation.wrapColumns where column < widths.count { widths[column] = WorkbookLayout.wrappedWidth }
        return widths
    }
}

extension ReportCell {
    /// True for a gap or coverage status.
    var isStatus: Bool {
        switch self {
        case .gapStatus, .coverageStatus: true
        default: false
        }
    }
}
