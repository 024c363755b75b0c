import CapplanCore

/// What the reports of `capplan analyze` are made from: the analysis, the names people are shown
/// by, the mentoring plan (worked out now, or on a thread of its own while the reports that do not
/// need it are written), the lines of the About sheet, and the hiring plan with `--plan-hires`.
public struct AnalysisContext: HiringPlanContext {
    public let analysis: TeamAnalysis
    /// The hiring plan (`analyze --plan-hires`), nil otherwise.
    public let hiring: TeamHiring?
    public let names: PersonNames
    /// (label, value) lines for the About sheet: input, its SHA-256, options, versions.
    public let about: [(String, ReportCell)]
    private let planned: Deferred<Planned>
    private let needs: Lazy<Int>
    /// The comparison with an earlier snapshot (`analyze --baseline`), whose sheets the workbook adds.
    public private(set) var baseline: ComparisonContext?

    /// The plan, its summary and how long working it out took.
    private struct Planned: Sendable {
        var plan: MentoringPlan
        var summary: TeamSummary
        var seconds: Double
    }

    public var framework: Framework { analysis.framework }
    /// The mentoring plan (waited for, when it is being worked out in the background).
    public var plan: MentoringPlan { planned.value.plan }
    public var summary: TeamSummary { planned.value.summary }
    /// How long working out the plan took, in seconds (for `--timings`).
    public var planSeconds: Double { planned.value.seconds }
    /// How many mentoring needs there are, known without the plan (`MentoringProblem.needCount`).
    public var needCount: Int { needs.value }

    /// The context of `analysis`, with its mentoring plan worked out here (unless given).
    public init(analysis: TeamAnalysis, plan: MentoringPlan? = nil, anonymise: Bool, about: [(String, ReportCell)] = [],
                hiring: TeamHiring? = nil) {
        self.analysis = analysis
        self.about = about
        self.hiring = hiring
        names = PersonNames(roster: analysis.roster, anonymise: anonymise)
        needs = Lazy { MentoringProblem.needCount(of: analysis) }
        planned = Deferred(value: plan.map { Self.summarise(analysis, $0, seconds: 0) } ?? Self.plan(analysis))
    }

    /// The context of `analysis`, with the mentoring plan worked out on a thread of its own at
    /// background priority, to leave the workbook's writer its core. The writer needs the plan only at
    /// its last sheets, and if it is not ready by then, works it out itself (repeatable).
    public init(analysis: TeamAnalysis, planningInBackground: Void, anonymise: Bool, about: [(String, ReportCell)] = [],
                hiring: TeamHiring? = nil) {
        self.analysis = analysis
        self.about = about
        self.hiring = hiring
        names = PersonNames(roster: analysis.roster, anonymise: anonymise)
        needs = Lazy { MentoringProblem.needCount(of: analysis) }
        planned = Deferred(priority: .background, repeatable: true) { Self.plan(analysis) }
    }

    /// The same context with `baseline`: the comparison of an earlier snapshot with this one.
    public func with(baseline: ComparisonContext) -> AnalysisContext {
        var context = self
        context.baseline = baseline
        return context
    }

    private static func plan(_ analysis: TeamAnalysis) -> Planned {
        let start = ContinuousClock.now
        let plan = MentoringPlan(problem: MentoringProblem(analysis: analysis))
        return summarise(analysis, plan, seconds: (ContinuousClock.now - start).seconds)
    }

    private static func summarise(_ analysis: TeamAnalysis, _ plan: MentoringPlan, seconds: Double) -> Planned {
        Planned(plan: plan, summary: TeamSummary(analysis: analysis, plan: plan), seconds: seconds)
    }
}

extension Duration {
    /// The duration in seconds.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
