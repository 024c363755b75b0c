import CapplanCore

/// `skill-trend.csv` and the Skill trend sheet: each skill of any snapshot's team, its holders per
/// snapshot (SPEC §9). The sheet is a heatmap: each cell coloured by the coverage status its holders
/// make in that snapshot (0 and uncoloured where the skill was not a team skill).
public enum SkillTrendReport: Report {
    public static let fileName: String? = "skill-trend.csv"
    public static let sheetName = "Skill trend"

    public static func rowCount(in context: TrendContext) -> RowCount { .exactly(context.trend.skills.count) }

    public static func table(in context: TrendContext) -> ReportTable {
        let rows = context.trend.skills
        var presentation = Presentation()
        presentation.frozenColumns = 1
        presentation.legend = [("no cover", .noCover), ("single point", .singlePoint), ("thin", .thin), ("ok", .ok)]
        return ReportTable(title: "Holders per skill: \(context.trend.labels.joined(separator: " → "))",
                           columns: ["skill"] + context.trend.labels, rowCount: rows.count, presentation: presentation) { index in
            let row = rows[index]
            return [.skill(row.skill)] + zip(row.holders, row.statuses).map { ReportCell.holders($0, $1) }
        }
    }
}
