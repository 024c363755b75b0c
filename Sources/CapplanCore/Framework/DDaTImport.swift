/// Turns the DDaT Capability Framework's official role-content download into a framework
/// (`capplan framework import`, SPEC §7): every role of the download with its levels in seniority
/// order, one skill per folded name, and the seed roles exactly as transcribed in place of the
/// download's own rows for them.
///
/// Pure: bytes and a seed framework in, a `Framework` (which `FrameworkWriter` turns into the
/// framework file format) and diagnostics out.
public enum DDaTImport {
    /// A file given to the import: its bytes and its name as the user gave it (for messages).
    public struct Input: Sendable {
        public var bytes: [UInt8]
        public var file: String
        public init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
        }
    }

    /// The imported framework and what the import found on the way.
    public struct Result: Sendable {
        public var framework: Framework
        /// Notes (repeated rows dropped) and warnings (level order from titles, texts that disagree, seed roles the download changes).
        public var diagnostics: Diagnostics
        /// Roles whose levels were ordered by the title convention, having no rows in the levels file.
        public var titleOrderedRoles: [String]
    }

    /// The framework's `name` in an import.
    public static let frameworkName = "DDaT"
    public static let frameworkTitle = "UK Government DDaT Profession Capability Framework"

    /// Imports `download` with the seniority order and grades of `levels` (else the title convention,
    /// with a warning per role unless `warnsTitleOrder` is false) and the roles, skills, scale and
    /// grades of `seed`. Throws every error found (exit 65); returns notes and warnings otherwise.
    public static func read(download: Input, levels: Input?, seed: Framework?, warnsTitleOrder: Bool = true) throws(InvalidInputError) -> Result {
        var diagnostics = Diagnostics()
        let rows = try DDaTDownload(bytes: download.bytes, file: download.file, diagnostics: &diagnostics).rows
        var drafts = roleDrafts(rows, file: download.file, diagnostics: &diagnostics)
        if diagnostics.hasErrors { throw InvalidInputError(diagnostics) }
        var titleOrdered: [String] = []
        var entries: [NameKey: [NameKey: DDaTLevelOrder.Entry]] = [:]
        if let levels {
            var known: [NameKey: (name: String, levels: [NameKey: String])] = [:]
            for draft in drafts {
                known[NameKey(draft.name)] = (draft.name, Dictionary(draft.levels.map { (NameKey($0.name), $0.name) }) { a, _ in a })
            }
            entries = try DDaTLevelOrder.read(bytes: levels.bytes, file: levels.file, roles: known, download: download.file, diagnostics: &diagnostics)
        }
        // A seed role's levels are the seed's: the download's are ordered only to compare them with it.
        let seedRoles = Set((seed?.roles.elements ?? []).flatMap { [$0.name] + $0.aliases }.map(NameKey.init))
        for index in drafts.indices where !drafts[index].levels.isEmpty {
            if let byLevel = entries[NameKey(drafts[index].name)] {
                drafts[index].order(by: byLevel)
                continue
            }
            drafts[index].levels = DDaTLevelOrder.byTitle(drafts[index].levels.map(\.name)).map { drafts[index].levels[$0] }
            if seedRoles.contains(NameKey(drafts[index].name)) { continue }
            titleOrdered.append(drafts[index].name)
            if warnsTitleOrder {
                diagnostics.warning(at: SourceLocation(file: download.file, line: drafts[index].line, column: 1),
                                    "role \(drafts[index].name) is not in \(levels.map { "the levels file (\($0.file))" } ?? "a levels file (--levels)"): its levels are ordered by the title convention: \(drafts[index].levels.map(\.name).joined(separator: " < "))")
            }
        }
        let grades = self.grades(base: seed?.grades.elements ?? civilServiceGrades, drafts: drafts, diagnostics: &diagnostics)
        if diagnostics.hasErrors { throw InvalidInputError(diagnostics) }
        var builder = Builder(seed: seed, grades: grades, file: download.file)
        let framework = builder.framework(drafts, source: source(download: download, levels: levels, seed: seed))
        diagnostics.append(contentsOf: builder.diagnostics)
        if diagnostics.hasErrors { throw InvalidInputError(diagnostics) }
        return Result(framework: framework, diagnostics: diagnostics, titleOrderedRoles: titleOrdered)
    }

    /// The framework's `source`: the files it was made from (by name, so the result does not depend on
    /// where they are) and their licence.
    static func source(download: Input, levels: Input?, seed: Framework?) -> String {
        var text = "The DDaT Profession Capability Framework's role-content download (\(baseName(download.file))), Central Digital and Data Office. Crown copyright, Open Government Licence v3.0."
        if let levels { text += " Level order and typical grades: \(baseName(levels.file))." }
        if let seed {
            text += " Seed roles (\(seed.roles.map(\.name).joined(separator: ", "))) as transcribed\(seed.source.map { ": \($0)" } ?? ".")"
        }
        return text
    }

    /// The comment lines `framework import` puts before the framework file it writes from `files`.
    public static func fileHeader(from files: [String]) -> String {
        """
        # capplan framework file, written by `capplan framework import` from \(files.map(baseName).joined(separator: ", ")).
        # Generated: to change it, change those files and import again rather than editing this one.

        """
    }

    /// The last component of `path`.
    public static func baseName(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// True when `bytes` begin like a CSV file (a delimited header line with no YAML key), as the
    /// download does, rather than like a framework file.
    public static func looksLikeCSV(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return FrameworkReader.looksLikeCSV(String(decoding: bytes[start...].prefix(4096), as: UTF8.self))
    }

    /// The civil-service grades, junior to senior: the grades of an import without seeds, and where
    /// a grade the levels file names (AO) but the seed framework lacks is taken from.
    public static let civilServiceGrades: [Framework.Grade] = [
        Framework.Grade(name: "AO", title: "Administrative Officer", aliases: ["Administrative Officer"]),
        Framework.Grade(name: "EO", title: "Executive Officer", aliases: ["Executive Officer"]),
        Framework.Grade(name: "HEO", title: "Higher Executive Officer", aliases: ["Higher Executive Officer"]),
        Framework.Grade(name: "SEO", title: "Senior Executive Officer", aliases: ["Senior Executive Officer"]),
        Framework.Grade(name: "G7", title: "Grade 7", aliases: ["Grade 7"]),
        Framework.Grade(name: "G6", title: "Grade 6", aliases: ["Grade 6"]),
        Framework.Grade(name: "DD", title: "Deputy director",
                        aliases: ["Deputy director", "Deputy director or equivalent", "SCS1", "SCS 1", "SCS pay band 1"]),
    ]

    /// The index in `grades` of the grade `name` spells (name, title or alias).
    static func grade(_ name: String, in grades: [Framework.Grade]) -> GradeID? {
        let key = NameKey(name)
        return grades.firstIndex { grade in ([grade.name] + (grade.title.map { [$0] } ?? []) + grade.aliases).contains { NameKey($0) == key } }
            .map(GradeID.init)
    }

    /// `base` with any civil-service grade the levels file names but `base` lacks put in its place by
    /// seniority; an error for each grade name neither knows.
    static func grades(base: [Framework.Grade], drafts: [RoleDraft], diagnostics: inout Diagnostics) -> [Framework.Grade] {
        var grades = base
        for draft in drafts {
            for level in draft.levels {
                for (name, at) in level.grades where grade(name, in: grades) == nil {
                    guard let rank = grade(name, in: civilServiceGrades) else {
                        diagnostics.error(at: at, "unknown grade \"\(Diagnostic.shown(name))\" for \(draft.name), \(level.name)",
                                          suggestion: Suggestion.nearest(to: name, in: grades.map(\.name)))
                        continue
                    }
                    let place = grades.firstIndex { (grade($0.name, in: civilServiceGrades)?.index ?? -1) > rank.index } ?? grades.count
                    grades.insert(civilServiceGrades[rank.index], at: place)
                }
            }
        }
        return grades
    }
}

/// A role of the download as its rows give it, before it becomes a `Framework.Role`.
struct RoleDraft {
    /// A level of the role, with its rows.
    struct Level {
        var name: String
        var summary: String?
        var line: Int
        var rows: [DDaTDownload.Row]
        var grades: [(name: String, at: SourceLocation)] = []
    }

    var name: String
    var family: String?
    var description: String?
    /// The line of the role's first row.
    var line: Int
    var levels: [Level] = []

    /// The levels in the levels file's order, with its grades.
    mutating func order(by entries: [NameKey: DDaTLevelOrder.Entry]) {
        for index in levels.indices { levels[index].grades = entries[NameKey(levels[index].name)]?.grades ?? [] }
        levels.sort { (entries[NameKey($0.name)]?.position ?? .max) < (entries[NameKey($1.name)]?.position ?? .max) }
    }
}

extension DDaTImport {
    /// The download's roles in order of first appearance, each level with its rows. A role whose only
    /// rows are `NOT IN USE` has no levels. A role or level described differently by two rows keeps the
    /// first description, with a warning.
    static func roleDrafts(_ rows: [DDaTDownload.Row], file: String, diagnostics: inout Diagnostics) -> [RoleDraft] {
        var drafts: [RoleDraft] = []
        var roleIndex: [NameKey: Int] = [:]
        var levelIndex: [NameKey: [NameKey: Int]] = [:]
        var notInUse: [NameKey: Int] = [:]
        var warned = Set<String>()
        func differs(_ first: String?, _ now: String?, _ what: String, _ row: DDaTDownload.Row, since line: Int) {
            guard first != now, warned.insert("\(NameKey(row.role))|\(what)").inserted else { return }
            diagnostics.warning(at: SourceLocation(file: file, line: row.line, column: 1),
                                "this row gives \(what) other than line \(line) does: line \(line)'s is kept")
        }
        for row in rows {
            let key = NameKey(row.role)
            let r = roleIndex[key] ?? drafts.count
            if r == drafts.count {
                roleIndex[key] = r
                drafts.append(RoleDraft(name: row.role, family: row.family, description: row.roleDescription, line: row.line))
            }
            differs(drafts[r].family, row.family, "role \(drafts[r].name) a family", row, since: drafts[r].line)
            differs(drafts[r].description, row.roleDescription, "role \(drafts[r].name) a description", row, since: drafts[r].line)
            if row.isNotInUse {
                notInUse[key] = notInUse[key] ?? row.line
                continue
            }
            let levelKey = NameKey(row.level)
            if let l = levelIndex[key]?[levelKey] {
                differs(drafts[r].levels[l].summary, row.levelDescription, "level \(row.level) of \(drafts[r].name) a description", row, since: drafts[r].levels[l].line)
                drafts[r].levels[l].rows.append(row)
            } else {
                levelIndex[key, default: [:]][levelKey] = drafts[r].levels.count
                drafts[r].levels.append(RoleDraft.Level(name: row.level, summary: row.levelDescription, line: row.line, rows: [row]))
            }
        }
        for (key, line) in notInUse.sorted(by: { $0.value < $1.value }) where !drafts[roleIndex[key]!].levels.isEmpty {
            diagnostics.warning(at: SourceLocation(file: file, line: line, column: 1),
                                "role \(drafts[roleIndex[key]!].name) has levels, and NOT IN USE rows (this is the first): those rows are ignored")
        }
        return drafts
    }
}

extension DDaTImport {
    /// Turns role drafts into the framework: the seed's skills first, then each new folded name in
    /// order of first appearance; the seed roles first (as the seed orders them), then the download's others.
    struct Builder {
        let seed: Framework?
        let grades: [Framework.Grade]
        let file: String
        var diagnostics = Diagnostics()
        var skills: [Framework.Skill]
        /// Every spelling (name, alias) of every skill so far, by key.
        var skillKeys: [NameKey: SkillID] = [:]

        init(seed: Framework?, grades: [Framework.Grade], file: String) {
            self.seed = seed
            self.grades = grades
            self.file = file
            skills = seed?.skills.elements ?? []
            for (index, skill) in skills.enumerated() {
                for spelling in [skill.name] + skill.aliases { skillKeys[NameKey(spelling)] = SkillID(index) }
            }
        }

        mutating func framework(_ drafts: [RoleDraft], source: String) -> Framework {
            let scale = seed?.scale ?? .ddat
            let seedRoles = seed?.roles.elements ?? []
            var seedIndex: [NameKey: Int] = [:]
            for (index, role) in seedRoles.enumerated() {
                for spelling in [role.name] + role.aliases { seedIndex[NameKey(spelling)] = index }
            }
            // Skills: only the roles that come from the download add any (a seed role's skills are the seed's).
            for draft in drafts {
                let isSeed = seedIndex[NameKey(draft.name)] != nil
                for row in draft.levels.flatMap(\.rows) { addSkill(row, creating: !isSeed) }
            }
            var roles = seedRoles.map(seeded)
            var downloaded: [Framework.Role] = []
            for draft in drafts {
                let role = self.role(draft, scale: scale)
                guard let index = seedIndex[NameKey(draft.name)] else {
                    downloaded.append(role)
                    continue
                }
                if roles[index].family == nil { roles[index].family = draft.family }
                compare(seed: roles[index], download: role)
            }
            return Framework(name: DDaTImport.frameworkName, title: DDaTImport.frameworkTitle, source: source, scale: scale,
                             skills: skills, grades: grades, roles: roles + downloaded)
        }

        /// Registers the skill `row` names: a new skill (as the download spells it) when `creating`, and
        /// the download's description for a skill that has none.
        mutating func addSkill(_ row: DDaTDownload.Row, creating: Bool) {
            let key = NameKey(row.skill)
            if let skill = skillKeys[key] {
                if skills[skill.index].description == nil { skills[skill.index].description = row.skillDescription }
            } else if creating {
                skillKeys[key] = SkillID(skills.count)
                skills.append(Framework.Skill(name: row.skill, aliases: [], description: row.skillDescription))
            }
        }

        /// A seed role as the merged framework holds it: its grades renumbered, a required level for every skill.
        func seeded(_ role: Framework.Role) -> Framework.Role {
            var role = role
            for index in role.levels.indices {
                let level = role.levels[index]
                role.levels[index].grades = level.grades.compactMap { DDaTImport.grade(seed!.grades[$0].name, in: grades) }
                role.levels[index].requiredLevels.elements += repeatElement(nil, count: skills.count - level.requiredLevels.count)
            }
            return role
        }

        /// A role of the download: its levels (already in order), each requirement as the download states it.
        mutating func role(_ draft: RoleDraft, scale: RatingScale) -> Framework.Role {
            var levels: [Framework.RoleLevel] = []
            var roleSkills: [SkillID] = []
            for level in draft.levels {
                var requirements: [Framework.Requirement] = []
                var required = IDArray<SkillID, ScaleLevel?>(repeating: nil, count: skills.count)
                var lineOf: [SkillID: DDaTDownload.Row] = [:]
                for row in level.rows {
                    guard let skill = skillKeys[NameKey(row.skill)] else { continue }
                    guard let levelIndex = scale.level(named: row.skillLevel) else {
                        diagnostics.error(at: SourceLocation(file: file, line: row.skillLevelField.line, column: row.skillLevelField.column),
                                          "unknown skill level \"\(Diagnostic.shown(row.skillLevel))\" (the scale's levels: \(scale.levels.map(\.name).joined(separator: ", ")))",
                                          suggestion: Suggestion.nearest(to: row.skillLevel, in: scale.levels.map(\.name)))
                        continue
                    }
                    if let other = lineOf[skill] {
                        diagnostics.error(at: SourceLocation(file: file, line: row.line, column: 1),
                                          "lines \(other.line) and \(row.line) both require skill \(skills[skill.index].name) of \(draft.name), \(level.name) (as \"\(other.skill)\" and \"\(row.skill)\")")
                        continue
                    }
                    lineOf[skill] = row
                    required[skill] = levelIndex
                    if !roleSkills.contains(skill) { roleSkills.append(skill) }
                    requirements.append(Framework.Requirement(skill: skill, statedName: row.skill, level: levelIndex, text: row.skillLevelDescription))
                }
                let grades = level.grades.compactMap { DDaTImport.grade($0.name, in: self.grades) }
                levels.append(Framework.RoleLevel(name: level.name, title: nil, summary: level.summary, grades: grades,
                                                  requirements: requirements, requiredLevels: required))
            }
            return Framework.Role(name: draft.name, aliases: [], description: draft.description, source: nil, levels: levels,
                                  skills: roleSkills.sorted(), family: draft.family)
        }

        /// A warning for each way the download's rows for a seed role differ from the seed (the seed wins).
        mutating func compare(seed role: Framework.Role, download: Framework.Role) {
            let scale = seed?.scale ?? .ddat
            let old = Framework(name: "seed", title: nil, source: nil, scale: scale, skills: skills, grades: grades, roles: [role])
            let new = Framework(name: "download", title: nil, source: nil, scale: scale, skills: skills, grades: grades, roles: [download])
            for change in FrameworkDiff(old: old, new: new).changes where change.kind != .skillAdded && change.kind != .skillRemoved {
                diagnostics.warning(at: SourceLocation(file: file, line: 0),
                                    "the download differs from seed role \(role.name), which is kept as transcribed: \(change.summary)")
            }
        }
    }
}
