import CapplanCore

/// What the reports of `capplan plan` are made from: the team's hiring plan and the lines of the
/// About sheet.
public struct PlanContext: HiringPlanContext {
    /// The plan.
    public let hiringPlan: TeamHiring
    public let names: PersonNames
    /// (label, value) lines for the About sheet: input, its SHA-256, options, versions.
    public let about: [(String, ReportCell)]

    public var framework: Framework { hiringPlan.analysis.framework }
    /// The plan (never nil: `plan` always plans).
    public var hiring: TeamHiring? { hiringPlan }

    public init(hiring: TeamHiring, about: [(String, ReportCell)] = []) {
        hiringPlan = hiring
        self.about = about
        names = PersonNames(roster: hiring.analysis.roster, anonymise: false)
    }
}

extension ReportCatalog where Context == PlanContext {
    /// The reports of `capplan plan` (SPEC §10), in the order the workbook shows them.
    public static let hiring = ReportCatalog(
        workbookName: "hiring-plan.xlsx",
        reports: [
            ReportEntry(HiringPlanReport<PlanContext>.self),
            ReportEntry(UnreachableReport<PlanContext>.self),
            ReportEntry(PlanAboutReport.self),
        ],
        properties: { context in
            let file = context.hiringPlan.analysis.roster.file
            return (title: "Hiring plan: \(file)", subject: "The fewest hires that bring every skill to its target holders",
                    comments: "Written by capplan from \(file)")
        })
}

extension ReportCatalog where Context == AnalysisContext {
    /// These reports with the hiring plan's two (`capplan analyze --plan-hires`) before the Framework
    /// sheet. The context must have a hiring plan.
    public func withHiringPlan() -> ReportCatalog {
        var reports = reports
        let at = reports.firstIndex { $0.sheetName == FrameworkReport.sheetName } ?? reports.count
        reports.insert(contentsOf: [ReportEntry(HiringPlanReport<AnalysisContext>.self), ReportEntry(UnreachableReport<AnalysisContext>.self)],
                       at: at)
        return ReportCatalog(workbookName: workbookName, reports: reports, variantFileNames: variantFileNames, properties: properties)
    }

}
