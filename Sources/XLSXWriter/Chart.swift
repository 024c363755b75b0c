import Cxlsxwriter

/// A chart in a workbook: add series that refer to sheet ranges, then insert it into a sheet.
public final class Chart {
    /// The chart types capplan uses.
    public enum Kind: Sendable {
        case column, columnStacked, barStacked, pie

        var libraryValue: UInt8 {
            switch self {
            case .column: UInt8(LXW_CHART_COLUMN.rawValue)
            case .columnStacked: UInt8(LXW_CHART_COLUMN_STACKED.rawValue)
            case .barStacked: UInt8(LXW_CHART_BAR_STACKED.rawValue)
            case .pie: UInt8(LXW_CHART_PIE.rawValue)
            }
        }
    }

    /// A block of cells on a sheet, zero-based and inclusive.
    public struct Range: Sendable {
        public var sheet: String
        public var firstRow: Int
        public var firstColumn: Int
        public var lastRow: Int
        public var lastColumn: Int
        public init(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
            self.sheet = sheet
            self.firstRow = firstRow
            self.firstColumn = firstColumn
            self.lastRow = lastRow
            self.lastColumn = lastColumn
        }
    }

    private let pointer: UnsafeMutablePointer<lxw_chart>
    private let workbook: Workbook

    init(pointer: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.pointer = pointer
        self.workbook = workbook
    }

    func open() throws(XLSXError) -> UnsafeMutablePointer<lxw_chart> {
        guard workbook.isOpen else { throw .closed("chart") }
        return pointer
    }

    /// Adds a series of `values` labelled by `categories`, named `name`, filled with `color` (0xRRGGBB).
    public func addSeries(name: String, categories: Range, values: Range, color: UInt32? = nil) throws(XLSXError) {
        let chart = try open()
        guard let series = chart_add_series(chart, nil, nil) else { throw .notCreated("cannot add a chart series") }
        categories.sheet.withCString {
            chart_series_set_categories(series, $0, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
                                        lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
        }
        values.sheet.withCString {
            chart_series_set_values(series, $0, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn),
                                    lxw_row_t(values.lastRow), lxw_col_t(values.lastColumn))
        }
        name.withCString { chart_series_set_name(series, $0) }
        if let color {
            var fill = lxw_chart_fill()
            fill.color = lxw_color_t(color)
            chart_series_set_fill(series, &fill)
        }
    }

    /// Sets the title and the axis names.
    public func setTitles(_ title: String, x: String? = nil, y: String? = nil) throws(XLSXError) {
        let chart = try open()
        title.withCString { chart_title_set_name(chart, $0) }
        if let x { x.withCString { chart_axis_set_name(chart.pointee.x_axis, $0) } }
        if let y { y.withCString { chart_axis_set_name(chart.pointee.y_axis, $0) } }
    }

    /// Puts the legend below the plot.
    public func legendAtBottom() throws(XLSXError) {
        chart_legend_set_position(try open(), UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    }

    /// Narrows the gap between bars (percent of a bar's width).
    public func setGap(_ gap: Int) throws(XLSXError) {
        chart_set_series_gap(try open(), UInt16(gap))
    }
}
