import CapplanCore

/// Names the cells of a report: people by their display names, skills, roles and levels by the
/// framework's names. The CSV files and the workbook write what it gives, so the two agree.
struct CellNaming: Sendable {
    let framework: Framework
    let names: PersonNames

    init(_ context: some ReportContext) {
        framework = context.framework
        names = context.names
    }

    /// The cell as it is written.
    func cell(_ cell: ReportCell) -> Cell {
        switch cell {
        case .text(let text): .text(text)
        case .count(let count): .number(count)
        case .fraction(let fraction): .fraction(fraction)
        case .empty: .empty
        case .person(let person): .text(names[person])
        case .skill(let skill): .text(framework.skills[skill].name)
        case .skills(let skills): .text(skills.map { framework.skills[$0].name }.joined(separator: ";"))
        case .role(let role): .text(framework.roles[role].name)
        case .roleLevel(let level): .text(framework[level].name)
        case .level(let level), .rating(let level, _): level.map { .text(framework.scale.name($0)) } ?? .empty
        case .gapStatus(let status): .text(status.rawValue)
        case .coverageStatus(let status): .text(status.rawValue)
        case .yesNo(let yes): .text(yes ? "yes" : "no")
        }
    }
}
