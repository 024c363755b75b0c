import CapplanCore
import Yams

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

    /// The role as a framework file would define it (with the skills it uses), for copying into a custom framework.
    static func yaml(_ framework: Framework, role index: RoleID) -> String {
        let role = framework.roles[index]
        var skills: [Node] = []
        for skill in role.skills {
            let s = framework.skills[skill]
            var pairs: [(Node, Node)] = [("name", Node(s.name))]
            if !s.aliases.isEmpty { pairs.append(("aliases", Node(s.aliases.map { Node($0) }))) }
            if let d = s.description { pairs.append(("description", Node(d))) }
            skills.append(Node(pairs))
        }
        var levels: [Node] = []
        for level in role.levels {
            var pairs: [(Node, Node)] = [("name", Node(level.name))]
            if let title = level.title { pairs.append(("title", Node(title))) }
            if let summary = level.summary { pairs.append(("summary", Node(summary))) }
            if !level.grades.isEmpty { pairs.append(("grades", Node(level.grades.map { Node(framework.grades[$0].name) }))) }
            pairs.append(("requires", Node(level.requirements.map { r in
                var item: [(Node, Node)] = [("skill", Node(r.statedName)), ("level", Node(framework.scale.name(r.level)))]
                if let text = r.text { item.append(("text", Node(text))) }
                return Node(item)
            })))
            levels.append(Node(pairs))
        }
        var rolePairs: [(Node, Node)] = [("name", Node(role.name))]
        if !role.aliases.isEmpty { rolePairs.append(("aliases", Node(role.aliases.map { Node($0) }))) }
        if let family = role.family { rolePairs.append(("family", Node(family))) }
        if let d = role.description { rolePairs.append(("description", Node(d))) }
        if let s = role.source { rolePairs.append(("source", Node(s))) }
        rolePairs.append(("levels", Node(levels)))
        var top: [(Node, Node)] = [
            ("capplan_framework", Node(String(FrameworkReader.formatVersion), Tag(.int))),
            ("name", Node(role.name)),
        ]
        if let source = framework.source { top.append(("source", Node(source))) }
        top.append(("scale", Node(framework.scale.levels.map { level in
            var pairs: [(Node, Node)] = [("name", Node(level.name)), ("value", Node(String(level.value), Tag(.int)))]
            if let d = level.description { pairs.append(("description", Node(d))) }
            return Node(pairs)
        })))
        let usedGrades = Set(role.levels.flatMap(\.grades)).sorted()
        if !usedGrades.isEmpty {
            top.append(("grades", Node(usedGrades.map { g in
                let grade = framework.grades[g]
                var pairs: [(Node, Node)] = [("name", Node(grade.name))]
                if let title = grade.title { pairs.append(("title", Node(title))) }
                if !grade.aliases.isEmpty { pairs.append(("aliases", Node(grade.aliases.map { Node($0) }))) }
                return Node(pairs)
            })))
        }
        top.append(("skills", Node(skills)))
        top.append(("roles", Node([Node(rolePairs)])))
        let body = (try? Yams.serialize(node: Node(top), width: 100, allowUnicode: true, sortKeys: false)) ?? ""
        return "# \(role.name), from \(framework.name); capplan framework format \(FrameworkReader.formatVersion)\n" + body
    }
}
