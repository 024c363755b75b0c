import Cxlsxwriter
import Foundation

/// A sheet of a workbook. Rows and columns are zero-based. Every call fails cleanly once the
/// workbook is closed.
public final class Worksheet {
    private let pointer: UnsafeMutablePointer<lxw_worksheet>
    private let workbook: Workbook
    /// The sheet's name.
    public let name: String

    init(pointer: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook, name: String) {
        self.pointer = pointer
        self.workbook = workbook
        self.name = name
    }

    func sheet() throws(XLSXError) -> UnsafeMutablePointer<lxw_worksheet> {
        guard workbook.isOpen else { throw .closed("sheet \"\(name)\"") }
        return pointer
    }

    func place(_ row: Int, _ column: Int) -> String { "sheet \"\(name)\" row \(row + 1) column \(column + 1)" }

    /// Writes text as a string cell, never as a formula. Text longer than Excel's 32,767
    /// characters is cut to fit (`Workbook.fitted`); returns true when it was.
    @discardableResult
    public func write(_ text: String, row: Int, column: Int, format: Format? = nil) throws(XLSXError) -> Bool {
        let (fitted, truncated) = Workbook.fitted(text)
        // withCString's error is untyped: carry the typed one out.
        let result = fitted.withCString { text in Result { () throws(XLSXError) in try write(cString: text, row: row, column: column, format: format) } }
        try result.get()
        return truncated
    }

    /// Writes NUL-terminated UTF-8 text, already fitted to a cell, as a string cell (never a
    /// formula); the library copies it before returning.
    public func write(cString text: UnsafePointer<CChar>, row: Int, column: Int, format: Format? = nil) throws(XLSXError) {
        let sheet = try sheet()
        // Excel reads `_x0042_` in a cell's text as an escaped character ("B"); libxlsxwriter writes
        // the text as it is, so a literal one is escaped here (rare: the search is all it costs).
        let result: lxw_error
        if strstr(text, "_x") != nil, let escaped = Self.escapingEscapes(String(cString: text)) {
            result = escaped.withCString { worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), $0, format?.pointer ?? nil) }
        } else {
            result = worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, format?.pointer ?? nil)
        }
        try XLSXError.check(result, "cannot write text at \(place(row, column))")
    }

    /// `text` with each `_xHHHH_` that Excel would decode as a character written `_x005F_xHHHH_`
    /// (an escaped underscore), so it reads back as written; nil when it holds none.
    static func escapingEscapes(_ text: String) -> String? {
        let pattern = /_x[0-9A-Fa-f]{4}_/
        guard text.contains(pattern) else { return nil }
        return text.replacing(pattern) { "_x005F_" + $0.output.dropFirst() }
    }

    /// Writes a number cell.
    public func write(_ number: Double, row: Int, column: Int, format: Format? = nil) throws(XLSXError) {
        let result = worksheet_write_number(try sheet(), lxw_row_t(row), lxw_col_t(column), number, format?.pointer ?? nil)
        try XLSXError.check(result, "cannot write a number at \(place(row, column))")
    }

    /// Writes an empty cell that carries a format (a blank without a format writes nothing).
    public func writeBlank(row: Int, column: Int, format: Format?) throws(XLSXError) {
        // The library ignores such a blank too; returning here saves the call for each of the millions
        // of empty cells a multidisciplinary team's skills matrix has.
        guard let pointer = format?.pointer else { return }
        let result = worksheet_write_blank(try sheet(), lxw_row_t(row), lxw_col_t(column), pointer)
        try XLSXError.check(result, "cannot write a blank at \(place(row, column))")
    }

    /// Sets the width (in characters) and default format of columns `first...last`.
    public func setColumns(_ first: Int, _ last: Int, width: Double, format: Format? = nil) throws(XLSXError) {
        let result = worksheet_set_column(try sheet(), lxw_col_t(first), lxw_col_t(last), width, format?.pointer ?? nil)
        try XLSXError.check(result, "cannot set columns \(first + 1)–\(last + 1) of sheet \"\(name)\"")
    }

    /// Sets a row's height in points.
    public func setRow(_ row: Int, height: Double, format: Format? = nil) throws(XLSXError) {
        let result = worksheet_set_row(try sheet(), lxw_row_t(row), height, format?.pointer ?? nil)
        try XLSXError.check(result, "cannot set row \(row + 1) of sheet \"\(name)\"")
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    public func freezePanes(row: Int, column: Int) throws(XLSXError) {
        worksheet_freeze_panes(try sheet(), lxw_row_t(row), lxw_col_t(column))
    }

    /// Adds filter buttons to the header row `firstRow` over the range.
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
        let result = worksheet_autofilter(try sheet(), lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn))
        try XLSXError.check(result, "cannot add a filter to sheet \"\(name)\"")
    }

    /// Places `chart` with its top-left corner at the cell, scaled from the default 480×288 pixels.
    public func insert(_ chart: Chart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws(XLSXError) {
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        let result = worksheet_insert_chart_opt(try sheet(), lxw_row_t(row), lxw_col_t(column), try chart.open(), &options)
        try XLSXError.check(result, "cannot insert a chart into sheet \"\(name)\"")
    }

    /// Formats every cell of the range whose text equals `text` (a conditional format, so it
    /// follows edits made in the spreadsheet).
    public func highlight(equalTo text: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, format: Format) throws(XLSXError) {
        let sheet = try sheet()
        var condition = lxw_conditional_format()
        condition.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        condition.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
        condition.format = format.pointer
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let result = quoted.withCString { value -> lxw_error in
            condition.value_string = UnsafeMutablePointer(mutating: value)
            return worksheet_conditional_format_range(sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                                                      lxw_row_t(lastRow), lxw_col_t(lastColumn), &condition)
        }
        try XLSXError.check(result, "cannot add a conditional format to sheet \"\(name)\"")
    }

    /// Hides the gridlines on screen and in print.
    public func hideGridlines() throws(XLSXError) {
        worksheet_gridlines(try sheet(), UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    /// Colours the sheet's tab (0xRRGGBB).
    public func setTabColor(_ color: UInt32) throws(XLSXError) {
        worksheet_set_tab_color(try sheet(), lxw_color_t(color))
    }

    /// Prints landscape, `wide` pages across and `tall` pages down (0: as many as needed).
    public func setLandscape(fitWide wide: Int, tall: Int) throws(XLSXError) {
        let sheet = try sheet()
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, UInt16(wide), UInt16(tall))
    }

    /// Makes this the sheet shown when the workbook opens.
    public func activate() throws(XLSXError) {
        worksheet_activate(try sheet())
    }
}
