import CapplanCore
import Testing

/// `Suggestion.nearest` skips candidates by their letter counts before working out edit distances;
/// checked here against a brute force of the rule it implements, on random names and misspellings.
@Suite("did-you-mean pruning")
struct SuggestionPruningTests {
    /// The rule, worked out in full for every candidate: the closest by edit distance on name keys
    /// within a third of the longer length (at least 2), a name containing or contained in the
    /// input (both of 4 or more) counting as at the limit; the first of equally close ones.
    static func bruteForce(_ input: String, _ candidates: [String]) -> String? {
        let key = Array(NameKey(input).rawValue)
        guard !key.isEmpty else { return nil }
        var best: (String, Int)?
        for name in candidates {
            let other = Array(NameKey(name).rawValue)
            let limit = max(2, max(key.count, other.count) / 3)
            var distance = levenshtein(key, other)
            let (a, b) = (String(key), String(other))
            if distance > limit, other.count >= 4, key.count >= 4, a.contains(b) || b.contains(a) { distance = limit }
            guard distance <= limit else { continue }
            if best == nil || distance < best!.1 { best = (name, distance) }
        }
        return best?.0
    }

    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }

    @Test("pruned search = brute force, on 3,000 random misspellings of random names")
    func agreesWithBruteForce() {
        var random = SystemRandomNumberGenerator()
        let letters = Array("abcdeilmnorstu 0123-")
        func word(_ length: Int) -> String { String((0..<length).map { _ in letters.randomElement(using: &random)! }) }
        for _ in 0..<100 {
            let candidates = (0..<Int.random(in: 1...40, using: &random)).map { _ in word(Int.random(in: 1...24, using: &random)) }
            let search = Suggestion.Candidates(candidates)
            for _ in 0..<30 {
                var input = Array(candidates.randomElement(using: &random)!)
                for _ in 0..<Int.random(in: 0...6, using: &random) {
                    let at = Int.random(in: 0...input.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: input.insert(letters.randomElement(using: &random)!, at: at)
                    case 1: if at < input.count { input.remove(at: at) }
                    default: if at < input.count { input[at] = letters.randomElement(using: &random)! }
                    }
                }
                let written = Bool.random(using: &random) ? String(input) : word(Int.random(in: 1...20, using: &random))
                #expect(search.nearest(to: written) == Self.bruteForce(written, candidates), "\(written) among \(candidates)")
            }
        }
    }

    @Test("the whole profession's skills: a misspelt or partial skill still finds its skill", arguments: [
        ("Progamming and build (software engineering)", "Programming and build (software engineering)"),
        ("user research method", "User research methods"),
        ("Made-up skill 00001", nil),
    ] as [(String, String?)])
    func profession(written: String, expected: String?) throws {
        let framework = try BuiltInFramework.load()
        #expect(Suggestion.nearest(to: written, in: framework.skills.map(\.name)) == expected)
    }
}
