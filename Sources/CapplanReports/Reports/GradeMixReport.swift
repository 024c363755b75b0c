import CapplanCore

/// `grade-mix.csv` and the Grade mix sheet: headcount by grade and role level, atypical pairs flagged.
public enum GradeMixReport: Report {
    public static let fileName: String? = "grade-mix.csv"
    public static let sheetName = "Grade mix"

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.gradeMix.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let rows = context.analysis.gradeMix
        return ReportTable(title: "Grade mix: headcount by grade and role level",
                           columns: ["grade", "level", "headcount", "typical", "role"], rowCount: rows.count) { index in
            let row = rows[index]
            // `unknown` where the framework lists no typical grades for the level (SPEC §7).
            let typical: ReportCell = row.typicalKnown ? .yesNo(row.typical) : .text("unknown")
            return [.text(row.grade), .roleLevel(row.level), .count(row.headcount), typical, .role(row.level.role)]
        }
    }
}
