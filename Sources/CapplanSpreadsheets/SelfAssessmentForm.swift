import CapplanCore
import Foundation
import XLSXWriter

/// One person's self-assessment form (`capplan forms`, SPEC §8): their identity, role and level,
/// each skill their level requires with the required level and what someone at it can do, then
/// the other skills the roster rates them in (so that a form returned unchanged gives back the
/// same ratings), a rating drop-down pre-filled with the roster's rating, and a comment column. Everything but the
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
                entry.leaveProbability.map(Self.decimal) ?? ""]
    }

    /// The form's skill rows: each required skill (the required level, what someone at it can do),
    /// then each other skill the roster rates the person in, in framework order ("not required").
    var skillRows: [(skill: SkillID, required: String, youCan: String)] {
        let requirements = framework[roster.people[person].roleLevel].requirementsBySkill
        let required = Set(requirements.map(\.skill))
        let others = roster.skills.filter { !required.contains($0) && roster.rating(person, $0) != nil }
        return requirements.map { ($0.skill, framework.scale.name($0.level), $0.text ?? "") }
            + others.map { ($0, FormLayout.notRequired, "") }
    }

    /// `value` (0 to 1) as a roster writes it: plain decimals, never an exponent (`0.00001`, `1`).
    static func decimal(_ value: Double) -> String {
        var text = String(format: "%.12f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
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
        let rows = skillRows
        for (offset, (skill, required, youCan)) in rows.enumerated() {
            let row = FormLayout.firstSkillRow + offset
            if let height = WrappedText.rowHeight([(framework.skills[skill].name, FormLayout.widths[FormLayout.skillColumn]),
                                                   (youCan, FormLayout.widths[FormLayout.youCanColumn])]) {
                try form.setRow(row, height: height)
            }
            try locked(framework.skills[skill].name, row, FormLayout.skillColumn, style.wrapped)
            try locked(required, row, FormLayout.requiredColumn, style.wrapped)
            try locked(youCan, row, FormLayout.youCanColumn, style.wrapped)
            let rating = roster.rating(person, skill).map { framework.scale.name($0) } ?? ""
            if rating.isEmpty {
                try form.writeBlank(row: row, column: FormLayout.ratingColumn, format: style.editable)
            } else {
                try form.write(rating, row: row, column: FormLayout.ratingColumn, format: style.editable)
            }
            try form.writeBlank(row: row, column: FormLayout.commentColumn, format: style.editable)
        }
        var lists = DropDownLists(workbook)
        try layOut(form, skills: rows.count, lists: &lists)
        try writeCheckSheet(check, checked: checked)
        try form.activate()
        try workbook.close()
    }

    /// Widths, the frozen header, the rating drop-down, the comment's input message, protection.
    private func layOut(_ form: Worksheet, skills: Int, lists: inout DropDownLists) throws(XLSXError) {
        for (column, width) in FormLayout.widths.enumerated() { try form.setColumns(column, column, width: width) }
        try form.setLandscape(fitWide: 1, tall: 0)
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
                                           (FormLayout.order, "\(person.index + 1) of \(roster.people.count)")]
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
