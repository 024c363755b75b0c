extension ReadState {
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
        let rowStart = place(line: line)
        let name = text(.name)
        if name == nil {
            diagnostics.error(at: cell(.name).map(at) ?? rowStart, "empty name: every person needs a name")
        }
        let role = resolveRole(cell(.role), level: cell(.level), rowStart: rowStart)
        var level: RoleLevelID?
        if let role {
            level = resolveLevel(cell(.level), role: role, rowStart: rowStart)
        }
        var grade: GradeID?, gradeName: String?
        if let written = text(.grade) {
            grade = gradeCache[written] ?? {
                let found = framework.grade(named: written)
                gradeCache[written] = found
                return found
            }()
            gradeName = grade.map { framework.grades[$0].name } ?? written
            if checksGrade, let level {
                checkGrade(written, grade: grade, level: level, at: at(cell(.grade)!))
            }
        }
        var mentors = true, capacity: Int?, assessedOn: CalendarDay?, leaveProbability: Double?
        if let field = cell(.mentor) { mentors = mentorWillingness(field) }
        if let field = cell(.mentorCapacity) { capacity = mentorCapacity(field) }
        if let field = cell(.assessedOn) { assessedOn = assessmentDay(field) }
        if let field = cell(.leaveProbability) { leaveProbability = self.leaveProbability(field) }
        var attributes: [NameKey: String] = [:]
        for kept in keptColumns { attributes[kept.key] = String(fields[kept.column].value.trimmingSpaces) }
        guard diagnostics.errorCount == errorsBefore, let name, let level else { return nil }
        return Person(id: text(.id), name: name, roleLevel: level, grade: grade, gradeName: gradeName,
                      team: text(.team), mentors: mentors, mentorCapacity: capacity, assessedOn: assessedOn,
                      leaveProbability: leaveProbability, attributes: attributes, line: line)
    }

    /// The `mentor` cell: yes (also blank), or no; an error for anything else.
    mutating func mentorWillingness(_ field: CSVTable.Field) -> Bool {
        let written = field.value.trimmingSpaces
        switch NameKey(written).rawValue {
        case "", "yes", "y", "true", "1": return true
        case "no", "n", "false", "0": return false
        default:
            diagnostics.error(at: at(field), "mentor must be yes or no, not \"\(Diagnostic.shown(written))\"")
            return true
        }
    }

    /// The `mentor_capacity` cell: a whole number 0–1000, nil when blank; an error for anything else.
    mutating func mentorCapacity(_ field: CSVTable.Field) -> Int? {
        let written = field.value.trimmingSpaces
        if written.isEmpty { return nil }
        if let number = Int(written), number >= 0, number <= 1000 { return number }
        diagnostics.error(at: at(field), "mentor_capacity must be a whole number from 0 to 1000, not \"\(Diagnostic.shown(written))\"")
        return nil
    }

    /// The `assessed_on` cell: an ISO date (`2026-03-31`), nil when blank; an error for anything else.
    mutating func assessmentDay(_ field: CSVTable.Field) -> CalendarDay? {
        let written = field.value.trimmingSpaces
        if written.isEmpty { return nil }
        if let day = CalendarDay(iso: written) { return day }
        // An ISO date and time (a workbook's ISO date cell, `t="d"`, reads as one): its day.
        if written.utf8.count > 10, written.utf8.dropFirst(10).first == UInt8(ascii: "T"),
           let day = CalendarDay(iso: String(written.prefix(10))) {
            return day
        }
        // A workbook's date cell holds its serial number; a date and time, the day's.
        if field.type == .number, let serial = Double(written), serial.isFinite, serial >= 1, serial < 2_958_466 {
            if let day = CalendarDay(spreadsheetSerial: Int(serial.rounded(.down))) { return day }
        }
        diagnostics.error(at: at(field), "assessed_on must be a date written YYYY-MM-DD (such as 2026-03-31), not \"\(Diagnostic.shown(written))\"")
        return nil
    }

    /// The `leave_probability` cell: a number from 0 to 1, nil when blank; an error for anything else.
    mutating func leaveProbability(_ field: CSVTable.Field) -> Double? {
        let written = field.value.trimmingSpaces
        if written.isEmpty { return nil }
        if written.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(written), (0...1).contains(value) {
            return value
        }
        // A workbook's number cell: its shortest decimal text may be `1e-05`.
        if field.type == .number, let value = Double(written), (0...1).contains(value) { return value }
        diagnostics.error(at: at(field), "leave_probability must be a number from 0 to 1 (such as 0.15), not \"\(Diagnostic.shown(written))\"")
        return nil
    }

    mutating func resolveRole(_ cell: CSVTable.Field?, level: CSVTable.Field?, rowStart: SourceLocation) -> RoleID? {
        var roleNames: [String] { framework.roles.map(\.name) }
        if let cell, case let written = cell.value.trimmingSpaces, !written.isEmpty {
            let known = roleCache[written] ?? {
                let found = framework.role(named: written)
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
        if let role = defaultRole { return role }
        if framework.roles.count == 1 { return framework.roles.startIndex }
        // A level title such as "Senior infrastructure engineer" (in the row, or given by --level) names the role too.
        let levelText = level.map { String($0.value.trimmingSpaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? options.defaultLevel
        if let levelText, case let matches = framework.roleLevels(titled: levelText), matches.count == 1 {
            return matches[0].role
        }
        diagnostics.error(at: cell.map(at) ?? rowStart, noRoleMessage)
        return nil
    }

    mutating func resolveLevel(_ cell: CSVTable.Field?, role: RoleID, rowStart: SourceLocation) -> RoleLevelID? {
        let levels = framework.roles[role].levels
        let written = cell.map { String($0.value.trimmingSpaces) } ?? ""
        let given = written.isEmpty ? options.defaultLevel : written
        guard let given else {
            diagnostics.error(at: cell.map(at) ?? rowStart, "empty level: give one of \(levels.map(\.name).joined(separator: ", ")) (or use --level)")
            return nil
        }
        let known = levelCache[role]?[given] ?? {
            let found = framework.level(named: given, in: role)
            levelCache[role, default: [:]][given] = found
            return found
        }()
        if let level = known { return level }
        // Why: the title of another role's level, or a position past the role's levels (listed), or a misspelling.
        let other = framework.roleLevels(titled: given).first.map { " (that title is a level of \(framework.roles[$0.role].name), not of \(framework.roles[role].name))" }
        let positions = Int(given).map { _ in " (its levels by position: \(levels.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: ", ")))" }
        diagnostics.error(at: cell.map(at) ?? rowStart, "unknown level \"\(Diagnostic.shown(given))\" for role \(framework.roles[role].name)\(other ?? positions ?? "")",
                          suggestion: other == nil && positions == nil ? Suggestion.nearest(to: given, in: levels.flatMap { [$0.name] + ($0.title.map { [$0] } ?? []) }) : nil)
        return nil
    }

    mutating func checkGrade(_ written: String, grade: GradeID?, level: RoleLevelID, at location: SourceLocation) {
        guard !framework.grades.isEmpty else { return }
        let roleLevel = framework[level]
        guard let grade else {
            diagnostics.warning(at: location, "unknown grade \"\(Diagnostic.shown(written))\"", suggestion: Suggestion.nearest(to: written, in: framework.grades.map(\.name)))
            return
        }
        if !roleLevel.grades.isEmpty && !roleLevel.grades.contains(grade) {
            let typical = roleLevel.grades.map { framework.grades[$0].name }.joined(separator: ", ")
            diagnostics.warning(at: location, "grade \(framework.grades[grade].name) is not typical for role \(framework.roles[level.role].name) at level \(roleLevel.name) (typical: \(typical))")
        }
    }

    /// The rating a cell stands for, as the roster stores it (-1 for not assessed); nil (with an
    /// error) when unreadable.
    mutating func rating(_ field: CSVTable.Field, skill: SkillID) -> Int8? {
        // An empty cell, not assessed: most cells of a roster of many roles (each uses few of the columns).
        if field.value.isEmpty { return -1 }
        if let cached = ratingCache.lookup(field.value) {
            if let cached { return cached }
        } else {
            let parsed: Int8? = RatingScale.isNotAssessed(field.value) ? -1 : framework.scale.level(of: field.value).map { Int8($0.index) }
            ratingCache.insert(field.value, parsed)
            if let parsed { return parsed }
        }
        let written = String(field.value.trimmingSpaces)
        // A workbook's number with a fraction (2.5): no rating, and no near spelling to suggest.
        if field.type == .number, let number = Double(written), number.rounded(.towardZero) != number {
            diagnostics.error(at: at(field), "rating \(Diagnostic.shown(written)) for skill \"\(framework.skills[skill].name)\" is not a whole number (use \(framework.scale.validSpellings))")
            return nil
        }
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
    mutating func checkRatings(of person: Person, id: PersonID, count: Int, ratings: ArraySlice<Int8>, skills: [SkillID],
                               cell: (SkillID) -> CSVTable.Field?, rowStart: SourceLocation, rowsAreCells: Bool = false) {
        let who = options.anonymise ? Roster.pseudonym(id, of: count) : Diagnostic.shown(person.name)
        let role = framework.roles[person.role]
        let roleLevel = framework[person.roleLevel]
        for skill in skills where ratings[ratings.startIndex + skill.index] >= 0 {
            if !role.skills.contains(skill), let field = cell(skill) {
                diagnostics.warning(at: at(field), "\(who) is rated in \"\(framework.skills[skill].name)\", which the \(role.name) role does not use; the rating still counts for coverage")
            }
        }
        var missing: [String] = []
        var first: SourceLocation?
        for requirement in roleLevel.requirementsBySkill where ratings[ratings.startIndex + requirement.skill.index] < 0 {
            // A skill the whole file leaves out is reported once (reportAbsentSkills), not per person.
            let field = cell(requirement.skill)
            guard field != nil || (rowsAreCells && skillPresent[requirement.skill]) else { continue }
            missing.append(framework.skills[requirement.skill].name)
            if first == nil, let field { first = at(field) }
        }
        if !missing.isEmpty {
            diagnostics.warning(at: first ?? rowStart, "\(who): \(Plural.of(missing.count, "required skill")) not assessed (\(missing.joined(separator: ", ")))")
        }
    }

    /// One warning per required skill that no column (or row) of the roster mentions.
    mutating func reportAbsentSkills(people: [Person]) {
        var counts = IDArray<SkillID, Int>(repeating: 0, count: framework.skills.count)
        for person in people {
            for requirement in framework[person.roleLevel].requirements where !skillPresent[requirement.skill] {
                counts[requirement.skill] += 1
            }
        }
        let location = place(line: header.first?.line ?? 1)
        for (skill, count) in zip(counts.indices, counts) where count > 0 {
            // Wide rosters have a column per skill; long ones a row per person and skill.
            let place = core[.skill] == nil ? "no column for" : "no row of the roster rates"
            diagnostics.warning(at: location, "\(place) required skill \"\(framework.skills[skill].name)\": \(count) \(count == 1 ? "person is" : "people are") not assessed in it")
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
                              "duplicate person: \(what) \"\(Diagnostic.shown(key))\" is already on \(lineName(first)) (give each person a unique \(what)\(isID ? "" : ", or add an id column"))")
            return false
        }
        seen[key] = line
        return true
    }
}
