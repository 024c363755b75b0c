import CapplanCore

/// `mentoring.csv` and the Mentoring sheet: the pairings of maximum total weight.
public enum MentoringReport: Report {
    public static let fileName: String? = "mentoring.csv"
    public static let sheetName = "Mentoring"
    public static let needsPlan = true

    public static func rowCount(in context: AnalysisContext) -> RowCount { .shareOfNeeds(context.needCount) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let plan = context.plan
        let roster = context.analysis.roster
        return ReportTable(title: "Mentoring pairings of maximum total weight",
                           columns: ["mentor", "mentee", "skill", "kind", "mentee_rating", "target", "mentor_rating", "weight"],
                           rowCount: plan.pairings.count) { index in
            let pairing = plan.pairings[index]
            let need = plan.problem.needs[pairing.need]
            return [.person(pairing.mentor), .person(need.mentee), .skill(need.skill), .text(need.kind.rawValue),
                    .level(need.rating), .level(need.target), .level(roster.rating(pairing.mentor, need.skill)), .count(need.weight)]
        }
    }
}
