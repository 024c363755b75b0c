import CapplanCore

/// Names the cells of a report: people by their display names, skills, roles and levels by the
/// framework's names. The CSV files and the workbook write what it gives, so the two agree.
struct CellNaming: Sendable {
    let names: PersonNames
    // Every name looked up once, so naming a cell of a million-row table copies one string, not
    // the framework's records.
    private let skills: IDArray<SkillID, String>
    private let roles: IDArray<RoleID, String>
    private let levels: IDArray<RoleID, [String]>
    private let scale: IDArray<ScaleLevel, String>

    init(_ context: some ReportContext) {
        let framework = context.framework
        names = context.names
        skills = IDArray(framework.skills.map(\.name))
        roles = IDArray(framework.roles.map(\.name))
        levels = IDArray(framework.roles.map { $0.levels.map(\.name) })
        scale = IDArray(framework.scale.levels.map(\.name))
    }

    /// The cell as it is written.
    func cell(_ cell: ReportCell) -> Cell {
        switch cell {
        case .text(let text): .text(text)
        case .count(let count): .number(count)
        case .fraction(let fraction): .fraction(fraction)
        case .probability(let probability): .probability(probability)
        case .empty: .empty
        case .person(let person): .text(names[person])
        case .skill(let skill): .text(skills[skill])
        case .skills(let list): .text(list.map { skills[$0] }.joined(separator: ";"))
        case .role(let role): .text(roles[role])
        case .roleLevel(let level): .text(levels[level.role][level.rank])
        case .level(let level), .rating(let level, _): level.map { .text(scale[$0]) } ?? .empty
        case .gapStatus(let status): .text(status.rawValue)
        case .coverageStatus(let status): .text(status.rawValue)
        case .yesNo(let yes): .text(yes ? "yes" : "no")
        case .verdict(let word, _): .text(word)
        case .holders(let count, _): .number(count)
        }
    }
}
