import CapplanCore
import XLSXWriter

/// `capability.xlsx`: every report table as a sheet (equal to its CSV), with a dashboard and
/// charts on the Summary sheet, a heatmap on the skills matrix, the framework and an About sheet.
///
/// Every sheet is written row by row, top to bottom, so the workbook can use libxlsxwriter's
/// constant-memory mode (memory flat whatever the roster's size).
public struct WorkbookReport: Sendable {
    public let reports: ReportSet
    /// (label, value) lines for the About sheet: input, its SHA-256, options, versions.
    public let about: [(String, String)]
    /// Creation time written into the document, seconds since 1970.
    public let created: Int

    /// Table rows start here: row 0 is the title, row 1 the header.
    static let headerRow = 1
    static let firstDataRow = 2
    /// Data rows that fit on one sheet under the title and header.
    public static let maxRowsPerSheet = Workbook.maxRows - firstDataRow
    /// Data rows a sheet takes before a table continues on `Name (2)`, `Name (3)`, …: as many as
    /// Excel allows, or fewer (so tests can continue tables without a million-row roster).
    public var rowsPerSheet = WorkbookReport.maxRowsPerSheet

    /// Told, now and then, what is being done and the fraction of the workbook's rows written so far
    /// (for a progress bar): "writing the workbook", then "compressing the workbook".
    public var progress: (@Sendable (String, Double) -> Void)?

    public init(reports: ReportSet, about: [(String, String)], created: Int, progress: (@Sendable (String, Double) -> Void)? = nil) {
        self.reports = reports
        self.about = about
        self.created = created
        self.progress = progress
    }

    /// Writes the workbook to `path`; returns warnings (text cut to Excel's cell limit).
    public func write(to path: String, temporaryFolder: String? = nil) throws(XLSXError) -> [String] {
        let workbook = try Workbook(path: path, options: .init(constantMemory: true, temporaryFolder: temporaryFolder))
        var writer = SheetWriter(workbook: workbook, style: try WorkbookStyle(workbook))
        writer.progress = progress
        writer.rowsPerSheet = max(1, min(rowsPerSheet, Self.maxRowsPerSheet))
        let analysis = reports.analysis
        try workbook.setProperties(.init(
            title: "Team capability: \(analysis.roster.file)",
            subject: "Capability against \(analysis.framework.title ?? analysis.framework.name)",
            author: "capplan", comments: "Written by capplan from \(analysis.roster.file)", created: created))

        // Every sheet is added first, in workbook order; then the sheets that do not need the
        // mentoring plan are written while it may still be being worked out, and the rest after.
        let summary = try workbook.addWorksheet("Summary")
        let matrix = try writer.addSheets(reports.skillsMatrix.sheetName, rowCount: analysis.roster.people.count)
        let early: [ReportTable] = [reports.gaps, reports.gapsByLevel, reports.coverage, reports.keyPeople]
        let earlySheets = try early.map { table throws(XLSXError) in try writer.addSheets(table.sheetName, rowCount: table.rowCount) }
        // Every need is either met by one pairing or unmet, so the plan's two tables have as many
        // rows between them as there are needs, which are counted without the plan. Only when the
        // needs could exceed a sheet is the plan waited for, to split its tables into sheets.
        let needs = MentoringProblem.needCount(of: analysis)
        let mayOverflow = needs > writer.rowsPerSheet
        let mentoringSheets = try writer.addSheets("Mentoring", rowCount: mayOverflow ? reports.mentoring.rowCount : 0)
        let unmatchedSheets = try writer.addSheets("Unmatched needs", rowCount: mayOverflow ? reports.unmatchedNeeds.rowCount : 0)
        let late: [ReportTable] = [reports.readiness, reports.gradeMix]
        let lateSheets = try late.map { table throws(XLSXError) in try writer.addSheets(table.sheetName, rowCount: table.rowCount) }
        let framework = frameworkTable
        // Rows to write, for progress: every table's, the plan's two being as many as the needs.
        writer.expectedRows = analysis.roster.people.count + (early + late).reduce(0) { $0 + $1.rowCount } + needs
            + framework.rowCount + about.count
        // The requirements of the team's roles: thousands of rows, on one sheet up to Excel's limit
        // whatever `rowsPerSheet` is (tests make it small for the report tables alone).
        let frameworkSheets = try writer.addSheets("Framework", rowCount: framework.rowCount, single: true)
        let aboutSheet = try workbook.addWorksheet("About")

        try writeSkillsMatrix(matrix, &writer)
        for (table, sheets) in zip(early, earlySheets) {
            // The long Gaps table is coloured by conditional formats; the short ones cell by cell.
            let status = table.columns.firstIndex(of: "status")
            let long = table.fileName == "gaps.csv"
            try writer.fill(sheets, with: table, statusColumn: long ? nil : status, conditionalStatusColumn: long ? status : nil,
                            emphasiseFirstColumn: table.fileName == "key-people.csv")
        }
        for (table, sheets) in zip(late, lateSheets) { try writer.fill(sheets, with: table) }
        try writer.fill(frameworkSheets, with: framework, wrapColumns: [4, 5], single: true)
        try writeAbout(aboutSheet, &writer)
        // Now the plan.
        try writer.fill(mentoringSheets, with: reports.mentoring)
        try writer.fill(unmatchedSheets, with: reports.unmatchedNeeds)
        try writeSummary(summary, &writer)
        try summary.activate()
        progress?("compressing the workbook", 1)
        try workbook.close()
        return writer.warnings
    }

    // MARK: Summary

    private func writeSummary(_ sheet: Worksheet, _ writer: inout SheetWriter) throws(XLSXError) {
        let style = writer.style
        let analysis = reports.analysis
        let framework = analysis.framework
        let summary = reports.summary
        var grid = Grid()
        grid.set(0, 0, .text("Team capability — \(analysis.roster.file)"), style.title)

        // The metrics table, equal to summary.csv.
        let metrics = reports.summaryTable
        for (c, name) in metrics.columns.enumerated() { grid.set(Self.headerRow, c, .text(name), style.header) }
        for r in 0..<metrics.rowCount {
            for (c, cell) in metrics.row(r).enumerated() { grid.set(Self.firstDataRow + r, c, cell, writer.format(for: cell)) }
        }

        // Key figures.
        let counts = summary.statusCounts
        let cards: [(String, Int, Bool)] = [
            ("People", summary.headcount, false),
            ("Team skills", summary.teamSkills, false),
            ("Single points of knowledge", counts[.singlePoint] ?? 0, (counts[.singlePoint] ?? 0) > 0),
            ("Skills with no holder", counts[.noCover] ?? 0, (counts[.noCover] ?? 0) > 0),
            ("Levels of gap", summary.totalGapLevels, false),
            ("Mentoring pairs", summary.pairs, false),
        ]
        let cardColumn = 3
        for (i, card) in cards.enumerated() {
            grid.set(Self.headerRow, cardColumn + i, .text(card.0), style.cardLabel)
            grid.set(Self.firstDataRow, cardColumn + i, .number(card.1), card.2 ? style.cardAlarm : style.cardValue)
        }

        // Gaps by required level (for its chart).
        let scale = framework.scale
        var byLevel = [(required: Int, below: Int, notAssessed: Int, gap: Int)](repeating: (0, 0, 0, 0), count: scale.levels.count)
        for row in analysis.levelGaps {
            byLevel[row.requiredLevel].required += row.peopleRequired
            byLevel[row.requiredLevel].below += row.below
            byLevel[row.requiredLevel].notAssessed += row.notAssessed
            byLevel[row.requiredLevel].gap += row.totalGapLevels
        }
        let usedLevels = byLevel.indices.filter { byLevel[$0].required > 0 }
        let gapsTop = 4
        grid.set(gapsTop, cardColumn, .text("Gaps by required level"), style.sectionTitle)
        for (c, name) in ["required level", "people required", "below", "not assessed", "levels of gap"].enumerated() {
            grid.set(gapsTop + 1, cardColumn + c, .text(name), style.header)
        }
        for (i, level) in usedLevels.enumerated() {
            let row = gapsTop + 2 + i
            let values = byLevel[level]
            grid.set(row, cardColumn, .text(scale.name(level)), style.text)
            for (c, value) in [values.required, values.below, values.notAssessed, values.gap].enumerated() {
                grid.set(row, cardColumn + 1 + c, .number(value), style.number)
            }
        }

        // Grade mix: grades down, levels across (roles down, grades across for a multidisciplinary team).
        let mixTop = gapsTop + 3 + max(usedLevels.count, 1)
        let mix = SummaryGradeMix(analysis: analysis, gradeOrder: gradeOrder)
        grid.set(mixTop, cardColumn, .text(mix.title), style.sectionTitle)
        grid.set(mixTop + 1, cardColumn, .text(mix.rowHeader), style.header)
        for (c, name) in mix.columns.enumerated() { grid.set(mixTop + 1, cardColumn + 1 + c, .text(name), style.header) }
        for (i, name) in mix.rows.enumerated() {
            grid.set(mixTop + 2 + i, cardColumn, .text(name), style.text)
            for (c, count) in mix.counts[i].enumerated() { grid.set(mixTop + 2 + i, cardColumn + 1 + c, .number(count), style.number) }
        }

        // Wide enough for the longest metric (a DDaT title makes `people_principal_devops_engineer_management`).
        let longest = (0..<metrics.rowCount).map { metrics.row($0)[0].csvText.count }.max() ?? 0
        try sheet.setColumns(0, 0, width: Double(min(50, max(34, longest + 2))))
        try sheet.setColumns(1, 1, width: 10)
        try sheet.setColumns(2, 2, width: 3)
        if mix.byRole {
            // Role names head the grade mix's rows. (A column's width is set once: libxlsxwriter keys
            // widths by a range's first column, so a later range starting there would replace this one.)
            try sheet.setColumns(cardColumn, cardColumn, width: 34)
            try sheet.setColumns(cardColumn + 1, cardColumn + max(cards.count, 5) - 1, width: 15)
        } else {
            try sheet.setColumns(cardColumn, cardColumn + max(cards.count, 5) - 1, width: 15)
        }
        grid.rowHeights[Self.headerRow] = 30
        grid.rowHeights[Self.firstDataRow] = 32
        try sheet.hideGridlines()
        // One page wide; as many tall as a long summary needs (a multidisciplinary team's metrics and
        // skills), rather than shrinking it to one page.
        try sheet.setLandscape(fitWide: 1, tall: metrics.rowCount > 45 || analysis.coverage.count > 45 ? 0 : 1)
        try sheet.setTabColor(WorkbookStyle.navy)
        try writer.flush(grid, to: sheet)
        try sheet.freezePanes(row: Self.firstDataRow, column: 0)

        // Charts, to the right of the tables.
        let chartColumn = cardColumn + cards.count + 1 // clear of the cards, the small tables and the two charts below them
        let coverageRows = analysis.coverage.count
        if coverageRows > 0 {
            let chart = try writer.workbook.addChart(.barStacked)
            let categories = Chart.Range(sheet: "Coverage", firstRow: Self.firstDataRow, firstColumn: 0,
                                         lastRow: Self.firstDataRow + coverageRows - 1, lastColumn: 0)
            for level in scale.levels.indices {
                let column = 2 + level // skill, rated, then one column per scale level
                try chart.addSeries(name: scale.name(level), categories: categories,
                                    values: Chart.Range(sheet: "Coverage", firstRow: Self.firstDataRow, firstColumn: column,
                                                        lastRow: Self.firstDataRow + coverageRows - 1, lastColumn: column),
                                    color: WorkbookStyle.levelColors[min(level, WorkbookStyle.levelColors.count - 1)])
            }
            // A bar chart's x axis is its horizontal one: the values.
            try chart.setTitles("Skill coverage by level", x: "people")
            try chart.legendAtBottom()
            try chart.setGap(50)
            try sheet.insert(chart, row: 0, column: chartColumn, xScale: 1.5, yScale: max(1.5, Double(coverageRows) / 10))
        }
        if !usedLevels.isEmpty {
            let chart = try writer.workbook.addChart(.column)
            let rows = (first: gapsTop + 2, last: gapsTop + 1 + usedLevels.count)
            let categories = Chart.Range(sheet: "Summary", firstRow: rows.first, firstColumn: cardColumn, lastRow: rows.last, lastColumn: cardColumn)
            for (offset, name, color) in [(2, "below", WorkbookStyle.belowFont), (3, "not assessed", 0xBF9000), (4, "levels of gap", WorkbookStyle.navy)] {
                try chart.addSeries(name: name, categories: categories,
                                    values: Chart.Range(sheet: "Summary", firstRow: rows.first, firstColumn: cardColumn + offset,
                                                        lastRow: rows.last, lastColumn: cardColumn + offset), color: UInt32(color))
            }
            try chart.setTitles("Gaps by required level", x: "required level", y: "people / levels")
            try chart.legendAtBottom()
            try sheet.insert(chart, row: mixTop + 3 + mix.rows.count, column: cardColumn, xScale: 1.3, yScale: 1.1)
        }
        if !mix.rows.isEmpty && !mix.columns.isEmpty {
            // By level: a column per grade stacked by level. By role: a bar per role stacked by grade.
            let chart = try writer.workbook.addChart(mix.byRole ? .barStacked : .columnStacked)
            let rows = (first: mixTop + 2, last: mixTop + 1 + mix.rows.count)
            let categories = Chart.Range(sheet: "Summary", firstRow: rows.first, firstColumn: cardColumn, lastRow: rows.last, lastColumn: cardColumn)
            for (c, name) in mix.columns.enumerated() {
                try chart.addSeries(name: name, categories: categories,
                                    values: Chart.Range(sheet: "Summary", firstRow: rows.first, firstColumn: cardColumn + 1 + c,
                                                        lastRow: rows.last, lastColumn: cardColumn + 1 + c),
                                    color: mix.color(c))
            }
            if mix.byRole {
                try chart.setTitles("Grade mix by role", x: "people", y: "role")
            } else {
                try chart.setTitles("Grade mix", x: "grade", y: "people")
            }
            try chart.legendAtBottom()
            if mix.byRole { try chart.setGap(50) }
            try sheet.insert(chart, row: mixTop + 3 + mix.rows.count + 17, column: cardColumn, xScale: 1.3,
                             yScale: mix.byRole ? max(1.1, Double(mix.rows.count) / 8) : 1.1)
        }
    }

    private func gradeOrder(_ name: String) -> (Int, String) {
        let framework = reports.analysis.framework
        if name == "(no grade)" { return (Int.max, name) }
        if let index = framework.gradeIndex(name), framework.grades[index].name == name { return (index, name) }
        return (framework.grades.count, name)
    }

    // MARK: Skills matrix

    private func writeSkillsMatrix(_ sheets: [Worksheet], _ writer: inout SheetWriter) throws(XLSXError) {
        let style = writer.style
        let analysis = reports.analysis
        let framework = analysis.framework
        let table = reports.skillsMatrix
        let skills = reports.teamSkills
        let fixed = 5 // person, role, level, grade, team
        try writer.fill(sheets, with: table, frozenColumns: 1, legend: [
            ("meets the required level", style.meets), ("below it", style.below),
            ("required, not assessed", style.notAssessed), ("rated, not required", style.notRequired),
        ]) { row, column, cell in
            guard column >= fixed else { return nil }
            let person = analysis.roster.people[row]
            let required = framework.roles[person.role].levels[person.level].required(skills[column - fixed])
            let rating = analysis.roster.rating(row, skills[column - fixed])
            // A skill neither required nor rated stays blank: nothing to show, and nothing to write.
            guard let required else { return rating == nil ? style.text : style.notRequired }
            guard let rating else { return style.notAssessed }
            return rating >= required ? style.meets : style.below
        }
        // A drop-down of the scale's level names on the rating cells, for managers trying changes out.
        let names = framework.scale.levels.map(\.name)
        if !skills.isEmpty && names.joined(separator: ",").count < 255 {
            for (part, sheet) in sheets.enumerated() {
                let rows = min(writer.rowsPerSheet, table.rowCount - part * writer.rowsPerSheet)
                guard rows > 0 else { continue }
                try sheet.validateList(names, firstRow: Self.firstDataRow, firstColumn: fixed,
                                       lastRow: Self.firstDataRow + rows - 1, lastColumn: fixed + skills.count - 1)
            }
        }
    }

    // MARK: Framework and About

    /// The Framework sheet's table: the requirements of the roles in the team.
    private var frameworkTable: ReportTable {
        let analysis = reports.analysis
        let framework = analysis.framework
        let roles = Set(analysis.roster.people.map(\.role)).sorted()
        var rows: [[Cell]] = []
        for role in roles {
            for level in framework.roles[role].levels {
                for requirement in level.requirements {
                    rows.append([.text(framework.roles[role].name), .text(level.name), .text(requirement.statedName),
                                 .text(framework.scale.name(requirement.level)), requirement.text.map(Cell.text) ?? .empty,
                                 framework.skills[requirement.skill].description.map(Cell.text) ?? .empty])
                }
            }
        }
        return ReportTable(fileName: "", sheetName: "Framework",
                           title: "Framework: \(framework.title ?? framework.name) — the requirements of the roles in this team",
                           columns: ["role", "level", "skill", "required", "what this level can do", "skill description"],
                           rowCount: rows.count) { [rows] in rows[$0] }
    }

    private func writeAbout(_ sheet: Worksheet, _ writer: inout SheetWriter) throws(XLSXError) {
        let rows: [[Cell]] = about.map { [.text($0.0), .text($0.1)] }
        let table = ReportTable(fileName: "", sheetName: "About", title: "About these reports", columns: ["item", "value"],
                                rowCount: rows.count) { [rows] in rows[$0] }
        try writer.fill([sheet], with: table, wrapColumns: [1], filter: false, single: true)
    }
}

/// A sparse block of cells, for sheets laid out freely but written row by row.
struct Grid {
    var cells: [Int: [Int: (Cell, Format)]] = [:]
    var rowHeights: [Int: Double] = [:]
    mutating func set(_ row: Int, _ column: Int, _ cell: Cell, _ format: Format) { cells[row, default: [:]][column] = (cell, format) }
}
