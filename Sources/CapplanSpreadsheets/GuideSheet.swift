import CapplanCore
import XLSXWriter

/// The `Guide` sheet of the roster template: each role level's required skills and levels, with
/// what someone at that level can do ("you can").
struct GuideSheet {
    let framework: Framework
    let levels: [RoleLevelID]

    static let columns = ["role", "level", "skill", "required", "you can"]

    func write(_ sheet: Worksheet, style: SpreadsheetStyle) throws(XLSXError) {
        try sheet.write("What each role level requires", row: 0, column: 0, format: style.title)
        try sheet.write("Rate each person on the Roster sheet in the skills of their role level; \"you can\" says what someone at the required level can do.",
                        row: 1, column: 0, format: style.note)
        let headerRow = 3
        for (column, name) in Self.columns.enumerated() { try sheet.write(name, row: headerRow, column: column, format: style.header) }
        try sheet.freezePanes(row: headerRow + 1, column: 0)
        try sheet.setColumns(0, 0, width: 32)
        try sheet.setColumns(1, 1, width: 30)
        try sheet.setColumns(2, 2, width: 34)
        try sheet.setColumns(3, 3, width: 13)
        try sheet.setColumns(4, 4, width: 90, format: style.wrapped)
        var row = headerRow + 1
        for level in levels {
            let roleLevel = framework[level]
            for requirement in roleLevel.requirementsBySkill {
                try sheet.write(framework.roles[level.role].name, row: row, column: 0)
                try sheet.write(roleLevel.name, row: row, column: 1)
                try sheet.write(framework.skills[requirement.skill].name, row: row, column: 2)
                try sheet.write(framework.scale.name(requirement.level), row: row, column: 3)
                if let text = requirement.text {
                    if let height = WrappedText.rowHeight([(text, 90)]) { try sheet.setRow(row, height: height) }
                    try sheet.write(text, row: row, column: 4, format: style.wrapped)
                }
                row += 1
            }
        }
        if row > headerRow + 1 {
            try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: row - 1, lastColumn: Self.columns.count - 1)
        }
    }
}
