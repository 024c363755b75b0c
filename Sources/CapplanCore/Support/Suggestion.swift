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

        public init(_ names: some Sequence<String>) {
            self.names = Array(names)
            keys = self.names.map { Array(NameKey($0).rawValue.unicodeScalars) }
            asciiKeys = keys.map { $0.allSatisfy(\.isASCII) }
        }

        /// The candidate closest to `input` (see `Suggestion.nearest`); the first of equally close ones.
        public func nearest(to input: String) -> String? {
            let key = Array(NameKey(input).rawValue.unicodeScalars)
            guard !key.isEmpty else { return nil }
            let keyIsASCII = key.allSatisfy(\.isASCII)
            var best: (index: Int, distance: Int)?
            var rows = ([Int](), [Int]())
            for (index, other) in keys.enumerated() {
                let limit = max(2, max(key.count, other.count) / 3)
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
