/// The seniority order of a DDaT role's levels, which the download leaves out (it lists them
/// alphabetically): from a levels file (`role,position,level,grades`, SPEC §7), else from the
/// framework's title convention.
enum DDaTLevelOrder {
    /// What the levels file says of one role level.
    struct Entry {
        var position: Int
        /// Grade names as written, with where each is.
        var grades: [(name: String, at: SourceLocation)]
        var line: Int
    }

    /// The title convention: Apprentice/Trainee < Associate < Junior < (plain) < Senior < Lead <
    /// Principal < Head, by the title's first word. capplan adds Chief, after Head (the levels
    /// file's third-party copy orders Chief data architect last).
    static func titleRank(_ title: String) -> Int {
        let first = title.split { !$0.isLetter }.first.map { $0.lowercased() } ?? ""
        switch first {
        case "apprentice", "trainee": return 0
        case "associate": return 1
        case "junior": return 2
        case "senior": return 4
        case "lead": return 5
        case "principal": return 6
        case "head": return 7
        case "chief": return 8
        default: return 3
        }
    }

    /// `titles` in title-convention order; titles of one rank keep their order.
    static func byTitle(_ titles: [String]) -> [Int] {
        titles.indices.sorted { (titleRank(titles[$0]), $0) < (titleRank(titles[$1]), $1) }
    }

    /// The levels file's entries by role and level (name keys), checked against the download's
    /// roles and levels (`roles`: by name key, each role's name and its levels' names by key;
    /// a role with no levels takes a `NOT IN USE` row). Every mistake is an error with its line.
    static func read(bytes: [UInt8], file: String, roles: [NameKey: (name: String, levels: [NameKey: String])],
                     download: String, diagnostics: inout Diagnostics) throws(InvalidInputError) -> [NameKey: [NameKey: Entry]] {
        let table = try CSVTable(bytes: bytes, file: file)
        guard let header = table.records.first else {
            diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1), "the levels file is empty: expected a header role,position,level,grades")
            return [:]
        }
        let column = { (name: String) in header.fields.firstIndex { NameKey($0.value) == NameKey(name) } }
        guard let roleColumn = column("role"), let positionColumn = column("position"), let levelColumn = column("level") else {
            diagnostics.error(at: SourceLocation(file: file, line: header.line, column: 1), "the levels file needs the columns role, position and level (and grades)")
            return [:]
        }
        let reader = Reader(file: file, download: download, roles: roles,
                            columns: (roleColumn, positionColumn, levelColumn, column("grades")), width: header.fields.count)
        var entries: [NameKey: [NameKey: Entry]] = [:]
        // Roles with a row in error: their levels are not then also reported as left out.
        var rejected = Set<NameKey>()
        for record in table.records.dropFirst() {
            guard let (role, level, entry) = reader.entry(record, known: entries, diagnostics: &diagnostics) else {
                if record.fields.count > roleColumn { rejected.insert(NameKey(record.fields[roleColumn].value)) }
                continue
            }
            entries[role, default: [:]][level] = entry
        }
        for (key, byLevel) in entries where !rejected.contains(key) {
            guard let role = roles[key], !role.levels.isEmpty else { continue }
            let missing = role.levels.filter { byLevel[$0.key] == nil }.map(\.value).sorted()
            if !missing.isEmpty, let line = byLevel.values.map(\.line).min() {
                diagnostics.error(at: SourceLocation(file: file, line: line, column: 1),
                                  "the levels file orders role \(role.name) but leaves out \(missing.count) of its levels in the download (\(missing.joined(separator: ", ")))")
            }
        }
        return entries
    }

    /// Reads one row of the levels file at a time.
    private struct Reader {
        let file: String
        let download: String
        let roles: [NameKey: (name: String, levels: [NameKey: String])]
        let columns: (role: Int, position: Int, level: Int, grades: Int?)
        let width: Int

        func at(_ field: CSVTable.Field) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column) }

        /// The row's (role, level, entry); nil, with an error, when it is not one of the download's
        /// levels, has no whole position, or repeats a level or position of `known`.
        func entry(_ record: CSVTable.Record, known: [NameKey: [NameKey: Entry]],
                   diagnostics: inout Diagnostics) -> (NameKey, NameKey, Entry)? {
            guard record.fields.count == width else {
                diagnostics.error(at: at(record.fields.last!), "ragged row: \(record.fields.count) fields where the header has \(width)")
                return nil
            }
            let roleField = record.fields[columns.role], levelField = record.fields[columns.level], positionField = record.fields[columns.position]
            let roleKey = NameKey(roleField.value), levelKey = NameKey(levelField.value)
            guard let role = roles[roleKey] else {
                diagnostics.error(at: at(roleField), "role \"\(Diagnostic.shown(roleField.value.trimmingSpaces))\" is not in the download (\(download))",
                                  suggestion: Suggestion.nearest(to: roleField.value, in: roles.values.map(\.name).sorted()))
                return nil
            }
            guard role.levels[levelKey] != nil || (role.levels.isEmpty && levelKey == DDaTDownload.notInUse) else {
                diagnostics.error(at: at(levelField), "level \"\(Diagnostic.shown(levelField.value.trimmingSpaces))\" of role \(role.name) is not in the download (\(download))")
                return nil
            }
            guard let position = Int(positionField.value.trimmingSpaces), position >= 1 else {
                diagnostics.error(at: at(positionField), "position must be a whole number from 1, not \"\(Diagnostic.shown(positionField.value))\"")
                return nil
            }
            if let earlier = known[roleKey]?[levelKey] {
                diagnostics.error(at: at(levelField), "role \(role.name), level \"\(levelField.value.trimmingSpaces)\" is given twice (first on line \(earlier.line))")
                return nil
            }
            if let clash = known[roleKey]?.values.first(where: { $0.position == position }) {
                diagnostics.error(at: at(positionField), "role \(role.name) has two levels at position \(position) (the other on line \(clash.line))")
                return nil
            }
            var grades: [(name: String, at: SourceLocation)] = []
            if let column = columns.grades {
                let field = record.fields[column]
                grades = field.value.split(separator: ";").map { (String($0.trimmingSpaces), at(field)) }.filter { !$0.0.isEmpty }
            }
            return (roleKey, levelKey, Entry(position: position, grades: grades, line: record.line))
        }
    }
}
