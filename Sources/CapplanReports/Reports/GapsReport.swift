import CapplanCore

/// `gaps.csv` and the Gaps sheet: every required skill of every person, its gap and status.
public enum GapsReport: Report {
    public static let fileName: String? = "gaps.csv"
    public static let sheetName = "Gaps"

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.gaps.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let analysis = context.analysis
        var presentation = Presentation()
        // The longest table: its statuses are coloured by conditional formats, not cell by cell.
        presentation.conditionalStatus = true
        return ReportTable(title: "Gaps: every required skill of every person",
                           columns: ["person", "role", "level", "grade", "skill", "required", "rating", "gap", "status"],
                           rowCount: analysis.gaps.count, presentation: presentation) { index in
            let gap = analysis.gaps[index]
            let person = analysis.roster.people[gap.person]
            return [.person(gap.person), .role(person.role), .roleLevel(person.roleLevel), .text(orEmpty: person.gradeName),
                    .skill(gap.skill), .level(gap.required), .level(gap.rating), gap.gap.map(ReportCell.count) ?? .empty,
                    .gapStatus(gap.status)]
        }
    }
}
