import CapplanCore

/// `coverage-changes.csv` and the Coverage changes sheet: every skill of either team, its holders and
/// status before and after (SPEC §9), and the headline that makes (`change`, an extra column).
public enum CoverageChangesReport: Report {
    public static let fileName: String? = "coverage-changes.csv"
    public static let sheetName = "Coverage changes"

    public static func rowCount(in context: ComparisonContext) -> RowCount { .exactly(context.comparison.coverageChanges.count) }

    public static func table(in context: ComparisonContext) -> ReportTable {
        let rows = context.comparison.coverageChanges
        return ReportTable(title: "Coverage changes: \(context.labels.before) → \(context.labels.after)",
                           columns: ["skill", "holders_before", "holders_after", "status_before", "status_after", "change"],
                           rowCount: rows.count) { index in
            let row = rows[index]
            return [context.skill(row.skill), .count(row.holdersBefore), .count(row.holdersAfter),
                    .status(row.before?.status), .status(row.after?.status), .verdict(row.kind)]
        }
    }
}
