import CapplanCore

/// Returned self-assessment forms merged into one wide roster (`capplan collect`, SPEC §8). Each
/// form is checked against the copy of itself it carries: a changed identity or layout is an error
/// naming the file and cell, and so are two forms for one person.
public struct FormCollection: Sendable {
    public let framework: Framework
    private var forms: [ReturnedForm] = []
    /// Every problem found, located at its file and cell.
    public private(set) var diagnostics = Diagnostics()
    /// The form already read for each person (id, else name).
    private var byKey: [String: Int] = [:]

    public init(framework: Framework) {
        self.framework = framework
    }

    /// How many forms were read without error.
    public var count: Int { forms.count }

    /// The roster's headcount (the largest the forms say) and the places in it (1-based) of the
    /// people whose form did not come back.
    public var missing: (people: Int, places: [Int]) {
        let people = forms.map(\.people).max() ?? 0
        let returned = Set(forms.map(\.order))
        return (people, (1...max(people, 1)).filter { people > 0 && !returned.contains($0) })
    }

    /// Reads the form in `bytes` (the file `file`), recording its problems.
    public mutating func add(bytes: [UInt8], file: String) {
        guard let form = ReturnedForm.read(bytes, file: file, framework: framework, diagnostics: &diagnostics) else { return }
        if let earlier = byKey[form.key] {
            let what = form.id.isEmpty ? "name" : "id"
            diagnostics.error(at: form.keyCell, "two forms for one person: \(what) \"\(Diagnostic.shown(form.key))\" is also the person of \(forms[earlier].file) (keep one of them)")
            return
        }
        byKey[form.key] = forms.count
        forms.append(form)
    }

    /// The forms in the roster's order (then by file).
    private var ordered: [ReturnedForm] {
        forms.sorted { ($0.order, $0.file) < ($1.order, $1.file) }
    }

    /// The merged roster, a wide CSV: id (when any form has one), name, role, level, grade, team,
    /// mentor, mentor_capacity, leave_probability (when any form has one), then every skill of the
    /// forms in framework order, rated by name (empty when not assessed).
    public var rosterCSV: String {
        let forms = ordered
        let withID = forms.contains { !$0.id.isEmpty }
        let withLeave = forms.contains { !$0.hidden[2].isEmpty }
        let skills = Set(forms.flatMap { $0.skills.map(\.skill) }).sorted()
        var header = (withID ? ["id"] : []) + ["name", "role", "level", "grade", "team", "mentor", "mentor_capacity"]
        if withLeave { header.append("leave_probability") }
        var text = CSVFormat.line(header + skills.map { framework.skills[$0].name })
        for form in forms {
            var row = (withID ? [form.id] : []) + Array(form.identity[1...]) + form.hidden[0...1]
            if withLeave { row.append(form.hidden[2]) }
            let ratings = Dictionary(form.skills.map { ($0.skill, $0.rating) }, uniquingKeysWith: { first, _ in first })
            row += skills.map { ratings[$0] ?? "" }
            text += CSVFormat.line(row)
        }
        return text
    }

    /// The comments written on the forms: `id,name,skill,rating,comment`, one row per comment, text
    /// neutralised for spreadsheets (SPEC §5).
    public var commentsCSV: String {
        var text = CSVFormat.line(["id", "name", "skill", "rating", "comment"])
        for form in ordered {
            for entry in form.skills where !entry.comment.isEmpty {
                text += CSVFormat.line([form.id, form.name, framework.skills[entry.skill].name, entry.rating, entry.comment].map(CSVFormat.neutralised))
            }
        }
        return text
    }

    /// How many ratings the forms hold, and how many of them are blank (not assessed).
    public var ratingCounts: (rated: Int, blank: Int) {
        let all = forms.flatMap(\.skills)
        let blank = all.filter { $0.rating.isEmpty }.count
        return (all.count - blank, blank)
    }
}
