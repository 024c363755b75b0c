/// The headline figures of an analysis, as `summary.csv` lists them.
public struct TeamSummary: Sendable {
    /// A metric's value: a count, a fraction, or text.
    public enum Value: Sendable, Equatable {
        case count(Int)
        case fraction(Double)
        case text(String)
    }

    public struct Metric: Sendable, Equatable {
        public var name: String
        public var value: Value
    }

    public var headcount: Int
    /// (level name, people) for the levels of the roles someone in the team holds, in framework
    /// order, merged across roles by name (its `metricName`): a team of the whole DDaT profession would
    /// otherwise list some 200 level titles.
    public var peopleByLevel: [(level: String, people: Int)]
    public var teams: Int
    /// Share of required (person, skill) pairs with an assessed rating.
    public var assessedShare: Double
    public var peopleMeetingEveryRequirement: Int
    public var totalGapLevels: Int
    public var teamSkills: Int
    public var statusCounts: [CoverageStatus: Int]
    public var keyPeople: Int
    /// Mean readiness of the people below the top level of their role; nil when there are none.
    public var meanReadiness: Double?
    /// People whose grade is a known grade but not typical for their role level.
    public var atypicalGrades: Int

    /// Mentoring: pairs, weight met, total weight, unmet needs, of which nobody can mentor.
    public var pairs: Int
    public var weightMet: Int
    public var weightTotal: Int
    public var needsUnmet: Int
    public var needsWithoutMentor: Int
    /// How current the ratings are (`assessed_on`); nil when the roster has no such column.
    public var assessment: AssessmentDates?

    public init(analysis: TeamAnalysis, plan: MentoringPlan) {
        pairs = plan.pairings.count
        weightMet = plan.metWeight
        weightTotal = plan.totalWeight
        needsUnmet = plan.unmet.filter { $0 != nil }.count
        needsWithoutMentor = plan.unmet.filter { $0 == .noEligibleMentor }.count
        let roster = analysis.roster
        let framework = analysis.framework
        assessment = AssessmentDates(roster: roster)
        headcount = roster.people.count
        var byLevel: [String: Int] = [:]
        var order: [String] = []
        var named: [String: String] = [:]
        let present = Set(roster.people.map(\.role))
        for role in framework.roles.indices where present.contains(role) {
            for level in framework.roles[role].levels where named[Self.metricName(level.name)] == nil {
                named[Self.metricName(level.name)] = level.name
                order.append(Self.metricName(level.name))
            }
        }
        for person in roster.people { byLevel[Self.metricName(framework[person.roleLevel].name), default: 0] += 1 }
        peopleByLevel = order.map { (named[$0]!, byLevel[$0] ?? 0) }
        teams = Set(roster.people.compactMap(\.teamKey)).count
        let required = analysis.gaps.count
        let assessed = analysis.gaps.filter { $0.status != .notAssessed }.count
        assessedShare = required == 0 ? 1 : Double(assessed) / Double(required)
        var meetsAll = IDArray<PersonID, Bool>(repeating: true, count: roster.people.count)
        for gap in analysis.gaps where gap.status != .meets { meetsAll[gap.person] = false }
        peopleMeetingEveryRequirement = meetsAll.filter { $0 }.count
        totalGapLevels = analysis.gaps.reduce(0) { $0 + ($1.gap ?? 0) }
        teamSkills = analysis.coverage.count
        statusCounts = Dictionary(grouping: analysis.coverage, by: \.status).mapValues(\.count)
        keyPeople = analysis.keyPeople.count
        // Summed in ascending order, not roster order, so the last bits do not depend on the rows' order.
        meanReadiness = analysis.readiness.isEmpty ? nil
            : analysis.readiness.map(\.readiness).sorted().reduce(0, +) / Double(analysis.readiness.count)
        atypicalGrades = roster.people.filter { person in
            guard let grade = person.grade else { return false }
            let typical = framework[person.roleLevel].grades
            return !typical.isEmpty && !typical.contains(grade)
        }.count
    }

    /// A level name as it ends a `people_…` metric: lower case, runs of other characters than letters
    /// and digits as one `_` (`senior`; `Head of (Agile) delivery management` → `head_of_agile_delivery_management`).
    public static func metricName(_ level: String) -> String {
        var name = ""
        var gap = false
        for character in level.lowercased() {
            if character.isLetter || character.isNumber {
                if gap && !name.isEmpty { name.append("_") }
                name.append(character)
                gap = false
            } else {
                gap = true
            }
        }
        return name
    }

    /// The metrics in `summary.csv` order.
    public var metrics: [Metric] {
        var list: [Metric] = [Metric(name: "headcount", value: .count(headcount))]
        list += peopleByLevel.map { Metric(name: "people_\(Self.metricName($0.level))", value: .count($0.people)) }
        list += [
            Metric(name: "teams", value: .count(teams)),
            Metric(name: "required_ratings_assessed_share", value: .fraction(assessedShare)),
        ]
        if let assessment {
            list += [
                Metric(name: "assessed_on_oldest", value: .text(assessment.oldest?.description ?? "")),
                Metric(name: "people_assessed_over_a_year_before", value: .count(assessment.peopleOverAYearBefore)),
            ]
        }
        list += [
            Metric(name: "people_meeting_every_requirement", value: .count(peopleMeetingEveryRequirement)),
            Metric(name: "total_gap_levels", value: .count(totalGapLevels)),
            Metric(name: "team_skills", value: .count(teamSkills)),
            Metric(name: "skills_no_cover", value: .count(statusCounts[.noCover] ?? 0)),
            Metric(name: "skills_single_point", value: .count(statusCounts[.singlePoint] ?? 0)),
            Metric(name: "skills_thin", value: .count(statusCounts[.thin] ?? 0)),
            Metric(name: "skills_ok", value: .count(statusCounts[.ok] ?? 0)),
            Metric(name: "key_people", value: .count(keyPeople)),
            Metric(name: "mean_readiness", value: meanReadiness.map(Value.fraction) ?? .text("")),
            Metric(name: "atypical_grades", value: .count(atypicalGrades)),
            Metric(name: "mentoring_pairs", value: .count(pairs)),
            Metric(name: "mentoring_weight_met", value: .count(weightMet)),
            Metric(name: "mentoring_weight_total", value: .count(weightTotal)),
            Metric(name: "needs_unmet", value: .count(needsUnmet)),
            Metric(name: "needs_no_eligible_mentor", value: .count(needsWithoutMentor)),
        ]
        return list
    }
}
