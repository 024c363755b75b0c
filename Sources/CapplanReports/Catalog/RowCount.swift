/// How many rows a report has, known before it is made.
public enum RowCount: Sendable, Equatable {
    case exactly(Int)
    /// A table of the mentoring plan: the plan's tables have one row per need between them (every
    /// need is met by one pairing or left unmet), so each has at most `needs` rows, and together
    /// exactly that many.
    case shareOfNeeds(Int)

    /// The most rows the report can have.
    public var bound: Int {
        switch self {
        case .exactly(let rows), .shareOfNeeds(let rows): rows
        }
    }
}
