/// One member of the team as the roster describes them.
public struct Person: Sendable, Equatable {
    /// The `id` column, when given.
    public var id: String?
    /// The display name.
    public var name: String
    /// The person's role level (which names their role).
    public var roleLevel: RoleLevelID
    /// The grade, when it is one the framework knows.
    public var grade: GradeID?
    /// The grade as written, or its canonical name when the framework knows it; nil when blank.
    public var gradeName: String?
    public var team: String?
    /// Willing to mentor (`mentor` column; yes when blank).
    public var mentors: Bool
    /// The `mentor_capacity` column, when given.
    public var mentorCapacity: Int?
    /// When the person's ratings were assessed (`assessed_on`), when given.
    public var assessedOn: CalendarDay? = nil
    /// The chance the person leaves within a year (`leave_probability`, 0–1), when given.
    public var leaveProbability: Double? = nil
    /// Values of other columns the caller asked to keep (for `--within COLUMN`), by column name key.
    public var attributes: [NameKey: String]
    /// The line of the person's (first) row, for messages.
    public var line: Int

    /// The team as it is compared (`Platform` and `platform ` are one team); nil when blank.
    public var teamKey: NameKey? { team.map(NameKey.init).flatMap { $0.isEmpty ? nil : $0 } }

    /// The identity rosters are keyed by: `id` when present, else the name.
    public var identity: String { id ?? name }
    /// The person's role.
    public var role: RoleID { roleLevel.role }
}

/// A team: its people and their ratings against one framework.
public struct Roster: Sendable {
    /// The pseudonym `--anonymise` gives `person` of a roster of `count` people:
    /// P0001, P0002, … in roster order (more digits past 9,999 people).
    public static func pseudonym(_ person: PersonID, of count: Int) -> String {
        let width = max(4, String(count).count)
        let number = String(person.index + 1)
        return "P" + String(repeating: "0", count: max(0, width - number.count)) + number
    }

    /// The roster file's name as the user gave it.
    public var file: String
    public var people: IDArray<PersonID, Person>
    /// Number of skills in the framework; the stride of `ratings`.
    public let skillCount: Int
    /// The scale level's position per (person, skill), row-major; -1 where not assessed. (Read it
    /// through `rating(_:_:)`: nowhere else is not assessed a number.)
    public private(set) var ratings: [Int8]
    /// True for skills the roster has a column (or, in long format, a row) for.
    public var skillsInRoster: IDArray<SkillID, Bool>
    /// The header's column names, as written (for suggestions when an option names a column).
    public var columns: [String] = []

    /// Every skill of the framework, in framework order.
    public var skills: Range<SkillID> { SkillID(0)..<SkillID(skillCount) }

    public init(file: String, people: [Person], skillCount: Int, ratings: [Int8], skillsInRoster: [Bool]) {
        precondition(ratings.count == people.count * skillCount)
        self.file = file
        self.people = IDArray(people)
        self.skillCount = skillCount
        self.ratings = ratings
        self.skillsInRoster = IDArray(skillsInRoster)
    }

    /// The level `person` is rated at in `skill`, or nil when not assessed.
    @inline(__always)
    public func rating(_ person: PersonID, _ skill: SkillID) -> ScaleLevel? {
        let value = ratings[person.index * skillCount + skill.index]
        return value < 0 ? nil : ScaleLevel(Int(value))
    }

    /// The same roster without `leavers` (for what-if questions).
    public func removing(_ leavers: Set<PersonID>) -> Roster {
        var people: [Person] = []
        var ratings: [Int8] = []
        for (person, entry) in zip(self.people.indices, self.people) where !leavers.contains(person) {
            people.append(entry)
            ratings += self.ratings[person.index * skillCount ..< (person.index + 1) * skillCount]
        }
        return Roster(file: file, people: people, skillCount: skillCount, ratings: ratings, skillsInRoster: skillsInRoster.elements)
    }
}

/// The columns of a roster that are not skills.
public enum CoreColumn: String, CaseIterable, Sendable {
    case id, name, role, level, grade, team, mentor
    case mentorCapacity = "mentor_capacity"
    /// When the ratings were assessed (SPEC §9).
    case assessedOn = "assessed_on"
    /// The chance of leaving within a year (SPEC §10).
    case leaveProbability = "leave_probability"
    /// Long format only.
    case skill, rating

    /// The column a header names, by name or a common synonym; nil for skill columns.
    public init?(header: some StringProtocol) {
        let key = NameKey(header)
        guard let column = CoreColumn.byKey[key] else { return nil }
        self = column
    }

    private static let byKey: [NameKey: CoreColumn] = {
        var table: [NameKey: CoreColumn] = [:]
        for column in allCases { table[NameKey(column.rawValue)] = column }
        // `person` lets a skills-matrix.csv written by capplan be read back as a roster.
        for (synonym, column) in [("person", CoreColumn.name), ("role level", .level), ("skill level", .rating)] {
            table[NameKey(synonym)] = column
        }
        return table
    }()
}
