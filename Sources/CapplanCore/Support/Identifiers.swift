/// A dense identifier: the position of a thing in the list that holds it (a framework's skills, a
/// roster's people, a scale's levels). Each kind of thing has its own type, so a person cannot be
/// passed where a skill is expected, and lists of them are indexed by it (`IDArray`).
public protocol DenseID: Strideable, Hashable, Sendable, CustomStringConvertible where Stride == Int {
    /// The position, from 0.
    var index: Int { get }
    init(_ index: Int)
}

extension DenseID {
    public func distance(to other: Self) -> Int { other.index - index }
    public func advanced(by n: Int) -> Self { Self(index + n) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
    public var description: String { String(index) }
}

/// A skill of a framework: its position in `Framework.skills`.
public struct SkillID: DenseID {
    public let index: Int
    public init(_ index: Int) { self.index = index }
}

/// A role of a framework: its position in `Framework.roles`.
public struct RoleID: DenseID {
    public let index: Int
    public init(_ index: Int) { self.index = index }
}

/// A grade of a framework: its position in `Framework.grades` (junior to senior).
public struct GradeID: DenseID {
    public let index: Int
    public init(_ index: Int) { self.index = index }
}

/// A person of a roster: their position in `Roster.people` (roster order).
public struct PersonID: DenseID {
    public let index: Int
    public init(_ index: Int) { self.index = index }
}

/// A level of the rating scale (none, awareness, … expert for DDaT): its position in the scale,
/// so the difference of two is a number of levels whatever the scale's values. Ratings, required
/// levels, holder and mentor levels are scale levels; a role's levels are `RoleLevelID`s.
public struct ScaleLevel: DenseID {
    public let index: Int
    public init(_ index: Int) { self.index = index }

    /// How many levels `self` is above `other` (negative when below).
    public static func - (lhs: ScaleLevel, rhs: ScaleLevel) -> Int { lhs.index - rhs.index }
}

/// A level of a role (associate, engineer, …): the role, and the level's seniority within it
/// (`rank` 0 is the most junior; SPEC §7's `position` is `rank + 1`).
public struct RoleLevelID: Hashable, Comparable, Sendable {
    public let role: RoleID
    public let rank: Int
    public init(role: RoleID, rank: Int) {
        self.role = role
        self.rank = rank
    }

    /// The 1-based position of SPEC §7 (1 = most junior).
    public var position: Int { rank + 1 }
    /// The next level up the same role (which may not exist).
    public var next: RoleLevelID { RoleLevelID(role: role, rank: rank + 1) }

    public static func < (lhs: RoleLevelID, rhs: RoleLevelID) -> Bool { (lhs.role, lhs.rank) < (rhs.role, rhs.rank) }
}

/// An array indexed by a dense identifier: `requiredLevels[skill]`, `holders[skill]`.
public struct IDArray<ID: DenseID, Element>: RandomAccessCollection, MutableCollection {
    public var elements: [Element]

    public init(_ elements: [Element]) { self.elements = elements }
    public init(repeating element: Element, count: Int) { elements = Array(repeating: element, count: count) }

    public var startIndex: ID { ID(0) }
    public var endIndex: ID { ID(elements.count) }
    public subscript(id: ID) -> Element {
        get { elements[id.index] }
        // In place, so `counts[skill][level] += 1` copies nothing.
        _modify { yield &elements[id.index] }
    }
}

extension IDArray: Sendable where Element: Sendable {}
extension IDArray: Equatable where Element: Equatable {}
