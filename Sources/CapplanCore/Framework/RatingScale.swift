/// The ordered skill levels ratings and requirements are expressed in.
///
/// DDaT's scale is none (0), awareness (1), working (2), practitioner (3), expert (4); a custom
/// framework may define its own names and ordinal values. Ratings are held as `ScaleLevel`s, the
/// position of their level in the scale, so a gap is a count of levels whatever the values are.
public struct RatingScale: Sendable, Equatable {
    /// One level of the scale.
    public struct Level: Sendable, Equatable {
        public var name: String
        public var value: Int
        public var description: String?
        public init(name: String, value: Int, description: String? = nil) {
            self.name = name
            self.value = value
            self.description = description
        }
    }

    /// The levels, ascending by value.
    public let levels: IDArray<ScaleLevel, Level>
    private let byKey: [NameKey: ScaleLevel]
    private let byInitial: [NameKey: ScaleLevel]
    private let byValue: [Int: ScaleLevel]

    /// The DDaT scale: none, awareness, working, practitioner, expert.
    public static let ddat = RatingScale(levels: [
        Level(name: "none", value: 0),
        Level(name: "awareness", value: 1),
        Level(name: "working", value: 2),
        Level(name: "practitioner", value: 3),
        Level(name: "expert", value: 4),
    ])

    /// A scale from levels in ascending order of value. Names and values must be unique.
    public init(levels: [Level]) {
        self.levels = IDArray(levels)
        var byKey: [NameKey: ScaleLevel] = [:]
        var byValue: [Int: ScaleLevel] = [:]
        var initials: [NameKey: [ScaleLevel]] = [:]
        for (index, level) in zip(self.levels.indices, levels) {
            byKey[NameKey(level.name)] = index
            byValue[level.value] = index
            if let first = NameKey(level.name).rawValue.first {
                initials[NameKey(String(first)), default: []].append(index)
            }
        }
        self.byKey = byKey
        self.byValue = byValue
        // An initial stands for a level only where it is unambiguous (N, A, W, P, E for DDaT).
        self.byInitial = initials.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }

    /// The level a rating cell names, by name, initial or value; nil if none.
    public func level(of text: some StringProtocol) -> ScaleLevel? {
        let trimmed = text.trimmingSpaces
        if let value = Int(trimmed) { return byValue[value] }
        let key = NameKey(trimmed)
        guard !key.isEmpty else { return nil }
        if let index = byKey[key] { return index }
        if key.rawValue.count == 1 { return byInitial[key] }
        return nil
    }

    /// The level named `name` (names only, not initials or values).
    public func level(named name: some StringProtocol) -> ScaleLevel? { byKey[NameKey(name)] }

    /// The level's name (`practitioner`).
    public func name(_ level: ScaleLevel) -> String { levels[level].name }

    /// The highest level (expert for DDaT).
    public var top: ScaleLevel { ScaleLevel(levels.count - 1) }

    /// The valid spellings, for messages: `0–4, none, awareness, …`.
    public var validSpellings: String {
        let values = levels.map { String($0.value) }.joined(separator: ", ")
        return "\(values), \(levels.map(\.name).joined(separator: ", ")) or their initials"
    }

    /// True when a rating cell means *not assessed*: empty, `-` or `n/a` (also `na`, `–`, `—`).
    public static func isNotAssessed(_ text: some StringProtocol) -> Bool {
        ["", "-", "–", "—", "n/a", "na"].contains(text.trimmingSpaces.lowercased())
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, newlines, no-break spaces).
    var trimmingSpaces: Substring {
        let s = Substring(self)
        // Most cells start and end with a visible ASCII character: nothing to trim, no Unicode look-ups.
        if let first = s.utf8.first, let last = s.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return s
        }
        guard let start = s.firstIndex(where: { !$0.isWhitespace }) else { return s[s.endIndex...] }
        let end = s.lastIndex(where: { !$0.isWhitespace })!
        return s[start...end]
    }
}
