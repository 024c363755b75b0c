/// Why someone could use a mentor in a skill (SPEC §3, "Mentoring pairings").
public enum NeedKind: String, Sendable {
    /// Rated below their own required level.
    case gap
    /// The skill is not `ok` and they are one level below the holder level: mentoring makes a new holder.
    case resilience
}

/// A (mentee, skill, target level) that a mentor could help with.
public struct MentoringNeed: Sendable, Equatable {
    public var mentee: Int
    public var skill: Int
    public var kind: NeedKind
    /// Scale index the mentee is rated at.
    public var rating: Int
    /// Scale index to reach: the required level (gap) or the holder level (resilience).
    public var target: Int
    /// Levels to close: the gap (1–4), or 1 for resilience.
    public var weight: Int
    /// Scale index a mentor must be rated at, at least: `max(target, mentor level)`.
    public var mentorMinimum: Int
}

/// The needs of a team and who could meet them.
public struct MentoringProblem: Sendable {
    public let analysis: TeamAnalysis
    /// Needs in roster order, then framework skill order.
    public let needs: [MentoringNeed]
    /// Each person's pairing capacity as a mentor: 0 for people who do not mentor.
    public let mentorCapacity: [Int]
    /// Each person's willingness to mentor (the `mentor` column). Eligibility asks for willingness,
    /// not capacity (SPEC §3): a willing mentor with no capacity left is why a need goes unmet for `capacity`.
    public let willing: [Bool]
    /// Each person's group under `--within` (all 0 without it).
    public let group: [Int]

    public init(analysis: TeamAnalysis) {
        self.analysis = analysis
        let roster = analysis.roster
        let framework = analysis.framework
        let options = analysis.options
        var needs: [MentoringNeed] = []
        MentoringProblem.forEachNeed(of: analysis) { needs.append($0) }
        self.needs = needs
        mentorCapacity = roster.people.map { $0.mentors ? ($0.mentorCapacity ?? options.mentorCapacity) : 0 }
        willing = roster.people.map(\.mentors)
        var groups: [String: Int] = [:]
        group = roster.people.map { person in
            guard let column = options.within else { return 0 }
            let value = MentoringProblem.value(of: column, for: person, in: framework)
            if let existing = groups[value] { return existing }
            groups[value] = groups.count
            return groups.count - 1
        }
    }

    /// How many needs the analysis has, counted without building the problem or planning. Every
    /// need is met by one pairing or left unmet, so this is also the number of rows of the plan's
    /// two tables together, known before the plan.
    public static func needCount(of analysis: TeamAnalysis) -> Int {
        var count = 0
        forEachNeed(of: analysis) { _ in count += 1 }
        return count
    }

    /// Calls `body` with each need of the analysis, in roster order, then framework skill order.
    private static func forEachNeed(of analysis: TeamAnalysis, _ body: (MentoringNeed) -> Void) {
        let roster = analysis.roster
        let framework = analysis.framework
        let options = analysis.options
        for (p, person) in roster.people.enumerated() {
            let levels = framework.roles[person.role].levels[person.level].requiredLevels
            for skill in 0..<roster.skillCount {
                guard let rating = roster.rating(p, skill) else { continue }
                if let required = levels[skill], rating < required {
                    body(MentoringNeed(mentee: p, skill: skill, kind: .gap, rating: rating, target: required,
                                       weight: required - rating, mentorMinimum: max(required, options.mentorLevel)))
                } else if let coverage = analysis.coverage(of: skill), coverage.status != .ok,
                          rating == coverage.holderLevel - 1 {
                    body(MentoringNeed(mentee: p, skill: skill, kind: .resilience, rating: rating, target: coverage.holderLevel,
                                       weight: 1, mentorMinimum: max(coverage.holderLevel, options.mentorLevel)))
                }
            }
        }
    }

    /// A person's value in `column`: a roster core column (team, grade, role, level) or a kept extra column.
    public static func value(of column: String, for person: Person, in framework: Framework) -> String {
        switch CoreColumn(header: column) {
        case .team: return person.team ?? ""
        case .grade: return person.gradeName ?? ""
        case .role: return framework.roles[person.role].name
        case .level: return framework.roles[person.role].levels[person.level].name
        default: return person.attributes[NameKey(column)] ?? ""
        }
    }

    /// True when `mentor` may mentor `need` (willing, rated high enough, same group); capacity is a separate limit.
    public func isEligible(_ mentor: Int, for need: MentoringNeed) -> Bool {
        mentor != need.mentee && willing[mentor] && group[mentor] == group[need.mentee]
            && (analysis.roster.rating(mentor, need.skill) ?? -1) >= need.mentorMinimum
    }

    /// For each need, whether anyone at all is eligible to mentor it; linear in the roster.
    public func hasEligibleMentor() -> [Bool] {
        // best[group][skill] = highest rating among willing mentors of that group in that skill.
        let roster = analysis.roster
        var best: [Int: [Int]] = [:]
        for p in roster.people.indices where willing[p] {
            var row = best[group[p]] ?? [Int](repeating: -1, count: roster.skillCount)
            for skill in 0..<roster.skillCount {
                if let rating = roster.rating(p, skill), rating > row[skill] { row[skill] = rating }
            }
            best[group[p]] = row
        }
        return needs.map { need in (best[group[need.mentee]]?[need.skill] ?? -1) >= need.mentorMinimum }
    }
}
