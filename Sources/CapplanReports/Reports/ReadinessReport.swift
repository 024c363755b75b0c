import CapplanCore

/// `readiness.csv` and the Readiness sheet: how ready each person below the top of their role is
/// for the next level.
public enum ReadinessReport: Report {
    public static let fileName: String? = "readiness.csv"
    public static let sheetName = "Readiness"

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.readiness.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let analysis = context.analysis
        return ReportTable(title: "Progression readiness for the next role level",
                           columns: ["person", "role", "level", "next_level", "next_level_skills", "meeting", "readiness", "missing"],
                           rowCount: analysis.readiness.count) { index in
            let row = analysis.readiness[index]
            let person = analysis.roster.people[row.person]
            return [.person(row.person), .role(person.role), .roleLevel(person.roleLevel), .roleLevel(row.nextLevel),
                    .count(row.nextLevelSkills), .count(row.meeting), .fraction(row.readiness), .skills(row.missing)]
        }
    }
}
