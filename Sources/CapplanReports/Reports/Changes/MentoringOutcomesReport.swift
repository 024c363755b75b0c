import CapplanCore

/// `mentoring-outcomes.csv` and the Mentoring outcomes sheet: every pairing of BEFORE's mentoring
/// plan, and whether the mentee reached the target by AFTER (SPEC §9). `kind` (gap or resilience) is
/// an extra column.
public enum MentoringOutcomesReport: Report {
    public static let fileName: String? = "mentoring-outcomes.csv"
    public static let sheetName = "Mentoring outcomes"

    public static func rowCount(in context: ComparisonContext) -> RowCount { .exactly(context.comparison.mentoringOutcomes.count) }

    public static func table(in context: ComparisonContext) -> ReportTable {
        let rows = context.comparison.mentoringOutcomes
        return ReportTable(title: "Mentoring outcomes: \(context.labels.before)'s pairings by \(context.labels.after)",
                           columns: ["mentor", "mentee", "skill", "target", "rating_before", "rating_after", "outcome", "kind"],
                           rowCount: rows.count) { index in
            let row = rows[index]
            return [context.person(row.mentor), context.person(row.mentee), context.skill(row.skill), .level(row.target),
                    .level(row.before), .level(row.after), .verdict(row.outcome), .text(row.kind.rawValue)]
        }
    }
}
