/// The needs of a team and who could meet them.
public struct MentoringProblem: Sendable {
    public let analysis: TeamAnalysis
    /// Needs in roster order, then framework skill order.
    public let needs: [MentoringNeed]
    /// Each person's pairing capacity as a mentor: 0 for people who do not mentor.
    public let mentorCapacity: IDArray<PersonID, Int>
    /// Each person's willingness to mentor (the `mentor` column). Eligibility asks for willingness,
    /// not capacity (SPEC §3): a willing mentor with no capacity left is why a need goes unmet for `capacity`.
    public let willing: IDArray<PersonID, Bool>
    /// Each person's group under `--within` (all 0 without it).
    public let group: IDArray<PersonID, Int>

    public init(analysis: TeamAnalysis) {
        self.analysis = analysis
        let roster = analysis.roster
        let framework = analysis.framework
        let options = analysis.options
        var needs: [MentoringNeed] = []
        MentoringProblem.forEachNeed(of: analysis) { needs.append($0) }
        self.needs = needs
        mentorCapacity = IDArray(roster.people.map { $0.mentors ? ($0.mentorCapacity ?? options.mentorCapacity) : 0 })
        willing = IDArray(roster.people.map(\.mentors))
        // Values are matched like names (case, spaces and punctuation do not count); a blank value
        // is a group of its own, never "the same" as another blank.
        var groups: [NameKey: Int] = [:]
        var next = 0
        group = IDArray(roster.people.map { person in
            guard let column = options.within else { return 0 }
            let value = NameKey(MentoringProblem.value(of: column, for: person, in: framework))
            if !value.isEmpty, let existing = groups[value] { return existing }
            if !value.isEmpty { groups[value] = next }
            next += 1
            return next - 1
        })
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
        for (p, person) in zip(roster.people.indices, roster.people) {
            let required = analysis.framework[person.roleLevel].requiredLevels
            for skill in roster.skills {
                // Not assessed is no need: skipped before the skill's coverage is looked up (most
                // cells of a multidisciplinary roster are blank).
                guard let rating = roster.rating(p, skill) else { continue }
                if let need = MentoringNeed.of(mentee: p, skill: skill, rating: rating, required: required[skill],
                                               coverage: analysis.coverage(of: skill), mentorLevel: analysis.options.mentorLevel) {
                    body(need)
                }
            }
        }
    }

    /// A person's value in `column`: a roster core column (team, grade, role, level) or a kept column
    /// (any other, a skill's included: its rating cell as written).
    public static func value(of column: String, for person: Person, in framework: Framework) -> String {
        switch CoreColumn(header: column) {
        case .team: return person.team ?? ""
        case .grade: return person.gradeName ?? ""
        case .role: return framework.roles[person.role].name
        case .level: return framework[person.roleLevel].name
        default: return person.attributes[NameKey(column)] ?? ""
        }
    }

    /// True when `mentor` may mentor `need` (`MentorEligibility`); capacity is a separate limit.
    public func isEligible(_ mentor: PersonID, for need: MentoringNeed) -> Bool {
        MentorEligibility.isEligible(mentorRating: analysis.roster.rating(mentor, need.skill), willing: willing[mentor],
                                     sameGroup: group[mentor] == group[need.mentee], isMentee: mentor == need.mentee, for: need)
    }

    /// For each need, whether anyone (of those `among` admits) is eligible to mentor it; linear in
    /// the roster. (The best-rated willing person of the mentee's group is eligible if anyone is,
    /// unless it is the mentee, who is rated below the need's target and so below any eligible mentor.)
    public func hasEligibleMentor(among admitted: (PersonID) -> Bool = { _ in true }) -> [Bool] {
        // best[group][skill] = the willing person of that group rated highest in that skill.
        let roster = analysis.roster
        var best: [Int: IDArray<SkillID, PersonID?>] = [:]
        for p in roster.people.indices where willing[p] && admitted(p) {
            var row = best[group[p]] ?? IDArray(repeating: nil, count: roster.skillCount)
            for skill in roster.skills {
                guard let rating = roster.rating(p, skill) else { continue }
                if row[skill].flatMap({ roster.rating($0, skill) }).map({ rating > $0 }) ?? true { row[skill] = p }
            }
            best[group[p]] = row
        }
        return needs.map { need in best[group[need.mentee]]?[need.skill].map { isEligible($0, for: need) } ?? false }
    }
}
