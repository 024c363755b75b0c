import CapplanCore

/// `unmatched-needs.csv` and the Unmatched needs sheet: the needs the plan leaves unmet, and why.
public enum UnmatchedNeedsReport: Report {
    public static let fileName: String? = "unmatched-needs.csv"
    public static let sheetName = "Unmatched needs"
    public static let needsPlan = true

    public static func rowCount(in context: AnalysisContext) -> RowCount { .shareOfNeeds(context.needCount) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let plan = context.plan
        let unmet = plan.problem.needs.indices.filter { plan.unmet[$0] != nil }.sorted(by: plan.pairingOrder)
        return ReportTable(title: "Needs the plan leaves unmet, and why",
                           columns: ["mentee", "skill", "kind", "mentee_rating", "target", "weight", "reason"],
                           rowCount: unmet.count) { index in
            let need = plan.problem.needs[unmet[index]]
            return [.person(need.mentee), .skill(need.skill), .text(need.kind.rawValue), .level(need.rating),
                    .level(need.target), .count(need.weight), .text(plan.unmet[unmet[index]]!.rawValue)]
        }
    }
}
