import CapplanCore

/// `skills-matrix.csv` and the Skills matrix sheet: everyone's rating in each of the team's
/// skills, coloured against what their role level requires (a heatmap), with a drop-down of the
/// scale's levels on the ratings for managers trying changes out.
public enum SkillsMatrixReport: Report {
    public static let fileName: String? = "skills-matrix.csv"
    public static let sheetName = "Skills matrix"
    /// The columns before the skills.
    static let personColumns = ["person", "role", "level", "grade", "team"]

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.roster.people.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let analysis = context.analysis
        let framework = analysis.framework
        let skills = analysis.coverage.map(\.skill)
        var presentation = Presentation()
        presentation.frozenColumns = 1
        presentation.legend = [("meets the required level", .meets), ("below it", .below),
                               ("required, not assessed", .notAssessed), ("rated, not required", .notRequired)]
        // A list validation takes at most 255 characters.
        let levels = framework.scale.levels.map(\.name)
        if !skills.isEmpty && levels.joined(separator: ",").count < 255 {
            presentation.dropDown = (personColumns.count..<personColumns.count + skills.count, levels)
        }
        return ReportTable(title: "Skills matrix", columns: personColumns + skills.map { framework.skills[$0].name },
                           rowCount: analysis.roster.people.count, presentation: presentation) { index in
            let p = PersonID(index)
            let person = analysis.roster.people[p]
            let required = framework[person.roleLevel]
            return [.person(p), .role(person.role), .roleLevel(person.roleLevel), .text(orEmpty: person.gradeName), .text(orEmpty: person.team)]
                + skills.map { .rating(analysis.roster.rating(p, $0), required: required.required($0)) }
        }
    }
}
