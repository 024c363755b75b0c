import CapplanCore

// The colours of the comparison's vocabularies: green for good news, red for bad, amber for a
// warning, none for what is neither; from the tones of coverage statuses (left-aligned, unlike a
// rating's). Presentation only: the core defines the words.

extension PeopleChange.Kind {
    var tone: CellTone? {
        switch self {
        case .joined, .promoted: .ok
        case .left, .levelLowered: .thin
        case .roleChanged: nil
        }
    }
}

extension RatingChange.Kind {
    var tone: CellTone? {
        switch self {
        case .improved: .ok
        case .declined: .singlePoint
        case .newlyAssessed: nil
        case .noLongerAssessed: .thin
        }
    }
}

extension CoverageChange.Kind {
    var tone: CellTone? {
        switch self {
        case .lostCover: .noCover
        case .becameSinglePoint: .singlePoint
        case .belowTarget, .fewerHolders: .thin
        case .reachedTarget, .moreHolders: .ok
        case .newTeamSkill, .noLongerTeamSkill, .unchanged: nil
        }
    }

    /// A headline of the Changes sheet: bad news in red, a target reached in green.
    var isHeadline: Bool { [.lostCover, .becameSinglePoint, .belowTarget, .reachedTarget].contains(self) }
}

extension MentoringOutcome.Outcome {
    var tone: CellTone? {
        switch self {
        case .reached: .ok
        case .progressed: nil
        case .noChange: .thin
        case .declined: .singlePoint
        case .notAssessed, .left: nil
        }
    }
}

extension ReportCell {
    /// A change's word, coloured.
    static func verdict(_ kind: PeopleChange.Kind) -> ReportCell { .verdict(kind.rawValue, kind.tone) }
    static func verdict(_ kind: RatingChange.Kind) -> ReportCell { .verdict(kind.rawValue, kind.tone) }
    static func verdict(_ kind: CoverageChange.Kind) -> ReportCell { .verdict(kind.rawValue, kind.tone) }
    static func verdict(_ outcome: MentoringOutcome.Outcome) -> ReportCell { .verdict(outcome.rawValue, outcome.tone) }
    /// A gap change's cause (uncoloured: the statuses beside it say whether it is better or worse).
    static func verdict(_ cause: GapChange.Cause) -> ReportCell { .verdict(cause.rawValue, nil) }
    /// A coverage status, or an empty cell where the skill is not a team skill.
    static func status(_ status: CoverageStatus?) -> ReportCell { status.map(ReportCell.coverageStatus) ?? .empty }
    /// A summary metric's value, or an empty cell where it is not measured.
    init(_ value: TeamSummary.Value?) { self = value.map(ReportCell.init) ?? .empty }
}
