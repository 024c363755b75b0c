import CapplanCore

/// The About sheet of `capplan plan`'s workbook: the input file, its SHA-256, every option, the
/// framework and capplan's version (laid out as `AboutReport`'s).
public enum PlanAboutReport: Report {
    public static let fileName: String? = nil
    public static let sheetName = AboutReport.sheetName

    public static func rowCount(in context: PlanContext) -> RowCount { .exactly(context.about.count) }

    public static func table(in context: PlanContext) -> ReportTable { AboutReport.table(of: context.about) }
}
