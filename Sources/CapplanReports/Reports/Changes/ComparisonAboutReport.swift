import CapplanCore

/// The About sheet of `changes.xlsx`: both snapshots' files and SHA-256s, the frameworks, every
/// option and capplan's version.
public enum ComparisonAboutReport: Report {
    public static let fileName: String? = nil
    public static let sheetName = "About"

    public static func rowCount(in context: ComparisonContext) -> RowCount { .exactly(context.about.count) }
    public static func table(in context: ComparisonContext) -> ReportTable { AboutReport.table(of: context.about) }
}
