import CapplanCore
import XLSXWriter

/// `trend.csv` and the Trend sheet: every metric of `summary.csv`, one column per snapshot (SPEC
/// §9). The sheet shows the table beside line charts of headcount, total gap levels, skills by
/// coverage status and mean readiness across the snapshots.
public enum TrendReport: Report {
    public static let fileName: String? = "trend.csv"
    public static let sheetName = "Trend"

    public static func rowCount(in context: TrendContext) -> RowCount { .exactly(context.trend.metrics.rows.count) }

    public static func table(in context: TrendContext) -> ReportTable {
        let rows = context.trend.metrics.rows
        return ReportTable(title: "Trend: \(context.trend.labels.joined(separator: " → "))",
                           columns: ["metric"] + context.trend.labels, rowCount: rows.count) { index in
            [.text(rows[index].metric)] + rows[index].values.map(ReportCell.init)
        }
    }

    public static func drawing(in context: TrendContext) -> SheetDrawing? {
        SheetDrawing { writer, sheet throws(XLSXError) in
            try TrendDashboard(context: context, style: writer.style).draw(&writer, sheet)
        }
    }
}

/// The Trend sheet's layout: the metrics table (equal to trend.csv) on the left, four line charts
/// right of it, two by two.
private struct TrendDashboard {
    let context: TrendContext
    let style: WorkbookStyle

    /// A chart: its title, its series (metric, name, colour), the value axis's number format.
    struct LineChart {
        var title: String
        var series: [(metric: String, name: String, color: UInt32)]
        var numberFormat: String? = nil
    }

    static let charts: [LineChart] = [
        LineChart(title: "Headcount", series: [("headcount", "people", WorkbookStyle.navy)]),
        LineChart(title: "Total gap levels", series: [("total_gap_levels", "levels of gap", WorkbookStyle.belowFont)]),
        LineChart(title: "Skills by coverage status", series: [
            ("skills_ok", "ok", WorkbookStyle.meetsFont), ("skills_thin", "thin", WorkbookStyle.notAssessedSeries),
            ("skills_single_point", "single point", 0xFF6F61), ("skills_no_cover", "no cover", 0x7F0000),
        ]),
        LineChart(title: "Mean readiness for the next level", series: [("mean_readiness", "mean readiness", WorkbookStyle.headerFill)],
                  numberFormat: "0%"),
    ]

    func draw(_ writer: inout SheetWriter, _ sheet: Worksheet) throws(XLSXError) {
        let table = TrendReport.table(in: context)
        var grid = Grid()
        grid.set(0, 0, .text(table.title), style.title)
        for (c, name) in table.columns.enumerated() { grid.set(WorkbookLayout.headerRow, c, .text(name), style.header) }
        let naming = CellNaming(context)
        for r in 0..<table.rowCount {
            for (c, cell) in table.row(r).enumerated() {
                let written = naming.cell(cell)
                grid.set(WorkbookLayout.firstDataRow + r, c, written, style.format(for: written))
            }
        }
        grid.rowHeights[WorkbookLayout.headerRow] = 30
        let longest = context.trend.metrics.rows.map(\.metric.count).max() ?? 0
        try sheet.setColumns(0, 0, width: Double(min(50, max(30, longest + 2))))
        try sheet.setColumns(1, table.columns.count - 1, width: Double(max(10, (context.trend.labels.map(\.count).max() ?? 0) + 2)))
        try sheet.hideGridlines()
        try sheet.setLandscape(fitWide: 1, tall: 0)
        try sheet.setTabColor(WorkbookStyle.navy)
        try writer.flush(grid, to: sheet)
        try sheet.freezePanes(row: WorkbookLayout.firstDataRow, column: 1)
        try addCharts(writer.workbook, sheet, left: table.columns.count + 1)
    }

    /// The four charts, from the table's rows; a chart none of whose metrics any snapshot has is left out.
    private func addCharts(_ workbook: Workbook, _ sheet: Worksheet, left: Int) throws(XLSXError) {
        let rows = context.trend.metrics.rows
        let snapshots = context.trend.labels.count
        let name = TrendReport.sheetName
        let categories = Chart.Range(sheet: name, firstRow: WorkbookLayout.headerRow, firstColumn: 1,
                                     lastRow: WorkbookLayout.headerRow, lastColumn: snapshots)
        for (index, spec) in Self.charts.enumerated() {
            let series = spec.series.compactMap { entry in rows.firstIndex { $0.metric == entry.metric }.map { (entry, $0) } }
            guard !series.isEmpty else { continue }
            let chart = try workbook.addChart(.line)
            for (entry, row) in series {
                let at = WorkbookLayout.firstDataRow + row
                try chart.addSeries(name: entry.name, categories: categories,
                                    values: Chart.Range(sheet: name, firstRow: at, firstColumn: 1, lastRow: at, lastColumn: snapshots),
                                    color: entry.color)
            }
            try chart.setTitles(spec.title)
            try chart.setValueAxis(minimum: 0, numberFormat: spec.numberFormat)
            try chart.legendAtBottom()
            try sheet.insert(chart, row: 1 + (index / 2) * 16, column: left + (index % 2) * 8)
        }
    }
}
