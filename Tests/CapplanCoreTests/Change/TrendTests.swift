import CapplanCore
import Testing

/// SPEC §9's `trend`: the metrics of several snapshots side by side (those only some have handled),
/// and each team skill's holders per snapshot.
@Suite("trends over snapshots")
struct TrendTests {
    @Test("the ordered union keeps the first list's order and places each new name before the one it precedes")
    func orderedUnion() {
        #expect(MetricTable.orderedUnion([["a", "b", "d"], ["a", "c", "d", "e"]]) == ["a", "b", "c", "d", "e"])
        #expect(MetricTable.orderedUnion([["b", "c"], ["a", "b"]]) == ["a", "b", "c"])
        #expect(MetricTable.orderedUnion([["a"], ["a"], ["a", "x"], ["y", "a"]]) == ["y", "a", "x"])
        #expect(MetricTable.orderedUnion([]) == [])
    }

    /// An ops team, then the same with a senior developer added: the second has the software
    /// developer's `people_<level>` metrics, and dates.
    @Test("metrics only some snapshots have: a level metric is 0 where missing, any other empty")
    func metrics() throws {
        let framework = try ComparisonTests.framework.get()
        func snapshot(_ label: String, _ csv: String) throws -> Trend.Snapshot {
            let roster = try RosterReader(framework: framework).read(bytes: Array(csv.utf8), file: "\(label).csv").0
            let analysis = TeamAnalysis(framework: framework, roster: roster, options: AnalysisOptions(scale: framework.scale))
            return Trend.Snapshot(label: label, analysis: analysis, summary: TeamSummary(analysis: analysis, plan: MentoringPlan(problem: MentoringProblem(analysis: analysis))))
        }
        let ops = "Infrastructure operations engineer"
        let first = try snapshot("q1", "name,role,level,Incident management\nAl,\(ops),associate,practitioner\nBo,\(ops),engineer,working\n")
        let second = try snapshot("q2", """
            name,role,level,assessed_on,Incident management,IT infrastructure
            Al,\(ops),associate,2026-04-01,practitioner,
            Bo,\(ops),engineer,2026-04-02,practitioner,
            Cy,Software developer,Senior developer,2026-04-03,,practitioner

            """)
        let trend = Trend([first, second])
        #expect(trend.labels == ["q1", "q2"])
        #expect(trend.values(of: "headcount") == [.count(2), .count(3)])
        // The first team has no software developer: its level metrics are 0 there.
        #expect(trend.values(of: "people_senior_developer") == [.count(0), .count(1)])
        #expect(trend.values(of: "people_senior") == [.count(0), .count(0)])
        #expect(trend.values(of: "assessed_on_oldest") == [nil, .text("2026-04-01")])
        #expect(trend.values(of: "no_such_metric") == [nil, nil])
        let names = trend.metrics.rows.map(\.metric)
        #expect(names.firstIndex(of: "assessed_on_oldest")! > names.firstIndex(of: "required_ratings_assessed_share")!)
        #expect(Set(names).count == names.count)
        // Incident management: 1 holder, then 2; IT infrastructure only a team skill in q2.
        let rows = Dictionary(uniqueKeysWithValues: trend.skills.map { (framework.skills[$0.skill].name, $0) })
        #expect(rows["Incident management"]?.holders == [1, 2])
        #expect(rows["Incident management"]?.statuses == [.singlePoint, .ok])
        #expect(rows["IT infrastructure"]?.holders == [0, 1])
        #expect(rows["IT infrastructure"]?.statuses == [nil, .singlePoint])
        #expect(trend.skills.map(\.skill) == trend.skills.map(\.skill).sorted())
    }
}
