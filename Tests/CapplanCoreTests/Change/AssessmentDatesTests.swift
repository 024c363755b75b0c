import CapplanCore
import Testing

/// SPEC §9's `assessed_on`: the oldest assessment, and the people assessed more than a year before
/// the roster's newest date (not today's), only when the roster has the column.
@Suite("assessment dates (assessed_on)")
struct AssessmentDatesTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    @Test("oldest, newest and people assessed over a year before the newest; blank dates are not counted")
    func dates() {
        let dates = AssessmentDates(days: [Self.day("2026-04-17"), nil, Self.day("2025-04-17"), Self.day("2025-04-16"), Self.day("2024-11-05")])
        #expect(dates.oldest == Self.day("2024-11-05"))
        #expect(dates.newest == Self.day("2026-04-17"))
        // 2025-04-17 is exactly a year before: not over a year. 2025-04-16 and 2024-11-05 are.
        #expect(dates.peopleOverAYearBefore == 2)
    }

    @Test("a year before 29 February is 28 February")
    func leapDay() {
        let dates = AssessmentDates(days: [Self.day("2024-02-29"), Self.day("2023-02-28"), Self.day("2023-02-27")])
        #expect(dates.peopleOverAYearBefore == 1)
    }

    @Test("no dates at all: no oldest, nobody counted")
    func blank() {
        let dates = AssessmentDates(days: [nil, nil])
        #expect(dates.oldest == nil && dates.newest == nil && dates.peopleOverAYearBefore == 0)
    }

    @Test("summary.csv gains assessed_on_oldest and people_assessed_over_a_year_before only when the roster has the column")
    func metrics() throws {
        let framework = try ComparisonTests.framework.get()
        func summary(_ csv: String) throws -> TeamSummary {
            let roster = try RosterReader(framework: framework).read(bytes: Array(csv.utf8), file: "team.csv").0
            let analysis = TeamAnalysis(framework: framework, roster: roster, options: AnalysisOptions(scale: framework.scale))
            return TeamSummary(analysis: analysis, plan: MentoringPlan(problem: MentoringProblem(analysis: analysis)))
        }
        let role = "Infrastructure operations engineer"
        let dated = try summary("name,role,level,assessed_on\nAl,\(role),associate,2026-03-31\nBo,\(role),associate,2025-01-10\nCy,\(role),associate,\n")
        let metrics = dated.metrics.map(\.name)
        let at = try #require(metrics.firstIndex(of: "assessed_on_oldest"))
        #expect(metrics[at - 1] == "required_ratings_assessed_share" && metrics[at + 1] == "people_assessed_over_a_year_before")
        #expect(dated.metrics[at].value == .text("2025-01-10"))
        #expect(dated.metrics[at + 1].value == .count(1))
        #expect(dated.assessment?.newest == Self.day("2026-03-31"))
        let undated = try summary("name,role,level\nAl,\(role),associate\n")
        #expect(undated.assessment == nil)
        #expect(!undated.metrics.contains { $0.name.hasPrefix("assessed_on") || $0.name == "people_assessed_over_a_year_before" })
        let blank = try summary("name,role,level,assessed_on\nAl,\(role),associate,\n")
        #expect(blank.metrics.first { $0.name == "assessed_on_oldest" }?.value == .text(""))
        // An ISO date and time (how a workbook's ISO date cell reads) counts as its day.
        let timed = try summary("name,role,level,assessed_on\nAl,\(role),associate,2026-03-05T00:00:00\n")
        #expect(timed.assessment?.newest == Self.day("2026-03-05"))
    }
}
