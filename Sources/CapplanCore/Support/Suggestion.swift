/// Finds the valid name nearest to a misspelt one, for `did you mean "…"?`.
public enum Suggestion {
    /// The candidate closest to `input` by edit distance on name keys, if it is close enough
    /// to be a plausible misspelling (at most a third of the length, and at least 2 edits allowed).
    public static func nearest(to input: String, in candidates: some Sequence<String>) -> String? {
        Candidates(candidates).nearest(to: input)
    }

    /// Valid names with their keys worked out once, for a reader that asks about many misspellings.
    public struct Candidates: Sendable {
        let names: [String]
        let keys: [[Unicode.Scalar]]
        let asciiKeys: [Bool]
        /// Per ASCII key, how often each of a–z and 0–9 occurs in it: a bound that skips most
        /// candidates without working out their edit distance (there are 166 skills to try each
        /// unknown column against in the whole DDaT profession).
        let letterCounts: [[Int32]?]

        public init(_ names: some Sequence<String>) {
            self.names = Array(names)
            keys = self.names.map { Array(NameKey($0).rawValue.unicodeScalars) }
            asciiKeys = keys.map { $0.allSatisfy(\.isASCII) }
            letterCounts = keys.map(Self.letterCounts)
        }

        /// Occurrences of a–z and 0–9 in an ASCII key (a name key holds nothing else); nil otherwise.
        static func letterCounts(_ key: [Unicode.Scalar]) -> [Int32]? {
            var counts = [Int32](repeating: 0, count: 36)
            for scalar in key {
                switch scalar.value {
                case 0x61...0x7A: counts[Int(scalar.value - 0x61)] += 1
                case 0x30...0x39: counts[26 + Int(scalar.value - 0x30)] += 1
                default: return nil
                }
            }
            return counts
        }

        /// False when `a` and `b` (letter counts) can be neither within `limit` edits of each other nor
        /// one inside the other: the letters one has more of bound the edit distance from below.
        static func mayMatch(_ a: [Int32], _ b: [Int32], limit: Int, mayContain: Bool) -> Bool {
            var over = 0, under = 0
            for index in 0..<36 {
                let difference = Int(a[index]) - Int(b[index])
                if difference > 0 { over += difference } else { under -= difference }
            }
            return max(over, under) <= limit || (mayContain && (over == 0 || under == 0))
        }

        /// The candidate closest to `input` (see `Suggestion.nearest`); the first of equally close ones.
        public func nearest(to input: String) -> String? {
            let key = Array(NameKey(input).rawValue.unicodeScalars)
            guard !key.isEmpty else { return nil }
            let keyIsASCII = key.allSatisfy(\.isASCII)
            let keyCounts = Self.letterCounts(key)
            var best: (index: Int, distance: Int)?
            var rows = ([Int](), [Int]())
            for (index, other) in keys.enumerated() {
                let limit = max(2, max(key.count, other.count) / 3)
                if let keyCounts, let otherCounts = letterCounts[index],
                   !Self.mayMatch(keyCounts, otherCounts, limit: limit, mayContain: other.count >= 4 && key.count >= 4) { continue }
                var distance = editDistance(key, other, limit: limit, rows: &rows)
                // A prefix or a contained name ("change" for "change management") is a good guess too.
                if distance > limit, other.count >= 4, key.count >= 4,
                   contains(key, other, ascii: keyIsASCII && asciiKeys[index]) || contains(other, key, ascii: keyIsASCII && asciiKeys[index]) {
                    distance = limit
                }
                guard distance <= limit else { continue }
                if best == nil || distance < best!.distance { best = (index, distance) }
            }
            return best.map { names[$0.index] }
        }

        /// Whether `text` contains `part`, as `String.contains` has it (by characters).
        private func contains(_ text: [Unicode.Scalar], _ part: [Unicode.Scalar], ascii: Bool) -> Bool {
            guard part.count <= text.count else { return false }
            // Scalars are characters in ASCII; past it, a combining mark joins its base character.
            guard ascii else {
                return String(String.UnicodeScalarView(text)).contains(String(String.UnicodeScalarView(part)))
            }
            let first = part[0]
            var start = 0
            while start + part.count <= text.count {
                if text[start] == first {
                    var k = 1
                    while k < part.count && text[start + k] == part[k] { k += 1 }
                    if k == part.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var rows = ([Int](), [Int]())
        return editDistance(a, b, limit: limit, rows: &rows)
    }

    /// `editDistance`, with the two rows of the table passed in so that many calls share them.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, rows: inout ([Int], [Int])) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        rows.0.removeAll(keepingCapacity: true)
        rows.0.append(contentsOf: 0...b.count)
        rows.1.removeAll(keepingCapacity: true)
        rows.1.append(contentsOf: repeatElement(0, count: b.count + 1))
        for i in 1...a.count {
            rows.1[0] = i
            var rowMinimum = rows.1[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                rows.1[j] = min(rows.0[j] + 1, rows.1[j - 1] + 1, rows.0[j - 1] + cost)
                rowMinimum = min(rowMinimum, rows.1[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&rows.0, &rows.1)
        }
        return rows.0[b.count]
    }
}
