import CapplanCore

/// `key-people.csv` and the Key people sheet: the sole holders of one or more skills; with attrition
/// information, `risk_no_cover`: the chance that they leave within a year, leaving those skills with
/// no holder (each sole skill's `risk_no_cover` in coverage.csv).
public enum KeyPeopleReport: Report {
    public static let fileName: String? = "key-people.csv"
    public static let sheetName = "Key people"

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.keyPeople.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let analysis = context.analysis
        let rows = analysis.keyPeople
        var presentation = Presentation()
        presentation.emphasiseFirstColumn = true
        let risk = analysis.hasAttritionRisk
        return ReportTable(title: "Key people: sole holders of a skill" + (risk ? ", and the risk of losing them within a year" : ""),
                           columns: ["person", "sole_skills", "skills"] + (risk ? ["risk_no_cover"] : []),
                           rowCount: rows.count, presentation: presentation) { index in
            let row = rows[index]
            let cells: [ReportCell] = [.person(row.person), .count(row.soleSkills.count), .skills(row.soleSkills)]
            guard risk, let first = row.soleSkills.first, let noCover = analysis.coverage(of: first)?.risk?.noCover else { return cells }
            return cells + [.probability(noCover)]
        }
    }
}
