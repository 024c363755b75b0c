import CapplanCore

/// What the reports of `capplan trend` are made from: the snapshots' summaries and cover side by
/// side (`Trend`), and the lines of the About sheet. Its reports name no people.
public struct TrendContext: ReportContext {
    public let trend: Trend
    /// The framework every snapshot was analysed against.
    public let framework: Framework
    /// The last snapshot's names (the protocol's; trend reports list no people).
    public let names: PersonNames
    /// (label, value) lines for the About sheet.
    public let about: [(String, ReportCell)]

    public init(trend: Trend, framework: Framework, names: PersonNames, about: [(String, ReportCell)] = []) {
        self.trend = trend
        self.framework = framework
        self.names = names
        self.about = about
    }
}
