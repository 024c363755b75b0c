import CapplanCore

/// `gaps-by-level.csv` and the Gaps by level sheet: for each skill and required level, how the
/// people required at that level stand.
public enum GapsByLevelReport: Report {
    public static let fileName: String? = "gaps-by-level.csv"
    public static let sheetName = "Gaps by level"

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.levelGaps.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let rows = context.analysis.levelGaps
        return ReportTable(title: "Gaps per skill and required level",
                           columns: ["skill", "required_level", "people_required", "people_meeting", "people_below",
                                     "people_not_assessed", "total_gap_levels"],
                           rowCount: rows.count) { index in
            let row = rows[index]
            return [.skill(row.skill), .level(row.requiredLevel), .count(row.peopleRequired), .count(row.meeting),
                    .count(row.below), .count(row.notAssessed), .count(row.totalGapLevels)]
        }
    }
}
