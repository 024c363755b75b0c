// An independent model of SPEC §3 "Mentoring pairings" for testing the optimiser: a tiny
// framework, small rosters described as plain values, needs and eligibility computed from the
// spec's words (not from MentoringProblem), an exhaustive search for the best total weight, and
// the greedy rule the spec forbids. Nothing here calls CapplanCore's mentoring code.

import CapplanCore

/// A tiny framework: one role with three levels, three skills, the DDaT 0–4 scale.
enum TinyFramework {
    static let yaml = """
        capplan_framework: 1
        name: Tiny
        scale:
          - name: none
            value: 0
          - name: awareness
            value: 1
          - name: working
            value: 2
          - name: practitioner
            value: 3
          - name: expert
            value: 4
        grades: [G1, G2, G3]
        skills:
          - name: Alpha
          - name: Beta
          - name: Gamma
        roles:
          - name: Engineer
            levels:
              - name: junior
                grades: [G1]
                requires:
                  - skill: Alpha
                    level: working
                  - skill: Beta
                    level: awareness
              - name: senior
                grades: [G2]
                requires:
                  - skill: Alpha
                    level: practitioner
                  - skill: Beta
                    level: working
                  - skill: Gamma
                    level: practitioner
              - name: lead
                grades: [G3]
                requires:
                  - skill: Alpha
                    level: expert
                  - skill: Beta
                    level: practitioner
                  - skill: Gamma
                    level: expert

        """

    /// Skill names in framework order.
    static let skills = ["Alpha", "Beta", "Gamma"]
    static let levels = ["junior", "senior", "lead"]
    /// The same requirements as the YAML, written out again by hand: level → skill → required (0–4).
    static let required: [String: [String: Int]] = [
        "junior": ["Alpha": 2, "Beta": 1],
        "senior": ["Alpha": 3, "Beta": 2, "Gamma": 3],
        "lead": ["Alpha": 4, "Beta": 3, "Gamma": 4],
    ]
    static let ratingNames = ["none", "awareness", "working", "practitioner", "expert"]

    static func load() throws -> Framework {
        try FrameworkReader.read(yaml, file: "tiny.yaml").0
    }
}

/// One roster row, as the test writes it.
struct ModelPerson: Sendable, Equatable {
    var id: String
    var name: String
    var level: String
    /// Empty for a blank cell.
    var team: String = ""
    /// nil for a blank `mentor` cell (which means yes).
    var mentor: Bool? = nil
    /// nil for a blank `mentor_capacity` cell.
    var capacity: Int? = nil
    /// Rating per skill in `TinyFramework.skills` order, nil when not assessed.
    var ratings: [Int?]
}

/// The options of SPEC §3 that mentoring depends on, as scale indices.
struct ModelOptions: Sendable, Equatable, CustomStringConvertible {
    var holderLevel = 3
    var minHolders = 2
    var mentorLevel = 3
    var mentorCapacity = 2
    var menteeLimit = 2
    var within: String? = nil

    func analysisOptions(scale: RatingScale) -> AnalysisOptions {
        var options = AnalysisOptions(scale: scale)
        options.holderLevel = ScaleLevel(holderLevel)
        options.minHolders = minHolders
        options.mentorLevel = ScaleLevel(mentorLevel)
        options.mentorCapacity = mentorCapacity
        options.menteeLimit = menteeLimit
        options.within = within
        return options
    }

    /// As command-line flags.
    var description: String {
        let n = TinyFramework.ratingNames
        return "--holder-level \(n[holderLevel]) --min-holders \(minHolders) --mentor-level \(n[mentorLevel]) "
            + "--mentor-capacity \(mentorCapacity) --mentee-limit \(menteeLimit)" + (within.map { " --within \($0)" } ?? "")
    }
}

/// A need as SPEC §3 defines it, computed by `ModelInstance.needs`.
struct ModelNeed: Sendable, Equatable, CustomStringConvertible {
    var mentee: Int
    var skill: Int
    var kind: String        // "gap" or "resilience"
    var rating: Int
    var target: Int
    var weight: Int

    var description: String { "(mentee \(mentee), \(TinyFramework.skills[skill]), \(kind), \(rating)→\(target), w\(weight))" }
}

/// A roster with its options: everything one property check needs.
struct ModelInstance: Sendable, CustomStringConvertible {
    var people: [ModelPerson]
    var options: ModelOptions

    /// The roster CSV (wide format; one role, so no role column).
    var csv: String {
        var lines = ["id,name,level,team,mentor,mentor_capacity," + TinyFramework.skills.joined(separator: ",")]
        for p in people {
            let mentor = p.mentor.map { $0 ? "yes" : "no" } ?? ""
            let capacity = p.capacity.map(String.init) ?? ""
            let ratings = p.ratings.map { $0.map(String.init) ?? "" }
            lines.append(([p.id, p.name, p.level, p.team, mentor, capacity] + ratings).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var description: String { "roster:\n\(csv)options: \(options)" }

    // MARK: SPEC §3, from its text

    /// `required(p, s)`: what p's role level requires of s, nil when not required.
    func required(_ p: Int, _ s: Int) -> Int? { TinyFramework.required[people[p].level]![TinyFramework.skills[s]] }

    func rating(_ p: Int, _ s: Int) -> Int? { people[p].ratings[s] }

    /// Coverage status of s is `ok` (holders ≥ target, and more than one: 0 is no_cover, 1 single_point).
    func isCoverageOK(_ s: Int) -> Bool {
        let holders = people.indices.filter { (rating($0, s) ?? -1) >= options.holderLevel }.count
        if holders == 0 || holders == 1 { return false }
        return holders >= options.minHolders
    }

    /// Needs in roster order, then skill order. A gap need takes precedence over a resilience one.
    var needs: [ModelNeed] {
        var needs: [ModelNeed] = []
        for p in people.indices {
            for s in TinyFramework.skills.indices {
                guard let r = rating(p, s) else { continue }   // not assessed: no need of either kind
                if let req = required(p, s), r < req {
                    needs.append(ModelNeed(mentee: p, skill: s, kind: "gap", rating: r, target: req, weight: req - r))
                } else if !isCoverageOK(s), r == options.holderLevel - 1 {
                    needs.append(ModelNeed(mentee: p, skill: s, kind: "resilience", rating: r, target: options.holderLevel, weight: 1))
                }
            }
        }
        return needs
    }

    /// Willing to mentor: the `mentor` column, yes when blank.
    func willing(_ m: Int) -> Bool { people[m].mentor ?? true }

    /// Pairings m may take: the column, else `--mentor-capacity`.
    func capacity(_ m: Int) -> Int { people[m].capacity ?? options.mentorCapacity }

    /// SPEC §3 eligibility, word for word: not the mentee, willing, rated at or above
    /// max(target, mentor level), and with --within the same value in that column (a blank value is
    /// the same as no other). (Capacity is a constraint, not part of eligibility.)
    func isEligible(_ m: Int, for need: ModelNeed) -> Bool {
        guard m != need.mentee, willing(m) else { return false }
        guard (rating(m, need.skill) ?? -1) >= max(need.target, options.mentorLevel) else { return false }
        if options.within != nil, people[m].team.isEmpty || people[m].team != people[need.mentee].team { return false }
        return true
    }

    // MARK: Exhaustive search

    /// The greatest total weight over every feasible assignment (each need: no mentor, or one
    /// eligible mentor; mentor capacity and mentee limit respected), and how many assignments there are.
    func bruteForce() -> (best: Int, assignments: Int) {
        let needs = self.needs
        let eligible = needs.map { need in people.indices.filter { isEligible($0, for: need) } }
        var search = Search(needs: needs, eligible: eligible, capacity: people.indices.map(capacity),
                            menteeLimit: options.menteeLimit, mentorLoad: [Int](repeating: 0, count: people.count),
                            menteeLoad: [Int](repeating: 0, count: people.count))
        search.visit(0, weight: 0)
        return (search.best, search.assignments)
    }

    private struct Search {
        let needs: [ModelNeed]
        let eligible: [[Int]]
        let capacity: [Int]
        let menteeLimit: Int
        var mentorLoad: [Int]
        var menteeLoad: [Int]
        var best = 0
        var assignments = 0

        mutating func visit(_ i: Int, weight: Int) {
            if i == needs.count {
                assignments += 1
                best = max(best, weight)
                return
            }
            visit(i + 1, weight: weight)                       // need i stays unmet
            let need = needs[i]
            guard menteeLoad[need.mentee] < menteeLimit else { return }
            menteeLoad[need.mentee] += 1
            for m in eligible[i] where mentorLoad[m] < capacity[m] {
                mentorLoad[m] += 1
                visit(i + 1, weight: weight + need.weight)
                mentorLoad[m] -= 1
            }
            menteeLoad[need.mentee] -= 1
        }
    }

    /// The greedy the spec rules out: heaviest need first (ties in need order), each taking the
    /// first eligible mentor in roster order with capacity left, if the mentee is under its limit.
    /// Returns the total weight met.
    func greedy() -> Int {
        let needs = self.needs
        var mentorLoad = [Int](repeating: 0, count: people.count)
        var menteeLoad = [Int](repeating: 0, count: people.count)
        var total = 0
        let order = needs.indices.sorted { (-needs[$0].weight, $0) < (-needs[$1].weight, $1) }
        for i in order {
            let need = needs[i]
            guard menteeLoad[need.mentee] < options.menteeLimit else { continue }
            guard let m = people.indices.first(where: { isEligible($0, for: need) && mentorLoad[$0] < capacity($0) }) else { continue }
            mentorLoad[m] += 1
            menteeLoad[need.mentee] += 1
            total += need.weight
        }
        return total
    }

    // MARK: Random instances

    /// A random small instance: 2–5 people, every option varied. Not yet limited in needs.
    static func random(_ g: inout SeededGenerator) -> ModelInstance {
        let count = 2 + g.below(4)
        // Ids in an order unrelated to the row order, so identity order differs from roster order.
        var ids = (0..<count).map { "id\(Character(UnicodeScalar(UInt8(97 + $0))))" }
        for i in stride(from: count - 1, to: 0, by: -1) { ids.swapAt(i, g.below(i + 1)) }
        let teams = ["", "Red", "Blue"]
        var people: [ModelPerson] = []
        // Half the rosters are "contested": strong people rated practitioner or expert, few unwilling,
        // so that needs compete for the same mentors; the rest are sparser (more unmet for no mentor).
        let contested = g.below(2) == 0
        for i in 0..<count {
            let mentor: Bool? = contested ? [nil, nil, nil, true, true, true, true, false][g.below(8)] : [nil, nil, true, false][g.below(4)]
            let capacity: Int? = g.below(3) == 0 ? nil : [0, 1, 1, 2, 2, 3][g.below(6)]
            // Some people are strong (mentors), some learning (mentees).
            let strong = g.below(contested ? 3 : 2) != 0
            let ratings: [Int?] = TinyFramework.skills.map { _ in
                if g.below(8) == 0 { return nil }
                return strong ? (contested ? [3, 4, 4][g.below(3)] : 2 + g.below(3)) : g.below(4)
            }
            people.append(ModelPerson(id: ids[i], name: "Person \(i)", level: TinyFramework.levels[g.below(3)],
                                      team: teams[g.below(3)], mentor: mentor, capacity: capacity, ratings: ratings))
        }
        var options = ModelOptions()
        options.holderLevel = 1 + g.pick(weights: [1, 2, 3, 2])
        options.minHolders = 1 + g.below(3)
        options.mentorLevel = 1 + g.pick(weights: [1, 2, 3, 2])
        options.mentorCapacity = g.pick(weights: [1, 3, 3, 2])
        options.menteeLimit = 1 + g.below(2)
        options.within = g.below(3) == 0 ? "team" : nil
        return ModelInstance(people: people, options: options)
    }

    /// A random instance small enough for the exhaustive search (at most `maxNeeds` needs).
    static func random(seed: UInt64, maxNeeds: Int = 9) -> ModelInstance {
        var g = SeededGenerator(seed: seed)
        while true {
            let instance = random(&g)
            if instance.needs.count <= maxNeeds { return instance }
        }
    }
}
