import CapplanCore
import XLSXWriter

/// The Changes sheet: the workbook of `capplan compare` opens on it, and `analyze --baseline` adds
/// it after the Summary. Key figures after and their change, the headline changes of cover (skills
/// that lost cover or became single points of knowledge in red, those that reached target in
/// green), who joined, left or moved, what came of the mentoring, and a chart of each skill's
/// holders before and after. A sheet only: its figures are in the CSV files of the other reports.
public enum ChangesReport: Report {
    public static let fileName: String? = nil
    public static let sheetName = "Changes"

    public static func rowCount(in context: ComparisonContext) -> RowCount { .exactly(headlines(context.comparison).count) }

    /// The headline changes, as a table (the sheet's first section; the sheet itself is drawn).
    public static func table(in context: ComparisonContext) -> ReportTable {
        let rows = headlines(context.comparison)
        return ReportTable(title: "Changes", columns: ["skill", "change", "holders_before", "holders_after", "status_before", "status_after"],
                           rowCount: rows.count) { index in
            let row = rows[index]
            return [context.skill(row.skill), .verdict(row.kind), .count(row.holdersBefore), .count(row.holdersAfter),
                    .status(row.before?.status), .status(row.after?.status)]
        }
    }

    public static func drawing(in context: ComparisonContext) -> SheetDrawing? {
        SheetDrawing { writer, sheet throws(XLSXError) in
            var dashboard = ChangesDashboard(context: context, style: writer.style)
            try dashboard.draw(&writer, sheet)
        }
    }

    /// The skills whose cover made a headline, worst news first, then in skill order.
    static func headlines(_ comparison: SnapshotComparison) -> [CoverageChange] {
        let rank = Dictionary(uniqueKeysWithValues: CoverageChange.Kind.allCases.enumerated().map { ($1, $0) })
        return comparison.coverageChanges.filter(\.kind.isHeadline).sorted { (rank[$0.kind]!, $0.skill) < (rank[$1.kind]!, $1.skill) }
    }
}
