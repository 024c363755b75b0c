import Yams

/// Writes a framework in the framework file format (README, "The framework file") that
/// `FrameworkReader` reads back to an equal framework: what `capplan framework import` writes,
/// and how `framework show --format yaml` prints a role.
public enum FrameworkWriter {
    /// The framework as YAML, after `header` (comment lines, each starting `#`). With `roles`, only
    /// those roles (by index), the skills they use and the grades their levels name.
    public static func yaml(_ framework: Framework, roles: [RoleID]? = nil, header: String = "") -> String {
        let roleIndices = roles ?? Array(framework.roles.indices)
        let usedSkills = roles.map { indices in
            Set(indices.flatMap { framework.roles[$0].skills })
        }
        let usedGrades = roles.map { indices in
            Set(indices.flatMap { framework.roles[$0].levels.flatMap(\.grades) })
        }
        var top: [(Node, Node)] = [
            (key("capplan_framework"), Node(String(FrameworkReader.formatVersion), Tag(.int))),
            (key("name"), text(framework.name)),
        ]
        if let title = framework.title { top.append((key("title"), text(title))) }
        if let source = framework.source { top.append((key("source"), text(source))) }
        top.append((key("scale"), Node(framework.scale.levels.map(scaleLevel))))
        let grades = framework.grades.indices.filter { usedGrades?.contains($0) ?? true }
        if !grades.isEmpty { top.append((key("grades"), Node(grades.map { grade(framework.grades[$0]) }))) }
        let skills = framework.skills.indices.filter { usedSkills?.contains($0) ?? true }
        top.append((key("skills"), Node(skills.map { skill(framework.skills[$0]) })))
        top.append((key("roles"), Node(roleIndices.map { role(framework.roles[$0], in: framework) })))
        // The emitter fails only on a closed or misused emitter, never on a tree built here.
        let body = (try? Yams.serialize(node: Node(top), width: 100, allowUnicode: true, sortKeys: false)) ?? ""
        return header + body
    }

    static func key(_ name: String) -> Node { Node(name, Tag(.str), .plain) }

    /// A text value: literal block style when it spans lines (the emitter quotes it when it must).
    static func text(_ value: String) -> Node {
        Node(value, Tag(.str), value.contains("\n") ? .literal : .any)
    }

    static func names(_ values: [String]) -> Node { Node(values.map(text), Tag(.seq), .flow) }

    static func scaleLevel(_ level: RatingScale.Level) -> Node {
        var pairs: [(Node, Node)] = [(key("name"), text(level.name)), (key("value"), Node(String(level.value), Tag(.int)))]
        if let description = level.description { pairs.append((key("description"), text(description))) }
        return Node(pairs)
    }

    static func grade(_ grade: Framework.Grade) -> Node {
        var pairs: [(Node, Node)] = [(key("name"), text(grade.name))]
        if let title = grade.title { pairs.append((key("title"), text(title))) }
        if !grade.aliases.isEmpty { pairs.append((key("aliases"), names(grade.aliases))) }
        return Node(pairs)
    }

    static func skill(_ skill: Framework.Skill) -> Node {
        var pairs: [(Node, Node)] = [(key("name"), text(skill.name))]
        if !skill.aliases.isEmpty { pairs.append((key("aliases"), names(skill.aliases))) }
        if let description = skill.description { pairs.append((key("description"), text(description))) }
        return Node(pairs)
    }

    static func role(_ role: Framework.Role, in framework: Framework) -> Node {
        var pairs: [(Node, Node)] = [(key("name"), text(role.name))]
        if !role.aliases.isEmpty { pairs.append((key("aliases"), names(role.aliases))) }
        if let family = role.family { pairs.append((key("family"), text(family))) }
        if let description = role.description { pairs.append((key("description"), text(description))) }
        if let source = role.source { pairs.append((key("source"), text(source))) }
        pairs.append((key("levels"), Node(role.levels.map { level($0, in: framework) }, Tag(.seq), role.levels.isEmpty ? .flow : .any)))
        return Node(pairs)
    }

    static func level(_ level: Framework.RoleLevel, in framework: Framework) -> Node {
        var pairs: [(Node, Node)] = [(key("name"), text(level.name))]
        if let title = level.title { pairs.append((key("title"), text(title))) }
        if let summary = level.summary { pairs.append((key("summary"), text(summary))) }
        if !level.grades.isEmpty { pairs.append((key("grades"), names(level.grades.map { framework.grades[$0].name }))) }
        pairs.append((key("requires"), Node(level.requirements.map { requirement in
            var item: [(Node, Node)] = [(key("skill"), text(requirement.statedName)),
                                        (key("level"), text(framework.scale.name(requirement.level)))]
            if let text = requirement.text { item.append((key("text"), self.text(text))) }
            return Node(item)
        }, Tag(.seq), level.requirements.isEmpty ? .flow : .any)))
        return Node(pairs)
    }
}
