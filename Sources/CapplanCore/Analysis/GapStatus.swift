/// Whether a person meets what their role level requires of a skill (SPEC §3, "Gap").
public enum GapStatus: String, Sendable, CaseIterable {
    case meets, below
    /// Not assessed: never counted as a gap, and reported.
    case notAssessed = "not_assessed"

    /// The status of `rating` against the `required` level.
    public init(required: ScaleLevel, rating: ScaleLevel?) {
        guard let rating else {
            self = .notAssessed
            return
        }
        self = rating >= required ? .meets : .below
    }

    /// The gap in levels, `max(0, required − rating)`; nil when not assessed.
    public static func levels(required: ScaleLevel, rating: ScaleLevel?) -> Int? {
        rating.map { max(0, required - $0) }
    }
}
