import CapplanCore

/// `gap-changes.csv` and the Gap changes sheet: each required (person, skill) whose gap or status
/// differs, and why (SPEC §9). Extra columns give the statuses, required levels and ratings the
/// gaps come from.
public enum GapChangesReport: Report {
    public static let fileName: String? = "gap-changes.csv"
    public static let sheetName = "Gap changes"

    public static func rowCount(in context: ComparisonContext) -> RowCount { .exactly(context.comparison.gapChanges.count) }

    public static func table(in context: ComparisonContext) -> ReportTable {
        let rows = context.comparison.gapChanges
        @Sendable func gap(_ side: GapChange.Side?) -> ReportCell { side?.gap.map(ReportCell.count) ?? .empty }
        @Sendable func status(_ side: GapChange.Side?) -> ReportCell { side?.status.map(ReportCell.gapStatus) ?? .empty }
        return ReportTable(title: "Gap changes: \(context.labels.before) → \(context.labels.after)",
                           columns: ["person", "skill", "gap_before", "gap_after", "cause", "status_before", "status_after",
                                     "required_before", "required_after", "rating_before", "rating_after"],
                           rowCount: rows.count) { index in
            let row = rows[index]
            return [context.person(row.pair), context.skill(row.skill), gap(row.before), gap(row.after), .verdict(row.cause),
                    status(row.before), status(row.after), .level(row.before?.required), .level(row.after?.required),
                    .level(row.before?.rating), .level(row.after?.rating)]
        }
    }
}
