/// A capability framework: a rating scale, skills, grades and roles whose levels require skills.
///
/// Built from a framework file (see `FrameworkReader`); the built-in DDaT framework is one of those
/// files. Skills, roles and grades are found by name, alias or slug, insensitive to case, spaces
/// and punctuation.
public struct Framework: Sendable {
    /// A skill, shared by every role that requires it.
    public struct Skill: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var description: String?
    }

    /// A grade of the organisation's pay structure (EO, HEO, …), junior to senior.
    public struct Grade: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var aliases: [String]
    }

    /// What a role level asks of one skill.
    public struct Requirement: Sendable, Equatable {
        /// Index into `Framework.skills`.
        public var skill: Int
        /// The skill's name as the role's own text states it (may be an alias).
        public var statedName: String
        /// Index into the scale's levels.
        public var level: Int
        /// What someone at this level can do with the skill, where the source gives it.
        public var text: String?
    }

    /// One level of a role (associate, engineer, …).
    public struct RoleLevel: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var summary: String?
        /// Typical grades, as indices into `Framework.grades`.
        public var grades: [Int]
        public var requirements: [Requirement]
        /// Required scale level per skill index, nil where the level does not require the skill.
        public var requiredLevels: [Int?]

        /// The level required of `skill`, if this role level requires it.
        public func required(_ skill: Int) -> Int? { requiredLevels[skill] }
    }

    /// A role, with its levels junior to senior (a level's position is its index + 1).
    public struct Role: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var description: String?
        public var source: String?
        /// Levels junior to senior; empty for a role that is listed but not in use (DDaT's `NOT IN USE`).
        public var levels: [RoleLevel]
        /// Skill indices any level of the role requires, in first-required order.
        public var skills: [Int]
        /// The role family (DDaT: Architecture, Data, IT operations, …), when the framework groups roles.
        public var family: String? = nil

        /// False for a role listed with no levels, which nobody can hold.
        public var isInUse: Bool { !levels.isEmpty }
    }

    public var name: String
    public var title: String?
    public var source: String?
    public var scale: RatingScale
    public var skills: [Skill]
    public var grades: [Grade]
    public var roles: [Role]

    private var skillKeys: [NameKey: Int] = [:]
    private var roleKeys: [NameKey: Int] = [:]
    private var gradeKeys: [NameKey: Int] = [:]
    /// Per role, the level each level name and title stands for (the first level, if two share one).
    private var levelKeys: [[NameKey: Int]] = []
    /// The (role, level) pairs each level title stands for, in role and level order.
    private var titleKeys: [NameKey: [(role: Int, level: Int)]] = [:]

    /// Assembles a framework and its name indexes. `FrameworkReader` checks the parts first.
    public init(name: String, title: String?, source: String?, scale: RatingScale,
                skills: [Skill], grades: [Grade], roles: [Role]) {
        self.name = name
        self.title = title
        self.source = source
        self.scale = scale
        self.skills = skills
        self.grades = grades
        self.roles = roles
        for (index, skill) in skills.enumerated() {
            for name in [skill.name] + skill.aliases { skillKeys[NameKey(name)] = index }
        }
        for (index, role) in roles.enumerated() {
            for name in [role.name] + role.aliases { roleKeys[NameKey(name)] = index }
            var levels: [NameKey: Int] = [:]
            for (level, roleLevel) in role.levels.enumerated() {
                if levels[NameKey(roleLevel.name)] == nil { levels[NameKey(roleLevel.name)] = level }
                // A level without a title (an imported DDaT level is named by its published title) is
                // its own title.
                let title = NameKey(roleLevel.title ?? roleLevel.name)
                if levels[title] == nil { levels[title] = level }
                titleKeys[title, default: []].append((index, level))
            }
            levelKeys.append(levels)
        }
        for (index, grade) in grades.enumerated() {
            for name in [grade.name] + (grade.title.map { [$0] } ?? []) + grade.aliases {
                gradeKeys[NameKey(name)] = index
            }
        }
    }

    /// The skill a name, alias or slug stands for.
    public func skillIndex(_ name: some StringProtocol) -> Int? { skillKeys[NameKey(name)] }
    /// The role a name or alias stands for.
    public func roleIndex(_ name: some StringProtocol) -> Int? { roleKeys[NameKey(name)] }
    /// The grade a name, title or alias stands for.
    public func gradeIndex(_ name: some StringProtocol) -> Int? { gradeKeys[NameKey(name)] }

    /// The level of `role` that `name` stands for: its short name (`senior`), its title
    /// (`Senior infrastructure engineer`), or its position (`3`).
    public func levelIndex(_ name: some StringProtocol, inRole role: Int) -> Int? {
        if let index = levelKeys[role][NameKey(name)] { return index }
        if let position = Int(name.trimmingSpaces), roles[role].levels.indices.contains(position - 1) { return position - 1 }
        return nil
    }

    /// Every (role, level) whose title is `name` (`Lead infrastructure engineer`), for rosters that
    /// give a level title and no role.
    public func roleLevels(titled name: some StringProtocol) -> [(role: Int, level: Int)] {
        titleKeys[NameKey(name)] ?? []
    }

    /// Every requirement of every role, in role, level and listing order.
    public var requirementCount: Int {
        roles.reduce(0) { $0 + $1.levels.reduce(0) { $0 + $1.requirements.count } }
    }

    /// Why nobody can hold `role`, a role with no levels (DDaT's `NOT IN USE` roles).
    public func notInUseMessage(_ role: Int) -> String {
        "role \(roles[role].name) has no levels (it is not in use in \(name)): nobody can hold it"
    }

    /// Names for a message: all of them when few, else the first few and where to find the rest
    /// (the whole DDaT profession has 52 roles).
    public static func listed(_ names: [String], limit: Int = 8) -> String {
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + ", … (\(names.count - limit) more: `capplan framework list` lists them)"
    }

    /// The level names used across roles, in order of first appearance.
    public var skillNames: [String] { skills.map(\.name) }
}
