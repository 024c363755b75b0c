/// Ratings by their spelling in the file. A roster has a handful of spellings, so the first few are
/// found by comparing strings (short ones compare as two words), which is quicker than hashing every
/// cell; any further spellings go in a dictionary.
struct RatingCache {
    private var few: [(String, Int8?)] = []
    private var more: [String: Int8?] = [:]
    private static let fewCount = 16

    /// The rating cached for `text` (nil inside for a spelling that is no rating), or nil when not cached.
    func lookup(_ text: String) -> Int8?? {
        for (spelling, rating) in few where spelling == text { return .some(rating) }
        return more.isEmpty ? nil : more[text]
    }

    mutating func insert(_ text: String, _ rating: Int8?) {
        if few.count < Self.fewCount { few.append((text, rating)) } else { more[text] = rating }
    }
}
