/// Who may mentor a need (SPEC §3): not the mentee, willing (the `mentor` column), rated at least
/// `max(target, mentor level)`, and with `--within`, in the mentee's group. Capacity is a separate
/// limit: a willing mentor with no capacity is eligible but takes no pairing.
public enum MentorEligibility {
    /// The lowest rating a mentor of a need with this target may have.
    public static func minimumRating(target: ScaleLevel, mentorLevel: ScaleLevel) -> ScaleLevel { max(target, mentorLevel) }

    /// True when someone rated `mentorRating` may mentor `need`, being `willing` and in the mentee's
    /// group or not (`sameGroup`), and not the mentee (`isMentee`).
    public static func isEligible(mentorRating: ScaleLevel?, willing: Bool, sameGroup: Bool, isMentee: Bool,
                                  for need: MentoringNeed) -> Bool {
        guard let mentorRating, willing, sameGroup, !isMentee else { return false }
        return mentorRating >= need.mentorMinimum
    }
}
