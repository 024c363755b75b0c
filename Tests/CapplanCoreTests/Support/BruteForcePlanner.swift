import CapplanCore

/// The hiring plan by exhaustive search, from the spec's words and nothing of the planner: every
/// multiset of hire types up to a size, the best by (skills left short, hires, total position,
/// sorted type list).
struct BruteForcePlanner {
    let problem: HiringProblem

    /// Skills with a positive deficit that some type covers.
    var reachable: [Int] {
        problem.deficits.indices.filter { s in
            problem.deficits[s] > 0 && problem.hireTypes.contains { $0.skills.contains(s) }
        }
    }

    /// How many reachable skills the plan (type counts) leaves short.
    func short(_ counts: [Int]) -> Int {
        var holders = [Int](repeating: 0, count: problem.deficits.count)
        for (j, count) in counts.enumerated() where count > 0 {
            for s in Set(problem.hireTypes[j].skills) { holders[s] += count }
        }
        return reachable.filter { holders[$0] < problem.deficits[$0] }.count
    }

    /// The sort key of a plan: (short, hires, total position, sorted type list).
    func key(_ counts: [Int]) -> (Int, Int, Int, [Int]) {
        let list = counts.enumerated().flatMap { j, count in [Int](repeating: j, count: count) }
        let position = list.reduce(0) { $0 + problem.hireTypes[$1].position }
        return (short(counts), list.count, position, list)
    }

    static func less(_ a: (Int, Int, Int, [Int]), _ b: (Int, Int, Int, [Int])) -> Bool {
        if (a.0, a.1, a.2) != (b.0, b.1, b.2) { return (a.0, a.1, a.2) < (b.0, b.1, b.2) }
        return a.3.lexicographicallyPrecedes(b.3)
    }

    /// Calls `body` with every vector of counts over the types summing to exactly `size`.
    func forEachMultiset(ofSize size: Int, _ body: ([Int]) -> Void) {
        var counts = [Int](repeating: 0, count: problem.hireTypes.count)
        func place(_ j: Int, _ left: Int) {
            if j == counts.count - 1 { counts[j] = left; body(counts); counts[j] = 0; return }
            for c in stride(from: left, through: 0, by: -1) {
                counts[j] = c
                place(j + 1, left - c)
            }
            counts[j] = 0
        }
        if counts.isEmpty { if size == 0 { body([]) }; return }
        place(0, size)
    }

    /// The fewest hires reaching every reachable target, and the best such plan as a sorted type list.
    func minimum() -> (hires: Int, plan: [Int]) {
        var size = 0
        while true {
            var best: (Int, Int, Int, [Int])?
            forEachMultiset(ofSize: size) { counts in
                let k = key(counts)
                guard k.0 == 0 else { return }
                if best.map({ BruteForcePlanner.less(k, $0) }) ?? true { best = k }
            }
            if let best { return (size, best.3) }
            size += 1
        }
    }

    /// The best plan of at most `maxHires` hires, as (skills short, sorted type list).
    func best(maxHires: Int) -> (short: Int, plan: [Int]) {
        var best: (Int, Int, Int, [Int])?
        for size in 0...maxHires {
            forEachMultiset(ofSize: size) { counts in
                let k = key(counts)
                if best.map({ BruteForcePlanner.less(k, $0) }) ?? true { best = k }
            }
        }
        return (best!.0, best!.3)
    }

    /// `skills_to_target` of each hire of the sorted plan: the type's skills whose holders from
    /// earlier hires are still below the deficit.
    func skillsToTarget(_ plan: [Int]) -> [[Int]] {
        var holders = [Int](repeating: 0, count: problem.deficits.count)
        return plan.map { j in
            let skills = Set(problem.hireTypes[j].skills).sorted()
            defer { for s in skills { holders[s] += 1 } }
            return skills.filter { holders[$0] < problem.deficits[$0] }
        }
    }
}
