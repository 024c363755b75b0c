/// The gaps of a team summed over its skills, per required level (the Summary's "Gaps by
/// required level"): how many requirements ask for each level, and how they stand.
public struct RequiredLevelTotals: Sendable, Equatable {
    public var level: ScaleLevel
    /// Required (person, skill) pairs at this level.
    public var peopleRequired = 0
    public var below = 0
    public var notAssessed = 0
    public var totalGapLevels = 0

    /// One entry per scale level that some requirement of the team asks for, ascending.
    public static func of(_ analysis: TeamAnalysis) -> [RequiredLevelTotals] {
        var totals = analysis.framework.scale.levels.indices.map { RequiredLevelTotals(level: $0) }
        for row in analysis.levelGaps {
            totals[row.requiredLevel.index].peopleRequired += row.peopleRequired
            totals[row.requiredLevel.index].below += row.below
            totals[row.requiredLevel.index].notAssessed += row.notAssessed
            totals[row.requiredLevel.index].totalGapLevels += row.totalGapLevels
        }
        return totals.filter { $0.peopleRequired > 0 }
    }
}

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
