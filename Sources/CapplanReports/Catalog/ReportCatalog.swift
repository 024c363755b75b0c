import CapplanCore

extension ReportCatalog where Context == AnalysisContext {
    /// The reports of `capplan analyze` (SPEC §5), in the order the workbook shows them.
    public static let analysis = ReportCatalog(
        workbookName: "capability.xlsx",
        reports: [
            ReportEntry(SummaryReport.self),
            ReportEntry(SkillsMatrixReport.self),
            ReportEntry(GapsReport.self),
            ReportEntry(GapsByLevelReport.self),
            ReportEntry(CoverageReport.self),
            ReportEntry(KeyPeopleReport.self),
            ReportEntry(MentoringReport.self),
            ReportEntry(UnmatchedNeedsReport.self),
            ReportEntry(ReadinessReport.self),
            ReportEntry(GradeMixReport.self),
            ReportEntry(FrameworkReport.self),
            ReportEntry(AboutReport.self),
        ],
        properties: { context in
            let framework = context.framework
            let file = context.analysis.roster.file
            return (title: "Team capability: \(file)", subject: "Capability against \(framework.title ?? framework.name)",
                    comments: "Written by capplan from \(file)")
        })
}
