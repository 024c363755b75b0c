import Yams

/// Reads a framework file (YAML, the format documented in the README) into a `Framework`,
/// collecting located diagnostics for everything malformed rather than stopping at the first.
public enum FrameworkReader {
    /// The format version this reader understands (`capplan_framework: 1`).
    public static let formatVersion = 1

    /// The most role levels times skills a framework may have: each role level holds a required level
    /// for every skill. DDaT's whole profession would need under 100,000.
    static let maxCells = 5_000_000

    /// Parses `text`, the contents of the file called `file`. Throws `InvalidInputError` when the
    /// framework cannot be used; returns it with any warnings otherwise.
    public static func read(_ text: String, file: String) throws(InvalidInputError) -> (Framework, Diagnostics) {
        var reader = Reader(file: file)
        // A roster given as the framework would otherwise fail on whatever YAML makes of its first colon.
        if looksLikeCSV(text) {
            reader.diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1),
                                     "this looks like a roster CSV, not a framework file: give the roster as the argument and a framework YAML file with --framework")
            throw InvalidInputError(reader.diagnostics)
        }
        func unreadable(_ error: any Error) -> InvalidInputError {
            if let error = error as? YamlError {
                reader.yamlError(error)
            } else {
                reader.diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
            }
            return InvalidInputError(reader.diagnostics)
        }
        // Aliases (`*name`) share nodes, so a small file can stand for billions of them (YAMLAliases).
        switch YAMLAliases.checkKeys(in: text) {
        case .safe:
            break
        case let .aliasKey(line, column):
            reader.diagnostics.error(at: SourceLocation(file: file, line: line, column: column),
                                     "an alias (*name) cannot be a key: keys in a framework file are plain text")
            throw InvalidInputError(reader.diagnostics)
        case let .invalid(error):
            throw unreadable(error)
        }
        let node: Node?
        do {
            // The basic resolver: the reader reads every scalar as text, and Yams's default one runs
            // regular expressions over every mapping key (a third of the built-in framework's load time).
            node = try Yams.compose(yaml: text, .basic)
        } catch {
            throw unreadable(error)
        }
        guard let node else {
            reader.diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1), "the framework file is empty")
            throw InvalidInputError(reader.diagnostics)
        }
        let limit = YAMLAliases.nodeLimit(forLength: text.utf8.count)
        if !YAMLAliases.expandsWithin(node, limit: limit) {
            reader.diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1),
                                     "the framework file's aliases (*name) expand it to more than \(limit) YAML nodes: write it out with fewer aliases")
            throw InvalidInputError(reader.diagnostics)
        }
        let framework = reader.framework(node)
        if reader.diagnostics.hasErrors || framework == nil { throw InvalidInputError(reader.diagnostics) }
        return (framework!, reader.diagnostics)
    }

    /// True when the first line is a CSV header (`name,role,level`): delimited, with no YAML key in it.
    static func looksLikeCSV(_ text: String) -> Bool {
        let first = text.drop { $0 == "\u{FEFF}" }.prefix { !$0.isNewline }
        guard let start = first.first, !"#-{[\"'%".contains(start) else { return false }
        return (first.contains(",") || first.contains(";")) && !first.contains(":")
    }
}

/// The walk over the YAML tree; every helper records what it finds wrong and carries on.
private struct Reader {
    let file: String
    var diagnostics = Diagnostics()
    /// Per kind of name, its valid names prepared once and the suggestions made so far: a framework
    /// may list thousands of skills, and aliases can repeat one misspelt requirement thousands of times.
    var suggesters: [String: (candidates: Suggestion.Candidates, made: [String: String?])] = [:]
    /// Role levels read so far times the number of skills (see `FrameworkReader.maxCells`).
    var cells = 0

    init(file: String) { self.file = file }

    /// The valid `kind` name nearest to `name`, `candidates` being every valid one (the same on each call).
    mutating func suggestion(for name: String, kind: String, among candidates: @autoclosure () -> [String]) -> String? {
        if let made = suggesters[kind]?.made[name] { return made }
        let prepared = suggesters[kind]?.candidates ?? Suggestion.Candidates(candidates())
        let found = prepared.nearest(to: name)
        suggesters[kind, default: (prepared, [:])].made[name] = found
        return found
    }

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func yamlError(_ error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let where_ = context.map { " (\($0.text))" } ?? ""
            diagnostics.error(at: SourceLocation(file: file, line: mark.line, column: mark.column),
                              "not valid YAML: \(problem)\(where_)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let mark = context.mark
            diagnostics.error(at: SourceLocation(file: file, line: mark.line, column: mark.column),
                              "duplicate key \(duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", "))")
        case let .reader(problem, offset, _, _):
            diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1),
                              "cannot read the file: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1), "not valid YAML: \(error)")
        }
    }

    // MARK: Typed access

    /// The mapping's entries by key, warning about keys not in `allowed` and duplicates.
    mutating func fields(_ node: Node, _ what: String, allowed: [String]) -> [String: Node]? {
        guard let mapping = node.mapping else {
            diagnostics.error(at: location(node), "\(what) must be a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.error(at: location(key), "a key in \(what) must be plain text")
                continue
            }
            if !allowed.contains(name) {
                diagnostics.warning(at: location(key), "unknown key \"\(name)\" in \(what) is ignored",
                                    suggestion: Suggestion.nearest(to: name, in: allowed))
                continue
            }
            result[name] = value
        }
        return result
    }

    mutating func string(_ fields: [String: Node], _ key: String, in what: String, at node: Node, required: Bool = false) -> String? {
        guard let value = fields[key] else {
            if required { diagnostics.error(at: location(node), "\(what) has no \"\(key)\"") }
            return nil
        }
        guard let scalar = value.scalar else {
            diagnostics.error(at: location(value), "\"\(key)\" in \(what) must be text")
            return nil
        }
        let text = String(scalar.string.trimmingSpaces)
        if text.isEmpty && required {
            diagnostics.error(at: location(value), "\"\(key)\" in \(what) is empty")
            return nil
        }
        return text.isEmpty ? nil : text
    }

    mutating func int(_ fields: [String: Node], _ key: String, in what: String, at node: Node) -> Int? {
        guard let value = fields[key] else {
            diagnostics.error(at: location(node), "\(what) has no \"\(key)\"")
            return nil
        }
        guard let text = value.scalar?.string, let number = Int(text.trimmingSpaces) else {
            diagnostics.error(at: location(value), "\"\(key)\" in \(what) must be a whole number")
            return nil
        }
        return number
    }

    mutating func strings(_ fields: [String: Node], _ key: String, in what: String) -> [(String, Node)] {
        guard let value = fields[key] else { return [] }
        if let scalar = value.scalar {
            let text = String(scalar.string.trimmingSpaces)
            return text.isEmpty ? [] : [(text, value)]
        }
        guard let sequence = value.sequence else {
            diagnostics.error(at: location(value), "\"\(key)\" in \(what) must be a list of names")
            return []
        }
        var result: [(String, Node)] = []
        for item in sequence {
            guard let text = item.scalar?.string else {
                diagnostics.error(at: location(item), "each of \"\(key)\" in \(what) must be text")
                continue
            }
            result.append((String(text.trimmingSpaces), item))
        }
        return result
    }

    mutating func list(_ fields: [String: Node], _ key: String, in what: String, at node: Node, required: Bool) -> [Node] {
        guard let value = fields[key] else {
            if required { diagnostics.error(at: location(node), "\(what) has no \"\(key)\"") }
            return []
        }
        guard let sequence = value.sequence else {
            diagnostics.error(at: location(value), "\"\(key)\" in \(what) must be a list")
            return []
        }
        if sequence.isEmpty && required { diagnostics.error(at: location(value), "\"\(key)\" in \(what) is empty") }
        return Array(sequence)
    }

    // MARK: The document

    mutating func framework(_ root: Node) -> Framework? {
        guard let top = fields(root, "the framework file", allowed: [
            "capplan_framework", "name", "title", "source", "description", "scale", "grades", "skills", "roles",
        ]) else {
            diagnostics.error(at: location(root), "this is not a capplan framework file (expected keys such as capplan_framework, skills and roles)")
            return nil
        }
        if top["capplan_framework"] == nil && top["roles"] == nil && top["skills"] == nil {
            diagnostics.error(at: location(root), "this is not a capplan framework file: it has no \"capplan_framework\", \"skills\" or \"roles\"")
            return nil
        }
        if let version = int(top, "capplan_framework", in: "the framework file", at: root), version != FrameworkReader.formatVersion {
            diagnostics.error(at: location(top["capplan_framework"]), "framework format version \(version) is not supported (this capplan reads version \(FrameworkReader.formatVersion))")
        }
        let name = string(top, "name", in: "the framework file", at: root, required: true) ?? "framework"
        let title = string(top, "title", in: "the framework file", at: root)
        let source = string(top, "source", in: "the framework file", at: root)
        let scale = top["scale"].map { self.scale($0) } ?? .ddat
        let grades = self.grades(list(top, "grades", in: "the framework file", at: root, required: false))
        let skills = self.skills(list(top, "skills", in: "the framework file", at: root, required: true))
        let gradeLookup = Framework(name: name, title: title, source: source, scale: scale, skills: skills, grades: grades, roles: [])
        var roles: [Framework.Role] = []
        var seenRoles: [NameKey: Int] = [:]
        for node in list(top, "roles", in: "the framework file", at: root, required: true) {
            guard let role = self.role(node, in: gradeLookup) else { continue }
            for alias in [role.name] + role.aliases {
                if let line = seenRoles[NameKey(alias)] {
                    diagnostics.error(at: location(node), "role \"\(alias)\" is defined twice (first on line \(line))")
                }
                seenRoles[NameKey(alias)] = location(node).line
            }
            roles.append(role)
        }
        return Framework(name: name, title: title, source: source, scale: scale, skills: skills, grades: grades, roles: roles)
    }

    mutating func scale(_ node: Node) -> RatingScale {
        guard let sequence = node.sequence, sequence.count >= 2 else {
            diagnostics.error(at: location(node), "\"scale\" must be a list of at least two levels, each with a name and a value")
            return .ddat
        }
        var levels: [RatingScale.Level] = []
        var names = Set<NameKey>()
        for item in sequence {
            guard let f = fields(item, "a scale level", allowed: ["name", "value", "description"]) else { continue }
            guard let name = string(f, "name", in: "a scale level", at: item, required: true),
                  let value = int(f, "value", in: "scale level \"\(string(f, "name", in: "", at: item) ?? "")\"", at: item) else { continue }
            if let previous = levels.last, value <= previous.value {
                diagnostics.error(at: location(f["value"]), "scale level \"\(name)\" has value \(value), not above \"\(previous.name)\" (\(previous.value)): list levels in ascending order")
            }
            if !names.insert(NameKey(name)).inserted {
                diagnostics.error(at: location(f["name"]), "scale level \"\(name)\" is listed twice")
            }
            if Int(name) != nil || RatingScale.isNotAssessed(name) {
                diagnostics.error(at: location(f["name"]), "scale level name \"\(name)\" would be read as a value or as not assessed; choose a word")
            }
            levels.append(RatingScale.Level(name: name, value: value, description: string(f, "description", in: "a scale level", at: item)))
        }
        return levels.count >= 2 ? RatingScale(levels: levels) : .ddat
    }

    mutating func grades(_ nodes: [Node]) -> [Framework.Grade] {
        var grades: [Framework.Grade] = []
        var seen: [NameKey: String] = [:]
        for node in nodes {
            let grade: Framework.Grade
            if let name = node.scalar?.string {
                grade = Framework.Grade(name: name, title: nil, aliases: [])
            } else {
                guard let f = fields(node, "a grade", allowed: ["name", "title", "aliases"]),
                      let name = string(f, "name", in: "a grade", at: node, required: true) else { continue }
                grade = Framework.Grade(name: name, title: string(f, "title", in: "grade \"\(name)\"", at: node),
                                        aliases: strings(f, "aliases", in: "grade \"\(name)\"").map(\.0))
            }
            for spelling in [grade.name] + (grade.title.map { [$0] } ?? []) + grade.aliases {
                if let other = seen[NameKey(spelling)], other != grade.name {
                    diagnostics.error(at: location(node), "grade spelling \"\(spelling)\" names both \"\(other)\" and \"\(grade.name)\"")
                }
                seen[NameKey(spelling)] = grade.name
            }
            grades.append(grade)
        }
        return grades
    }

    mutating func skills(_ nodes: [Node]) -> [Framework.Skill] {
        var skills: [Framework.Skill] = []
        var seen: [NameKey: (name: String, line: Int)] = [:]
        for node in nodes {
            guard let f = fields(node, "a skill", allowed: ["name", "aliases", "description"]),
                  let name = string(f, "name", in: "a skill", at: node, required: true) else { continue }
            let aliases = strings(f, "aliases", in: "skill \"\(name)\"")
            for (spelling, at) in [(name, f["name"]!)] + aliases {
                if NameKey(spelling).isEmpty {
                    diagnostics.error(at: location(at), "skill name \"\(spelling)\" has no letters or digits")
                } else if let other = seen[NameKey(spelling)] {
                    diagnostics.error(at: location(at), "skill name \"\(spelling)\" is already used by \"\(other.name)\" (line \(other.line))")
                } else if CoreColumn(header: spelling) != nil {
                    diagnostics.error(at: location(at), "skill name \"\(spelling)\" is also a roster column name; rename the skill")
                }
                seen[NameKey(spelling)] = (name, location(node).line)
            }
            skills.append(Framework.Skill(name: name, aliases: aliases.map(\.0),
                                          description: string(f, "description", in: "skill \"\(name)\"", at: node)))
        }
        return skills
    }

    mutating func role(_ node: Node, in framework: Framework) -> Framework.Role? {
        guard let f = fields(node, "a role", allowed: ["name", "aliases", "family", "description", "source", "levels"]),
              let name = string(f, "name", in: "a role", at: node, required: true) else { return nil }
        let what = "role \"\(name)\""
        var levels: [Framework.RoleLevel] = []
        var levelNames = Set<NameKey>()
        // `levels: []` lists a role nobody can hold (DDaT's `NOT IN USE` roles); a missing list is a mistake.
        let notInUse = f["levels"]?.sequence?.isEmpty == true
        for levelNode in list(f, "levels", in: what, at: node, required: !notInUse) {
            guard let level = roleLevel(levelNode, role: name, in: framework) else { continue }
            if !levelNames.insert(NameKey(level.name)).inserted {
                diagnostics.error(at: location(levelNode), "\(what) defines level \"\(level.name)\" twice")
            }
            levels.append(level)
        }
        var skills: [SkillID] = []
        var listed = Set<SkillID>()
        for level in levels { for r in level.requirements where listed.insert(r.skill).inserted { skills.append(r.skill) } }
        skills.sort()
        return Framework.Role(name: name, aliases: strings(f, "aliases", in: what).map(\.0),
                              description: string(f, "description", in: what, at: node),
                              source: string(f, "source", in: what, at: node), levels: levels, skills: skills,
                              family: string(f, "family", in: what, at: node))
    }

    mutating func roleLevel(_ node: Node, role: String, in framework: Framework) -> Framework.RoleLevel? {
        guard let f = fields(node, "a role level", allowed: ["name", "title", "summary", "grades", "requires"]),
              let name = string(f, "name", in: "a level of role \"\(role)\"", at: node, required: true) else { return nil }
        let what = "level \"\(name)\" of role \"\(role)\""
        // Each role level holds a required level for every skill; bound role levels × skills.
        cells += framework.skills.count
        if cells > FrameworkReader.maxCells {
            if cells - framework.skills.count <= FrameworkReader.maxCells {
                diagnostics.error(at: location(node), "the framework is too large: its role levels times its skills come to more than \(FrameworkReader.maxCells)")
            }
            return nil
        }
        var grades: [GradeID] = []
        for (grade, at) in strings(f, "grades", in: what) {
            if let index = framework.grade(named: grade) {
                grades.append(index)
            } else if framework.grades.isEmpty {
                diagnostics.error(at: location(at), "\(what) names grade \"\(grade)\" but the framework lists no grades")
            } else {
                diagnostics.error(at: location(at), "unknown grade \"\(grade)\" in \(what)",
                                  suggestion: suggestion(for: grade, kind: "grade", among: framework.grades.map(\.name)))
            }
        }
        var requirements: [Framework.Requirement] = []
        var requiredLevels = IDArray<SkillID, ScaleLevel?>(repeating: nil, count: framework.skills.count)
        for item in list(f, "requires", in: what, at: node, required: false) {
            guard let r = fields(item, "a requirement", allowed: ["skill", "level", "text"]),
                  let skillName = string(r, "skill", in: "a requirement of \(what)", at: item, required: true),
                  let levelName = string(r, "level", in: "requirement \"\(skillName)\" of \(what)", at: item, required: true)
            else { continue }
            guard let skill = framework.skill(named: skillName) else {
                diagnostics.error(at: location(r["skill"]), "unknown skill \"\(skillName)\" in \(what): list it under \"skills\" first",
                                  suggestion: suggestion(for: skillName, kind: "skill", among: framework.skills.flatMap { [$0.name] + $0.aliases }))
                continue
            }
            guard let level = framework.scale.level(named: levelName) else {
                diagnostics.error(at: location(r["level"]), "unknown skill level \"\(levelName)\" for \"\(skillName)\" in \(what)",
                                  suggestion: suggestion(for: levelName, kind: "scale level", among: framework.scale.levels.map(\.name)))
                continue
            }
            if requiredLevels[skill] != nil {
                diagnostics.error(at: location(item), "\(what) requires \"\(framework.skills[skill].name)\" twice")
                continue
            }
            requiredLevels[skill] = level
            requirements.append(Framework.Requirement(skill: skill, statedName: skillName, level: level,
                                                      text: string(r, "text", in: "requirement \"\(skillName)\"", at: item)))
        }
        return Framework.RoleLevel(name: name, title: string(f, "title", in: what, at: node),
                                   summary: string(f, "summary", in: what, at: node), grades: grades,
                                   requirements: requirements, requiredLevels: requiredLevels)
    }
}
