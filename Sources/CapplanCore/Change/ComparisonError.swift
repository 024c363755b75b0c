/// Why two snapshots cannot be compared.
public enum ComparisonError: Error, Sendable, Equatable {
    /// The two frameworks rate on different scales (their level names, in order).
    case scalesDiffer(before: [String], after: [String])

    /// What the user reads.
    public var message: String {
        switch self {
        case let .scalesDiffer(before, after):
            "the snapshots are rated on different scales (before: \(before.joined(separator: ", ")); after: \(after.joined(separator: ", "))), so their ratings cannot be compared"
        }
    }
}
