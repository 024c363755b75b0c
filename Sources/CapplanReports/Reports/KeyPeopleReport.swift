import CapplanCore

/// `key-people.csv` and the Key people sheet: the sole holders of one or more skills.
public enum KeyPeopleReport: Report {
    public static let fileName: String? = "key-people.csv"
    public static let sheetName = "Key people"

    public static func rowCount(in context: AnalysisContext) -> RowCount { .exactly(context.analysis.keyPeople.count) }

    public static func table(in context: AnalysisContext) -> ReportTable {
        let rows = context.analysis.keyPeople
        var presentation = Presentation()
        presentation.emphasiseFirstColumn = true
        return ReportTable(title: "Key people: sole holders of a skill", columns: ["person", "sole_skills", "skills"],
                           rowCount: rows.count, presentation: presentation) { index in
            let row = rows[index]
            return [.person(row.person), .count(row.soleSkills.count), .skills(row.soleSkills)]
        }
    }
}
