import CapplanCore
import XLSXWriter

/// The Changes sheet's layout: key figures across the top; down the left the headline changes of
/// cover, the people who joined, left or moved, the mentoring's outcomes and the holders of every
/// skill before and after; right of them, the chart of those holders.
struct ChangesDashboard {
    let context: ComparisonContext
    let style: WorkbookStyle
    let naming: CellNaming
    var grid = Grid()
    /// Counts in the small tables, centred under their column names.
    var centred: Format?
    /// The next free row down the left.
    var row = 5

    /// People changes listed on the sheet before "… and N more".
    static let peopleShown = 20
    /// Where the chart goes: right of the tables, below the cards.
    static let chartColumn = 7

    init(context: ComparisonContext, style: WorkbookStyle) {
        self.context = context
        self.style = style
        naming = CellNaming(context)
    }

    mutating func draw(_ writer: inout SheetWriter, _ sheet: Worksheet) throws(XLSXError) {
        let comparison = context.comparison
        grid.set(0, 0, .text("Changes: \(context.labels.before) → \(context.labels.after)"), style.title)
        centred = try writer.workbook.format(FormatSpec(alignment: .center))
        try addCards(writer.workbook)
        addHeadlines()
        addPeople()
        addMentoring()
        let holdersTop = addHolders()
        try sheet.setColumns(0, 0, width: 42)
        try sheet.setColumns(1, 6, width: 15)
        grid.rowHeights[WorkbookLayout.headerRow] = 30
        grid.rowHeights[WorkbookLayout.firstDataRow] = 32
        try sheet.hideGridlines()
        try sheet.setLandscape(fitWide: 1, tall: 0)
        try sheet.setTabColor(WorkbookStyle.navy)
        try writer.flush(grid, to: sheet)
        try sheet.freezePanes(row: 4, column: 0)
        try addChart(writer.workbook, sheet, top: holdersTop, skills: comparison.coverageChanges.count)
    }

    /// Key figures after, with their change: people, joiners, leavers, promotions, single points,
    /// skills with no holder, levels of gap. Column 0 says when the data is as at.
    private mutating func addCards(_ workbook: Workbook) throws(XLSXError) {
        let comparison = context.comparison
        let changes = comparison.summaryChanges
        let after = comparison.after.summary
        let counts = after.statusCounts
        let cards: [(String, Int, FigureChange?, Bool)] = [
            ("People", after.headcount, FigureChange.of("headcount", in: changes, better: nil), false),
            ("Joined", comparison.count(.joined), nil, false),
            ("Left", comparison.count(.left), nil, comparison.count(.left) > 0),
            ("Promoted", comparison.count(.promoted), nil, false),
            ("Single points of knowledge", counts[.singlePoint] ?? 0, FigureChange.of("skills_single_point", in: changes, better: .lower),
             (counts[.singlePoint] ?? 0) > 0),
            ("Skills with no holder", counts[.noCover] ?? 0, FigureChange.of("skills_no_cover", in: changes, better: .lower),
             (counts[.noCover] ?? 0) > 0),
            ("Levels of gap", after.totalGapLevels, FigureChange.of("total_gap_levels", in: changes, better: .lower), false),
        ]
        for (i, card) in cards.enumerated() {
            let column = 1 + i
            grid.set(WorkbookLayout.headerRow, column, .text(card.0), style.cardLabel)
            grid.set(WorkbookLayout.firstDataRow, column, .number(card.1), card.3 ? style.cardAlarm : style.cardValue)
            if let change = card.2 { grid.set(WorkbookLayout.firstDataRow + 1, column, .text(change.text), try change.format(workbook)) }
        }
        grid.set(WorkbookLayout.headerRow, 0, .text("After, and the change since before"), style.cardLabel)
        let dates = [comparison.before.summary, after].map { $0.assessment?.newest?.description }
        if let before = dates[0], let now = dates[1] {
            grid.set(WorkbookLayout.firstDataRow, 0, .text("data as at \(before) → \(now)"), style.text)
        }
    }

    /// A section's title and column names at the next free row.
    private mutating func section(_ title: String, _ columns: [String]) {
        grid.set(row, 0, .text(title), style.sectionTitle)
        for (c, name) in columns.enumerated() { grid.set(row + 1, c, .text(name), style.header) }
        row += 2
    }

    /// Writes one row of cells, named and coloured as the tables are, at the next free row.
    private mutating func put(_ cells: [ReportCell]) {
        for (c, cell) in cells.enumerated() {
            let written = naming.cell(cell)
            let plain = if case .number = written, let centred { centred } else { style.format(for: written) }
            grid.set(row, c, written, cell.tone.map(style.format(for:)) ?? plain)
        }
        row += 1
    }

    private mutating func note(_ text: String) {
        grid.set(row, 0, .text(text), style.text)
        row += 1
    }

    /// Skills that lost cover, became single points or fell below target (red, amber), then those
    /// that reached it (green).
    private mutating func addHeadlines() {
        section("Headline changes of cover", ["skill", "change", "holders before", "holders after", "status before", "status after"])
        let rows = ChangesReport.headlines(context.comparison)
        if rows.isEmpty { note("No skill lost cover, became a single point of knowledge, fell below or reached its target.") }
        for change in rows {
            let tone = change.kind.tone
            put([.verdict(context.comparison.frameworks.name(change.skill), tone), .verdict(change.kind),
                 .count(change.holdersBefore), .count(change.holdersAfter), .status(change.before?.status), .status(change.after?.status)])
        }
        row += 1
    }

    /// Who joined, left, was promoted or moved (the first `peopleShown`).
    private mutating func addPeople() {
        section("People", ["person", "change", "before", "", "after", ""])
        let changes = context.comparison.peopleChanges
        let frameworks = context.comparison.frameworks
        func described(_ level: RoleLevelID?, _ framework: Framework) -> ReportCell {
            .text(orEmpty: level.map { "\(framework.roles[$0.role].name): \(framework[$0].name)" })
        }
        if changes.isEmpty { note("No one joined, left or changed role or level.") }
        for change in changes.prefix(Self.peopleShown) {
            // Each description runs on over the empty cell right of it.
            put([context.person(change.pair), .verdict(change.kind), described(change.before, frameworks.before), .empty,
                 described(change.after, frameworks.after)])
        }
        if changes.count > Self.peopleShown { note("… and \(changes.count - Self.peopleShown) more (the People changes sheet lists them all)") }
        row += 1
    }

    /// How many of BEFORE's pairings came to each outcome.
    private mutating func addMentoring() {
        section("Mentoring: \(context.labels.before)'s pairings by \(context.labels.after)", ["outcome", "pairings"])
        let outcomes = context.comparison.mentoringOutcomes
        if outcomes.isEmpty { note("The earlier snapshot's plan has no pairings.") }
        for outcome in MentoringOutcome.Outcome.allCases {
            let count = outcomes.filter { $0.outcome == outcome }.count
            if count > 0 { put([.verdict(outcome), .count(count)]) }
        }
        row += 1
    }

    /// Every skill of either team, holders before and after (the chart's data); returns its first data row.
    private mutating func addHolders() -> Int {
        section("Holders per skill", ["skill", "before", "after", "target"])
        let top = row
        for change in context.comparison.coverageChanges {
            let target = change.skill.after.flatMap { context.comparison.after.analysis.coverage(of: $0)?.targetHolders }
            put([context.skill(change.skill), .count(change.holdersBefore), .count(change.holdersAfter), target.map(ReportCell.count) ?? .empty])
        }
        return top
    }

    /// Holders before and after, a pair of bars per skill.
    private func addChart(_ workbook: Workbook, _ sheet: Worksheet, top: Int, skills: Int) throws(XLSXError) {
        guard skills > 0 else { return }
        let chart = try workbook.addChart(.bar)
        let last = top + skills - 1
        let name = ChangesReport.sheetName
        let categories = Chart.Range(sheet: name, firstRow: top, firstColumn: 0, lastRow: last, lastColumn: 0)
        for (column, label, color) in [(1, context.labels.before, UInt32(0x9DC3E6)), (2, context.labels.after, WorkbookStyle.navy)] {
            try chart.addSeries(name: label, categories: categories,
                                values: Chart.Range(sheet: name, firstRow: top, firstColumn: column, lastRow: last, lastColumn: column), color: color)
        }
        try chart.setTitles("Holders per skill, before (light) and after (dark)", x: "holders")
        try chart.setValueAxis(minimum: 0)
        try chart.listCategoriesTopDown()
        try chart.legendAtBottom()
        try chart.setGap(40)
        try sheet.insert(chart, row: 5, column: Self.chartColumn, xScale: 1.6, yScale: max(1.5, Double(skills) / 9))
    }
}
