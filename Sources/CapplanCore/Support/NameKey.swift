/// The form in which names are compared: case, spaces and punctuation do not count,
/// so `Change management`, `change-management` and `CHANGE_MANAGEMENT` are one name.
public struct NameKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(_ name: some StringProtocol) {
        // Most names are ASCII: fold those byte by byte.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                default: break
                }
            }
            rawValue = String(decoding: bytes, as: UTF8.self)
            return
        }
        var key = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if let base = latinBase[scalar.value] {
                // Fold the common Latin accents so "Systèms" still finds "Systems".
                key.append(base)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        rawValue = String(key)
    }

    public var isEmpty: Bool { rawValue.isEmpty }
    public var description: String { rawValue }
    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Precomposed Latin-1 letters to their unaccented base letter.
private let latinBase: [UInt32: Unicode.Scalar] = {
    let pairs: [(String, Character)] = [
        ("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"),
        ("Ññ", "n"), ("ÒÓÔÕÖØòóôõöø", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y"),
    ]
    var table: [UInt32: Unicode.Scalar] = [:]
    for (letters, base) in pairs {
        for s in letters.unicodeScalars { table[s.value] = base.unicodeScalars.first! }
    }
    return table
}()

/// Finds the valid name nearest to a misspelt one, for `did you mean "…"?`.
public enum Suggestion {
    /// The candidate closest to `input` by edit distance on name keys, if it is close enough
    /// to be a plausible misspelling (at most a third of the length, and at least 2 edits allowed).
    public static func nearest(to input: String, in candidates: some Sequence<String>) -> String? {
        let key = Array(NameKey(input).rawValue.unicodeScalars)
        guard !key.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(NameKey(candidate).rawValue.unicodeScalars)
            let limit = max(2, max(key.count, other.count) / 3)
            var distance = editDistance(key, other, limit: limit)
            // A prefix or a contained name ("change" for "change management") is a good guess too.
            if distance > limit, other.count >= 4, key.count >= 4,
               String(String.UnicodeScalarView(other)).contains(String(String.UnicodeScalarView(key)))
                || String(String.UnicodeScalarView(key)).contains(String(String.UnicodeScalarView(other))) {
                distance = limit
            }
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
