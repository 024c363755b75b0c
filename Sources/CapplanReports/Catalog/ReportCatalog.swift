import CapplanCore

/// The reports of one kind of run, in workbook order, and the workbook they make.
public struct ReportCatalog<Context: ReportContext>: Sendable {
    /// The workbook's file name (`capability.xlsx`).
    public let workbookName: String
    public let reports: [ReportEntry<Context>]
    /// The workbook's document properties: title, subject, comments.
    public let properties: @Sendable (Context) -> (title: String, subject: String, comments: String)

    public init(workbookName: String, reports: [ReportEntry<Context>],
                properties: @escaping @Sendable (Context) -> (title: String, subject: String, comments: String)) {
        self.workbookName = workbookName
        self.reports = reports
        self.properties = properties
    }

    /// The CSV files' names, in workbook order.
    public var fileNames: [String] { reports.compactMap(\.fileName) }
}

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
