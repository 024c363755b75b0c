// An independent model of SPEC §3 (holders, the team's skills) and §10 (attrition risk, the hiring
// problem) for small random teams: a random framework and roster written out as YAML and CSV (so
// capplan reads them as a user's files), and the same team as plain values from which the tests
// compute what capplan should find, from the spec's words. Nothing here calls TeamAnalysis,
// AttritionRisk or TeamHiring.

import CapplanCore

/// A random small framework, roster and options.
struct TeamModel: Sendable, CustomStringConvertible {
    struct Role: Sendable {
        var name: String
        /// Per level (junior to senior), the required scale level per skill (0–4), nil where not required.
        var levels: [[Int?]]
    }

    struct Member: Sendable {
        var role: Int
        var rank: Int
        /// Per skill, the rating (0–4), nil when not assessed.
        var ratings: [Int?]
        /// The `leave_probability` cell as written, nil when blank.
        var leaveText: String?
        var leave: Double? { leaveText.flatMap(Double.init) }
    }

    static let scale = ["none", "awareness", "working", "practitioner", "expert"]

    var skills: [String]
    var roles: [Role]
    var people: [Member]
    var holderLevel: Int
    var minHolders: Int
    /// Per skill index: (min holders, holder level or nil for the run's).
    var targets: [Int: (minHolders: Int, holderLevel: Int?)]
    var attrition: Double?
    /// The roles that may be hired; nil for the team's.
    var hireRoles: [Int]?

    // MARK: Generation

    /// A random team of 1 to `maxPeople` people, 3–6 skills, 1–3 roles of 1–3 levels.
    static func random(seed: UInt64, maxPeople: Int = 8) -> TeamModel {
        var random = SeededGenerator(seed: seed)
        let skillCount = 3 + random.below(4)
        let skills = (0..<skillCount).map { "Skill \(Character(UnicodeScalar(UInt8(65 + $0))))" }
        let roles = (0..<(1 + random.below(3))).map { r in
            Role(name: "Role \(r + 1)", levels: (0..<(1 + random.below(3))).map { _ in
                (0..<skillCount).map { _ in random.below(2) == 0 ? nil : 1 + random.below(4) }
            })
        }
        // A quarter of the teams are strong (rated working or more, mostly assessed): many holders.
        let strong = random.below(4) == 0
        let people = (0..<(1 + random.below(maxPeople))).map { _ -> Member in
            let role = random.below(roles.count)
            let leaveTexts = ["0", "1", "0.5", "0.25", "0.75", "0.1", "0.333", "0.9"]
            return Member(role: role, rank: random.below(roles[role].levels.count),
                          ratings: (0..<skillCount).map { _ in
                              strong ? (random.below(10) == 0 ? nil : 2 + random.below(3)) : (random.below(10) < 3 ? nil : random.below(5))
                          },
                          leaveText: random.below(3) == 0 ? nil : leaveTexts[random.below(leaveTexts.count)])
        }
        var targets: [Int: (minHolders: Int, holderLevel: Int?)] = [:]
        for skill in 0..<skillCount where random.below(4) == 0 {
            targets[skill] = (random.below(4), random.below(2) == 0 ? nil : 2 + random.below(3))
        }
        let hireRoles: [Int]? = switch random.below(5) {
        case 0, 1: nil
        case 2, 3: Array(roles.indices)
        default: roles.indices.filter { _ in random.below(2) == 0 }
        }
        return TeamModel(skills: skills, roles: roles, people: people, holderLevel: 2 + random.below(3), minHolders: random.below(4),
                         targets: targets, attrition: random.below(2) == 0 ? nil : [0, 1, 0.2, 0.05, 0.5][random.below(5)],
                         hireRoles: hireRoles)
    }

    // MARK: As files

    var yaml: String {
        var lines = ["capplan_framework: 1", "name: Model", "scale:"]
        for (value, name) in Self.scale.enumerated() { lines += ["  - name: \(name)", "    value: \(value)"] }
        lines += ["grades: [G1]", "skills:"] + skills.map { "  - name: \($0)" } + ["roles:"]
        for role in roles {
            lines += ["  - name: \(role.name)", "    levels:"]
            for (rank, required) in role.levels.enumerated() {
                lines += ["      - name: level \(rank + 1)", "        grades: [G1]"]
                let requirements = required.enumerated().compactMap { s, level in level.map { (s, $0) } }
                if requirements.isEmpty { lines.append("        requires: []"); continue }
                lines.append("        requires:")
                for (s, level) in requirements { lines += ["          - skill: \(skills[s])", "            level: \(Self.scale[level])"] }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var csv: String {
        var lines = ["name,role,level,leave_probability," + skills.joined(separator: ",")]
        for (p, member) in people.enumerated() {
            lines.append((["Person \(p + 1)", roles[member.role].name, "level \(member.rank + 1)", member.leaveText ?? ""]
                          + member.ratings.map { $0.map(String.init) ?? "" }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var description: String { "framework:\n\(yaml)roster:\n\(csv)holder level \(holderLevel), min holders \(minHolders), targets \(targets), attrition \(String(describing: attrition)), hire roles \(String(describing: hireRoles))" }

    /// Reads the model's files with capplan and analyses them with its options.
    func analysis() throws -> TeamAnalysis {
        let framework = try FrameworkReader.read(yaml, file: "model.yaml").0
        let (roster, _) = try RosterReader(framework: framework).read(bytes: Array(csv.utf8), file: "team.csv")
        var options = AnalysisOptions(scale: framework.scale)
        options.holderLevel = ScaleLevel(holderLevel)
        options.minHolders = minHolders
        for (skill, target) in targets {
            options.targets[SkillID(skill)] = SkillTarget(minHolders: target.minHolders, holderLevel: target.holderLevel.map(ScaleLevel.init))
        }
        options.attrition = attrition
        return TeamAnalysis(framework: framework, roster: roster, options: options)
    }

    // MARK: SPEC §3 and §10, from their words

    func holderLevel(of skill: Int) -> Int { targets[skill]?.holderLevel ?? holderLevel }
    func target(of skill: Int) -> Int { targets[skill]?.minHolders ?? minHolders }

    /// The team's skills, in framework order: those any member's role level requires, plus any rated.
    var teamSkills: [Int] {
        skills.indices.filter { s in
            people.contains { roles[$0.role].levels[$0.rank][s] != nil || $0.ratings[s] != nil }
        }
    }

    /// The people rated at or above the skill's holder level.
    func holders(of skill: Int) -> [Int] {
        people.indices.filter { (people[$0].ratings[skill] ?? -1) >= holderLevel(of: skill) }
    }

    /// Whether the run has attrition information: --attrition or a leave_probability value.
    var hasAttrition: Bool { attrition != nil || people.contains { $0.leave != nil } }

    /// P(fewer than the target holders stay), P(no holder stays), by enumerating who leaves.
    func bruteForceRisk(of skill: Int) -> (below: Double, none: Double) {
        let leave = holders(of: skill).map { people[$0].leave ?? attrition ?? 0 }
        var below = 0.0, none = 0.0
        for outcome in 0..<(1 << leave.count) {
            var probability = 1.0
            for (i, p) in leave.enumerated() { probability *= outcome & (1 << i) != 0 ? 1 - p : p }
            if outcome.nonzeroBitCount < target(of: skill) { below += probability }
            if outcome == 0 { none += probability }
        }
        return (below, none)
    }

    /// The roles that may be hired: `hireRoles`, else the roles someone holds, in framework order.
    var allowedRoles: [Int] { hireRoles ?? Array(Set(people.map(\.role))).sorted() }

    /// The hire types, in framework order: (role, rank) of each level of the allowed roles.
    var hireLevels: [(role: Int, rank: Int)] { allowedRoles.flatMap { r in roles[r].levels.indices.map { (r, $0) } } }

    /// The hiring problem over the team's skills: deficits, and per hire type the team skills its
    /// requirements reach the holder level in, with the level's position.
    var hiringProblem: HiringProblem {
        let team = teamSkills
        let deficits = team.map { max(0, target(of: $0) - holders(of: $0).count) }
        let types = hireLevels.map { level in
            HireType(skills: team.indices.filter { i in (roles[level.role].levels[level.rank][team[i]] ?? -1) >= holderLevel(of: team[i]) },
                     position: level.rank + 1)
        }
        return HiringProblem(deficits: deficits, hireTypes: types)
    }
}
