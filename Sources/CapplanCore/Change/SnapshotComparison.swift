/// Two snapshots of one team compared (SPEC §9, `capplan compare`): who joined, left or moved,
/// ratings, coverage, gaps and the summary before and after, and what became of BEFORE's mentoring.
///
/// Pure and linear in the two rosters. Nothing depends on the order of the rosters' rows: people
/// are matched and listed by identity (`PersonMatch`), skills in framework order.
public struct SnapshotComparison: Sendable {
    /// One snapshot: its analysis, mentoring plan and summary.
    public struct Snapshot: Sendable {
        public let analysis: TeamAnalysis
        public let plan: MentoringPlan
        public let summary: TeamSummary

        public init(analysis: TeamAnalysis, plan: MentoringPlan, summary: TeamSummary? = nil) {
            self.analysis = analysis
            self.plan = plan
            self.summary = summary ?? TeamSummary(analysis: analysis, plan: plan)
        }

        /// The snapshot of `analysis`, its mentoring plan worked out here.
        public init(analysis: TeamAnalysis) {
            self.init(analysis: analysis, plan: MentoringPlan(problem: MentoringProblem(analysis: analysis)))
        }

        public var roster: Roster { analysis.roster }
    }

    public let before: Snapshot
    public let after: Snapshot
    public let frameworks: FrameworkCorrespondence
    public let people: PersonMatch
    /// `people-changes.csv`: joiners, leavers, promotions, lowered levels and role changes.
    public let peopleChanges: [PeopleChange]
    /// `rating-changes.csv`.
    public let ratingChanges: [RatingChange]
    /// `coverage-changes.csv`: every skill of either team.
    public let coverageChanges: [CoverageChange]
    /// `gap-changes.csv`.
    public let gapChanges: [GapChange]
    /// `mentoring-outcomes.csv`: every pairing of BEFORE's plan.
    public let mentoringOutcomes: [MentoringOutcome]
    /// `summary-changes.csv`: every metric of either summary.
    public let summaryChanges: [SummaryChange]

    /// Compares `before` with `after`, their frameworks related by `frameworks` (one framework, or
    /// two matched by name).
    public init(before: Snapshot, after: Snapshot, frameworks: FrameworkCorrespondence) {
        self.before = before
        self.after = after
        self.frameworks = frameworks
        let match = PersonMatch(before: before.roster, after: after.roster)
        people = match
        peopleChanges = PeopleChange.all(match, before: before.roster, after: after.roster, frameworks: frameworks)
        ratingChanges = RatingChange.all(match, before: before.roster, after: after.roster, frameworks: frameworks)
        coverageChanges = CoverageChange.all(before: before.analysis, after: after.analysis, frameworks: frameworks)
        gapChanges = GapChange.all(match, before: before.analysis, after: after.analysis, frameworks: frameworks)
        mentoringOutcomes = MentoringOutcome.all(before.plan, match, after: after.roster, frameworks: frameworks)
        summaryChanges = SummaryChange.all(before: before.summary, after: after.summary)
    }

    /// The person of `pair` as AFTER lists them, else as BEFORE did.
    public func person(_ pair: Int) -> Person {
        let entry = people.pairs[pair]
        if let person = entry.after { return after.roster.people[person] }
        return before.roster.people[entry.before!]
    }

    /// How many changes of `kind` there are.
    public func count(_ kind: PeopleChange.Kind) -> Int { peopleChanges.filter { $0.kind == kind }.count }
}
