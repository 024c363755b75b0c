import CapplanCore

/// Every report table of one analysis (SPEC §5), in the order the workbook shows them.
public struct ReportSet: Sendable {
    public let analysis: TeamAnalysis
    public let names: PersonNames
    private let planAndSummary: Deferred<(MentoringPlan, TeamSummary, Double)>

    /// The mentoring plan (waited for, when it is being worked out in the background).
    public var plan: MentoringPlan { planAndSummary.value.0 }
    public var summary: TeamSummary { planAndSummary.value.1 }
    /// How long working out the plan took, in seconds (for `--timings`).
    public var planSeconds: Double { planAndSummary.value.2 }

    /// The reports of `analysis`, with its mentoring plan (computed here unless given).
    public init(analysis: TeamAnalysis, plan: MentoringPlan? = nil, anonymise: Bool) {
        self.analysis = analysis
        names = PersonNames(roster: analysis.roster, anonymise: anonymise)
        let start = ContinuousClock.now
        let plan = plan ?? MentoringPlan(problem: MentoringProblem(analysis: analysis))
        let elapsed = ContinuousClock.now - start
        planAndSummary = Deferred(value: (plan, TeamSummary(analysis: analysis, plan: plan), ReportSet.seconds(elapsed)))
    }

    /// The reports of `analysis`, with the mentoring plan worked out on a thread of its own
    /// while the tables that do not need it are written.
    public init(analysis: TeamAnalysis, planningInBackground: Void, anonymise: Bool) {
        self.analysis = analysis
        names = PersonNames(roster: analysis.roster, anonymise: anonymise)
        // Background priority, to leave the workbook's writer its core; the writer needs the plan only
        // at its last sheets, and if it is not ready by then, works it out itself (repeatable).
        planAndSummary = Deferred(priority: .background, repeatable: true) {
            let start = ContinuousClock.now
            let plan = MentoringPlan(problem: MentoringProblem(analysis: analysis))
            let elapsed = ContinuousClock.now - start
            return (plan, TeamSummary(analysis: analysis, plan: plan), ReportSet.seconds(elapsed))
        }
    }

    /// Every table by file name, each built only when asked for (the plan's tables wait for the plan).
    public var tableMakers: [(fileName: String, make: @Sendable () -> ReportTable)] {
        [("skills-matrix.csv", { skillsMatrix }), ("gaps.csv", { gaps }), ("gaps-by-level.csv", { gapsByLevel }),
         ("coverage.csv", { coverage }), ("key-people.csv", { keyPeople }), ("readiness.csv", { readiness }),
         ("grade-mix.csv", { gradeMix }), ("summary.csv", { summaryTable }), ("mentoring.csv", { mentoring }),
         ("unmatched-needs.csv", { unmatchedNeeds })]
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private var framework: Framework { analysis.framework }
    private var scale: RatingScale { analysis.framework.scale }

    private func roleName(_ person: Person) -> String { framework.roles[person.role].name }
    private func levelName(_ person: Person) -> String { framework.roles[person.role].levels[person.level].name }
    private func skillName(_ skill: Int) -> String { framework.skills[skill].name }
    private func level(_ index: Int?) -> Cell { index.map { .text(scale.name($0)) } ?? .empty }
    private func optional(_ text: String?) -> Cell { text.map(Cell.text) ?? .empty }

    public var summaryTable: ReportTable {
        let metrics = summary.metrics
        return ReportTable(fileName: "summary.csv", sheetName: "Summary", title: "Summary", columns: ["metric", "value"],
                           rowCount: metrics.count) { [metrics] i in [.text(metrics[i].name), Cell(metrics[i].value)] }
    }

    /// The team's skills, in framework order: the skills matrix's columns.
    public var teamSkills: [Int] { analysis.coverage.map(\.skill) }

    public var skillsMatrix: ReportTable {
        let skills = teamSkills
        return ReportTable(fileName: "skills-matrix.csv", sheetName: "Skills matrix", title: "Skills matrix",
                           columns: ["person", "role", "level", "grade", "team"] + skills.map(skillName),
                           rowCount: analysis.roster.people.count) { [self] p in
            let person = analysis.roster.people[p]
            return [.text(names[p]), .text(roleName(person)), .text(levelName(person)), optional(person.gradeName), optional(person.team)]
                + skills.map { level(analysis.roster.rating(p, $0)) }
        }
    }

    public var gaps: ReportTable {
        ReportTable(fileName: "gaps.csv", sheetName: "Gaps", title: "Gaps: every required skill of every person",
                    columns: ["person", "role", "level", "grade", "skill", "required", "rating", "gap", "status"],
                    rowCount: analysis.gaps.count) { [self] i in
            let gap = analysis.gaps[i]
            let person = analysis.roster.people[gap.person]
            return [.text(names[gap.person]), .text(roleName(person)), .text(levelName(person)), optional(person.gradeName),
                    .text(skillName(gap.skill)), level(gap.required), level(gap.rating), gap.gap.map(Cell.number) ?? .empty,
                    .text(gap.status.rawValue)]
        }
    }

    public var gapsByLevel: ReportTable {
        ReportTable(fileName: "gaps-by-level.csv", sheetName: "Gaps by level", title: "Gaps per skill and required level",
                    columns: ["skill", "required_level", "people_required", "people_meeting", "people_below",
                              "people_not_assessed", "total_gap_levels"],
                    rowCount: analysis.levelGaps.count) { [self] i in
            let row = analysis.levelGaps[i]
            return [.text(skillName(row.skill)), level(row.requiredLevel), .number(row.peopleRequired), .number(row.meeting),
                    .number(row.below), .number(row.notAssessed), .number(row.totalGapLevels)]
        }
    }

    public var coverage: ReportTable {
        ReportTable(fileName: "coverage.csv", sheetName: "Coverage", title: "Coverage: holders of each skill against the target",
                    columns: ["skill", "rated"] + scale.levels.map(\.name) + ["holders", "target_holders", "status", "sole_holder", "holder_level"],
                    rowCount: analysis.coverage.count) { [self] i in
            let row = analysis.coverage[i]
            return [.text(skillName(row.skill)), .number(row.rated)] + row.countsByLevel.map(Cell.number)
                + [.number(row.holders.count), .number(row.targetHolders), .text(row.status.rawValue),
                   row.soleHolder.map { .text(names[$0]) } ?? .empty, level(row.holderLevel)]
        }
    }

    public var keyPeople: ReportTable {
        ReportTable(fileName: "key-people.csv", sheetName: "Key people", title: "Key people: sole holders of a skill",
                    columns: ["person", "sole_skills", "skills"], rowCount: analysis.keyPeople.count) { [self] i in
            let row = analysis.keyPeople[i]
            return [.text(names[row.person]), .number(row.soleSkills.count), .text(row.soleSkills.map(skillName).joined(separator: ";"))]
        }
    }

    public var mentoring: ReportTable {
        ReportTable(fileName: "mentoring.csv", sheetName: "Mentoring", title: "Mentoring pairings of maximum total weight",
                    columns: ["mentor", "mentee", "skill", "kind", "mentee_rating", "target", "mentor_rating", "weight"],
                    rowCount: plan.pairings.count) { [self] i in
            let pairing = plan.pairings[i]
            let need = plan.problem.needs[pairing.need]
            return [.text(names[pairing.mentor]), .text(names[need.mentee]), .text(skillName(need.skill)), .text(need.kind.rawValue),
                    level(need.rating), level(need.target), level(analysis.roster.rating(pairing.mentor, need.skill)), .number(need.weight)]
        }
    }

    public var unmatchedNeeds: ReportTable {
        let unmet = plan.problem.needs.indices.filter { plan.unmet[$0] != nil }.sorted(by: plan.pairingOrder)
        return ReportTable(fileName: "unmatched-needs.csv", sheetName: "Unmatched needs", title: "Needs the plan leaves unmet, and why",
                           columns: ["mentee", "skill", "kind", "mentee_rating", "target", "weight", "reason"],
                           rowCount: unmet.count) { [self] i in
            let need = plan.problem.needs[unmet[i]]
            return [.text(names[need.mentee]), .text(skillName(need.skill)), .text(need.kind.rawValue), level(need.rating),
                    level(need.target), .number(need.weight), .text(plan.unmet[unmet[i]]!.rawValue)]
        }
    }

    public var readiness: ReportTable {
        ReportTable(fileName: "readiness.csv", sheetName: "Readiness", title: "Progression readiness for the next role level",
                    columns: ["person", "role", "level", "next_level", "next_level_skills", "meeting", "readiness", "missing"],
                    rowCount: analysis.readiness.count) { [self] i in
            let row = analysis.readiness[i]
            let person = analysis.roster.people[row.person]
            return [.text(names[row.person]), .text(roleName(person)), .text(levelName(person)),
                    .text(framework.roles[person.role].levels[row.nextLevel].name), .number(row.nextLevelSkills),
                    .number(row.meeting), .fraction(row.readiness), .text(row.missing.map(skillName).joined(separator: ";"))]
        }
    }

    public var gradeMix: ReportTable {
        ReportTable(fileName: "grade-mix.csv", sheetName: "Grade mix", title: "Grade mix: headcount by grade and role level",
                    columns: ["grade", "level", "headcount", "typical", "role"], rowCount: analysis.gradeMix.count) { [self] i in
            let row = analysis.gradeMix[i]
            return [.text(row.grade), .text(framework.roles[row.role].levels[row.level].name), .number(row.headcount),
                    .text(!row.typicalKnown ? "unknown" : row.typical ? "yes" : "no"), .text(framework.roles[row.role].name)]
        }
    }
}

extension Cell {
    /// A summary metric's value as a cell.
    init(_ value: TeamSummary.Value) {
        switch value {
        case .count(let count): self = .number(count)
        case .fraction(let fraction): self = .fraction(fraction)
        case .text(let text): self = text.isEmpty ? .empty : .text(text)
        }
    }
}
