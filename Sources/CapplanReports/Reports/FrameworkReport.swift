import CapplanCore

/// The Framework sheet: every requirement of the roles in the team, with each level's text.
public enum FrameworkReport: Report {
    public static let fileName: String? = nil
    public static let sheetName = "Framework"

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(requirements(context).count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let framework = context.framework
        let rows = requirements(context)
        var presentation = Presentation()
        presentation.wrapColumns = [4, 5]
        // Thousands of rows at most, on one sheet whatever the rows per sheet.
        presentation.oneSheet = true
        return ReportTable(title: "Framework: \(framework.title ?? framework.name) — the requirements of the roles in this team",
                           columns: ["role", "level", "skill", "required", "what this level can do", "skill description"],
                           rowCount: rows.count, presentation: presentation) { index in
            let (level, requirement) = rows[index]
            return [.role(level.role), .roleLevel(level), .text(requirement.statedName), .level(requirement.level),
                    .text(orEmpty: requirement.text), .text(orEmpty: framework.skills[requirement.skill].description)]
        }
    }

    /// The requirements of the team's roles: roles in framework order, levels junior to senior.
    static func requirements(_ context: AnalysisContext) -> [(RoleLevelID, Framework.Requirement)] {
        let framework = context.framework
        return Set(context.analysis.roster.people.map(\.role)).sorted().flatMap { role in
            framework.levels(of: role).flatMap { level in framework[level].requirements.map { (level, $0) } }
        }
    }
}
