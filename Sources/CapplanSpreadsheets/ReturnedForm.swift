import CapplanCore
import XLSXReader

/// One returned self-assessment form, read and checked against the copy of itself it carries
/// (`FormLayout`): who it is for, the ratings and comments filled in.
struct ReturnedForm {
    var file: String
    /// The person's place in the roster the forms were made from (1-based), and its headcount.
    var order: Int
    var people: Int
    /// id, name, role, level, grade, team as sent.
    var identity: [String]
    /// mentor, mentor_capacity, leave_probability as sent.
    var hidden: [String]
    /// Each required skill, its rating as the scale names it (empty: not assessed), and the comment.
    var skills: [(skill: SkillID, rating: String, comment: String)]
    /// The location of each identity cell, for messages.
    var identityCells: [SourceLocation]

    var id: String { identity[0] }
    var name: String { identity[1] }
    /// `id` when present, else the name (as the roster reader keys people).
    var key: String { id.isEmpty ? name : id }
    /// The cell of the identity, for a duplicate's message.
    var keyCell: SourceLocation { identityCells[id.isEmpty ? 1 : 0] }

    /// Reads the form in `bytes`; nil (with the reasons in `diagnostics`) when it cannot be used.
    static func read(_ bytes: [UInt8], file: String, framework: Framework, diagnostics: inout Diagnostics) -> ReturnedForm? {
        guard RosterWorkbook.isWorkbook(bytes) else {
            diagnostics.error(at: SourceLocation(file: file, line: 0), "not a self-assessment form: it is not an Excel workbook (give the .xlsx files `capplan forms` wrote)")
            return nil
        }
        let workbook: XLSXWorkbook, check: XLSXTable, form: XLSXTable
        do throws(XLSXReadError) {
            workbook = try XLSXWorkbook(bytes: bytes, file: file)
            guard workbook.sheets.contains(where: { $0.name == FormLayout.checkSheet }),
                  workbook.sheets.contains(where: { $0.name == FormLayout.formSheet }) else {
                diagnostics.error(at: SourceLocation(file: file, line: 0),
                                  "not a capplan self-assessment form (it has no \(FormLayout.formSheet) and \(FormLayout.checkSheet) sheets): give the .xlsx files `capplan forms` wrote")
                return nil
            }
            check = try workbook.table(sheet: FormLayout.checkSheet)
            form = try workbook.table(sheet: FormLayout.formSheet)
        } catch {
            diagnostics.append(RosterWorkbook.diagnostic(error))
            return nil
        }
        var reader = FormReader(file: file, framework: framework, form: form)
        let read = reader.read(check: check)
        diagnostics.append(contentsOf: reader.diagnostics)
        return reader.diagnostics.hasErrors ? nil : read
    }
}

/// The work of reading one form: its check sheet first, then the Form sheet against it.
private struct FormReader {
    let file: String
    let framework: Framework
    /// The Form sheet's non-empty cells by reference (`D12`).
    let cells: [String: XLSXTable.Field]
    var diagnostics = Diagnostics()

    init(file: String, framework: Framework, form: XLSXTable) {
        self.file = file
        self.framework = framework
        var cells: [String: XLSXTable.Field] = [:]
        for record in form.records {
            for field in record.fields where field.kind != .empty { cells[field.reference] = field }
        }
        self.cells = cells
    }

    func at(_ reference: String) -> SourceLocation {
        let row = Int(reference.drop { $0.isLetter }) ?? 0
        let letters = reference.prefix { $0.isLetter }.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return SourceLocation(file: file, line: row, column: letters, sheet: FormLayout.formSheet)
    }

    /// The check sheet's (name, value) entries, or nil (with an error) when it was tampered with.
    mutating func entries(of check: XLSXTable) -> [(String, String)]? {
        let entries = check.records.map { record in
            (record.fields.first?.value ?? "", record.fields.count > 1 ? record.fields[1].value : "")
        }
        let place = SourceLocation(file: file, line: 0, sheet: FormLayout.checkSheet)
        guard entries.first?.0 == FormLayout.marker else {
            diagnostics.error(at: place, "not a capplan self-assessment form (its \(FormLayout.checkSheet) sheet is not one capplan wrote)")
            return nil
        }
        guard entries.first?.1 == FormLayout.version else {
            diagnostics.error(at: place, "a self-assessment form of another version (\(Diagnostic.shown(entries[0].1))) than this capplan writes (\(FormLayout.version)): make the forms again")
            return nil
        }
        guard let last = entries.last, last.0 == FormLayout.checksum, last.1 == FormLayout.checksum(of: Array(entries.dropLast())) else {
            diagnostics.error(at: place, "the form's hidden \(FormLayout.checkSheet) sheet was changed, so the form cannot be checked: send the person a fresh form")
            return nil
        }
        return Array(entries.dropLast())
    }

    mutating func read(check: XLSXTable) -> ReturnedForm? {
        guard let entries = entries(of: check) else { return nil }
        let fixed = 3 + FormLayout.hidden.count + 1
        guard entries.count >= fixed, entries[1].0 == FormLayout.framework, entries[fixed - 1].0 == FormLayout.checkedCells,
              case let place = entries[2].1.split(separator: " of ").compactMap({ Int($0) }), place.count == 2,
              let count = Int(entries[fixed - 1].1), entries.count == fixed + count else {
            diagnostics.error(at: SourceLocation(file: file, line: 0, sheet: FormLayout.checkSheet), "the form's hidden \(FormLayout.checkSheet) sheet is not laid out as capplan writes it: make the forms again")
            return nil
        }
        if entries[1].1 != framework.name {
            diagnostics.error(at: SourceLocation(file: file, line: 0),
                              "the form was made with the framework \"\(Diagnostic.shown(entries[1].1))\", not \"\(framework.name)\": collect it with the same --framework")
            return nil
        }
        let checked = Array(entries[fixed...])
        checkCells(checked)
        let identity = FormLayout.identity.indices.map { offset in
            checked.first { $0.0 == FormLayout.reference(row: FormLayout.identityRow + offset, column: 1) }?.1 ?? ""
        }
        let skills = readSkills(checked)
        return ReturnedForm(file: file, order: place[0], people: place[1], identity: identity, hidden: entries[3..<(3 + FormLayout.hidden.count)].map(\.1),
                            skills: skills,
                            identityCells: FormLayout.identity.indices.map { at(FormLayout.reference(row: FormLayout.identityRow + $0, column: 1)) })
    }

    /// Errors for every locked cell that differs from its copy, and every cell filled in outside the
    /// rating and comment cells.
    mutating func checkCells(_ checked: [(String, String)]) {
        var expected: [String: String] = [:]
        for (reference, value) in checked { expected[reference] = value }
        let skillRows = checked.filter { at($0.0).column == FormLayout.skillColumn + 1 && at($0.0).line > FormLayout.firstSkillRow }.count
        let identityLabels = Dictionary(uniqueKeysWithValues: FormLayout.identity.indices.map {
            (FormLayout.reference(row: FormLayout.identityRow + $0, column: 1), FormLayout.identity[$0])
        })
        for (reference, value) in checked {
            let actual = cells[reference]?.value ?? ""
            guard actual != value else { continue }
            if let label = identityLabels[reference] {
                diagnostics.error(at: at(reference), "the form's \(label) was changed from \(Self.shown(value)) to \(Self.shown(actual)): a form must come back with the identity it was sent with")
            } else {
                diagnostics.error(at: at(reference), "the form was changed: this cell should hold \(Self.shown(value)), not \(Self.shown(actual)) (a form comes back with only its ratings and comments filled in)")
            }
        }
        let editableRows = (FormLayout.firstSkillRow + 1)..<(FormLayout.firstSkillRow + 1 + skillRows)
        for (reference, field) in cells.sorted(by: { at($0.key) < at($1.key) }) where expected[reference] == nil {
            let place = at(reference)
            let editable = editableRows.contains(place.line) && [FormLayout.ratingColumn + 1, FormLayout.commentColumn + 1].contains(place.column)
            if !editable {
                diagnostics.error(at: place, "the form was changed: this cell should be empty, not \(Self.shown(field.value)) (a form comes back with only its ratings and comments filled in)")
            }
        }
    }

    /// Each required skill's rating (named as the scale names it) and comment.
    mutating func readSkills(_ checked: [(String, String)]) -> [(skill: SkillID, rating: String, comment: String)] {
        var skills: [(skill: SkillID, rating: String, comment: String)] = []
        var row = FormLayout.firstSkillRow
        while let name = checked.first(where: { $0.0 == FormLayout.reference(row: row, column: FormLayout.skillColumn) })?.1 {
            defer { row += 1 }
            guard let skill = framework.skill(named: name) else {
                diagnostics.error(at: at(FormLayout.reference(row: row, column: FormLayout.skillColumn)), "skill \"\(Diagnostic.shown(name))\" is not in the framework \(framework.name): collect the forms with the --framework they were made with")
                continue
            }
            let comment = cells[FormLayout.reference(row: row, column: FormLayout.commentColumn)]?.value ?? ""
            let ratingReference = FormLayout.reference(row: row, column: FormLayout.ratingColumn)
            guard let field = cells[ratingReference] else {
                skills.append((skill, "", comment))
                continue
            }
            if let rating = rating(field, at: at(ratingReference), skill: skill) { skills.append((skill, rating, comment)) }
        }
        return skills
    }

    /// The rating a cell names, as the scale names it ("" for not assessed); nil with an error.
    mutating func rating(_ field: XLSXTable.Field, at place: SourceLocation, skill: SkillID) -> String? {
        switch field.kind {
        case .errorValue:
            diagnostics.error(at: place, "the cell holds the error value \(Diagnostic.shown(field.value)): pick a rating from the list")
            return nil
        case .formulaWithoutValue:
            diagnostics.error(at: place, "the cell holds a formula whose value was never calculated: pick a rating from the list")
            return nil
        default:
            break
        }
        if RatingScale.isNotAssessed(field.value) { return "" }
        if !field.isFraction, let level = framework.scale.level(of: field.value) { return framework.scale.name(level) }
        diagnostics.error(at: place, "unknown rating \(Self.shown(field.value)) for skill \"\(framework.skills[skill].name)\" (use \(framework.scale.validSpellings))",
                          suggestion: Suggestion.nearest(to: field.value, in: framework.scale.levels.map(\.name)))
        return nil
    }

    static func shown(_ text: String) -> String { text.isEmpty ? "nothing" : "\"\(Diagnostic.shown(text))\"" }
}
