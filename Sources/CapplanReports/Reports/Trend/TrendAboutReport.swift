import CapplanCore

/// The About sheet of `trend.xlsx`: each snapshot's label, file and SHA-256, the framework, every
/// option and capplan's version.
public enum TrendAboutReport: Report {
    public static let fileName: String? = nil
    public static let sheetName = "About"

    public static func rowCount(in context: TrendContext) -> RowCount { .exactly(context.about.count) }
    public static func table(in context: TrendContext) -> ReportTable { AboutReport.table(of: context.about) }
}
