/// A skill of either framework of a comparison: its id in each (nil where that framework lacks it)
/// and its place in the order reports list skills in.
public struct ComparedSkill: Sendable, Hashable, Comparable {
    public let before: SkillID?
    public let after: SkillID?
    /// Position in `FrameworkCorrespondence.skills`.
    public let order: Int

    public static func < (lhs: ComparedSkill, rhs: ComparedSkill) -> Bool { lhs.order < rhs.order }
}
