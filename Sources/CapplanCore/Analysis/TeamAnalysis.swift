/// Whether a person meets what their role level requires of a skill.
public enum GapStatus: String, Sendable {
    case meets, below
    case notAssessed = "not_assessed"
}

/// How well the team holds a skill, against its target number of holders.
public enum CoverageStatus: String, Sendable, CaseIterable {
    /// No holder.
    case noCover = "no_cover"
    /// Exactly one holder: a single point of knowledge.
    case singlePoint = "single_point"
    /// Fewer holders than the target.
    case thin
    case ok
}

/// Everything SPEC §3 defines for one team, computed in time linear in the roster.
public struct TeamAnalysis: Sendable {
    /// One required (person, skill).
    public struct Gap: Sendable, Equatable {
        public var person: Int
        public var skill: Int
        /// Scale index required.
        public var required: Int
        /// Scale index rated; nil when not assessed.
        public var rating: Int?
        /// Levels short (0 when met); nil when not assessed.
        public var gap: Int?
        public var status: GapStatus
    }

    /// One skill at one required level: how the people required at that level stand.
    public struct LevelGaps: Sendable, Equatable {
        public var skill: Int
        public var requiredLevel: Int
        public var peopleRequired = 0
        public var meeting = 0
        public var below = 0
        public var notAssessed = 0
        public var totalGapLevels = 0
    }

    /// One skill of the team: its ratings and holders.
    public struct Coverage: Sendable, Equatable {
        public var skill: Int
        /// People with an assessed rating.
        public var rated: Int
        /// People rated exactly at each scale level.
        public var countsByLevel: [Int]
        public var holderLevel: Int
        /// People rated at or above the holder level, in roster order.
        public var holders: [Int]
        public var targetHolders: Int
        public var status: CoverageStatus
        /// The only holder, for single points of knowledge.
        public var soleHolder: Int? { holders.count == 1 ? holders[0] : nil }
    }

    /// A sole holder of one or more skills.
    public struct KeyPerson: Sendable, Equatable {
        public var person: Int
        public var soleSkills: [Int]
    }

    /// How ready a person is for the next level of their role.
    public struct Readiness: Sendable, Equatable {
        public var person: Int
        /// Index of the next level in the person's role.
        public var nextLevel: Int
        /// Skills the next level requires.
        public var nextLevelSkills: Int
        /// Of those, how many the person already meets at the next level's required level.
        public var meeting: Int
        /// The skills not yet met (or not assessed), in requirement order.
        public var missing: [Int]
        /// `meeting / nextLevelSkills` (1 when the next level requires nothing).
        public var readiness: Double { nextLevelSkills == 0 ? 1 : Double(meeting) / Double(nextLevelSkills) }
    }

    /// Headcount with one grade at one role level.
    public struct GradeMix: Sendable, Equatable {
        public var role: Int
        public var level: Int
        /// The grade's canonical name, the text as written, or empty when not given.
        public var grade: String
        public var headcount: Int
        /// The grade is one the framework lists as typical for the role level.
        public var typical: Bool
        /// False when the framework lists no typical grades for the role level (`typical` = `unknown`, SPEC §7).
        public var typicalKnown = true
    }

    public let framework: Framework
    public let roster: Roster
    public let options: AnalysisOptions

    /// Required (person, skill) pairs in roster order, then requirement order.
    public private(set) var gaps: [Gap] = []
    /// By skill (framework order), then required level ascending.
    public private(set) var levelGaps: [LevelGaps] = []
    /// The team's skills in framework order: those any member's role level requires, plus any rated.
    public private(set) var coverage: [Coverage] = []
    /// Sole holders in roster order.
    public private(set) var keyPeople: [KeyPerson] = []
    /// People below the top level of their role, in roster order.
    public private(set) var readiness: [Readiness] = []
    /// By role, level, then grade (framework grades first, in order; others after, alphabetically; blank last).
    public private(set) var gradeMix: [GradeMix] = []
    /// Index into `coverage` per skill, nil for skills that are not the team's.
    public private(set) var coverageIndex: [Int?] = []

    public init(framework: Framework, roster: Roster, options: AnalysisOptions) {
        self.framework = framework
        self.roster = roster
        self.options = options
        computeGaps()
        computeCoverage()
        computeReadiness()
        computeGradeMix()
    }

    // MARK: Computations

    private mutating func computeGaps() {
        let levels = framework.scale.levels.count
        // tally[skill][required level]
        var tally = [[LevelGaps?]](repeating: [LevelGaps?](repeating: nil, count: levels), count: framework.skills.count)
        for (p, person) in roster.people.enumerated() {
            for requirement in framework.roles[person.role].levels[person.level].requirements {
                let rating = roster.rating(p, requirement.skill)
                let gap = rating.map { max(0, requirement.level - $0) }
                let status: GapStatus = gap == nil ? .notAssessed : gap! > 0 ? .below : .meets
                gaps.append(Gap(person: p, skill: requirement.skill, required: requirement.level, rating: rating, gap: gap, status: status))
                var entry = tally[requirement.skill][requirement.level] ?? LevelGaps(skill: requirement.skill, requiredLevel: requirement.level)
                entry.peopleRequired += 1
                switch status {
                case .meets: entry.meeting += 1
                case .below: entry.below += 1
                case .notAssessed: entry.notAssessed += 1
                }
                entry.totalGapLevels += gap ?? 0
                tally[requirement.skill][requirement.level] = entry
            }
        }
        levelGaps = tally.flatMap { $0.compactMap { $0 } }
    }

    private mutating func computeCoverage() {
        let skillCount = framework.skills.count
        let levels = framework.scale.levels.count
        var isTeamSkill = [Bool](repeating: false, count: skillCount)
        for person in roster.people {
            for requirement in framework.roles[person.role].levels[person.level].requirements { isTeamSkill[requirement.skill] = true }
        }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: levels), count: skillCount)
        var holders = [[Int]](repeating: [], count: skillCount)
        for p in roster.people.indices {
            for skill in 0..<skillCount {
                guard let rating = roster.rating(p, skill) else { continue }
                isTeamSkill[skill] = true
                counts[skill][rating] += 1
                if rating >= options.holderLevel(for: skill) { holders[skill].append(p) }
            }
        }
        coverageIndex = [Int?](repeating: nil, count: skillCount)
        var soleSkills: [Int: [Int]] = [:]
        for skill in 0..<skillCount where isTeamSkill[skill] {
            let target = options.minHolders(for: skill)
            let count = holders[skill].count
            let status: CoverageStatus = count == 0 ? .noCover : count == 1 ? .singlePoint : count < target ? .thin : .ok
            coverageIndex[skill] = coverage.count
            coverage.append(Coverage(skill: skill, rated: counts[skill].reduce(0, +), countsByLevel: counts[skill],
                                     holderLevel: options.holderLevel(for: skill), holders: holders[skill],
                                     targetHolders: target, status: status))
            if status == .singlePoint { soleSkills[holders[skill][0], default: []].append(skill) }
        }
        keyPeople = soleSkills.keys.sorted().map { KeyPerson(person: $0, soleSkills: soleSkills[$0]!) }
    }

    private mutating func computeReadiness() {
        for (p, person) in roster.people.enumerated() {
            let levels = framework.roles[person.role].levels
            guard person.level + 1 < levels.count else { continue }
            let next = levels[person.level + 1]
            var missing: [Int] = []
            for requirement in next.requirements {
                let rating = roster.rating(p, requirement.skill) ?? -1
                if rating < requirement.level { missing.append(requirement.skill) }
            }
            readiness.append(Readiness(person: p, nextLevel: person.level + 1, nextLevelSkills: next.requirements.count,
                                       meeting: next.requirements.count - missing.count, missing: missing))
        }
    }

    private mutating func computeGradeMix() {
        struct Key: Hashable { var role: Int; var level: Int; var grade: String }
        var counts: [Key: Int] = [:]
        for person in roster.people {
            counts[Key(role: person.role, level: person.level, grade: person.gradeName ?? ""), default: 0] += 1
        }
        func gradeOrder(_ name: String) -> (Int, String) {
            if name.isEmpty { return (Int.max, "") }
            if let index = framework.gradeIndex(name), framework.grades[index].name == name { return (index, name) }
            return (framework.grades.count, name)
        }
        gradeMix = counts.map { key, count in
            let typical = framework.gradeIndex(key.grade).map { framework.roles[key.role].levels[key.level].grades.contains($0) } ?? false
            return GradeMix(role: key.role, level: key.level, grade: key.grade, headcount: count, typical: typical,
                            typicalKnown: !framework.roles[key.role].levels[key.level].grades.isEmpty)
        }.sorted { a, b in
            if a.role != b.role { return a.role < b.role }
            if a.level != b.level { return a.level < b.level }
            return gradeOrder(a.grade) < gradeOrder(b.grade)
        }
    }

    // MARK: Lookups

    /// The coverage of `skill`, if it is one of the team's skills.
    public func coverage(of skill: Int) -> Coverage? { coverageIndex[skill].map { coverage[$0] } }
}
