import CapplanCore

/// The three ways `capplan framework show` prints a role.
enum FrameworkPrinter {
    /// `role,level,skill,required` rows, skills named as the role's own text states them.
    static func csv(_ framework: Framework, role index: RoleID) -> String {
        let role = framework.roles[index]
        var out = CSVFormat.line(["role", "level", "skill", "required"])
        for level in role.levels {
            for requirement in level.requirements {
                out += CSVFormat.line([role.name, level.name, requirement.statedName, framework.scale.name(requirement.level)])
            }
        }
        return out
    }

    /// Skills down, levels across, each cell the required level (blank where not required). Levels with
    /// long names (published titles) head their columns by position, with a key below.
    static func table(_ framework: Framework, role index: RoleID) -> String {
        let role = framework.roles[index]
        guard role.isInUse else {
            return "\(role.name)\(role.description.map { ": \($0)" } ?? "")\n\nNot in use: the role has no levels.\n"
        }
        let byPosition = role.levels.contains { $0.name.count > 14 }
        let header = ["skill"] + role.levels.enumerated().map { byPosition ? String($0.offset + 1) : $0.element.name }
        var rows = [header]
        for skill in role.skills {
            rows.append([framework.skills[skill].name] + role.levels.map { level in
                level.required(skill).map { framework.scale.name($0) } ?? "·"
            })
        }
        var out = "\(role.name)\(role.description.map { ": \($0)" } ?? "")\n\n"
        out += TextTable.lines(rows, rule: true).map { $0 + "\n" }.joined()
        if byPosition {
            out += "\nLevels: " + role.levels.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: ", ") + "\n"
        }
        let grades = role.levels.filter { !byPosition || !$0.grades.isEmpty }.map { level in
            "\(level.name) \(level.grades.map { framework.grades[$0].name }.joined(separator: "/"))"
        }
        if role.levels.contains(where: { !$0.grades.isEmpty }) { out += "\nTypical grades: \(grades.joined(separator: ", "))\n" }
        return out
    }

    /// The role as a framework file would define it (with the skills it uses and the grades its
    /// levels name), for copying into a custom framework: `FrameworkWriter`'s file of that one role.
    static func yaml(_ framework: Framework, role index: RoleID) -> String {
        let header = "# \(framework.roles[index].name), from \(framework.name); capplan framework format \(FrameworkReader.formatVersion)\n"
        return FrameworkWriter.yaml(framework, roles: [index], header: header)
    }
}
