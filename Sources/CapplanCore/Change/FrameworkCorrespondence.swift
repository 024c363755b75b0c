/// How the framework BEFORE was measured against maps onto AFTER's (SPEC §9, `--framework-before`):
/// skills and roles are the same when a name or alias of one folds to a name or alias of the other,
/// as `framework diff` matches them. With one framework for both, everything maps to itself.
public struct FrameworkCorrespondence: Sendable {
    public let before: Framework
    public let after: Framework
    /// Every skill of either framework once: AFTER's in its framework order, then those only BEFORE's
    /// framework has, in its order.
    public let skills: [ComparedSkill]
    /// AFTER's role for each of BEFORE's roles, nil when AFTER's framework has none of its names.
    public let roleAfter: IDArray<RoleID, RoleID?>
    /// For each of BEFORE's roles that AFTER has, AFTER's rank of each of its levels: matched by name
    /// or title, as `framework diff` matches them, nil for a level AFTER's role lacks. Nil with one
    /// framework for both (every level is itself).
    private let levelRanksAfter: IDArray<RoleID, [Int?]>?
    /// The compared skill of each of BEFORE's skills and of each of AFTER's.
    private let fromBefore: IDArray<SkillID, ComparedSkill>
    private let fromAfter: IDArray<SkillID, ComparedSkill>

    /// BEFORE and AFTER measured against one framework.
    public init(same framework: Framework) {
        before = framework
        after = framework
        skills = framework.skills.indices.enumerated().map { ComparedSkill(before: $0.element, after: $0.element, order: $0.offset) }
        fromBefore = IDArray(skills)
        fromAfter = IDArray(skills)
        roleAfter = IDArray(framework.roles.indices.map { Optional($0) })
        levelRanksAfter = nil
    }

    /// BEFORE measured against `before`, AFTER against `after`: skills and roles matched by name.
    /// Throws when the two scales differ, since ratings on them cannot be compared.
    public init(before: Framework, after: Framework) throws(ComparisonError) {
        guard Self.sameScale(before.scale, after.scale) else {
            throw .scalesDiffer(before: before.scale.levels.map(\.name), after: after.scale.levels.map(\.name))
        }
        self.before = before
        self.after = after
        let skillMatch = FrameworkDiff.match(before.skills.map { [$0.name] + $0.aliases }, after.skills.map { [$0.name] + $0.aliases })
        var skills = after.skills.indices.enumerated().map { offset, skill in
            ComparedSkill(before: skillMatch.newToOld[offset].map(SkillID.init), after: skill, order: offset)
        }
        var fromBefore = [ComparedSkill?](repeating: nil, count: before.skills.count)
        for skill in skills { if let old = skill.before { fromBefore[old.index] = skill } }
        for old in before.skills.indices where fromBefore[old.index] == nil {
            let skill = ComparedSkill(before: old, after: nil, order: skills.count)
            skills.append(skill)
            fromBefore[old.index] = skill
        }
        self.skills = skills
        self.fromBefore = IDArray(fromBefore.map { $0! })
        fromAfter = IDArray(Array(skills.prefix(after.skills.count)))
        let roleMatch = FrameworkDiff.match(before.roles.map { [$0.name] + $0.aliases }, after.roles.map { [$0.name] + $0.aliases })
        let roleAfter = IDArray<RoleID, RoleID?>(roleMatch.oldToNew.map { $0.map(RoleID.init) })
        self.roleAfter = roleAfter
        let spellings = { (level: Framework.RoleLevel) in [level.name] + (level.title.map { [$0] } ?? []) }
        levelRanksAfter = IDArray<RoleID, [Int?]>(before.roles.indices.map { role -> [Int?] in
            guard let other = roleAfter[role] else { return [] }
            return FrameworkDiff.match(before.roles[role].levels.map(spellings), after.roles[other].levels.map(spellings)).oldToNew
        })
    }

    /// True when two scales have the same levels, named alike (folded), in the same order.
    public static func sameScale(_ a: RatingScale, _ b: RatingScale) -> Bool {
        a.levels.count == b.levels.count && zip(a.levels, b.levels).allSatisfy { NameKey($0.name) == NameKey($1.name) }
    }

    /// The compared skill BEFORE's `skill` is.
    public func skill(before skill: SkillID) -> ComparedSkill { fromBefore[skill] }
    /// The compared skill AFTER's `skill` is.
    public func skill(after skill: SkillID) -> ComparedSkill { fromAfter[skill] }

    /// The skill's name: AFTER's, or BEFORE's for a skill only BEFORE's framework has.
    public func name(_ skill: ComparedSkill) -> String {
        if let after = skill.after { return self.after.skills[after].name }
        return before.skills[skill.before!].name
    }

    /// True when BEFORE's `role` is AFTER's `other` (by name, across two frameworks).
    public func isSameRole(before role: RoleID, after other: RoleID) -> Bool { roleAfter[role] == other }

    /// BEFORE's role level in AFTER's framework: the level of AFTER's matching role with one of its
    /// name and title; nil when AFTER has no such role or level.
    public func level(before level: RoleLevelID) -> RoleLevelID? {
        guard let levelRanksAfter else { return level }
        guard let role = roleAfter[level.role], let rank = levelRanksAfter[level.role][level.rank] else { return nil }
        return RoleLevelID(role: role, rank: rank)
    }
}
