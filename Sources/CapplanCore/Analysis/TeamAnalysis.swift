/// Everything SPEC §3 defines for one team, computed in time linear in the roster.
public struct TeamAnalysis: Sendable {
    /// One required (person, skill).
    public struct Gap: Sendable, Equatable {
        public var person: PersonID
        public var skill: SkillID
        public var required: ScaleLevel
        /// nil when not assessed.
        public var rating: ScaleLevel?
        /// Levels short (0 when met); nil when not assessed.
        public var gap: Int?
        public var status: GapStatus
    }

    /// One skill at one required level: how the people required at that level stand.
    public struct LevelGaps: Sendable, Equatable {
        public var skill: SkillID
        public var requiredLevel: ScaleLevel
        public var peopleRequired = 0
        public var meeting = 0
        public var below = 0
        public var notAssessed = 0
        public var totalGapLevels = 0
    }

    /// One skill of the team: its ratings and holders.
    public struct Coverage: Sendable, Equatable {
        public var skill: SkillID
        /// People with an assessed rating.
        public var rated: Int
        /// People rated exactly at each scale level.
        public var countsByLevel: IDArray<ScaleLevel, Int>
        public var holderLevel: ScaleLevel
        /// People rated at or above the holder level, in roster order.
        public var holders: [PersonID]
        public var targetHolders: Int
        public var status: CoverageStatus
        /// The chance of falling below the target, or of losing every holder, within a year (SPEC
        /// §10); nil unless the run has attrition information (`TeamAnalysis.hasAttritionRisk`).
        public var risk: AttritionRisk? = nil
        /// The only holder, for single points of knowledge.
        public var soleHolder: PersonID? { holders.count == 1 ? holders[0] : nil }
    }

    /// A sole holder of one or more skills.
    public struct KeyPerson: Sendable, Equatable {
        public var person: PersonID
        public var soleSkills: [SkillID]
    }

    /// How ready a person is for the next level of their role.
    public struct Readiness: Sendable, Equatable {
        public var person: PersonID
        public var nextLevel: RoleLevelID
        /// Skills the next level requires.
        public var nextLevelSkills: Int
        /// Of those, how many the person already meets at the next level's required level.
        public var meeting: Int
        /// The skills not yet met (or not assessed), in framework order.
        public var missing: [SkillID]
        /// `meeting / nextLevelSkills` (1 when the next level requires nothing).
        public var readiness: Double { nextLevelSkills == 0 ? 1 : Double(meeting) / Double(nextLevelSkills) }

        /// How ready `person` (rated as `roster` says) is for `next`, whose requirements (in the order
        /// `missing` lists them) are given: a skill not assessed does not count as met (SPEC §3,
        /// "Progression readiness").
        public init(person: PersonID, next: RoleLevelID, requirements: [Framework.Requirement], roster: Roster) {
            self.person = person
            nextLevel = next
            missing = requirements.filter { GapStatus(required: $0.level, rating: roster.rating(person, $0.skill)) != .meets }.map(\.skill)
            nextLevelSkills = requirements.count
            meeting = requirements.count - missing.count
        }
    }

    /// Headcount with one grade at one role level.
    public struct GradeMix: Sendable, Equatable {
        public var level: RoleLevelID
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
    /// True when the run has attrition information (`--attrition`, or a `leave_probability` in the
    /// roster): each coverage row then carries its `risk`.
    public let hasAttritionRisk: Bool

    /// Required (person, skill) pairs in roster order, then framework order of skills.
    public private(set) var gaps: [Gap] = []
    /// By skill (framework order), then required level ascending.
    public private(set) var levelGaps: [LevelGaps] = []
    /// The team's skills in framework order: those any member's role level requires, plus any rated.
    public private(set) var coverage: [Coverage] = []
    /// Sole holders in roster order.
    public private(set) var keyPeople: [KeyPerson] = []
    /// People below the top level of their role, in roster order.
    public private(set) var readiness: [Readiness] = []
    /// By role, level, then grade (`Framework.gradeOrder`).
    public private(set) var gradeMix: [GradeMix] = []
    /// Position in `coverage` per skill, nil for skills that are not the team's.
    private var coverageIndex = IDArray<SkillID, Int?>([])

    public init(framework: Framework, roster: Roster, options: AnalysisOptions) {
        self.framework = framework
        self.roster = roster
        self.options = options
        hasAttritionRisk = AttritionRisk.isGiven(attrition: options.attrition, roster: roster)
        computeGaps()
        computeCoverage()
        computeReadiness()
        computeGradeMix()
    }

    // MARK: Computations

    private mutating func computeGaps() {
        // tally[skill][required level]
        var tally = IDArray<SkillID, IDArray<ScaleLevel, LevelGaps?>>(
            repeating: IDArray(repeating: nil, count: framework.scale.levels.count), count: framework.skills.count)
        for (p, person) in zip(roster.people.indices, roster.people) {
            for requirement in framework[person.roleLevel].requirementsBySkill {
                let rating = roster.rating(p, requirement.skill)
                let gap = GapStatus.levels(required: requirement.level, rating: rating)
                let status = GapStatus(required: requirement.level, rating: rating)
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
        var isTeamSkill = IDArray<SkillID, Bool>(repeating: false, count: framework.skills.count)
        for person in roster.people {
            for requirement in framework[person.roleLevel].requirements { isTeamSkill[requirement.skill] = true }
        }
        let noCounts = IDArray<ScaleLevel, Int>(repeating: 0, count: framework.scale.levels.count)
        var counts = IDArray<SkillID, IDArray<ScaleLevel, Int>>(repeating: noCounts, count: framework.skills.count)
        var holders = IDArray<SkillID, [PersonID]>(repeating: [], count: framework.skills.count)
        for p in roster.people.indices {
            for skill in roster.skills {
                guard let rating = roster.rating(p, skill) else { continue }
                isTeamSkill[skill] = true
                counts[skill][rating] += 1
                if CoverageStatus.holds(rating, holderLevel: options.holderLevel(for: skill)) { holders[skill].append(p) }
            }
        }
        coverageIndex = IDArray(repeating: nil, count: framework.skills.count)
        var soleSkills: [PersonID: [SkillID]] = [:]
        for skill in roster.skills where isTeamSkill[skill] {
            let target = options.minHolders(for: skill)
            let status = CoverageStatus(holders: holders[skill].count, target: target)
            coverageIndex[skill] = coverage.count
            coverage.append(Coverage(skill: skill, rated: counts[skill].reduce(0, +), countsByLevel: counts[skill],
                                     holderLevel: options.holderLevel(for: skill), holders: holders[skill],
                                     targetHolders: target, status: status))
            if hasAttritionRisk {
                coverage[coverage.count - 1].risk = AttritionRisk(holders: holders[skill], target: target, roster: roster,
                                                                  attrition: options.attrition)
            }
            if status == .singlePoint { soleSkills[holders[skill][0], default: []].append(skill) }
        }
        keyPeople = soleSkills.keys.sorted().map { KeyPerson(person: $0, soleSkills: soleSkills[$0]!) }
    }

    private mutating func computeReadiness() {
        for (p, person) in zip(roster.people.indices, roster.people) {
            let next = person.roleLevel.next
            guard next.rank < framework.roles[next.role].levels.count else { continue }
            readiness.append(Readiness(person: p, next: next, requirements: framework[next].requirementsBySkill, roster: roster))
        }
    }

    private mutating func computeGradeMix() {
        struct Key: Hashable { var level: RoleLevelID; var grade: String }
        var counts: [Key: Int] = [:]
        for person in roster.people {
            counts[Key(level: person.roleLevel, grade: person.gradeName ?? ""), default: 0] += 1
        }
        gradeMix = counts.map { key, count in
            let typical = framework.grade(named: key.grade).map { framework[key.level].grades.contains($0) } ?? false
            return GradeMix(level: key.level, grade: key.grade, headcount: count, typical: typical,
                            typicalKnown: !framework[key.level].grades.isEmpty)
        }.sorted { a, b in
            if a.level != b.level { return a.level < b.level }
            return framework.gradeOrder(a.grade) < framework.gradeOrder(b.grade)
        }
    }

    // MARK: Lookups

    /// The coverage of `skill`, if it is one of the team's skills.
    public func coverage(of skill: SkillID) -> Coverage? { coverageIndex[skill].map { coverage[$0] } }
}
