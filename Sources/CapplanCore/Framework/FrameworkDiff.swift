/// What changed from one version of a framework to another (`capplan framework diff`, SPEC §7).
///
/// Roles, skills and levels are matched by name: two roles (or skills) are the same when a name or
/// alias of one folds to a name or alias of the other, and two levels of a role are the same when
/// their names or titles fold alike (so the built-in `associate` is the download's `Associate
/// infrastructure engineer`). Required levels are compared by their scale values.
public struct FrameworkDiff: Sendable {
    /// The kinds of change, in the order SPEC §7 lists them.
    public enum Kind: String, Sendable, CaseIterable {
        case roleAdded = "role_added"
        case roleRemoved = "role_removed"
        case levelAdded = "level_added"
        case levelRemoved = "level_removed"
        case skillAdded = "skill_added"
        case skillRemoved = "skill_removed"
        case requirementAdded = "requirement_added"
        case requirementRemoved = "requirement_removed"
        case requirementRaised = "requirement_raised"
        case requirementLowered = "requirement_lowered"
    }

    /// One change: a row of the diff's CSV.
    public struct Change: Sendable, Equatable {
        public var kind: Kind
        /// The role (NEW's name, or OLD's when removed); empty for a skill added to or removed from the framework.
        public var role: String
        /// The level (NEW's name, or OLD's when removed); empty for role and skill changes.
        public var level: String
        /// The level's position in its role (1 = most junior), 0 where there is no level.
        public var position: Int
        /// The skill as the requirement states it (NEW's, or OLD's when removed), or the skill's name.
        public var skill: String
        /// OLD's required level, where it applies.
        public var before: String
        /// NEW's required level, where it applies.
        public var after: String

        /// One line for messages: `requirement_raised: Data engineer, Senior data engineer, Testing (working → practitioner)`.
        public var summary: String {
            let what = [role, level, skill].filter { !$0.isEmpty }.joined(separator: ", ")
            let levels = before.isEmpty && after.isEmpty ? "" : " (\(before.isEmpty ? "none" : before) → \(after.isEmpty ? "none" : after))"
            return "\(kind.rawValue): \(what)\(levels)"
        }
    }

    /// The changes sorted by role, level position, skill (SPEC §7); framework-wide skill changes first.
    public let changes: [Change]

    public init(old: Framework, new: Framework) {
        var changes: [Change] = []
        let skillMatch = Self.match(old.skills.map { [$0.name] + $0.aliases }, new.skills.map { [$0.name] + $0.aliases })
        for (index, skill) in new.skills.enumerated() where skillMatch.newToOld[index] == nil {
            changes.append(Change(kind: .skillAdded, role: "", level: "", position: 0, skill: skill.name, before: "", after: ""))
        }
        for (index, skill) in old.skills.enumerated() where skillMatch.oldToNew[index] == nil {
            changes.append(Change(kind: .skillRemoved, role: "", level: "", position: 0, skill: skill.name, before: "", after: ""))
        }
        let roleMatch = Self.match(old.roles.map { [$0.name] + $0.aliases }, new.roles.map { [$0.name] + $0.aliases })
        for (index, role) in new.roles.enumerated() {
            guard let o = roleMatch.newToOld[index] else {
                changes.append(Change(kind: .roleAdded, role: role.name, level: "", position: 0, skill: "", before: "", after: ""))
                continue
            }
            changes += Self.levelChanges(old: (old, old.roles[RoleID(o)]), new: (new, role), skillMatch: skillMatch)
        }
        for (index, role) in old.roles.enumerated() where roleMatch.oldToNew[index] == nil {
            changes.append(Change(kind: .roleRemoved, role: role.name, level: "", position: 0, skill: "", before: "", after: ""))
        }
        self.changes = changes.sorted(by: Self.order)
    }

    /// Sorted by role, level position, skill (case-insensitively, then exactly), then kind.
    static func order(_ a: Change, _ b: Change) -> Bool {
        let kinds = Kind.allCases
        func key(_ c: Change) -> (String, String, Int, String, String, Int) {
            (c.role.lowercased(), c.role, c.position, c.skill.lowercased(), c.skill, kinds.firstIndex(of: c.kind)!)
        }
        return key(a) < key(b)
    }

    /// Which item of `old` each item of `new` is, by their spellings' keys (the first match wins).
    static func match(_ old: [[String]], _ new: [[String]]) -> (oldToNew: [Int?], newToOld: [Int?]) {
        var byKey: [NameKey: Int] = [:]
        for (index, spellings) in old.enumerated() {
            for spelling in spellings where byKey[NameKey(spelling)] == nil { byKey[NameKey(spelling)] = index }
        }
        var oldToNew = [Int?](repeating: nil, count: old.count)
        var newToOld = [Int?](repeating: nil, count: new.count)
        for (index, spellings) in new.enumerated() {
            guard let o = spellings.lazy.compactMap({ byKey[NameKey($0)] }).first(where: { oldToNew[$0] == nil }) else { continue }
            oldToNew[o] = index
            newToOld[index] = o
        }
        return (oldToNew, newToOld)
    }

    /// The level and requirement changes of one role present in both versions.
    static func levelChanges(old: (Framework, Framework.Role), new: (Framework, Framework.Role),
                             skillMatch: (oldToNew: [Int?], newToOld: [Int?])) -> [Change] {
        let (oldFramework, oldRole) = old, (newFramework, newRole) = new
        let spellings = { (level: Framework.RoleLevel) in [level.name] + (level.title.map { [$0] } ?? []) }
        let levelMatch = match(oldRole.levels.map(spellings), newRole.levels.map(spellings))
        var changes: [Change] = []
        for (index, level) in newRole.levels.enumerated() {
            guard let o = levelMatch.newToOld[index] else {
                changes.append(Change(kind: .levelAdded, role: newRole.name, level: level.name, position: index + 1, skill: "", before: "", after: ""))
                continue
            }
            let before = oldRole.levels[o]
            func change(_ kind: Kind, _ skill: String, _ was: ScaleLevel?, _ now: ScaleLevel?) -> Change {
                Change(kind: kind, role: newRole.name, level: level.name, position: index + 1, skill: skill,
                       before: was.map { oldFramework.scale.name($0) } ?? "", after: now.map { newFramework.scale.name($0) } ?? "")
            }
            for requirement in level.requirements {
                guard let oldSkill = skillMatch.newToOld[requirement.skill.index], let was = before.required(SkillID(oldSkill)) else {
                    changes.append(change(.requirementAdded, requirement.statedName, nil, requirement.level))
                    continue
                }
                let (a, b) = (oldFramework.scale.levels[was].value, newFramework.scale.levels[requirement.level].value)
                if a != b { changes.append(change(b > a ? .requirementRaised : .requirementLowered, requirement.statedName, was, requirement.level)) }
            }
            for requirement in before.requirements {
                let newSkill = skillMatch.oldToNew[requirement.skill.index]
                if newSkill.flatMap({ level.required(SkillID($0)) }) == nil {
                    changes.append(change(.requirementRemoved, requirement.statedName, requirement.level, nil))
                }
            }
        }
        for (index, level) in oldRole.levels.enumerated() where levelMatch.oldToNew[index] == nil {
            changes.append(Change(kind: .levelRemoved, role: newRole.name, level: level.name, position: index + 1, skill: "", before: "", after: ""))
        }
        return changes
    }
}
