/// The grade mix as the Summary's pivot: grades down and the team's level names across (merged
/// across roles by name, in framework order); or, for a multidisciplinary team whose levels have
/// more names than a chart can show as series (`maxLevelColumns`), the team's roles down and
/// grades across. An empty grade is no grade (`Framework.gradeOrder` puts it last).
public struct GradeMixPivot: Sendable, Equatable {
    /// The most level names shown as columns; past it, the pivot turns to roles by grade.
    public static let maxLevelColumns = 8

    /// True when rows are roles and columns grades.
    public let byRole: Bool
    /// Grades in `Framework.gradeOrder` (an empty name is no grade), or roles in framework order.
    public let rows: [String]
    /// The team's level names in framework order, or grades.
    public let columns: [String]
    /// Headcount per row and column.
    public let counts: [[Int]]

    public init(_ analysis: TeamAnalysis) {
        let framework = analysis.framework
        let levelName = { (row: TeamAnalysis.GradeMix) in framework[row.level].name }
        let byRole = Set(analysis.gradeMix.map(levelName)).count > Self.maxLevelColumns
        var grades: [String] = []
        var headcount: [String: [String: Int]] = [:]   // by grade, then level name or role
        for row in analysis.gradeMix {
            if headcount[row.grade] == nil { grades.append(row.grade) }
            headcount[row.grade, default: [:]][byRole ? framework.roles[row.level.role].name : levelName(row), default: 0] += row.headcount
        }
        grades.sort { framework.gradeOrder($0) < framework.gradeOrder($1) }
        let names = byRole ? framework.roles.map(\.name) : framework.levelNames
        let used = names.filter { name in grades.contains { headcount[$0]?[name] != nil } }
        let (rows, columns) = byRole ? (used, grades) : (grades, used)
        self.byRole = byRole
        self.rows = rows
        self.columns = columns
        counts = rows.map { row in
            columns.map { column in byRole ? headcount[column]?[row] ?? 0 : headcount[row]?[column] ?? 0 }
        }
    }
}
