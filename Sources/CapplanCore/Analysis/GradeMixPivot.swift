/// The grade mix as a pivot: grades down (`Framework.gradeOrder`; an empty name is no grade), the
/// role levels' names across (merged across roles by name, in `Framework.levelNames` order, only
/// those with someone at them), headcount in the cells.
public struct GradeMixPivot: Sendable, Equatable {
    public var grades: [String]
    public var levelNames: [String]
    /// headcount[grade][level name], absent where nobody is.
    private var headcount: [String: [String: Int]]

    public init(_ analysis: TeamAnalysis) {
        let framework = analysis.framework
        var grades: [String] = []
        var headcount: [String: [String: Int]] = [:]
        for row in analysis.gradeMix {
            if headcount[row.grade] == nil { grades.append(row.grade) }
            headcount[row.grade, default: [:]][framework[row.level].name, default: 0] += row.headcount
        }
        self.grades = grades.sorted { framework.gradeOrder($0) < framework.gradeOrder($1) }
        self.headcount = headcount
        levelNames = framework.levelNames.filter { name in grades.contains { headcount[$0]?[name] != nil } }
    }

    /// People of `grade` at role levels called `levelName`.
    public func headcount(grade: String, levelName: String) -> Int { headcount[grade]?[levelName] ?? 0 }
}
