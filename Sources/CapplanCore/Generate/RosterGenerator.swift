/// Makes synthetic, realistic rosters for demos, tests and benchmarks (`capplan generate`).
///
/// Realistic means: a level pyramid (more engineers than principals), ratings spread around each
/// person's required level with some not assessed, several teams of uneven size, grades mostly
/// typical for the level, and a few people who do not mentor. The same seed gives the same file.
public struct RosterGenerator: Sendable {
    public let framework: Framework
    /// The roles people are drawn from (none without levels).
    public let roles: [RoleID]
    /// The skill columns: every skill of the framework, or with chosen roles the skills they use, in framework order.
    public let skills: [SkillID]

    /// A generator of people in `roles` (default: every role with levels). With `roles`, the roster's
    /// skill columns are the skills those roles use; without, every skill of the framework.
    public init(framework: Framework, roles: [RoleID]? = nil) {
        self.framework = framework
        self.roles = (roles ?? Array(framework.roles.indices)).filter { framework.roles[$0].isInUse }
        if let roles {
            let used = Set(roles.flatMap { framework.roles[$0].skills })
            skills = framework.skills.indices.filter { used.contains($0) }
        } else {
            skills = Array(framework.skills.indices)
        }
    }

    /// Relative share of each level, junior to senior (extra levels share the last weight).
    static let levelWeights: [Double] = [0.12, 0.34, 0.30, 0.16, 0.08]
    /// Rating offsets from the required level, and how often each occurs.
    static let offsets: [(offset: Int, weight: Double)] = [(-2, 0.04), (-1, 0.20), (0, 0.52), (1, 0.20), (2, 0.04)]
    static let notAssessedShare = 0.06
    static let atypicalGradeShare = 0.06
    static let nonMentorShare = 0.12
    static let peoplePerTeam = 9

    /// The roster CSV (wide format, LF line ends) for `people` people.
    public func csv(people: Int, seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        var out = [UInt8]()
        out.reserveCapacity(people * (60 + framework.skills.count * 10))
        func append(_ text: String) { out.append(contentsOf: text.utf8) }

        let header = ["id", "name", "role", "level", "grade", "team", "mentor", "mentor_capacity"] + skills.map { framework.skills[$0].name }
        append(CSVFormat.line(header))

        let teams = Self.teamNames(count: max(1, (people + Self.peoplePerTeam - 1) / Self.peoplePerTeam))
        let teamWeights = teams.indices.map { _ in 0.5 + random.fraction() }
        // Running totals, so drawing a team is a binary search: there are people / 9 teams.
        let teamTotals = teamWeights.reduce(into: [Double]()) { $0.append(($0.last ?? 0) + $1) }
        let roleWeights = roles.count == 2 ? [0.45, 0.55] : roles.map { _ in 1.0 }
        let width = max(5, String(people).count)
        let grades = framework.grades.isEmpty ? 0...0 : gradeRange
        for index in 0..<people {
            let role = roles[random.pick(weights: roleWeights)]
            let levels = framework.levels(of: role)
            let level = levels[random.pick(weights: levels.indices.map { Self.levelWeights[min($0, Self.levelWeights.count - 1)] })]
            let roleLevel = framework[level]
            var fields = [String]()
            fields.reserveCapacity(header.count)
            let number = String(index + 1)
            fields.append("E" + String(repeating: "0", count: width - number.count) + number)
            fields.append(Self.firstNames[random.below(Self.firstNames.count)] + " " + Self.surnames[random.below(Self.surnames.count)])
            fields.append(framework.roles[role].name)
            fields.append(roleLevel.name)
            fields.append(grade(for: roleLevel, in: grades, random: &random))
            fields.append(teams[random.pick(cumulative: teamTotals)])
            fields.append(random.fraction() < Self.nonMentorShare ? "no" : "yes")
            fields.append(random.fraction() < 0.2 ? String(1 + random.below(3)) : "")
            let roleSkills = Set(framework.roles[role].skills)
            for skill in skills {
                guard roleSkills.contains(skill) else { fields.append(""); continue }
                fields.append(rating(skill: skill, level: level, random: &random))
            }
            append(CSVFormat.line(fields))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The grades people are given: from the most junior to the most senior grade the chosen roles'
    /// levels name (every grade when none names any), so a team of IT operations roles gets no AO.
    private var gradeRange: ClosedRange<Int> {
        let named = roles.flatMap { framework.roles[$0].levels.flatMap(\.grades) }
        guard let low = named.min(), let high = named.max() else { return 0...(framework.grades.count - 1) }
        return low.index...high.index
    }

    private func grade(for level: Framework.RoleLevel, in range: ClosedRange<Int>, random: inout SeededGenerator) -> String {
        guard !framework.grades.isEmpty else { return "" }
        let typical = level.grades.isEmpty ? Array(range) : level.grades.map(\.index)
        var grade = typical[random.below(typical.count)]
        if random.fraction() < Self.atypicalGradeShare {
            grade = min(range.upperBound, max(range.lowerBound, grade + (random.below(2) == 0 ? -1 : 1)))
        }
        return framework.grades[GradeID(grade)].name
    }

    private func rating(skill: SkillID, level: RoleLevelID, random: inout SeededGenerator) -> String {
        if random.fraction() < Self.notAssessedShare { return "" }
        let scale = framework.scale
        let levels = framework.roles[level.role].levels
        // A skill this level does not require sits around what the nearest requiring level asks, less one.
        let centre = levels[level.rank].required(skill)?.index
            ?? (levels[level.rank...].lazy.compactMap { $0.required(skill) }.first.map { $0.index - 1 })
            ?? (levels[..<level.rank].reversed().lazy.compactMap { $0.required(skill) }.first?.index)
            ?? 1
        let offset = Self.offsets[random.pick(weights: Self.offsets.map(\.weight))].offset
        return scale.name(ScaleLevel(min(scale.top.index, max(0, centre + offset))))
    }

    /// `count` team names: realistic names first, then numbered ones.
    static func teamNames(count: Int) -> [String] {
        (0..<count).map { index in
            let base = baseTeams[index % baseTeams.count]
            return index < baseTeams.count ? base : "\(base) \(index / baseTeams.count + 1)"
        }
    }

    static let baseTeams = [
        "Platform", "Networks", "Cloud hosting", "Service operations", "Identity", "Storage", "Observability",
        "End user computing", "Data centre", "Security operations", "Integration", "Release",
    ]

    static let firstNames = [
        "Aisha", "Alex", "Amara", "Amir", "Ana", "Ben", "Bethan", "Callum", "Chen", "Chloe", "Daniel", "Deepa",
        "Eilidh", "Emeka", "Emily", "Fatima", "Finn", "Freya", "Gareth", "Grace", "Hamza", "Hannah", "Isla",
        "Jack", "Jamal", "Jasmine", "Joe", "Kai", "Kemi", "Laura", "Leah", "Liam", "Lucy", "Maya", "Megan",
        "Mohammed", "Niamh", "Noah", "Olu", "Oliver", "Priya", "Rhys", "Rosa", "Ruth", "Sam", "Sanjay",
        "Sara", "Sean", "Siobhan", "Sofia", "Tom", "Wei", "Yusuf", "Zara", "Zoe",
    ]

    static let surnames = [
        "Adeyemi", "Ahmed", "Bennett", "Brown", "Campbell", "Chen", "Clarke", "Davies", "Edwards", "Evans",
        "Fraser", "Ghosh", "Green", "Hall", "Hughes", "Hussain", "Jones", "Kaur", "Khan", "Kowalski", "Lewis",
        "MacLeod", "Martin", "Morgan", "Murphy", "Nowak", "Okafor", "O'Brien", "Owusu", "Patel", "Price",
        "Roberts", "Robinson", "Scott", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Walker", "Williams",
        "Wilson", "Wright", "Young",
    ]
}
