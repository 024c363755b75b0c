import CapplanCore

/// `people-changes.csv` and the People changes sheet: who joined, left, was promoted, moved down a
/// level or changed role (SPEC §9). Unchanged people are not listed.
public enum PeopleChangesReport: Report {
    public static let fileName: String? = "people-changes.csv"
    public static let sheetName = "People changes"

    public static func rowCount(in context: ComparisonContext) -> RowCount { .exactly(context.comparison.peopleChanges.count) }

    public static func table(in context: ComparisonContext) -> ReportTable {
        let rows = context.comparison.peopleChanges
        let frameworks = context.comparison.frameworks
        @Sendable func role(_ level: RoleLevelID?, _ framework: Framework) -> ReportCell { .text(orEmpty: level.map { framework.roles[$0.role].name }) }
        @Sendable func level(_ level: RoleLevelID?, _ framework: Framework) -> ReportCell { .text(orEmpty: level.map { framework[$0].name }) }
        return ReportTable(title: "People changes: \(context.labels.before) → \(context.labels.after)",
                           columns: ["person", "change", "role_before", "level_before", "role_after", "level_after"],
                           rowCount: rows.count) { index in
            let row = rows[index]
            return [context.person(row.pair), .verdict(row.kind),
                    role(row.before, frameworks.before), level(row.before, frameworks.before),
                    role(row.after, frameworks.after), level(row.after, frameworks.after)]
        }
    }
}
