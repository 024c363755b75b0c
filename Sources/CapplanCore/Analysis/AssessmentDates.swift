/// How current a roster's ratings are, from its `assessed_on` column (SPEC §9): the oldest and
/// newest assessment, and how many people were assessed more than a year before the newest one.
/// Measured from the roster's own newest date, never from today, so the reports stay deterministic.
public struct AssessmentDates: Sendable, Equatable {
    /// The earliest `assessed_on` in the roster; nil when every cell is blank.
    public var oldest: CalendarDay?
    /// The latest `assessed_on`: the date the data is "as at".
    public var newest: CalendarDay?
    /// People assessed strictly more than a year before `newest` (a blank date is not counted).
    public var peopleOverAYearBefore: Int

    /// The dates of `roster`, or nil when it has no `assessed_on` column.
    public init?(roster: Roster) {
        guard roster.columns.contains(where: { CoreColumn(header: $0) == .assessedOn }) else { return nil }
        self.init(days: roster.people.map(\.assessedOn))
    }

    /// The dates of people assessed on `days` (nil: not given).
    public init(days: some Sequence<CalendarDay?>) {
        let known = days.compactMap { $0 }
        oldest = known.min()
        newest = known.max()
        let cutoff = newest?.yearEarlier
        peopleOverAYearBefore = cutoff.map { cutoff in known.filter { $0 < cutoff }.count } ?? 0
    }
}
