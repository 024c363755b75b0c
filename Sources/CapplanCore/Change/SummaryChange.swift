/// One metric of `summary.csv` before and after, and how much it moved (SPEC §9, `summary-changes.csv`).
public struct SummaryChange: Sendable, Equatable {
    public var metric: String
    /// Nil where the snapshot does not measure it (`MetricTable`).
    public var before: TeamSummary.Value?
    public var after: TeamSummary.Value?

    /// `after − before` for two counts or two fractions; nil for text (a date) or a missing value.
    public var change: TeamSummary.Value? { Self.change(from: before, to: after) }

    /// How far a metric moved from `before` to `after`.
    public static func change(from before: TeamSummary.Value?, to after: TeamSummary.Value?) -> TeamSummary.Value? {
        switch (before, after) {
        case let (.count(was)?, .count(now)?): .count(now - was)
        case let (.fraction(was)?, .fraction(now)?): .fraction(now - was)
        default: nil
        }
    }

    /// Every metric of either summary, in `MetricTable`'s order.
    public static func all(before: TeamSummary, after: TeamSummary) -> [SummaryChange] {
        MetricTable([before, after]).rows.map { SummaryChange(metric: $0.metric, before: $0.values[0], after: $0.values[1]) }
    }
}
