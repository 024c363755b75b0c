/// The choices an analysis depends on (SPEC §3, §4), with the spec's defaults.
public struct AnalysisOptions: Sendable, Equatable {
    /// The rating at or above which someone holds a skill (`--holder-level`, default practitioner).
    public var holderLevel: ScaleLevel
    /// Holders each skill should have (`--min-holders`, default 2).
    public var minHolders: Int
    /// The most holders a target may ask for (`--min-holders`, a targets file's `min_holders`): far
    /// above any team, and a bound on the work a hiring plan or a risk figure can be asked to do.
    public static let maxMinHolders = 100_000
    /// Per-skill targets from `--targets`, overriding the two above.
    public var targets: [SkillID: SkillTarget]
    /// The rating a mentor must have, at least (`--mentor-level`, default practitioner).
    public var mentorLevel: ScaleLevel
    /// Pairings a mentor takes when the roster gives no `mentor_capacity` (`--mentor-capacity`, default 2).
    public var mentorCapacity: Int
    /// Pairings a mentee is in, at most (`--mentee-limit`, default 2).
    public var menteeLimit: Int
    /// Mentor and mentee must share this column's value (`--within COLUMN`), when set.
    public var within: String?
    /// The chance that a person leaves within a year when the roster gives none (`--attrition P`,
    /// 0–1); nil when not given (SPEC §10).
    public var attrition: Double? = nil

    /// The spec's defaults for `scale`: practitioner where the scale has it, else its second-highest level.
    public init(scale: RatingScale) {
        let practitioner = scale.level(named: "practitioner") ?? ScaleLevel(max(0, scale.levels.count - 2))
        holderLevel = practitioner
        minHolders = 2
        targets = [:]
        mentorLevel = practitioner
        mentorCapacity = 2
        menteeLimit = 2
        within = nil
    }

    /// The holder level of `skill`, its target's or the default.
    public func holderLevel(for skill: SkillID) -> ScaleLevel { targets[skill]?.holderLevel ?? holderLevel }
    /// The number of holders `skill` should have.
    public func minHolders(for skill: SkillID) -> Int { targets[skill]?.minHolders ?? minHolders }
}

/// A per-skill coverage target (one row of a targets CSV).
public struct SkillTarget: Sendable, Equatable {
    public var minHolders: Int
    /// nil keeps the run's holder level.
    public var holderLevel: ScaleLevel?

    public init(minHolders: Int, holderLevel: ScaleLevel?) {
        self.minHolders = minHolders
        self.holderLevel = holderLevel
    }
}
