import CapplanCore

/// The reports of one kind of run, in workbook order, and the workbook they make.
public struct ReportCatalog<Context: ReportContext>: Sendable {
    /// The workbook's file name (`capability.xlsx`).
    public let workbookName: String
    public let reports: [ReportEntry<Context>]
    /// The workbook's document properties: title, subject, comments.
    public let properties: @Sendable (Context) -> (title: String, subject: String, comments: String)
    /// The files another variant of the same run writes (`analyze --plan-hires`'s hiring plan): a
    /// run of this catalog removes them from its folder too, so that the folder never mixes runs.
    public let variantFileNames: [String]

    public init(workbookName: String, reports: [ReportEntry<Context>], variantFileNames: [String] = [],
                properties: @escaping @Sendable (Context) -> (title: String, subject: String, comments: String)) {
        self.workbookName = workbookName
        self.reports = reports
        self.variantFileNames = variantFileNames
        self.properties = properties
    }

    /// The CSV files' names, in workbook order.
    public var fileNames: [String] { reports.compactMap(\.fileName) }

    /// Every file this kind of run may write: the workbook, the CSV files, its variants' files.
    public var ownFileNames: [String] {
        var names = [workbookName] + fileNames
        for name in variantFileNames where !names.contains(name) { names.append(name) }
        return names
    }
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
        // With --plan-hires.
        variantFileNames: [HiringPlanReport<AnalysisContext>.fileName, UnreachableReport<AnalysisContext>.fileName].compactMap { $0 },
        properties: { context in
            let framework = context.framework
            let file = context.analysis.roster.file
            return (title: "Team capability: \(file)", subject: "Capability against \(framework.title ?? framework.name)",
                    comments: "Written by capplan from \(file)")
        })
}

extension ReportCatalog where Context == AnalysisContext {
    /// These reports with the comparison's sheets of `capplan analyze --baseline BEFORE` (not their CSV
    /// files): the Changes dashboard after the Summary, the tables of what changed before the sheets
    /// with no file of their own (Framework, About) that close the workbook. The context must have a
    /// baseline.
    public func withBaseline() -> ReportCatalog {
        let sheet = { (entry: ReportEntry<ComparisonContext>) in ReportEntry<AnalysisContext>(sheetOf: entry) { $0.baseline! } }
        let dashboard = sheet(ReportEntry(ChangesReport.self))
        let tables = [
            ReportEntry(PeopleChangesReport.self), ReportEntry(RatingChangesReport.self), ReportEntry(CoverageChangesReport.self),
            ReportEntry(GapChangesReport.self), ReportEntry(MentoringOutcomesReport.self), ReportEntry(SummaryChangesReport.self),
        ].map(sheet)
        var closing = reports.count
        while closing > 1 && reports[closing - 1].fileName == nil { closing -= 1 }
        return ReportCatalog(workbookName: workbookName,
                             reports: [reports[0], dashboard] + reports[1..<closing] + tables + reports[closing...],
                             variantFileNames: variantFileNames, properties: properties)
    }

    /// The reports of `capplan analyze --baseline BEFORE`.
    public static let analysisWithBaseline = analysis.withBaseline()
}

extension ReportCatalog where Context == ComparisonContext {
    /// The reports of `capplan compare` (SPEC §9), in the order the workbook shows them.
    public static let changes = ReportCatalog(
        workbookName: "changes.xlsx",
        reports: [
            ReportEntry(ChangesReport.self),
            ReportEntry(PeopleChangesReport.self),
            ReportEntry(RatingChangesReport.self),
            ReportEntry(CoverageChangesReport.self),
            ReportEntry(GapChangesReport.self),
            ReportEntry(MentoringOutcomesReport.self),
            ReportEntry(SummaryChangesReport.self),
            ReportEntry(ComparisonAboutReport.self),
        ],
        properties: { context in
            (title: "Team capability changes: \(context.labels.before) → \(context.labels.after)",
             subject: "Changes in capability against \(context.framework.title ?? context.framework.name)",
             comments: "Written by capplan from \(context.labels.before) and \(context.labels.after)")
        })
}

extension ReportCatalog where Context == TrendContext {
    /// The reports of `capplan trend` (SPEC §9), in the order the workbook shows them.
    public static let trend = ReportCatalog(
        workbookName: "trend.xlsx",
        reports: [
            ReportEntry(TrendReport.self),
            ReportEntry(SkillTrendReport.self),
            ReportEntry(TrendAboutReport.self),
        ],
        properties: { context in
            (title: "Team capability trend: \(context.trend.labels.joined(separator: ", "))",
             subject: "Capability over time against \(context.framework.title ?? context.framework.name)",
             comments: "Written by capplan from \(context.trend.labels.count) snapshots")
        })
}
