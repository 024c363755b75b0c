/// Two or more snapshots of one team, in the order given, measured against one framework (SPEC §9,
/// `capplan trend`): every summary metric per snapshot, and each team skill's holders per snapshot.
public struct Trend: Sendable {
    /// One snapshot: its label, analysis and summary.
    public struct Snapshot: Sendable {
        public let label: String
        public let analysis: TeamAnalysis
        public let summary: TeamSummary

        public init(label: String, analysis: TeamAnalysis, summary: TeamSummary) {
            self.label = label
            self.analysis = analysis
            self.summary = summary
        }
    }

    /// One skill of any snapshot's team: its holders and status in each (status nil where it is not
    /// a team skill, holders then 0).
    public struct SkillRow: Sendable, Equatable {
        public var skill: SkillID
        public var holders: [Int]
        public var statuses: [CoverageStatus?]
    }

    public let labels: [String]
    /// `trend.csv`: every metric of any snapshot (`MetricTable`), a value per snapshot.
    public let metrics: MetricTable
    /// `skill-trend.csv`: every skill of any snapshot's team, in framework order.
    public let skills: [SkillRow]

    /// The trend of `snapshots`, all analysed against one framework.
    public init(_ snapshots: [Snapshot]) {
        labels = snapshots.map(\.label)
        metrics = MetricTable(snapshots.map(\.summary))
        let framework = snapshots.first?.analysis.framework
        var isTeamSkill = [Bool](repeating: false, count: framework?.skills.count ?? 0)
        for snapshot in snapshots {
            for row in snapshot.analysis.coverage { isTeamSkill[row.skill.index] = true }
        }
        skills = isTeamSkill.indices.filter { isTeamSkill[$0] }.map { index in
            let skill = SkillID(index)
            let rows = snapshots.map { $0.analysis.coverage(of: skill) }
            return SkillRow(skill: skill, holders: rows.map { $0?.holders.count ?? 0 }, statuses: rows.map { $0?.status })
        }
    }

    /// The values of `metric` per snapshot (nil where not measured, or no such metric).
    public func values(of metric: String) -> [TeamSummary.Value?] {
        metrics.rows.first { $0.metric == metric }?.values ?? labels.map { _ in nil }
    }
}
