import CapplanCore
import XLSXWriter

/// One person's self-assessment form (`capplan forms`, SPEC §8): their identity, role and level,
/// each skill their level requires with the required level and what someone at it can do, a
/// rating drop-down pre-filled with the roster's rating, and a comment column. Everything but the
/// ratings and comments is locked, and copied to a hidden sheet so `capplan collect` can tell when
/// it was changed (see `FormLayout`).
public struct SelfAssessmentForm: Sendable {
    public let framework: Framework
    public let roster: Roster
    public let person: PersonID

    public init(framework: Framework, roster: Roster, person: PersonID) {
        self.framework = framework
        self.roster = roster
        self.person = person
    }

    /// The identity block's values, in `FormLayout.identity` order.
    var identityValues: [String] {
        let entry = roster.people[person]
        return [entry.id ?? "", entry.name, framework.roles[entry.role].name, framework[entry.roleLevel].name,
                entry.gradeName ?? "", entry.team ?? ""]
    }

    /// The roster's columns the form carries without showing, in `FormLayout.hidden` order.
    var hiddenValues: [String] {
        let entry = roster.people[person]
        return [entry.mentors ? "yes" : "no", entry.mentorCapacity.map(String.init) ?? "",
                entry.leaveProbability.map { "\($0)" } ?? ""]
    }

    /// Writes the form to `path`; `created` is the document's creation time (seconds since 1970).
    public func write(to path: String, created: Int) throws(XLSXError) {
        let entry = roster.people[person]
        let workbook = try Workbook(path: path)
        try workbook.setProperties(Workbook.Properties(title: "Self-assessment: \(entry.name)", subject: "A capplan self-assessment form",
                                                       author: "capplan", created: created))
        let style = try SpreadsheetStyle(workbook)
        let form = try workbook.addWorksheet(FormLayout.formSheet)
        let check = try workbook.addWorksheet(FormLayout.checkSheet)
        var checked: [(row: Int, column: Int, value: String)] = []
        func locked(_ text: String, _ row: Int, _ column: Int, _ format: Format? = nil) throws(XLSXError) {
            if !text.isEmpty { try form.write(text, row: row, column: column, format: format) }
            checked.append((row, column, text))
        }
        try locked("Self-assessment: \(entry.name)", FormLayout.titleRow, 0, style.title)
        try locked("Pick your rating of each skill in the yellow cells of column D (a drop-down), and add a comment in column E if you like. Leave the rest as it is: capplan checks it when the form comes back.",
                   FormLayout.noteRow, 0, style.note)
        for (offset, (label, value)) in zip(FormLayout.identity, identityValues).enumerated() {
            try locked(label, FormLayout.identityRow + offset, 0, style.label)
            try locked(value, FormLayout.identityRow + offset, 1)
        }
        for (column, name) in FormLayout.columns.enumerated() { try locked(name, FormLayout.headerRow, column, style.header) }
        let requirements = framework[entry.roleLevel].requirementsBySkill
        for (offset, requirement) in requirements.enumerated() {
            let row = FormLayout.firstSkillRow + offset
            try locked(framework.skills[requirement.skill].name, row, FormLayout.skillColumn, style.wrapped)
            try locked(framework.scale.name(requirement.level), row, FormLayout.requiredColumn, style.wrapped)
            try locked(requirement.text ?? "", row, FormLayout.youCanColumn, style.wrapped)
            let rating = roster.rating(person, requirement.skill).map { framework.scale.name($0) } ?? ""
            if rating.isEmpty {
                try form.writeBlank(row: row, column: FormLayout.ratingColumn, format: style.editable)
            } else {
                try form.write(rating, row: row, column: FormLayout.ratingColumn, format: style.editable)
            }
            try form.writeBlank(row: row, column: FormLayout.commentColumn, format: style.editable)
        }
        var lists = DropDownLists(workbook)
        try layOut(form, skills: requirements.count, lists: &lists)
        try writeCheckSheet(check, checked: checked)
        try form.activate()
        try workbook.close()
    }

    /// Widths, the frozen header, the rating drop-down, the comment's input message, protection.
    private func layOut(_ form: Worksheet, skills: Int, lists: inout DropDownLists) throws(XLSXError) {
        try form.setColumns(0, 0, width: 34)
        try form.setColumns(1, 1, width: 16)
        try form.setColumns(2, 2, width: 70)
        try form.setColumns(3, 3, width: 16)
        try form.setColumns(4, 4, width: 40)
        try form.setRow(FormLayout.headerRow, height: 30)
        try form.freezePanes(row: FormLayout.firstSkillRow, column: 0)
        if skills > 0 {
            let first = FormLayout.firstSkillRow, last = FormLayout.firstSkillRow + skills - 1
            let levels = framework.scale.levels.map(\.name)
            try form.validate(DataValidation(try lists.rule(levels), inputTitle: "Your rating",
                                             inputMessage: "Pick the level you work at in this skill; leave it blank if you cannot say.",
                                             errorTitle: "Rating", errorMessage: "Pick a level from the list."),
                              firstRow: first, firstColumn: FormLayout.ratingColumn, lastRow: last, lastColumn: FormLayout.ratingColumn)
        }
        try form.protect()
    }

    /// The hidden sheet: what the collector needs, a copy of every locked cell, and their checksum.
    private func writeCheckSheet(_ sheet: Worksheet, checked: [(row: Int, column: Int, value: String)]) throws(XLSXError) {
        var entries: [(String, String)] = [(FormLayout.marker, FormLayout.version), (FormLayout.framework, framework.name),
                                           (FormLayout.order, String(person.index + 1))]
        entries += zip(FormLayout.hidden, hiddenValues).map { ($0, $1) }
        entries.append((FormLayout.checkedCells, String(checked.count)))
        entries += checked.map { (FormLayout.reference(row: $0.row, column: $0.column), $0.value) }
        entries.append((FormLayout.checksum, FormLayout.checksum(of: entries)))
        for (row, (name, value)) in entries.enumerated() {
            try sheet.write(name, row: row, column: 0)
            if !value.isEmpty { try sheet.write(value, row: row, column: 1) }
        }
        try sheet.protect()
        try sheet.hide()
    }
}
