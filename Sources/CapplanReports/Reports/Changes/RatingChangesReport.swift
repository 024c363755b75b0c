import CapplanCore

/// `rating-changes.csv` and the Rating changes sheet: every rating that differs, for the people in
/// both snapshots (SPEC §9).
public enum RatingChangesReport: Report {
    public static let fileName: String? = "rating-changes.csv"
    public static let sheetName = "Rating changes"

    public static func rowCount(in context: ComparisonContext) -> RowCount { .exactly(context.comparison.ratingChanges.count) }

    public static func table(in context: ComparisonContext) -> ReportTable {
        let rows = context.comparison.ratingChanges
        return ReportTable(title: "Rating changes: \(context.labels.before) → \(context.labels.after)",
                           columns: ["person", "skill", "rating_before", "rating_after", "change"], rowCount: rows.count) { index in
            let row = rows[index]
            return [context.person(row.pair), context.skill(row.skill), .level(row.before), .level(row.after), .verdict(row.kind)]
        }
    }
}
