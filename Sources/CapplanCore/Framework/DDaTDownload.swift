/// The rows of the DDaT Capability Framework's official role-content download, read as published:
/// one row per (role, level, skill), texts trimmed, `MISSING` made absent, and rows repeated
/// word for word dropped with a note (SPEC §7).
///
/// The download's columns are `Role Family, Role, Role Description, Role Level, Role Level
/// Description, Skill Name, Skill Description, Skill Level, Skill Level Description, Role Type`.
/// `Role`, `Role Level`, `Skill Name` and `Skill Level` are required; the others may be absent.
struct DDaTDownload {
    /// One (role, level, skill) row.
    struct Row {
        /// The physical line the row starts on.
        var line: Int
        var family: String?
        var role: String
        var roleDescription: String?
        var level: String
        var levelDescription: String?
        var skill: String
        var skillDescription: String?
        /// As written (`Working`, `NOT IN USE`).
        var skillLevel: String
        var skillLevelDescription: String?
        /// Where the skill level is, for messages.
        var skillLevelField: CSVTable.Field

        /// The row's values, for telling an exact repeat from a disagreement.
        var values: [String?] {
            [family, role, roleDescription, level, levelDescription, skill, skillDescription, skillLevel, skillLevelDescription]
        }
        /// True for the `NOT IN USE` rows of roles with no levels (the senior civil service roles).
        var isNotInUse: Bool {
            NameKey(level) == DDaTDownload.notInUse || NameKey(skillLevel) == DDaTDownload.notInUse
        }
    }

    static let notInUse = NameKey("NOT IN USE")
    /// The names of the columns, as `values` orders them.
    static let valueNames = ["Role Family", "Role", "Role Description", "Role Level", "Role Level Description",
                             "Skill Name", "Skill Description", "Skill Level", "Skill Level Description"]

    /// The rows in file order, each (role, level, skill) once.
    var rows: [Row] = []

    /// Reads `bytes`, the download called `file`; duplicates that agree are noted in `diagnostics`,
    /// anything that stops the import is an error there.
    init(bytes: [UInt8], file: String, diagnostics: inout Diagnostics) throws(InvalidInputError) {
        let table = try CSVTable(bytes: bytes, file: file)
        guard let header = table.records.first else {
            diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1), "the download is empty: expected its header row (Role Family, Role, Role Level, Skill Name, …)")
            return
        }
        var columns: [Int?] = []
        for name in Self.valueNames {
            columns.append(header.fields.firstIndex { NameKey($0.value) == NameKey(name) })
        }
        let required = [1, 3, 5, 7]
        let missing = required.filter { columns[$0] == nil }.map { Self.valueNames[$0] }
        if !missing.isEmpty {
            diagnostics.error(at: SourceLocation(file: file, line: header.line, column: 1),
                              "this is not the DDaT role-content download: it has no \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) column\(missing.count == 1 ? "" : "s")")
            return
        }
        var all: [Row] = []
        for record in table.records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                let place = record.fields.count > header.fields.count ? record.fields[header.fields.count] : record.fields.last!
                diagnostics.error(at: SourceLocation(file: file, line: place.line, column: place.column),
                                  "ragged row: \(record.fields.count) fields where the header has \(header.fields.count)")
                continue
            }
            if let row = Self.row(record, columns: columns, file: file, diagnostics: &diagnostics) { all.append(row) }
        }
        rows = Self.withoutRepeats(all, file: file, diagnostics: &diagnostics)
    }

    /// One record as a row; nil (with an error) when a required cell is empty.
    static func row(_ record: CSVTable.Record, columns: [Int?], file: String, diagnostics: inout Diagnostics) -> Row? {
        func text(_ index: Int) -> String? {
            guard let column = columns[index] else { return nil }
            let value = String(record.fields[column].value.trimmingSpaces)
            return value.isEmpty || value == "MISSING" ? nil : value
        }
        var values: [String] = []
        for index in [1, 3, 5, 7] {
            guard let value = text(index) else {
                let field = record.fields[columns[index]!]
                diagnostics.error(at: SourceLocation(file: file, line: field.line, column: field.column), "empty \(valueNames[index])")
                return nil
            }
            values.append(value)
        }
        return Row(line: record.line, family: text(0), role: values[0], roleDescription: text(2), level: values[1],
                   levelDescription: text(4), skill: values[2], skillDescription: text(6), skillLevel: values[3],
                   skillLevelDescription: text(8), skillLevelField: record.fields[columns[7]!])
    }

    /// The rows with each (role, level, skill) once: a row repeating an earlier one word for word is
    /// dropped (one note per repeated triple, naming its lines); one that disagrees is an error naming both lines.
    static func withoutRepeats(_ rows: [Row], file: String, diagnostics: inout Diagnostics) -> [Row] {
        struct Key: Hashable { var role, level, skill: NameKey }
        var first: [Key: Int] = [:]
        var repeats: [Key: [Int]] = [:]
        var kept: [Row] = []
        for (index, row) in rows.enumerated() {
            let key = Key(role: NameKey(row.role), level: NameKey(row.level), skill: NameKey(row.skill))
            guard let earlier = first[key] else {
                first[key] = index
                kept.append(row)
                continue
            }
            let other = rows[earlier]
            if let column = zip(other.values, row.values).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                diagnostics.error(at: SourceLocation(file: file, line: row.line, column: 1),
                                  "lines \(other.line) and \(row.line) both give role \"\(row.role)\", level \"\(row.level)\", skill \"\(row.skill)\", but disagree in \(valueNames[column]) (\(shown(other.values[column])) on line \(other.line), \(shown(row.values[column])) on line \(row.line))")
            } else {
                repeats[key, default: [other.line]].append(row.line)
            }
        }
        for row in kept {
            let key = Key(role: NameKey(row.role), level: NameKey(row.level), skill: NameKey(row.skill))
            guard let lines = repeats[key] else { continue }
            diagnostics.append(Diagnostic(.note, at: SourceLocation(file: file, line: row.line, column: 1),
                                          "role \"\(row.role)\", level \"\(row.level)\", skill \"\(row.skill)\" is given \(lines.count) times, word for word (lines \(lines.map(String.init).joined(separator: ", "))): kept once"))
        }
        return kept
    }

    private static func shown(_ value: String?) -> String {
        value.map { "\"\(Diagnostic.shown($0))\"" } ?? "nothing"
    }
}
