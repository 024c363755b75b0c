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
        public var skill: SkillID
        /// The skill's name as the role's own text states it (may be an alias).
        public var statedName: String
        /// The level required.
        public var level: ScaleLevel
        /// What someone at this level can do with the skill, where the source gives it.
        public var text: String?
    }

    /// One level of a role (associate, engineer, …).
    public struct RoleLevel: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var summary: String?
        /// Typical grades.
        public var grades: [GradeID]
        public var requirements: [Requirement]
        /// The same requirements in framework order of skills, the order reports list skills in.
        public internal(set) var requirementsBySkill: [Requirement] = []
        /// Required scale level per skill, nil where the level does not require the skill.
        public var requiredLevels: IDArray<SkillID, ScaleLevel?>

        /// The level required of `skill`, if this role level requires it.
        public func required(_ skill: SkillID) -> ScaleLevel? { requiredLevels[skill] }
    }

    /// A role, with its levels junior to senior (a level's position is its index + 1).
    public struct Role: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var description: String?
        public var source: String?
        /// Levels junior to senior; empty for a role that is listed but not in use (DDaT's `NOT IN USE`).
        public var levels: [RoleLevel]
        /// The skills any level of the role requires, in framework order.
        public var skills: [SkillID]
        /// The role family (DDaT: Architecture, Data, IT operations, …), when the framework groups roles.
        public var family: String? = nil

        /// False for a role listed with no levels, which nobody can hold.
        public var isInUse: Bool { !levels.isEmpty }
    }

    public var name: String
    public var title: String?
    public var source: String?
    public var scale: RatingScale
    public var skills: IDArray<SkillID, Skill>
    public var grades: IDArray<GradeID, Grade>
    public var roles: IDArray<RoleID, Role>

    private var skillKeys: [NameKey: SkillID] = [:]
    private var roleKeys: [NameKey: RoleID] = [:]
    private var gradeKeys: [NameKey: GradeID] = [:]
    /// Per role, the rank each level name and title stands for (the first level, if two share one).
    private var levelKeys: [[NameKey: Int]] = []
    /// The role levels each level title stands for, in role and level order.
    private var titleKeys: [NameKey: [RoleLevelID]] = [:]

    /// Assembles a framework and its name indexes. `FrameworkReader` checks the parts first.
    public init(name: String, title: String?, source: String?, scale: RatingScale,
                skills: [Skill], grades: [Grade], roles: [Role]) {
        self.name = name
        self.title = title
        self.source = source
        self.scale = scale
        self.skills = IDArray(skills)
        self.grades = IDArray(grades)
        self.roles = IDArray(roles)
        for role in self.roles.indices {
            for rank in self.roles[role].levels.indices {
                self.roles[role].levels[rank].requirementsBySkill = self.roles[role].levels[rank].requirements.sorted { $0.skill < $1.skill }
            }
        }
        for (skill, entry) in zip(self.skills.indices, skills) {
            for name in [entry.name] + entry.aliases { skillKeys[NameKey(name)] = skill }
        }
        for (role, entry) in zip(self.roles.indices, roles) {
            for name in [entry.name] + entry.aliases { roleKeys[NameKey(name)] = role }
            var levels: [NameKey: Int] = [:]
            for (rank, roleLevel) in entry.levels.enumerated() {
                if levels[NameKey(roleLevel.name)] == nil { levels[NameKey(roleLevel.name)] = rank }
                // A level without a title (an imported DDaT level is named by its published title) is
                // its own title.
                let title = NameKey(roleLevel.title ?? roleLevel.name)
                if levels[title] == nil { levels[title] = rank }
                titleKeys[title, default: []].append(RoleLevelID(role: role, rank: rank))
            }
            levelKeys.append(levels)
        }
        for (grade, entry) in zip(self.grades.indices, grades) {
            for name in [entry.name] + (entry.title.map { [$0] } ?? []) + entry.aliases {
                gradeKeys[NameKey(name)] = grade
            }
        }
    }

    /// The role level `id` names.
    public subscript(level: RoleLevelID) -> RoleLevel { roles[level.role].levels[level.rank] }

    /// The skill a name, alias or slug stands for.
    public func skill(named name: some StringProtocol) -> SkillID? { skillKeys[NameKey(name)] }
    /// The role a name or alias stands for.
    public func role(named name: some StringProtocol) -> RoleID? { roleKeys[NameKey(name)] }
    /// The grade a name, title or alias stands for.
    public func grade(named name: some StringProtocol) -> GradeID? { gradeKeys[NameKey(name)] }

    /// The level of `role` that `name` stands for: its short name (`senior`), its title
    /// (`Senior infrastructure engineer`), or its position (`3`).
    public func level(named name: some StringProtocol, in role: RoleID) -> RoleLevelID? {
        if let rank = levelKeys[role.index][NameKey(name)] { return RoleLevelID(role: role, rank: rank) }
        if let position = Int(name.trimmingSpaces), roles[role].levels.indices.contains(position - 1) {
            return RoleLevelID(role: role, rank: position - 1)
        }
        return nil
    }

    /// Every role level whose title is `name` (`Lead infrastructure engineer`), for rosters that
    /// give a level title and no role.
    public func roleLevels(titled name: some StringProtocol) -> [RoleLevelID] {
        titleKeys[NameKey(name)] ?? []
    }

    /// The levels of `role`, junior to senior.
    public func levels(of role: RoleID) -> [RoleLevelID] {
        roles[role].levels.indices.map { RoleLevelID(role: role, rank: $0) }
    }

    /// Where a grade stands in reports: the framework's grades in order, then unknown grades by
    /// name, then no grade (an empty name) last.
    public func gradeOrder(_ name: String) -> (Int, String) {
        if name.isEmpty { return (Int.max, "") }
        if let grade = grade(named: name), grades[grade].name == name { return (grade.index, name) }
        return (grades.count, name)
    }

    /// The level names used across roles, in order of first appearance (roles in framework order,
    /// each junior to senior): `associate`, `engineer`, … for the DDaT seed roles.
    public var levelNames: [String] {
        var seen = Set<String>()
        return roles.flatMap { $0.levels.map(\.name) }.filter { seen.insert($0).inserted }
    }

    /// Every requirement of every role, in role, level and listing order.
    public var requirementCount: Int {
        roles.reduce(0) { $0 + $1.levels.reduce(0) { $0 + $1.requirements.count } }
    }

    /// Why nobody can hold `role`, a role with no levels (DDaT's `NOT IN USE` roles).
    public func notInUseMessage(_ role: RoleID) -> String {
        "role \(roles[role].name) has no levels (it is not in use in \(name)): nobody can hold it"
    }

    /// Names for a message: all of them when few, else the first few and where to find the rest
    /// (the whole DDaT profession has 52 roles).
    public static func listed(_ names: [String], limit: Int = 8) -> String {
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + ", … (\(names.count - limit) more: `capplan framework list` lists them)"
    }
}
