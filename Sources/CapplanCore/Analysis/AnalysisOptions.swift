/// The choices an analysis depends on (SPEC §3, §4), with the spec's defaults.
public struct AnalysisOptions: Sendable, Equatable {
    /// Scale index at or above which someone holds a skill (`--holder-level`, default practitioner).
    public var holderLevel: Int
    /// Holders each skill should have (`--min-holders`, default 2).
    public var minHolders: Int
    /// Per-skill targets from `--targets`, overriding the two above.
    public var targets: [Int: SkillTarget]
    /// Scale index a mentor must be rated at, at least (`--mentor-level`, default practitioner).
    public var mentorLevel: Int
    /// Pairings a mentor takes when the roster gives no `mentor_capacity` (`--mentor-capacity`, default 2).
    public var mentorCapacity: Int
    /// Pairings a mentee is in, at most (`--mentee-limit`, default 2).
    public var menteeLimit: Int
    /// Mentor and mentee must share this column's value (`--within COLUMN`), when set.
    public var within: String?

    /// The spec's defaults for `scale`: practitioner where the scale has it, else its second-highest level.
    public init(scale: RatingScale) {
        let practitioner = scale.index(named: "practitioner") ?? max(0, scale.levels.count - 2)
        holderLevel = practitioner
        minHolders = 2
        targets = [:]
        mentorLevel = practitioner
        mentorCapacity = 2
        menteeLimit = 2
        within = nil
    }

    /// The holder level of `skill`, its target's or the default.
    public func holderLevel(for skill: Int) -> Int { targets[skill]?.holderLevel ?? holderLevel }
    /// The number of holders `skill` should have.
    public func minHolders(for skill: Int) -> Int { targets[skill]?.minHolders ?? minHolders }
}

/// A per-skill coverage target (one row of a targets CSV).
public struct SkillTarget: Sendable, Equatable {
    public var minHolders: Int
    /// Scale index; nil keeps the run's holder level.
    public var holderLevel: Int?

    public init(minHolders: Int, holderLevel: Int?) {
        self.minHolders = minHolders
        self.holderLevel = holderLevel
    }
}
