import CapplanCore

/// `coverage.csv` and the Coverage sheet: each team skill's ratings by level and its holders
/// against the target, single points of knowledge and skills with no holder coloured.
public enum CoverageReport: Report {
    public static let fileName: String? = "coverage.csv"
    public static let sheetName = "Coverage"
    /// The columns before one per scale level (the Summary's coverage chart plots those).
    static let leadingColumns = ["skill", "rated"]

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.coverage.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let rows = context.analysis.coverage
        return ReportTable(title: "Coverage: holders of each skill against the target",
                           columns: leadingColumns + context.framework.scale.levels.map(\.name)
                               + ["holders", "target_holders", "status", "sole_holder", "holder_level"],
                           rowCount: rows.count) { index in
            let row = rows[index]
            return [.skill(row.skill), .count(row.rated)] + row.countsByLevel.map(ReportCell.count)
                + [.count(row.holders.count), .count(row.targetHolders), .coverageStatus(row.status),
                   row.soleHolder.map(ReportCell.person) ?? .empty, .level(row.holderLevel)]
        }
    }
}
