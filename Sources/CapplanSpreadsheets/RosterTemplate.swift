import CapplanCore
import XLSXWriter

/// A blank roster for one or more roles (`capplan template`): its columns, and as a workbook
/// (`--format xlsx`, SPEC §8) a `Roster` sheet to fill in, with drop-downs, and a `Guide` sheet of
/// what each role level requires.
///
/// A roster with a header and no people is an error, so the workbook holds `people` placeholder
/// people (`Person 1`, … in grey italics, each with a role and level) whom the user replaces: read
/// back unchanged it validates with warnings (their skills are not assessed) and no error.
public struct RosterTemplate: Sendable {
    /// The columns every roster template starts with.
    public static let personColumns = ["id", "name", "role", "level", "grade", "team", "mentor", "mentor_capacity"]

    public let framework: Framework
    /// The roles offered, in the order given (each once).
    public let roles: [RoleID]
    /// `--level`: only this role level's skills, and it for every placeholder (one role only).
    public let level: RoleLevelID?

    public init(framework: Framework, roles: [RoleID], level: RoleLevelID? = nil) {
        self.framework = framework
        self.roles = roles
        self.level = level
    }

    /// The skill columns: every skill of the roles, each once, in framework order (as every report
    /// lists skills); with `level`, the skills that level requires.
    public var skills: [SkillID] {
        if let level { return framework[level].requirementsBySkill.map(\.skill) }
        return Set(roles.flatMap { framework.roles[$0].skills }).sorted()
    }

    /// The header: the person columns, then the skills by name.
    public var columns: [String] { Self.personColumns + skills.map { framework.skills[$0].name } }

    /// The role level of placeholder `index` (0-based): `level`, else the first level of the roles
    /// taken in turn.
    func placeholderLevel(_ index: Int) -> RoleLevelID {
        level ?? RoleLevelID(role: roles[index % roles.count], rank: 0)
    }

    /// Writes the workbook to `path`: `people` placeholder rows with drop-downs, the Guide, and (when a
    /// drop-down list is too long to write inline) the hidden `Lists` sheet. `created` is the
    /// document's creation time (seconds since 1970), fixed so the same input gives the same bytes.
    public func writeWorkbook(to path: String, people: Int, created: Int) throws(XLSXError) {
        let workbook = try Workbook(path: path)
        try workbook.setProperties(Workbook.Properties(title: "Roster", subject: "A roster to fill in for capplan",
                                                       author: "capplan", comments: "Fill in the Roster sheet, then: capplan validate FILE", created: created))
        let style = try SpreadsheetStyle(workbook)
        let roster = try workbook.addWorksheet("Roster")
        let guide = try workbook.addWorksheet("Guide")
        var lists = DropDownLists(workbook)
        try writeRoster(roster, people: max(people, 1), style: style, lists: &lists)
        try GuideSheet(framework: framework, levels: guideLevels).write(guide, style: style)
        try roster.activate()
        try workbook.close()
    }

    /// The role levels the Guide lists: `level`, else every level of the roles.
    var guideLevels: [RoleLevelID] {
        if let level { return [level] }
        return roles.flatMap { framework.levels(of: $0) }
    }

    private func writeRoster(_ sheet: Worksheet, people: Int, style: SpreadsheetStyle, lists: inout DropDownLists) throws(XLSXError) {
        let columns = self.columns
        for (column, name) in columns.enumerated() { try sheet.write(name, row: 0, column: column, format: style.header) }
        try sheet.setRow(0, height: 45)
        try sheet.freezePanes(row: 1, column: 2)
        try sheet.setColumns(0, 0, width: 10)
        try sheet.setColumns(1, 1, width: 24)
        try sheet.setColumns(2, 3, width: 32)
        try sheet.setColumns(4, 7, width: 11)
        if columns.count > Self.personColumns.count {
            try sheet.setColumns(Self.personColumns.count, columns.count - 1, width: 15)
        }
        for index in 0..<people {
            let level = placeholderLevel(index)
            let row = index + 1
            try sheet.write("Person \(index + 1)", row: row, column: 1, format: style.placeholder)
            try sheet.write(framework.roles[level.role].name, row: row, column: 2, format: style.editable)
            try sheet.write(framework[level].name, row: row, column: 3, format: style.editable)
            for column in columns.indices where ![1, 2, 3].contains(column) {
                try sheet.writeBlank(row: row, column: column, format: style.editable)
            }
        }
        try addDropDowns(sheet, rows: 1...people, lists: &lists)
    }

    /// Drop-downs for role, level, grade, mentor and every rating; a whole number for the capacity; a
    /// note on the name column about the placeholders.
    private func addDropDowns(_ sheet: Worksheet, rows: ClosedRange<Int>, lists: inout DropDownLists) throws(XLSXError) {
        func add(_ validation: DataValidation, _ first: Int, _ last: Int) throws(XLSXError) {
            try sheet.validate(validation, firstRow: rows.lowerBound, firstColumn: first, lastRow: rows.upperBound, lastColumn: last)
        }
        let unique = { (names: [String]) in names.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } }
        let levels = unique((level.map { [$0] } ?? roles.flatMap { framework.levels(of: $0) }).map { framework[$0].name })
        try add(DataValidation(.any, inputTitle: "Name", inputMessage: "Replace each placeholder (Person 1, …) with a person of your team, and delete the rows you do not need."), 1, 1)
        try add(DataValidation(try lists.rule(roles.map { framework.roles[$0].name }), errorTitle: "Role",
                               errorMessage: "Not a role of the framework list: capplan will say if it knows it.", errorStyle: .warning), 2, 2)
        try add(DataValidation(try lists.rule(levels), errorTitle: "Level",
                               errorMessage: "Not a level in the list: capplan will say if the role has it.", errorStyle: .warning), 3, 3)
        if !framework.grades.isEmpty {
            try add(DataValidation(try lists.rule(framework.grades.map(\.name)), errorTitle: "Grade",
                                   errorMessage: "Not a grade in the list: capplan will warn about it.", errorStyle: .warning), 4, 4)
        }
        try add(DataValidation(.list(["yes", "no"]), inputTitle: "Willing to mentor?", inputMessage: "yes or no (blank means yes)."), 6, 6)
        try add(DataValidation(.wholeNumber(minimum: 0, maximum: 1000), inputTitle: "Mentor capacity",
                               inputMessage: "The most people this person mentors at once (blank: capplan's default)."), 7, 7)
        let skillCount = columns.count - Self.personColumns.count
        if skillCount > 0 {
            let scale = framework.scale.levels.map(\.name)
            try add(DataValidation(try lists.rule(scale), inputTitle: "Rating",
                                   inputMessage: "Pick the level; leave blank when not assessed. The Guide sheet says what each role level requires.",
                                   errorTitle: "Rating", errorMessage: "Not a level of the scale: capplan will say if it can read it.", errorStyle: .warning),
                    Self.personColumns.count, columns.count - 1)
        }
    }
}
