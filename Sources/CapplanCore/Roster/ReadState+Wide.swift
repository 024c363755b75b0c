extension ReadState {
    /// The people of a wide roster (a row each), `count` of them when every row is read (for
    /// pseudonyms; 0 when not counted).
    mutating func readWide(_ records: inout some RecordSource, count: Int) throws(InvalidInputError) -> Roster? {
        let skillCount = framework.skills.count
        var people: [Person] = []
        var ratings: [Int8] = []
        var seen: [String: Int] = [:]
        skillPresent = IDArray(repeating: false, count: skillCount)
        for column in skillColumns { skillPresent[column.skill] = true }
        let unnamed = header.indices.filter { NameKey(header[$0].value).isEmpty }
        var columnOfSkill = IDArray<SkillID, Int?>(repeating: nil, count: skillCount)
        for (column, skill) in skillColumns { columnOfSkill[skill] = column }
        let skillsWithColumns = skillColumns.map(\.skill)
        var warnedUnnamed = Set<Int>()
        let ratingColumns = Set(skillColumns.map(\.column))
        while var record = try records.next() {
            rowsRead += 1
            if isRagged(record) { continue }
            let (readOn, sound) = usableCells(&record, ratingColumns: ratingColumns)
            if !readOn { continue }
            for position in unnamed where !warnedUnnamed.contains(position) && !record.fields[position].value.trimmingSpaces.isEmpty {
                warnedUnnamed.insert(position)
                diagnostics.warning(at: at(record.fields[position]), "\(columnName(position)) has no header; its values are ignored")
            }
            var row = [Int8](repeating: -1, count: skillCount)
            var ratingsOK = true
            for (column, skill) in skillColumns {
                let field = record.fields[column]
                guard let value = rating(field, skill: skill) else { ratingsOK = false; continue }
                row[skill.index] = value
            }
            let unique = checkIdentity(record.fields, line: record.line, seen: &seen)
            guard let person = person(record.fields, line: record.line), ratingsOK, unique, sound else { continue }
            // Pseudonyms count the data rows: the people, when no row is rejected (and a rejected row fails the run).
            checkRatings(of: person, id: PersonID(people.count), count: count, ratings: row[...], skills: skillsWithColumns,
                         cell: { skill in columnOfSkill[skill].map { record.fields[$0] } },
                         rowStart: place(line: record.line))
            people.append(person)
            ratings += row
        }
        reportAbsentSkills(people: people)
        return Roster(file: file, people: people, skillCount: skillCount, ratings: ratings, skillsInRoster: skillPresent.elements)
    }
}
