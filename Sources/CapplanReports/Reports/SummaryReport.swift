import CapplanCore
import XLSXWriter

/// `summary.csv` (every metric of `TeamSummary`) and the Summary sheet: a dashboard of the
/// metrics, key figures, gaps by required level and the grade mix, with charts of skill coverage
/// by level, gaps by required level and the grade mix.
public enum SummaryReport: Report {
    public static let fileName: String? = "summary.csv"
    public static let sheetName = "Summary"
    /// The metrics include the mentoring plan's.
    public static let needsPlan = true

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.summary.metrics.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let metrics = context.summary.metrics
        return ReportTable(title: "Summary", columns: ["metric", "value"], rowCount: metrics.count) { index in
            [.text(metrics[index].name), ReportCell(metrics[index].value)]
        }
    }

    public static func drawing(in context: AnalysisContext) -> SheetDrawing? {
        SheetDrawing { writer, sheet throws(XLSXError) in
            var dashboard = Dashboard(context: context, style: writer.style)
            try dashboard.draw(&writer, sheet)
        }
    }
}

extension ReportCell {
    /// A summary metric's value as a cell.
    init(_ value: TeamSummary.Value) {
        switch value {
        case .count(let count): self = .count(count)
        case .fraction(let fraction): self = .fraction(fraction)
        case .text(let text): self = .text(orEmpty: text.isEmpty ? nil : text)
        }
    }
}

/// The Summary sheet's layout: the metrics table on the left; right of it the key figures, then
/// gaps by required level and the grade mix below them; the charts right of those. Fitted to one
/// landscape page.
private struct Dashboard {
    let context: AnalysisContext
    let style: WorkbookStyle
    var grid = Grid()

    /// Right of the metrics table (two columns) and a narrow spacer.
    static let cardColumn = 3
    /// The gaps table starts below the cards' label and value rows and a blank row.
    static let gapsTop = 4
    /// Rows a chart below the small tables takes, with a margin (its default height is 15 rows).
    static let chartRows = 17
    static let gapsColumns = ["required level", "people required", "below", "not assessed", "levels of gap"]

    init(context: AnalysisContext, style: WorkbookStyle) {
        self.context = context
        self.style = style
    }

    mutating func draw(_ writer: inout SheetWriter, _ sheet: Worksheet) throws(XLSXError) {
        let asAt = context.summary.assessment?.newest.map { " — data as at \($0)" } ?? ""
        grid.set(0, 0, .text("Team capability — \(context.analysis.roster.file)\(asAt)"), style.title)
        addMetrics()
        let cards = addCards()
        try addCardChanges(writer.workbook)
        let gaps = RequiredLevelTotals.of(context.analysis)
        addGaps(gaps)
        let mixTop = Self.gapsTop + 3 + max(gaps.count, 1)
        let mix = GradeMixPivot(context.analysis)
        addGradeMix(mix, top: mixTop)
        let riskTop = mixTop + 3 + mix.rows.count
        let riskRows = addRisk(top: riskTop)
        try setColumnWidths(sheet, mix: mix, cards: cards)
        grid.rowHeights[WorkbookLayout.headerRow] = 30
        grid.rowHeights[WorkbookLayout.firstDataRow] = 32
        try sheet.hideGridlines()
        // One page wide; as many tall as a long summary needs (a multidisciplinary team's metrics and
        // skills), rather than shrinking it to one page.
        let long = context.summary.metrics.count > 45 || context.analysis.coverage.count > 45
        try sheet.setLandscape(fitWide: 1, tall: long ? 0 : 1)
        try sheet.setTabColor(WorkbookStyle.navy)
        try writer.flush(grid, to: sheet)
        try sheet.freezePanes(row: WorkbookLayout.firstDataRow, column: 0)
        let chartsBelow = riskTop + riskRows
        try addCoverageChart(writer.workbook, sheet, column: Self.cardColumn + cards + 1)
        try addGapsChart(writer.workbook, sheet, gaps, row: chartsBelow)
        try addGradeMixChart(writer.workbook, sheet, mix, top: mixTop, row: chartsBelow + Self.chartRows)
    }

    /// The metric column wide enough for the longest metric (a DDaT title makes
    /// `people_principal_devops_engineer_management`); role names head the grade mix's rows when it is by role.
    private func setColumnWidths(_ sheet: Worksheet, mix: GradeMixPivot, cards: Int) throws(XLSXError) {
        let longest = context.summary.metrics.map(\.name.count).max() ?? 0
        try sheet.setColumns(0, 0, width: Double(min(50, max(34, longest + 2))))
        try sheet.setColumns(1, 1, width: 10)
        try sheet.setColumns(2, 2, width: 3)
        let last = Self.cardColumn + max(cards, Self.gapsColumns.count) - 1
        if mix.byRole || context.analysis.hasAttritionRisk {
            // A column's width is set once: libxlsxwriter keys widths by a range's first column, so a
            // later range starting there would replace this one.
            try sheet.setColumns(Self.cardColumn, Self.cardColumn, width: 34)
            try sheet.setColumns(Self.cardColumn + 1, last, width: 15)
        } else {
            try sheet.setColumns(Self.cardColumn, last, width: 15)
        }
    }

    /// The metrics table, equal to summary.csv.
    private mutating func addMetrics() {
        let metrics = SummaryReport.table(in: context)
        let naming = CellNaming(context)
        for (c, name) in metrics.columns.enumerated() { grid.set(WorkbookLayout.headerRow, c, .text(name), style.header) }
        for r in 0..<metrics.rowCount {
            for (c, cell) in metrics.row(r).enumerated() {
                let written = naming.cell(cell)
                grid.set(WorkbookLayout.firstDataRow + r, c, written, style.format(for: written))
            }
        }
    }

    /// Key figures, in red when they are alarming; returns how many.
    private mutating func addCards() -> Int {
        let summary = context.summary
        let counts = summary.statusCounts
        let cards: [(String, Int, Bool)] = [
            ("People", summary.headcount, false),
            ("Team skills", summary.teamSkills, false),
            ("Single points of knowledge", counts[.singlePoint] ?? 0, (counts[.singlePoint] ?? 0) > 0),
            ("Skills with no holder", counts[.noCover] ?? 0, (counts[.noCover] ?? 0) > 0),
            ("Levels of gap", summary.totalGapLevels, false),
            ("Mentoring pairs", summary.pairs, false),
        ]
        for (i, card) in cards.enumerated() {
            grid.set(WorkbookLayout.headerRow, Self.cardColumn + i, .text(card.0), style.cardLabel)
            grid.set(WorkbookLayout.firstDataRow, Self.cardColumn + i, .number(card.1), card.2 ? style.cardAlarm : style.cardValue)
        }
        return cards.count
    }

    /// Under each key figure, its change since the baseline (`analyze --baseline`): ▲1, ▼2 or no
    /// change, red when bad news. The key figures are `addCards`' in its order.
    private mutating func addCardChanges(_ workbook: Workbook) throws(XLSXError) {
        guard let changes = context.baseline?.comparison.summaryChanges else { return }
        let figures: [(metric: String, better: FigureChange.Better?)] = [
            ("headcount", nil), ("team_skills", nil), ("skills_single_point", .lower), ("skills_no_cover", .lower),
            ("total_gap_levels", .lower), ("mentoring_pairs", nil),
        ]
        for (i, figure) in figures.enumerated() {
            guard let change = FigureChange.of(figure.metric, in: changes, better: figure.better) else { continue }
            grid.set(WorkbookLayout.firstDataRow + 1, Self.cardColumn + i, .text(change.text), try change.format(workbook))
        }
    }

    /// Gaps by required level (the data of its chart).
    private mutating func addGaps(_ gaps: [RequiredLevelTotals]) {
        let column = Self.cardColumn
        grid.set(Self.gapsTop, column, .text("Gaps by required level"), style.sectionTitle)
        for (c, name) in Self.gapsColumns.enumerated() { grid.set(Self.gapsTop + 1, column + c, .text(name), style.header) }
        for (i, totals) in gaps.enumerated() {
            let row = Self.gapsTop + 2 + i
            grid.set(row, column, .text(context.framework.scale.name(totals.level)), style.text)
            for (c, value) in [totals.peopleRequired, totals.below, totals.notAssessed, totals.totalGapLevels].enumerated() {
                grid.set(row, column + 1 + c, .number(value), style.number)
            }
        }
    }

    /// The grade mix: grades down, role levels across; or roles down, grades across (the data of its chart).
    private mutating func addGradeMix(_ mix: GradeMixPivot, top: Int) {
        let column = Self.cardColumn
        let shown = { (grade: String) in grade.isEmpty ? "(no grade)" : grade }
        grid.set(top, column, .text(mix.byRole ? "Grade mix by role (headcount)" : "Grade mix (headcount)"), style.sectionTitle)
        grid.set(top + 1, column, .text(mix.byRole ? "role" : "grade"), style.header)
        for (c, name) in mix.columns.enumerated() { grid.set(top + 1, column + 1 + c, .text(mix.byRole ? shown(name) : name), style.header) }
        for (i, name) in mix.rows.enumerated() {
            grid.set(top + 2 + i, column, .text(mix.byRole ? name : shown(name)), style.text)
            for (c, count) in mix.counts[i].enumerated() { grid.set(top + 2 + i, column + 1 + c, .number(count), style.number) }
        }
    }

    /// With attrition information, the skills most likely to fall below their target within a year
    /// (`TeamAnalysis.mostLikelyToFallBelowTarget`), five at most; returns the rows it takes (none without).
    private mutating func addRisk(top: Int) -> Int {
        let analysis = context.analysis
        guard analysis.hasAttritionRisk else { return 0 }
        let column = Self.cardColumn
        let ranked = analysis.mostLikelyToFallBelowTarget(limit: Self.riskRanked)
        grid.set(top, column, .text("Most likely to fall below target within a year"), style.sectionTitle)
        for (c, name) in Self.riskColumns.enumerated() { grid.set(top + 1, column + c, .text(name), style.header) }
        if ranked.isEmpty {
            grid.set(top + 2, column, .text("none: no skill at its target has a holder who may leave"), style.text)
        }
        for (i, row) in ranked.enumerated() {
            let risk = row.risk!
            grid.set(top + 2 + i, column, .text(analysis.framework.skills[row.skill].name), style.text)
            grid.set(top + 2 + i, column + 1, .number(row.holders.count), style.number)
            grid.set(top + 2 + i, column + 2, .number(row.targetHolders), style.number)
            grid.set(top + 2 + i, column + 3, .probability(risk.belowTarget), style.probability)
            grid.set(top + 2 + i, column + 4, .probability(risk.noCover), style.probability)
        }
        return 3 + max(1, ranked.count)
    }

    /// Skills the Summary ranks by their risk of falling below target.
    static let riskRanked = 5
    static let riskColumns = ["skill", "holders", "target holders", "risk below target", "risk of no holder"]

    /// Skill coverage by level: a stacked bar per team skill, from the Coverage sheet.
    private func addCoverageChart(_ workbook: Workbook, _ sheet: Worksheet, column: Int) throws(XLSXError) {
        let rows = context.analysis.coverage.count
        guard rows > 0 else { return }
        let chart = try workbook.addChart(.barStacked)
        let first = WorkbookLayout.firstDataRow, last = WorkbookLayout.firstDataRow + rows - 1
        let categories = Chart.Range(sheet: CoverageReport.sheetName, firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0)
        for level in context.framework.scale.levels.indices {
            let valueColumn = CoverageReport.leadingColumns.count + level.index
            try chart.addSeries(name: context.framework.scale.name(level), categories: categories,
                                values: Chart.Range(sheet: CoverageReport.sheetName, firstRow: first, firstColumn: valueColumn,
                                                    lastRow: last, lastColumn: valueColumn),
                                color: WorkbookStyle.levelColors[min(level.index, WorkbookStyle.levelColors.count - 1)])
        }
        // A bar chart's x axis is its horizontal one: the values.
        try chart.setTitles("Skill coverage by level", x: "people")
        try chart.legendAtBottom()
        try chart.setGap(50)
        try sheet.insert(chart, row: 0, column: column, xScale: 1.5, yScale: max(1.5, Double(rows) / 10))
    }

    /// Gaps by required level: people below, not assessed, and levels of gap per level.
    private func addGapsChart(_ workbook: Workbook, _ sheet: Worksheet, _ gaps: [RequiredLevelTotals], row: Int) throws(XLSXError) {
        guard !gaps.isEmpty else { return }
        let chart = try workbook.addChart(.column)
        let first = Self.gapsTop + 2, last = Self.gapsTop + 1 + gaps.count
        let column = Self.cardColumn
        let categories = Chart.Range(sheet: SummaryReport.sheetName, firstRow: first, firstColumn: column, lastRow: last, lastColumn: column)
        let series: [(Int, String, UInt32)] = [(2, "below", WorkbookStyle.belowFont), (3, "not assessed", WorkbookStyle.notAssessedSeries),
                                               (4, "levels of gap", WorkbookStyle.navy)]
        for (offset, name, color) in series {
            try chart.addSeries(name: name, categories: categories,
                                values: Chart.Range(sheet: SummaryReport.sheetName, firstRow: first, firstColumn: column + offset,
                                                    lastRow: last, lastColumn: column + offset), color: color)
        }
        try chart.setTitles("Gaps by required level", x: "required level", y: "people / levels")
        try chart.legendAtBottom()
        try sheet.insert(chart, row: row, column: column, xScale: 1.3, yScale: 1.1)
    }

    /// The grade mix: by level, a column per grade stacked by level; by role, a bar per role stacked by grade.
    private func addGradeMixChart(_ workbook: Workbook, _ sheet: Worksheet, _ mix: GradeMixPivot, top: Int, row: Int) throws(XLSXError) {
        guard !mix.rows.isEmpty && !mix.columns.isEmpty else { return }
        let chart = try workbook.addChart(mix.byRole ? .barStacked : .columnStacked)
        let first = top + 2, last = top + 1 + mix.rows.count
        let column = Self.cardColumn
        let categories = Chart.Range(sheet: SummaryReport.sheetName, firstRow: first, firstColumn: column, lastRow: last, lastColumn: column)
        for (c, name) in mix.columns.enumerated() {
            try chart.addSeries(name: mix.byRole && name.isEmpty ? "(no grade)" : name, categories: categories,
                                values: Chart.Range(sheet: SummaryReport.sheetName, firstRow: first, firstColumn: column + 1 + c,
                                                    lastRow: last, lastColumn: column + 1 + c),
                                color: mix.byRole ? WorkbookStyle.gradeColors[min(c, WorkbookStyle.gradeColors.count - 1)]
                                    : WorkbookStyle.levelColors[min(c + 1, WorkbookStyle.levelColors.count - 1)])
        }
        if mix.byRole {
            try chart.setTitles("Grade mix by role", x: "people", y: "role")
            try chart.setGap(50)
        } else {
            try chart.setTitles("Grade mix", x: "grade", y: "people")
        }
        try chart.legendAtBottom()
        try sheet.insert(chart, row: row, column: column, xScale: 1.3, yScale: mix.byRole ? max(1.1, Double(mix.rows.count) / 8) : 1.1)
    }
}
