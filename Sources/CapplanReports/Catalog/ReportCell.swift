import CapplanCore

/// What a report's cell means. The writers decide how it looks: the CSV writer names it, the
/// workbook names it and colours it (a rating against its requirement, a status).
public enum ReportCell: Sendable, Equatable {
    /// Text as it is (from the roster, the framework or capplan).
    case text(String)
    case count(Int)
    /// A share 0–1 (four decimals in CSV; a percentage in the workbook).
    case fraction(Double)
    /// A probability 0–1 (six decimals in CSV; a percentage with one decimal in the workbook).
    case probability(Double)
    case empty
    /// A person, by their display name or pseudonym (`PersonNames`).
    case person(PersonID)
    /// A skill, by its framework name.
    case skill(SkillID)
    /// Skills, `;`-separated.
    case skills([SkillID])
    case role(RoleID)
    /// A role level, by its name.
    case roleLevel(RoleLevelID)
    /// A scale level's name (a rating or a required level); empty when nil (not assessed).
    case level(ScaleLevel?)
    /// A rating, coloured against the level the person's role level requires (nil: not required).
    case rating(ScaleLevel?, required: ScaleLevel?)
    case gapStatus(GapStatus)
    case coverageStatus(CoverageStatus)
    /// `yes` or `no`.
    case yesNo(Bool)
    /// A word of a fixed vocabulary saying what changed (`improved`, `lost_cover`), coloured by
    /// whether it is good or bad news (nil: neither).
    case verdict(String, CellTone?)
    /// The holders of a skill, coloured by the coverage status they make (nil: not a team skill).
    case holders(Int, CoverageStatus?)
}

extension ReportCell {
    /// Text, or an empty cell when there is none.
    public static func text(orEmpty text: String?) -> ReportCell { text.map(ReportCell.text) ?? .empty }
}

/// A semantic colour of a cell; the workbook's style gives each its format.
public enum CellTone: Sendable, CaseIterable {
    case meets, below, notAssessed, notRequired
    case singlePoint, noCover, thin, ok
}

extension ReportCell {
    /// The colour the cell's meaning asks for, if any.
    var tone: CellTone? {
        switch self {
        case let .rating(rating, required):
            // A skill neither required nor rated has nothing to show.
            guard let required else { return rating == nil ? nil : .notRequired }
            switch GapStatus(required: required, rating: rating) {
            case .meets: return .meets
            case .below: return .below
            case .notAssessed: return .notAssessed
            }
        case let .gapStatus(status): return status.tone
        case let .coverageStatus(status): return status.tone
        case let .verdict(_, tone): return tone
        case let .holders(_, status): return status?.tone
        default: return nil
        }
    }
}

extension GapStatus {
    /// A status cell's colour (a status that meets is `ok`, like a coverage status that does).
    var tone: CellTone {
        switch self {
        case .meets: .ok
        case .below: .below
        case .notAssessed: .notAssessed
        }
    }
}

extension CoverageStatus {
    var tone: CellTone {
        switch self {
        case .noCover: .noCover
        case .singlePoint: .singlePoint
        case .thin: .thin
        case .ok: .ok
        }
    }
}
