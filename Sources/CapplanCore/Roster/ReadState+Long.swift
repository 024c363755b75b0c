/// The people of a long-format roster as its rows are read: a row per (person, skill).
struct LongFormatPeople {
    var people: [Person] = []
    /// The fields of each person's first row, which later rows must agree with.
    var firstFields: [[CSVTable.Field]] = []
    /// Ratings as `Roster` stores them, a row of `skillCount` per person.
    var ratings: [Int8] = []
    /// Each person's rating cell per skill.
    var cells: [[SkillID: CSVTable.Field]] = []
    /// Position in `people` by identity.
    var slots: [String: Int] = [:]
}

extension ReadState {
    /// The person-level columns, which every row of a person repeats.
    static let attributeColumns: [CoreColumn] = [.name, .role, .level, .grade, .team, .mentor, .mentorCapacity, .assessedOn, .leaveProbability]

    mutating func readLong(_ records: inout some RecordSource) throws(InvalidInputError) -> Roster? {
        let skillCount = framework.skills.count
        var read = LongFormatPeople()
        skillPresent = IDArray(repeating: false, count: skillCount)
        while let record = try records.next() {
            rowsRead += 1
            if !isRagged(record) && cellsAreUsable(record) { readLongRow(record, into: &read) }
        }
        for (slot, person) in read.people.enumerated() {
            let row = read.ratings[slot * skillCount ..< (slot + 1) * skillCount]
            let personCells = read.cells[slot]
            checkRatings(of: person, id: PersonID(slot), count: read.people.count, ratings: row, skills: personCells.keys.sorted(),
                         cell: { personCells[$0] }, rowStart: place(line: person.line),
                         rowsAreCells: true)
        }
        reportAbsentSkills(people: read.people)
        return Roster(file: file, people: read.people, skillCount: skillCount, ratings: read.ratings, skillsInRoster: skillPresent.elements)
    }

    /// One row: the person (new, or agreeing with their first row) and their rating in one skill.
    private mutating func readLongRow(_ record: CSVTable.Record, into read: inout LongFormatPeople) {
        let skillField = record.fields[core[.skill]!]
        let skillName = String(skillField.value.trimmingSpaces)
        let repeated = identity(of: record.fields).map { read.slots[$0.key] != nil } ?? false
        guard let person = person(record.fields, line: record.line, checksGrade: !repeated) else { return }
        let slot: Int
        if let existing = read.slots[person.identity] {
            slot = existing
            checkAttributes(record.fields, agreeWith: read.firstFields[slot], of: person)
        } else {
            slot = read.people.count
            read.slots[person.identity] = slot
            read.people.append(person)
            read.firstFields.append(record.fields)
            read.ratings += repeatElement(-1, count: framework.skills.count)
            read.cells.append([:])
        }
        if skillName.isEmpty {
            diagnostics.error(at: at(skillField), "empty skill name")
            return
        }
        guard let skill = framework.skill(named: skillName) else {
            diagnostics.error(at: at(skillField), "unknown skill \"\(Diagnostic.shown(skillName))\"",
                              suggestion: Suggestion.nearest(to: skillName, in: framework.skills.flatMap { [$0.name] + $0.aliases }))
            return
        }
        skillPresent[skill] = true
        let ratingField = record.fields[core[.rating]!]
        guard let value = rating(ratingField, skill: skill) else { return }
        if let earlier = read.cells[slot][skill] {
            diagnostics.error(at: at(skillField), "\(Diagnostic.shown(person.identity)) is rated in \"\(framework.skills[skill].name)\" twice (first on \(lineName(earlier.line)))")
            return
        }
        read.cells[slot][skill] = ratingField
        read.ratings[slot * framework.skills.count + skill.index] = value
    }

    /// Errors for a row whose person-level columns disagree with the person's first row.
    private mutating func checkAttributes(_ fields: [CSVTable.Field], agreeWith first: [CSVTable.Field], of person: Person) {
        for column in Self.attributeColumns {
            guard let position = core[column] else { continue }
            let now = fields[position].value.trimmingSpaces
            let before = first[position].value.trimmingSpaces
            if NameKey(now) != NameKey(before) || (column == .name && now != before) {
                func shown(_ text: Substring) -> String { text.isEmpty ? "blank" : "\"\(Diagnostic.shown(text))\"" }
                diagnostics.error(at: at(fields[position]),
                                  "conflicting \(column.rawValue) \(shown(now)) for \(Diagnostic.shown(person.identity)): \(lineName(first[position].line)) says \(shown(before))")
            }
        }
    }
}
