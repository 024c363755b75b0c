import Cxlsxwriter

/// A chart in a workbook: add series that refer to sheet ranges, then insert it into a sheet.
public final class Chart {
    /// The chart types capplan uses.
    public enum Kind: Sendable {
        case column, columnStacked, barStacked, pie
        /// Horizontal bars side by side (a skill's holders before and after).
        case bar
        /// Lines with a marker at each point (a metric across snapshots).
        case line

        var libraryValue: UInt8 {
            switch self {
            case .bar: UInt8(LXW_CHART_BAR.rawValue)
            case .line: UInt8(LXW_CHART_LINE.rawValue)
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
    /// The chart's type: a line series is coloured by its line and markers, others by their fill.
    public let kind: Kind

    init(pointer: UnsafeMutablePointer<lxw_chart>, workbook: Workbook, kind: Kind) {
        self.pointer = pointer
        self.workbook = workbook
        self.kind = kind
    }

    func open() throws(XLSXError) -> UnsafeMutablePointer<lxw_chart> {
        guard workbook.isOpen else { throw .closed("chart") }
        return pointer
    }

    /// Adds a series of `values` labelled by `categories`, named `name`, filled (a line chart: drawn,
    /// with round markers) with `color` (0xRRGGBB).
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
        Self.literal(name).withCString { chart_series_set_name(series, $0) }
        guard let color else { return }
        var fill = lxw_chart_fill()
        fill.color = lxw_color_t(color)
        if kind == .line {
            var line = lxw_chart_line()
            line.color = lxw_color_t(color)
            line.width = 2.25
            chart_series_set_line(series, &line)
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
            chart_series_set_marker_size(series, 6)
            chart_series_set_marker_fill(series, &fill)
            chart_series_set_marker_line(series, &line)
        } else {
            chart_series_set_fill(series, &fill)
        }
    }

    /// Starts the value axis at `minimum` and shows its numbers in `numberFormat` (`0%`), when given.
    public func setValueAxis(minimum: Double? = nil, numberFormat: String? = nil) throws(XLSXError) {
        let chart = try open()
        // A bar chart's value axis is its horizontal one, libxlsxwriter's x axis.
        let axis = kind == .bar || kind == .barStacked ? chart.pointee.x_axis : chart.pointee.y_axis
        if let minimum { chart_axis_set_min(axis, minimum) }
        if let numberFormat { numberFormat.withCString { chart_axis_set_num_format(axis, $0) } }
    }

    /// Sets the title and the axis names.
    public func setTitles(_ title: String, x: String? = nil, y: String? = nil) throws(XLSXError) {
        let chart = try open()
        Self.literal(title).withCString { chart_title_set_name(chart, $0) }
        if let x { Self.literal(x).withCString { chart_axis_set_name(chart.pointee.x_axis, $0) } }
        if let y { Self.literal(y).withCString { chart_axis_set_name(chart.pointee.y_axis, $0) } }
    }

    /// Lists the categories from the top down (a bar chart lists its first at the bottom otherwise),
    /// keeping the value axis below the plot.
    public func listCategoriesTopDown() throws(XLSXError) {
        let chart = try open()
        // A bar chart's category axis is its vertical one, libxlsxwriter's y axis.
        let axis = kind == .bar || kind == .barStacked ? chart.pointee.y_axis : chart.pointee.x_axis
        chart_axis_set_reverse(axis)
        chart_axis_set_crossing_max(axis)
    }

    /// Puts the legend below the plot.
    public func legendAtBottom() throws(XLSXError) {
        chart_legend_set_position(try open(), UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    }

    /// Narrows the gap between bars (percent of a bar's width).
    public func setGap(_ gap: Int) throws(XLSXError) {
        chart_set_series_gap(try open(), UInt16(gap))
    }

    /// `text` as libxlsxwriter takes it literally: it reads a name beginning with "=" as a reference
    /// to cells, so such a name (a file's label, say) is set off by a space.
    static func literal(_ text: String) -> String { text.hasPrefix("=") ? " " + text : text }
}
