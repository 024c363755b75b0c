/// The summary metrics of several snapshots side by side (SPEC §9: `summary-changes.csv`,
/// `trend.csv`): every metric any snapshot has, once, with its value in each.
///
/// Snapshots need not list the same metrics: `people_<level>` follows the roles each team holds,
/// and `assessed_on_*` the rosters with that column. A level metric a snapshot lacks is 0 there (no
/// one held that level); any other metric it lacks is nil (not measured). The order is the first
/// snapshot's, each later snapshot's extra metrics placed before the metric they precede in it, so a
/// new role's levels follow the levels already listed.
public struct MetricTable: Sendable, Equatable {
    /// One metric: its name and its value per snapshot (nil: not measured there).
    public struct Row: Sendable, Equatable {
        public var metric: String
        public var values: [TeamSummary.Value?]
    }

    public let rows: [Row]

    /// The metrics of `summaries`, one column per summary, in their order.
    public init(_ summaries: [TeamSummary]) {
        let lists = summaries.map(\.metrics)
        let names = Self.orderedUnion(lists.map { $0.map(\.name) })
        let levelMetrics = Set(summaries.flatMap { summary in summary.peopleByLevel.map { "people_" + TeamSummary.metricName($0.level) } })
        let byName = lists.map { Dictionary($0.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }) }
        rows = names.map { name in
            Row(metric: name, values: byName.map { values in values[name] ?? (levelMetrics.contains(name) ? .count(0) : nil) })
        }
    }

    /// Every name of `lists` once: the first list's order, each later list's new names placed right
    /// before the name they precede in that list (last, when they end it).
    public static func orderedUnion(_ lists: [[String]]) -> [String] {
        var result: [String] = []
        var present = Set<String>()
        for list in lists {
            var pending: [String] = []
            for name in list {
                if present.contains(name) {
                    result.insert(contentsOf: pending, at: result.firstIndex(of: name)!)
                    pending.removeAll()
                } else {
                    pending.append(name)
                    present.insert(name)
                }
            }
            result += pending
        }
        return result
    }
}
