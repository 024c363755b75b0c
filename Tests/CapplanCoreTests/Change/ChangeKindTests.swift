import CapplanCore
import Testing

/// SPEC §9's vocabularies, one definition each: every case of people changes, rating changes,
/// coverage headlines, gap causes and mentoring outcomes worked out by hand from the spec's words.
@Suite("what changed: the definitions (SPEC §9)")
struct ChangeKindTests {
    static let (none, awareness, working, practitioner, expert) = (ScaleLevel(0), ScaleLevel(1), ScaleLevel(2), ScaleLevel(3), ScaleLevel(4))

    static func level(_ role: Int, _ rank: Int) -> RoleLevelID { RoleLevelID(role: RoleID(role), rank: rank) }

    @Test("people: joined, left, promoted (higher position, same role), level_lowered, role_changed, or nothing")
    func people() {
        #expect(PeopleChange.kind(before: nil, after: Self.level(0, 0), sameRole: false, beforeInAfter: nil) == .joined)
        #expect(PeopleChange.kind(before: Self.level(0, 0), after: nil, sameRole: false, beforeInAfter: Self.level(0, 0)) == .left)
        #expect(PeopleChange.kind(before: Self.level(0, 1), after: Self.level(0, 2), sameRole: true, beforeInAfter: Self.level(0, 1)) == .promoted)
        #expect(PeopleChange.kind(before: Self.level(0, 2), after: Self.level(0, 1), sameRole: true, beforeInAfter: Self.level(0, 2)) == .levelLowered)
        #expect(PeopleChange.kind(before: Self.level(0, 1), after: Self.level(0, 1), sameRole: true, beforeInAfter: Self.level(0, 1)) == nil)
        // Another role is a role change whatever the positions, even a higher one.
        #expect(PeopleChange.kind(before: Self.level(0, 1), after: Self.level(1, 3), sameRole: false, beforeInAfter: Self.level(0, 1)) == .roleChanged)
        #expect(PeopleChange.kind(before: Self.level(0, 1), after: Self.level(1, 1), sameRole: false, beforeInAfter: Self.level(0, 1)) == .roleChanged)
        #expect(PeopleChange.kind(before: nil, after: nil, sameRole: false, beforeInAfter: nil) == nil)
        // Across two frameworks, a level keeps its name while its position moves (a level added below
        // it): no change. A higher level by name is a promotion though its old position is the same.
        #expect(PeopleChange.kind(before: Self.level(0, 1), after: Self.level(0, 2), sameRole: true, beforeInAfter: Self.level(0, 2)) == nil)
        #expect(PeopleChange.kind(before: Self.level(0, 2), after: Self.level(0, 2), sameRole: true, beforeInAfter: Self.level(0, 1)) == .promoted)
        #expect(PeopleChange.kind(before: Self.level(0, 2), after: Self.level(0, 1), sameRole: true, beforeInAfter: Self.level(0, 1)) == nil)
        // A level the newer framework no longer has: positions compared.
        #expect(PeopleChange.kind(before: Self.level(0, 1), after: Self.level(0, 2), sameRole: true, beforeInAfter: nil) == .promoted)
    }

    @Test("ratings: improved, declined, newly_assessed, no_longer_assessed; the same rating (or none twice) is no change")
    func ratings() {
        #expect(RatingChange.kind(before: Self.working, after: Self.practitioner) == .improved)
        #expect(RatingChange.kind(before: Self.none, after: Self.expert) == .improved)
        #expect(RatingChange.kind(before: Self.working, after: Self.awareness) == .declined)
        #expect(RatingChange.kind(before: nil, after: Self.none) == .newlyAssessed)
        #expect(RatingChange.kind(before: Self.awareness, after: nil) == .noLongerAssessed)
        #expect(RatingChange.kind(before: Self.working, after: Self.working) == nil)
        #expect(RatingChange.kind(before: nil, after: nil) == nil)
    }

    @Test("cover: the first headline that applies, from statuses and holders before and after", arguments: [
        // (holders and status before, after; expected)
        ("2 ok", "0 no_cover", "lost_cover"),
        ("1 single_point", "0 no_cover", "lost_cover"),
        ("3 thin", "0 no_cover", "lost_cover"),
        ("2 ok", "1 single_point", "became_single_point"),
        ("2 thin", "1 single_point", "became_single_point"),
        ("0 no_cover", "1 single_point", "more_holders"),      // better: not a single point "become"
        ("3 ok", "2 thin", "below_target"),                    // a target of 3
        ("1 single_point", "2 ok", "reached_target"),
        ("0 no_cover", "2 ok", "reached_target"),
        ("2 thin", "3 ok", "reached_target"),
        ("1 single_point", "2 thin", "more_holders"),
        ("3 ok", "4 ok", "more_holders"),
        ("4 ok", "3 ok", "fewer_holders"),
        ("3 thin", "2 thin", "fewer_holders"),
        ("2 ok", "2 ok", "unchanged"),
        ("0 no_cover", "0 no_cover", "unchanged"),
        ("1 single_point", "1 single_point", "unchanged"),      // even when the holder is someone else
        ("-", "1 single_point", "new_team_skill"),
        ("-", "0 no_cover", "new_team_skill"),
        ("2 ok", "-", "no_longer_team_skill"),
    ])
    func cover(before: String, after: String, expected: String) {
        func cover(_ text: String) -> CoverageChange.Cover? {
            guard text != "-" else { return nil }
            let parts = text.split(separator: " ")
            return CoverageChange.Cover(holders: Int(parts[0])!, status: CoverageStatus(rawValue: String(parts[1]))!)
        }
        #expect(CoverageChange.kind(before: cover(before), after: cover(after)).rawValue == expected)
    }

    @Test("gaps: listed when the gap or status differs, caused by the rating, the requirement, both, a joiner or a leaver")
    func gapCauses() {
        typealias Side = GapChange.Side
        let (a, w, p) = (Self.awareness, Self.working, Self.practitioner)
        // The rating moved: working → practitioner against practitioner (gap 1 → 0).
        #expect(GapChange.cause(before: Side(required: p, rating: w), after: Side(required: p, rating: p)) == .rating)
        // The requirement moved: practitioner asked of someone still working (gap 0 → 1).
        #expect(GapChange.cause(before: Side(required: w, rating: w), after: Side(required: p, rating: w)) == .requirement)
        // Both moved, and the gap with them (0 → 1).
        #expect(GapChange.cause(before: Side(required: a, rating: a), after: Side(required: p, rating: w)) == .both)
        // Both moved but the gap and status stayed (1 → 1, below): not listed.
        #expect(GapChange.cause(before: Side(required: w, rating: a), after: Side(required: p, rating: w)) == nil)
        // A raised requirement met anyway: meets → meets, gap 0 → 0: not listed.
        #expect(GapChange.cause(before: Side(required: w, rating: p), after: Side(required: p, rating: p)) == nil)
        // Newly required, not assessed: the status appears (nil → not_assessed) though no gap does.
        #expect(GapChange.cause(before: Side(required: nil, rating: nil), after: Side(required: w, rating: nil)) == .requirement)
        // No longer required.
        #expect(GapChange.cause(before: Side(required: w, rating: a), after: Side(required: nil, rating: a)) == .requirement)
        // No longer assessed: gap 1 → nil, below → not_assessed.
        #expect(GapChange.cause(before: Side(required: w, rating: a), after: Side(required: w, rating: nil)) == .rating)
        // Required in neither: nothing to list, whatever the ratings.
        #expect(GapChange.cause(before: Side(required: nil, rating: a), after: Side(required: nil, rating: p)) == nil)
        // A joiner's requirement, even met; a leaver's.
        #expect(GapChange.cause(before: nil, after: Side(required: w, rating: p)) == .joined)
        #expect(GapChange.cause(before: Side(required: w, rating: nil), after: nil) == .left)
        // A joiner rated in a skill nobody requires of them: nothing.
        #expect(GapChange.cause(before: nil, after: Side(required: nil, rating: p)) == nil)
        // The side's own gap and status follow SPEC §3.
        #expect(Side(required: p, rating: a).gap == 2 && Side(required: p, rating: a).status == .below)
        #expect(Side(required: p, rating: nil).gap == nil && Side(required: p, rating: nil).status == .notAssessed)
        #expect(Side(required: nil, rating: a).gap == nil && Side(required: nil, rating: a).status == nil)
    }

    @Test("mentoring: reached (at or above the target), progressed, no_change, declined, not_assessed, left, in that precedence")
    func mentoringOutcomes() {
        let (a, w, p, e) = (Self.awareness, Self.working, Self.practitioner, Self.expert)
        #expect(MentoringOutcome.outcome(target: p, before: w, after: p, menteeLeft: false) == .reached)
        #expect(MentoringOutcome.outcome(target: p, before: w, after: e, menteeLeft: false) == .reached)
        #expect(MentoringOutcome.outcome(target: p, before: a, after: w, menteeLeft: false) == .progressed)
        #expect(MentoringOutcome.outcome(target: p, before: w, after: w, menteeLeft: false) == .noChange)
        #expect(MentoringOutcome.outcome(target: p, before: w, after: a, menteeLeft: false) == .declined)
        #expect(MentoringOutcome.outcome(target: p, before: w, after: nil, menteeLeft: false) == .notAssessed)
        #expect(MentoringOutcome.outcome(target: p, before: w, after: nil, menteeLeft: true) == .left)
    }

    @Test("summary: the change of counts and fractions; none for text or a missing value")
    func summaryChange() {
        #expect(SummaryChange.change(from: .count(3), to: .count(5)) == .count(2))
        #expect(SummaryChange.change(from: .count(5), to: .count(3)) == .count(-2))
        #expect(SummaryChange.change(from: .fraction(0.25), to: .fraction(0.5)) == .fraction(0.25))
        #expect(SummaryChange.change(from: .text("2025-01-01"), to: .text("2026-01-01")) == nil)
        #expect(SummaryChange.change(from: nil, to: .count(1)) == nil)
        #expect(SummaryChange.change(from: .text(""), to: .fraction(0.5)) == nil)
    }
}
