import CapplanCore

/// `coverage.csv` and the Coverage sheet: each team skill's ratings by level and its holders
/// against the target, single points of knowledge and skills with no holder coloured; with attrition
/// information, the chance of falling below the target and of losing every holder within a year.
public enum CoverageReport: Report {
    public static let fileName: String? = "coverage.csv"
    public static let sheetName = "Coverage"
    /// The columns before one per scale level (the Summary's coverage chart plots those).
    static let leadingColumns = ["skill", "rated"]
    /// The columns that follow when the run has attrition information (SPEC §10).
    static let riskColumns = ["risk_below_target", "risk_no_cover"]

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.coverage.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let rows = context.analysis.coverage
        let risk = context.analysis.hasAttritionRisk
        return ReportTable(title: "Coverage: holders of each skill against the target" + (risk ? ", and the risk of losing them within a year" : ""),
                           columns: leadingColumns + context.framework.scale.levels.map(\.name)
                               + ["holders", "target_holders", "status", "sole_holder", "holder_level"] + (risk ? riskColumns : []),
                           rowCount: rows.count) { index in
            let row = rows[index]
            return [.skill(row.skill), .count(row.rated)] + row.countsByLevel.map(ReportCell.count)
                + [.count(row.holders.count), .count(row.targetHolders), .coverageStatus(row.status),
                   row.soleHolder.map(ReportCell.person) ?? .empty, .level(row.holderLevel)]
                + (row.risk.map { [.probability($0.belowTarget), .probability($0.noCover)] } ?? [])
        }
    }
}
