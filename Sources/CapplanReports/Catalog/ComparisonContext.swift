import CapplanCore

/// What the reports of `capplan compare` are made from: the comparison of two snapshots (both
/// analyses, both mentoring plans, the people matched by identity), the names people are shown by,
/// what the snapshots are called, and the lines of the About sheet.
///
/// Its reports name people (`people`) and skills (`FrameworkCorrespondence.name`) as text, since a
/// person or skill may be in one snapshot only; so `analyze --baseline` can show them in its own
/// workbook, whose cells are named from AFTER's analysis.
public struct ComparisonContext: ReportContext {
    public let comparison: SnapshotComparison
    /// The names people are shown by, one per matched person.
    public let people: ComparedNames
    /// What the two snapshots are called in titles (their files).
    public let labels: (before: String, after: String)
    /// (label, value) lines for the About sheet.
    public let about: [(String, ReportCell)]

    /// AFTER's framework: its scale names the ratings (BEFORE's is the same scale).
    public var framework: Framework { comparison.after.analysis.framework }
    /// AFTER's names (the protocol's; the reports use `people`).
    public let names: PersonNames

    /// `pseudonymsFollowingAfter`: with `anonymise`, people keep AFTER's pseudonyms (`analyze --baseline`,
    /// whose other sheets use them), rather than take them in identity order.
    public init(comparison: SnapshotComparison, labels: (before: String, after: String), anonymise: Bool,
                pseudonymsFollowingAfter: Bool = false, about: [(String, ReportCell)] = []) {
        self.comparison = comparison
        self.labels = labels
        self.about = about
        people = ComparedNames(comparison, anonymise: anonymise, followingAfter: pseudonymsFollowingAfter)
        names = PersonNames(roster: comparison.after.roster, anonymise: anonymise)
    }

    /// The skill's name (AFTER's framework's, else BEFORE's).
    public func skill(_ skill: ComparedSkill) -> ReportCell { .text(comparison.frameworks.name(skill)) }
    /// The person's name.
    public func person(_ pair: Int) -> ReportCell { .text(people[pair]) }
}
