import CapplanCore

/// The Summary sheet's grade-mix table and the chart drawn from it: grades down and the team's
/// level names across (one chart series per level); or, for a multidisciplinary team whose levels
/// have more names than a chart can show as series, the team's roles down and grades across (one
/// bar per role, one series per grade).
struct SummaryGradeMix {
    /// The most level names shown as columns and series; past it, the table turns to roles by grade.
    static let maxLevelColumns = 8
    /// Series colours for grades, junior (light) to senior (dark), then others.
    static let gradeColors: [UInt32] = [0xDEEBF7, 0xBDD7EE, 0x9DC3E6, 0x6BAED6, 0x2E75B6, 0x1F4E79, 0x0B2545, 0x7F7F7F, 0xBFBFBF]

    let byRole: Bool
    /// The first column's header: `grade`, or `role`.
    let rowHeader: String
    /// Grades (framework order, then others, "(no grade)" last), or roles in framework order.
    let rows: [String]
    /// The team's level names in framework order, or grades.
    let columns: [String]
    /// Headcount per row and column.
    let counts: [[Int]]

    var title: String { byRole ? "Grade mix by role (headcount)" : "Grade mix (headcount)" }

    init(analysis: TeamAnalysis, gradeOrder: (String) -> (Int, String)) {
        let framework = analysis.framework
        let levelName = { (row: TeamAnalysis.GradeMix) in framework.roles[row.role].levels[row.level].name }
        byRole = Set(analysis.gradeMix.map(levelName)).count > Self.maxLevelColumns
        var grades: [String] = []
        var headcount: [String: [String: Int]] = [:]   // by grade, then level name or role
        for row in analysis.gradeMix {
            let grade = row.grade.isEmpty ? "(no grade)" : row.grade
            if !grades.contains(grade) { grades.append(grade) }
            headcount[grade, default: [:]][byRole ? framework.roles[row.role].name : levelName(row), default: 0] += row.headcount
        }
        grades.sort { gradeOrder($0) < gradeOrder($1) }
        var names: [String] = []
        for role in framework.roles {
            if byRole { names.append(role.name); continue }
            for level in role.levels where !names.contains(level.name) { names.append(level.name) }
        }
        let used = names.filter { name in grades.contains { headcount[$0]?[name] != nil } }
        let (rows, columns, byRole) = (byRole ? used : grades, byRole ? grades : used, byRole)
        rowHeader = byRole ? "role" : "grade"
        self.rows = rows
        self.columns = columns
        counts = rows.map { row in
            columns.map { column in byRole ? headcount[column]?[row] ?? 0 : headcount[row]?[column] ?? 0 }
        }
    }

    /// The colour of series `index`: the levels' blues as before, or a grade's.
    func color(_ index: Int) -> UInt32 {
        byRole ? Self.gradeColors[min(index, Self.gradeColors.count - 1)]
            : WorkbookStyle.levelColors[min(index + 1, WorkbookStyle.levelColors.count - 1)]
    }
}
