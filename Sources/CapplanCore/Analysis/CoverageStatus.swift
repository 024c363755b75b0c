/// How well the team holds a skill, against its target number of holders (SPEC §3, "Coverage status").
public enum CoverageStatus: String, Sendable, CaseIterable {
    /// No holder.
    case noCover = "no_cover"
    /// Exactly one holder: a single point of knowledge.
    case singlePoint = "single_point"
    /// Fewer holders than the target.
    case thin
    /// At least the target number of holders.
    case ok

    /// The status of a skill with `holders` holders against a `target`: no cover and single point
    /// whatever the target, then thin below it.
    public init(holders: Int, target: Int) {
        switch holders {
        case 0: self = .noCover
        case 1: self = .singlePoint
        case ..<target: self = .thin
        default: self = .ok
        }
    }

    /// True for a person rated at or above the skill's holder level (SPEC §3, "Holder").
    public static func holds(_ rating: ScaleLevel?, holderLevel: ScaleLevel) -> Bool {
        guard let rating else { return false }
        return rating >= holderLevel
    }
}
