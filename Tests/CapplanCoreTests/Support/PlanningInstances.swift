import CapplanCore

extension SeededGenerator {
    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}

/// Seeded hiring instances: small random ones for property tests, large random and realistic
/// (DDaT-like) ones for the benchmark.
public enum Instances {
    /// A small random instance: up to `maxSkills` skills with deficits 0…`maxDeficit`, up to
    /// `maxTypes` types each covering a random subset, positions 1…3 (in 30 % of instances all equal,
    /// and in 20 % two types with the same skills, to exercise the tie-breaks).
    public static func small(seed: UInt64, maxSkills: Int = 8, maxTypes: Int = 6, maxDeficit: Int = 2) -> HiringProblem {
        var random = SeededGenerator(seed: seed)
        let skillCount = random.int(1...maxSkills)
        let typeCount = random.int(0...maxTypes)
        let deficits = (0..<skillCount).map { _ in random.int(0...maxDeficit) }
        let density = [0.2, 0.4, 0.6][random.int(0...2)]
        let positions = random.chance(0.3) ? 1...1 : 1...3   // equal positions: framework order decides
        var types = (0..<typeCount).map { _ in
            HireType(skills: (0..<skillCount).filter { _ in random.chance(density) }, position: random.int(positions))
        }
        if types.count >= 2, random.chance(0.2) {   // a duplicate skill set, maybe at another position
            let copy = random.int(0...types.count - 1)
            types[random.int(0...types.count - 1)].skills = types[copy].skills.shuffled(using: &random)
        }
        return HiringProblem(deficits: deficits, hireTypes: types)
    }

    /// A large random instance: `skills` skills with deficits 0–3 (40 %, 30 %, 20 %, 10 %), `types`
    /// types each covering 5–25 skills chosen uniformly, positions 1–9.
    public static func random(seed: UInt64, skills: Int, types: Int) -> HiringProblem {
        var random = SeededGenerator(seed: seed)
        let deficits = (0..<skills).map { _ in deficit(&random) }
        let hireTypes = (0..<types).map { _ in
            HireType(skills: Array((0..<skills).shuffled(using: &random).prefix(random.int(5...25))),
                     position: random.int(1...9))
        }
        return HiringProblem(deficits: deficits, hireTypes: hireTypes)
    }

    /// A DDaT-like profession: `roles` roles in `families` job families, 2–9 levels each. Each
    /// family has its own pool of skills and all share a cross-cutting pool; a role takes 5–25
    /// skills, mostly from its family's pool. A skill enters a role at some level and stays to the
    /// most senior one (a few leave again: "nested-ish"), so role levels' skill sets grow with
    /// seniority and overlap across roles. Position = level within the role (1 = most junior).
    /// Deficits 0–3 over every skill (40 %, 30 %, 20 %, 10 %); about 2 % of skills belong to no role.
    public static func profession(seed: UInt64, roles: Int = 48, families: Int = 11,
                                  skillsPerFamily: ClosedRange<Int> = 18...30, crossCutting: Int = 25) -> HiringProblem {
        var random = SeededGenerator(seed: seed)
        var pools: [[Int]] = []
        var next = 0
        for _ in 0..<families {
            let size = random.int(skillsPerFamily)
            pools.append(Array(next..<next + size))
            next += size
        }
        let shared = Array(next..<next + crossCutting)
        next += crossCutting
        let orphans = next / 50
        let skillCount = next + orphans
        var types: [HireType] = []
        for role in 0..<roles {
            let family = role % families
            let size = random.int(5...25)
            var skills = Set<Int>()
            while skills.count < size {
                let roll = Double.random(in: 0..<1, using: &random)
                let pool = roll < 0.7 ? pools[family] : roll < 0.9 ? shared : pools[random.int(0...families - 1)]
                skills.insert(pool[random.int(0...pool.count - 1)])
            }
            let levels = [2, 3, 4, 4, 5, 5, 5, 6, 6, 7, 8, 9][random.int(0...11)]
            let spans = skills.sorted().map { skill -> (skill: Int, from: Int, to: Int) in
                let from = random.chance(0.3) ? 0 : random.int(0...levels - 1)
                let to = random.chance(0.1) ? random.int(from...levels - 1) : levels - 1
                return (skill, from, to)
            }
            for level in 0..<levels {
                types.append(HireType(skills: spans.filter { $0.from <= level && level <= $0.to }.map(\.skill),
                                      position: level + 1))
            }
        }
        let deficits = (0..<skillCount).map { _ in deficit(&random) }
        return HiringProblem(deficits: deficits, hireTypes: types)
    }

    /// A team-sized slice of `profession`: only the skills of `teamRoles` random roles have
    /// deficits (a team plans for its own skills). Every role may be hired (`--hire-role all`),
    /// or with `ownRolesOnly` only the team's roles (capplan's default): their other levels'
    /// types cover nothing then (kept, so the type count stays that of the profession).
    public static func team(seed: UInt64, teamRoles: Int, ownRolesOnly: Bool = false) -> HiringProblem {
        var problem = profession(seed: seed)
        var random = SeededGenerator(seed: seed ^ 0xABCDEF)
        let levelsOfRole = problem.hireTypes.map(\.position)
        var roleStarts: [Int] = []
        for (j, position) in levelsOfRole.enumerated() where position == 1 { roleStarts.append(j) }
        var teamSkills = Set<Int>(), teamTypes = Set<Int>()
        for start in roleStarts.shuffled(using: &random).prefix(teamRoles) {
            var j = start
            repeat { teamSkills.formUnion(problem.hireTypes[j].skills); teamTypes.insert(j); j += 1 }
            while j < problem.hireTypes.count && problem.hireTypes[j].position != 1
        }
        for s in problem.deficits.indices where !teamSkills.contains(s) { problem.deficits[s] = 0 }
        if ownRolesOnly {
            for j in problem.hireTypes.indices where !teamTypes.contains(j) { problem.hireTypes[j].skills = [] }
        }
        return problem
    }

    private static func deficit(_ random: inout SeededGenerator) -> Int {
        let roll = Double.random(in: 0..<1, using: &random)
        return roll < 0.4 ? 0 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3
    }
}
