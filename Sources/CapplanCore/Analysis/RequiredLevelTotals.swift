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
