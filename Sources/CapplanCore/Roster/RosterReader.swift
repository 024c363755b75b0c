/// Reads a roster CSV (wide or long format, SPEC §2) against a framework, collecting every
/// located error and warning.
public struct RosterReader: Sendable {
    /// Choices that change how a roster is read.
    public struct Options: Sendable {
        /// Role for people whose row gives none (`--role`).
        public var defaultRole: String?
        /// Level for people whose row gives none (`--level`).
        public var defaultLevel: String?
        /// Extra columns to keep per person rather than warn about (`--within COLUMN`).
        public var keepColumns: [String]
        /// Warnings name people by their `--anonymise` pseudonym (`Roster.pseudonym`), not their name.
        /// (Errors still quote the file, names included: they stop the run, and the file must be fixed.)
        public var anonymise: Bool

        public init(defaultRole: String? = nil, defaultLevel: String? = nil, keepColumns: [String] = [], anonymise: Bool = false) {
            self.defaultRole = defaultRole
            self.defaultLevel = defaultLevel
            self.keepColumns = keepColumns
            self.anonymise = anonymise
        }
    }

    /// What the header showed the file to be.
    public enum Format: String, Sendable {
        case wide, long
    }

    public let framework: Framework
    public var options: Options

    static let frameworkGivenAsRoster = "this looks like a framework file, not a roster CSV: pass it with --framework"

    /// True when a roster's first line (or first header field) is how a framework file begins: a YAML
    /// framework read as CSV has a YAML line for its header.
    static func looksLikeFramework(_ first: some StringProtocol) -> Bool {
        first.hasPrefix("capplan_framework") || first.hasPrefix("#") || first.hasPrefix("---")
            || first.hasPrefix("name:") || first.hasPrefix("skills:") || first.hasPrefix("roles:")
    }

    public init(framework: Framework, options: Options = Options()) {
        self.framework = framework
        self.options = options
    }

    /// Reads the roster in `bytes` (the file called `file`). Throws `InvalidInputError` with every
    /// diagnostic when it has errors; otherwise returns the roster and its warnings.
    public func read(bytes: [UInt8], file: String) throws(InvalidInputError) -> (Roster, Diagnostics) {
        var state = ReadState(framework: framework, options: options, file: file)
        let roster: Roster?
        do {
            // Record by record: a roster of thousands of people across many roles has millions of
            // fields, which need not all be held at once. A malformed record anywhere is the one error.
            var records = try CSVTable.RecordReader(bytes: bytes, file: file)
            // Warnings name people by pseudonyms as wide as the number of people: count the rows first.
            var rows = 0
            if options.anonymise {
                var counter = records
                while try counter.next() != nil { rows += 1 }
            }
            roster = try state.read(&records, dataRows: max(0, rows - 1))
        } catch {
            // A framework file given as the roster can trip over CSV quoting before its header is looked at.
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let firstLine = String(decoding: bytes[start...].prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
            guard Self.looksLikeFramework(firstLine) else { throw error }
            throw InvalidInputError(Diagnostics([.error(at: SourceLocation(file: file, line: 1, column: 1), Self.frameworkGivenAsRoster)]))
        }
        if state.diagnostics.hasErrors || roster == nil { throw InvalidInputError(state.diagnostics) }
        return (roster!, state.diagnostics)
    }
}

/// The work of one read: the header's meaning, the people so far and the findings.
private struct ReadState {
    let framework: Framework
    let options: RosterReader.Options
    let file: String
    var diagnostics = Diagnostics()

    /// Header position of each core column.
    var core: [CoreColumn: Int] = [:]
    /// (header position, skill index) of each skill column (wide format).
    var skillColumns: [(column: Int, skill: Int)] = []
    /// (header position, key) of each kept extra column.
    var keptColumns: [(column: Int, key: NameKey)] = []
    var header: [CSVTable.Field] = []
    /// True for skills the file has a column (wide) or a row (long) for.
    var skillPresent: [Bool] = []

    /// Parsed rating cells, since a roster repeats a handful of spellings millions of times.
    var ratingCache = RatingCache()
    /// Resolved role cells and (role, level cell) pairs, for the same reason.
    var roleCache: [Substring: Int?] = [:]
    var levelCache: [Int: [String: Int?]] = [:]
    var gradeCache: [String: Int?] = [:]
    /// Data rows read (every record after the header).
    var rowsRead = 0
    /// `--role` resolved once, for rows without a role.
    lazy var defaultRoleIndex: Int? = options.defaultRole.flatMap { framework.roleIndex($0) }
    /// The error for a row with no role, made once: a file may have a million such rows.
    lazy var noRoleMessage = "no role given (the framework has \(framework.roles.count) roles: \(Framework.listed(framework.roles.map(\.name)))); add a role column or use --role"

    init(framework: Framework, options: RosterReader.Options, file: String) {
        self.framework = framework
        self.options = options
        self.file = file
    }

    func at(_ field: CSVTable.Field) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column) }

    // MARK: Header

    /// The roster from `records`, the header first; `dataRows` (the people, when no row is rejected)
    /// counted beforehand under `--anonymise`, for pseudonyms.
    mutating func read(_ records: inout CSVTable.RecordReader, dataRows: Int) throws(InvalidInputError) -> Roster? {
        guard let first = try records.next() else {
            diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1),
                              "the roster is empty: expected a header row with at least a \"name\" column")
            return nil
        }
        header = first.fields
        readHeader()
        if diagnostics.hasErrors {
            // A malformed record further on is still the error to report.
            while try records.next() != nil {}
            return nil
        }
        let format: RosterReader.Format = core[.skill] != nil ? .long : .wide
        let roster = format == .wide ? try readWide(&records, count: dataRows) : try readLong(&records)
        if rowsRead == 0 {
            diagnostics.error(at: SourceLocation(file: file, line: first.line, column: 1), "the roster has a header but no people")
        }
        return roster
    }

    mutating func readHeader() {
        // A framework file read as CSV: say so, and nothing about its YAML lines as unknown columns.
        if let first = header.first?.value, RosterReader.looksLikeFramework(first),
           !header.contains(where: { [.name, .id].contains(CoreColumn(header: String($0.value.trimmingSpaces))) }) {
            diagnostics.error(at: SourceLocation(file: file, line: header[0].line, column: 1), RosterReader.frameworkGivenAsRoster)
            return
        }
        var seen: [String: Int] = [:]   // what a column means → its position
        // What an unknown column may have meant: made once, not per column (a header may have thousands).
        // A wide roster (no skill or rating column) is not offered the long format's own columns: "Kill" is
        // more likely a skill than a reason to add a lone `skill` column.
        let long = header.contains { [.skill, .rating].contains(CoreColumn(header: $0.value.trimmingSpaces)) }
        let coreNames = CoreColumn.allCases.filter { long || ($0 != .skill && $0 != .rating) }.map(\.rawValue)
        let columnNames = Suggestion.Candidates(framework.skills.flatMap { [$0.name] + $0.aliases } + coreNames)
        let keep = Set(options.keepColumns.map(NameKey.init))
        for (position, field) in header.enumerated() {
            let name = String(field.value.trimmingSpaces)
            if NameKey(name).isEmpty {
                continue // an unnamed column is ignored (checked for data below)
            }
            let meaning: String
            if let column = CoreColumn(header: name) {
                core[column] = position
                meaning = "core:\(column.rawValue)"
            } else if let skill = framework.skillIndex(name) {
                skillColumns.append((position, skill))
                meaning = "skill:\(skill)"
            } else if keep.contains(NameKey(name)) {
                keptColumns.append((position, NameKey(name)))
                meaning = "kept:\(NameKey(name))"
            } else {
                let guess = columnNames.nearest(to: name)
                diagnostics.warning(at: at(field), "column \"\(Diagnostic.shown(name))\" matches no skill of the framework and is ignored", suggestion: guess)
                continue
            }
            if let earlier = seen[meaning] {
                let same = header[earlier].value == field.value ? "" : " (\"\(Diagnostic.shown(header[earlier].value))\")"
                diagnostics.error(at: at(field), "duplicate column \"\(Diagnostic.shown(name))\": column \(earlier + 1)\(same) already holds it")
            }
            seen[meaning] = position
        }
        let headerStart = SourceLocation(file: file, line: header.first?.line ?? 1, column: 1)
        if core[.name] == nil && core[.id] == nil {
            if let first = header.first?.value, RosterReader.looksLikeFramework(first) {
                diagnostics.error(at: headerStart, RosterReader.frameworkGivenAsRoster)
                return
            }
            diagnostics.error(at: headerStart, "missing required column \"name\"")
        } else if core[.name] == nil {
            diagnostics.error(at: headerStart, "missing required column \"name\" (an id alone cannot be shown in reports)")
        }
        if core[.level] == nil && options.defaultLevel == nil {
            diagnostics.error(at: headerStart, "missing required column \"level\" (or give everyone a level with --level)")
        }
        if (core[.skill] == nil) != (core[.rating] == nil) {
            let missing = core[.skill] == nil ? "skill" : "rating"
            diagnostics.error(at: headerStart, "a long-format roster needs both \"skill\" and \"rating\" columns; \"\(missing)\" is missing")
        }
        if core[.skill] != nil, let stray = skillColumns.first {
            diagnostics.error(at: at(header[stray.column]),
                              "column \"\(Diagnostic.shown(header[stray.column].value))\" is a skill, but this is a long-format roster (it has \"skill\" and \"rating\" columns): use one format")
        }
        if core[.skill] == nil && skillColumns.isEmpty && !diagnostics.hasErrors {
            diagnostics.warning(at: headerStart, "no column matches a skill of the framework: every required skill will be reported as not assessed")
        }
    }

    // MARK: Rows

    /// The person-level columns of one row, validated; nil when the row has errors. `checksGrade` is
    /// false for a long-format row repeating a person already read, so a grade is warned about once.
    mutating func person(_ fields: [CSVTable.Field], line: Int, checksGrade: Bool = true) -> Person? {
        let errorsBefore = diagnostics.errorCount
        func cell(_ column: CoreColumn) -> CSVTable.Field? {
            guard let position = core[column] else { return nil }
            return fields[position]
        }
        func text(_ column: CoreColumn) -> String? {
            guard let value = cell(column)?.value.trimmingSpaces, !value.isEmpty else { return nil }
            return String(value)
        }
        let rowStart = SourceLocation(file: file, line: line, column: 1)
        let name = text(.name)
        if name == nil {
            diagnostics.error(at: cell(.name).map(at) ?? rowStart, "empty name: every person needs a name")
        }
        let role = resolveRole(cell(.role), level: cell(.level), rowStart: rowStart)
        var level: Int?
        if let role {
            level = resolveLevel(cell(.level), role: role, rowStart: rowStart)
        }
        var grade: Int?, gradeName: String?
        if let written = text(.grade) {
            grade = gradeCache[written] ?? {
                let found = framework.gradeIndex(written)
                gradeCache[written] = found
                return found
            }()
            gradeName = grade.map { framework.grades[$0].name } ?? written
            if checksGrade, let role, let level {
                checkGrade(written, grade: grade, role: role, level: level, at: at(cell(.grade)!))
            }
        }
        var mentors = true
        if let written = text(.mentor) {
            switch NameKey(written).rawValue {
            case "yes", "y", "true", "1": mentors = true
            case "no", "n", "false", "0": mentors = false
            default:
                diagnostics.error(at: at(cell(.mentor)!), "mentor must be yes or no, not \"\(Diagnostic.shown(written))\"")
            }
        }
        var capacity: Int?
        if let written = text(.mentorCapacity) {
            if let number = Int(written), number >= 0, number <= 1000 {
                capacity = number
            } else {
                diagnostics.error(at: at(cell(.mentorCapacity)!), "mentor_capacity must be a whole number from 0 to 1000, not \"\(Diagnostic.shown(written))\"")
            }
        }
        var attributes: [NameKey: String] = [:]
        for kept in keptColumns { attributes[kept.key] = String(fields[kept.column].value.trimmingSpaces) }
        guard diagnostics.errorCount == errorsBefore, let name, let role, let level else { return nil }
        return Person(id: text(.id), name: name, role: role, level: level, grade: grade, gradeName: gradeName,
                      team: text(.team), mentors: mentors, mentorCapacity: capacity, attributes: attributes, line: line)
    }

    mutating func resolveRole(_ cell: CSVTable.Field?, level: CSVTable.Field?, rowStart: SourceLocation) -> Int? {
        var roleNames: [String] { framework.roles.map(\.name) }
        if let cell, case let written = cell.value.trimmingSpaces, !written.isEmpty {
            let known = roleCache[written] ?? {
                let found = framework.roleIndex(written)
                roleCache[written] = found
                return found
            }()
            if let role = known {
                guard framework.roles[role].isInUse else {
                    diagnostics.error(at: at(cell), framework.notInUseMessage(role))
                    return nil
                }
                return role
            }
            diagnostics.error(at: at(cell), "unknown role \"\(Diagnostic.shown(written))\"", suggestion: Suggestion.nearest(to: String(written), in: roleNames))
            return nil
        }
        if let role = defaultRoleIndex { return role }
        if framework.roles.count == 1 { return 0 }
        // A level title such as "Senior infrastructure engineer" names the role too.
        if let level, case let matches = framework.roleLevels(titled: level.value), matches.count == 1 {
            return matches[0].role
        }
        diagnostics.error(at: cell.map(at) ?? rowStart, noRoleMessage)
        return nil
    }

    mutating func resolveLevel(_ cell: CSVTable.Field?, role: Int, rowStart: SourceLocation) -> Int? {
        let levels = framework.roles[role].levels
        let written = cell.map { String($0.value.trimmingSpaces) } ?? ""
        let given = written.isEmpty ? options.defaultLevel : written
        guard let given else {
            diagnostics.error(at: cell.map(at) ?? rowStart, "empty level: give one of \(levels.map(\.name).joined(separator: ", ")) (or use --level)")
            return nil
        }
        let known = levelCache[role]?[given] ?? {
            let found = framework.levelIndex(given, inRole: role)
            levelCache[role, default: [:]][given] = found
            return found
        }()
        if let level = known { return level }
        let other = framework.roleLevels(titled: given).first.map { " (\"\(Diagnostic.shown(given))\" is a level of \(framework.roles[$0.role].name))" } ?? ""
        diagnostics.error(at: cell.map(at) ?? rowStart, "unknown level \"\(Diagnostic.shown(given))\" for role \(framework.roles[role].name)\(other)",
                          suggestion: Suggestion.nearest(to: given, in: levels.flatMap { [$0.name] + ($0.title.map { [$0] } ?? []) }))
        return nil
    }

    mutating func checkGrade(_ written: String, grade: Int?, role: Int, level: Int, at location: SourceLocation) {
        guard !framework.grades.isEmpty else { return }
        let roleLevel = framework.roles[role].levels[level]
        guard let grade else {
            diagnostics.warning(at: location, "unknown grade \"\(Diagnostic.shown(written))\"", suggestion: Suggestion.nearest(to: written, in: framework.grades.map(\.name)))
            return
        }
        if !roleLevel.grades.isEmpty && !roleLevel.grades.contains(grade) {
            let typical = roleLevel.grades.map { framework.grades[$0].name }.joined(separator: ", ")
            diagnostics.warning(at: location, "grade \(framework.grades[grade].name) is not typical for role \(framework.roles[role].name) at level \(roleLevel.name) (typical: \(typical))")
        }
    }

    /// The scale index a rating cell stands for, -1 for not assessed; nil (with an error) when unreadable.
    mutating func rating(_ field: CSVTable.Field, skill: Int) -> Int8? {
        // An empty cell, not assessed: most cells of a roster of many roles (each uses few of the columns).
        if field.value.isEmpty { return -1 }
        if let cached = ratingCache.lookup(field.value) {
            if let cached { return cached }
        } else {
            let parsed: Int8? = RatingScale.isNotAssessed(field.value) ? -1 : framework.scale.index(of: field.value).map(Int8.init)
            ratingCache.insert(field.value, parsed)
            if let parsed { return parsed }
        }
        let written = String(field.value.trimmingSpaces)
        let suggestion = Suggestion.nearest(to: written, in: framework.scale.levels.map(\.name))
        // With nothing close enough to suggest, say what would do.
        let valid = suggestion == nil ? " (use \(framework.scale.validSpellings))" : ""
        diagnostics.error(at: at(field), "unknown rating \"\(Diagnostic.shown(written))\" for skill \"\(framework.skills[skill].name)\"\(valid)",
                          suggestion: suggestion)
        return nil
    }

    /// Errors for a record whose field count differs from the header's; true when it is ragged.
    mutating func isRagged(_ record: CSVTable.Record) -> Bool {
        guard record.fields.count != header.count else { return false }
        let place: CSVTable.Field = record.fields.count > header.count ? record.fields[header.count] : record.fields.last!
        diagnostics.error(at: at(place), "ragged row: \(record.fields.count) fields where the header has \(header.count)")
        return true
    }

    /// Warnings for a person's assessed ratings in skills their role does not use, and for
    /// required skills left unassessed.
    /// In long format (`rowsAreCells`) a person with no row for a skill the file mentions is unassessed in it.
    /// `skills` lists the skills with a cell for this person, and `cell` finds it.
    /// `index` and `count` give the person's pseudonym under `--anonymise`.
    mutating func checkRatings(of person: Person, index: Int, count: Int, ratings: ArraySlice<Int8>, skills: [Int],
                               cell: (Int) -> CSVTable.Field?, rowStart: SourceLocation, rowsAreCells: Bool = false) {
        let who = options.anonymise ? Roster.pseudonym(index, of: count) : Diagnostic.shown(person.name)
        let role = framework.roles[person.role]
        let roleLevel = role.levels[person.level]
        for skill in skills where ratings[ratings.startIndex + skill] >= 0 {
            if !role.skills.contains(skill), let field = cell(skill) {
                diagnostics.warning(at: at(field), "\(who) is rated in \"\(framework.skills[skill].name)\", which the \(role.name) role does not use; the rating still counts for coverage")
            }
        }
        var missing: [String] = []
        var first: SourceLocation?
        for requirement in roleLevel.requirements where ratings[ratings.startIndex + requirement.skill] < 0 {
            // A skill the whole file leaves out is reported once (reportAbsentSkills), not per person.
            let field = cell(requirement.skill)
            guard field != nil || (rowsAreCells && skillPresent[requirement.skill]) else { continue }
            missing.append(framework.skills[requirement.skill].name)
            if first == nil, let field { first = at(field) }
        }
        if !missing.isEmpty {
            diagnostics.warning(at: first ?? rowStart, "\(who): \(missing.count) required skill\(missing.count == 1 ? "" : "s") not assessed (\(missing.joined(separator: ", ")))")
        }
    }

    /// One warning per required skill that no column (or row) of the roster mentions.
    mutating func reportAbsentSkills(people: [Person]) {
        var counts = [Int](repeating: 0, count: framework.skills.count)
        for person in people {
            for requirement in framework.roles[person.role].levels[person.level].requirements where !skillPresent[requirement.skill] {
                counts[requirement.skill] += 1
            }
        }
        let location = SourceLocation(file: file, line: header.first?.line ?? 1, column: 1)
        for (skill, count) in counts.enumerated() where count > 0 {
            diagnostics.warning(at: location, "no column for required skill \"\(framework.skills[skill].name)\": \(count) \(count == 1 ? "person is" : "people are") not assessed in it")
        }
    }

    /// The identity a row gives: its `id` cell when present and not empty, else its `name` cell.
    func identity(of fields: [CSVTable.Field]) -> (key: String, column: Int, isID: Bool)? {
        if let column = core[.id], case let id = fields[column].value.trimmingSpaces, !id.isEmpty {
            return (String(id), column, true)
        }
        if let column = core[.name], case let name = fields[column].value.trimmingSpaces, !name.isEmpty {
            return (String(name), column, false)
        }
        return nil
    }

    /// An error for a row whose identity an earlier row already has; false for such a row.
    mutating func checkIdentity(_ fields: [CSVTable.Field], line: Int, seen: inout [String: Int]) -> Bool {
        guard let (key, column, isID) = identity(of: fields) else { return true }
        if let first = seen[key] {
            let what = isID ? "id" : "name"
            diagnostics.error(at: at(fields[column]),
                              "duplicate person: \(what) \"\(Diagnostic.shown(key))\" is already on line \(first) (give each person a unique \(what)\(isID ? "" : ", or add an id column"))")
            return false
        }
        seen[key] = line
        return true
    }

    // MARK: Wide format

    mutating func readWide(_ records: inout CSVTable.RecordReader, count: Int) throws(InvalidInputError) -> Roster? {
        let skillCount = framework.skills.count
        var people: [Person] = []
        var ratings: [Int8] = []
        var seen: [String: Int] = [:]
        skillPresent = [Bool](repeating: false, count: skillCount)
        for column in skillColumns { skillPresent[column.skill] = true }
        let unnamed = header.indices.filter { NameKey(header[$0].value).isEmpty }
        var columnOfSkill = [Int?](repeating: nil, count: skillCount)
        for (column, skill) in skillColumns { columnOfSkill[skill] = column }
        let skillsWithColumns = skillColumns.map(\.skill)
        var warnedUnnamed = Set<Int>()
        while let record = try records.next() {
            rowsRead += 1
            if isRagged(record) { continue }
            for position in unnamed where !warnedUnnamed.contains(position) && !record.fields[position].value.trimmingSpaces.isEmpty {
                warnedUnnamed.insert(position)
                diagnostics.warning(at: at(record.fields[position]), "column \(position + 1) has no header; its values are ignored")
            }
            var row = [Int8](repeating: -1, count: skillCount)
            var ratingsOK = true
            for (column, skill) in skillColumns {
                let field = record.fields[column]
                guard let value = rating(field, skill: skill) else { ratingsOK = false; continue }
                row[skill] = value
            }
            let unique = checkIdentity(record.fields, line: record.line, seen: &seen)
            guard let person = person(record.fields, line: record.line), ratingsOK, unique else { continue }
            // Pseudonyms count the data rows: the people, when no row is rejected (and a rejected row fails the run).
            checkRatings(of: person, index: people.count, count: count, ratings: row[...], skills: skillsWithColumns,
                         cell: { skill in columnOfSkill[skill].map { record.fields[$0] } },
                         rowStart: SourceLocation(file: file, line: record.line, column: 1))
            people.append(person)
            ratings += row
        }
        reportAbsentSkills(people: people)
        return Roster(file: file, people: people, skillCount: skillCount, ratings: ratings, skillsInRoster: skillPresent)
    }

    // MARK: Long format

    mutating func readLong(_ records: inout CSVTable.RecordReader) throws(InvalidInputError) -> Roster? {
        let skillCount = framework.skills.count
        var people: [Person] = []
        var firstFields: [[CSVTable.Field]] = []
        var ratings: [Int8] = []
        var cells: [[Int: CSVTable.Field]] = []
        var index: [String: Int] = [:]
        skillPresent = [Bool](repeating: false, count: skillCount)
        let attributeColumns: [CoreColumn] = [.name, .role, .level, .grade, .team, .mentor, .mentorCapacity]
        while let record = try records.next() {
            rowsRead += 1
            if isRagged(record) { continue }
            let skillField = record.fields[core[.skill]!]
            let skillName = String(skillField.value.trimmingSpaces)
            let repeated = identity(of: record.fields).map { index[$0.key] != nil } ?? false
            guard let person = person(record.fields, line: record.line, checksGrade: !repeated) else { continue }
            let slot: Int
            if let existing = index[person.identity] {
                slot = existing
                // The person's attributes repeat on each row and must agree.
                for column in attributeColumns {
                    guard let position = core[column] else { continue }
                    let now = record.fields[position].value.trimmingSpaces
                    let before = firstFields[slot][position].value.trimmingSpaces
                    if NameKey(now) != NameKey(before) || (column == .name && now != before) {
                        diagnostics.error(at: at(record.fields[position]),
                                          "conflicting \(column.rawValue) \"\(Diagnostic.shown(now))\" for \(Diagnostic.shown(person.identity)): line \(firstFields[slot][position].line) says \"\(Diagnostic.shown(before))\"")
                    }
                }
            } else {
                slot = people.count
                index[person.identity] = slot
                people.append(person)
                firstFields.append(record.fields)
                ratings += repeatElement(-1, count: skillCount)
                cells.append([:])
            }
            if skillName.isEmpty {
                diagnostics.error(at: at(skillField), "empty skill name")
                continue
            }
            guard let skill = framework.skillIndex(skillName) else {
                diagnostics.error(at: at(skillField), "unknown skill \"\(Diagnostic.shown(skillName))\"",
                                  suggestion: Suggestion.nearest(to: skillName, in: framework.skills.flatMap { [$0.name] + $0.aliases }))
                continue
            }
            skillPresent[skill] = true
            let ratingField = record.fields[core[.rating]!]
            guard let value = rating(ratingField, skill: skill) else { continue }
            if let earlier = cells[slot][skill] {
                diagnostics.error(at: at(skillField), "\(Diagnostic.shown(person.identity)) is rated in \"\(framework.skills[skill].name)\" twice (first on line \(earlier.line))")
                continue
            }
            cells[slot][skill] = ratingField
            ratings[slot * skillCount + skill] = value
        }
        for (slot, person) in people.enumerated() {
            let row = ratings[slot * skillCount ..< (slot + 1) * skillCount]
            let personCells = cells[slot]
            checkRatings(of: person, index: slot, count: people.count, ratings: row, skills: personCells.keys.sorted(), cell: { personCells[$0] },
                         rowStart: SourceLocation(file: file, line: person.line, column: 1),
                         rowsAreCells: true)
        }
        reportAbsentSkills(people: people)
        return Roster(file: file, people: people, skillCount: skillCount, ratings: ratings, skillsInRoster: skillPresent)
    }
}

/// Ratings by their spelling in the file. A roster has a handful of spellings, so the first few are
/// found by comparing strings (short ones compare as two words), which is quicker than hashing every
/// cell; any further spellings go in a dictionary.
struct RatingCache {
    private var few: [(String, Int8?)] = []
    private var more: [String: Int8?] = [:]
    private static let fewCount = 16

    /// The rating cached for `text` (nil inside for a spelling that is no rating), or nil when not cached.
    func lookup(_ text: String) -> Int8?? {
        for (spelling, rating) in few where spelling == text { return .some(rating) }
        return more.isEmpty ? nil : more[text]
    }

    mutating func insert(_ text: String, _ rating: Int8?) {
        if few.count < Self.fewCount { few.append((text, rating)) } else { more[text] = rating }
    }
}
