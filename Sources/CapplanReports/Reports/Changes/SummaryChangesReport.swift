import CapplanCore

/// `summary-changes.csv` and the Summary changes sheet: every metric of `summary.csv` before and
/// after, and the change (SPEC §9).
public enum SummaryChangesReport: Report {
    public static let fileName: String? = "summary-changes.csv"
    public static let sheetName = "Summary changes"

    public static func rowCount(in context: ComparisonContext) -> RowCount { .exactly(context.comparison.summaryChanges.count) }

    public static func table(in context: ComparisonContext) -> ReportTable {
        let rows = context.comparison.summaryChanges
        return ReportTable(title: "Summary changes: \(context.labels.before) → \(context.labels.after)",
                           columns: ["metric", "before", "after", "change"], rowCount: rows.count) { index in
            let row = rows[index]
            return [.text(row.metric), ReportCell(row.before), ReportCell(row.after), ReportCell(row.change)]
        }
    }
}
