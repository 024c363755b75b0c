/// A day of the calendar (the proleptic Gregorian one ISO 8601 uses), without time or zone: when a
/// person was last assessed (`assessed_on`).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The day, if it exists (1 ≤ month ≤ 12, the day within its month, years 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...CalendarDay.days(inMonth: month, of: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day an ISO 8601 date (`2026-03-31`) names; nil for anything else.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day a spreadsheet's date serial number names (1900 date system: 1 is 1900-01-01, and
    /// Excel's phantom 1900-02-29 is skipped, so 61 is 1900-03-01); nil outside 1…2958465.
    public init?(spreadsheetSerial serial: Int) {
        guard (1...2_958_465).contains(serial) else { return nil }
        // Day 60 is the phantom 29 February 1900; from 61 on, serials run one ahead of the calendar.
        let days = serial < 60 ? serial - 1 : serial - 2
        self.init(daysSince1900: days)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func padded(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The same day a year earlier (29 February becomes 28 February).
    public var yearEarlier: CalendarDay {
        CalendarDay(year: year - 1, month: month, day: min(day, CalendarDay.days(inMonth: month, of: year - 1)))
            ?? self
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    private static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The day `days` after 1900-01-01.
    private init?(daysSince1900 days: Int) {
        var (year, month, left) = (1900, 1, days)
        while left >= (CalendarDay.isLeap(year) ? 366 : 365) {
            left -= CalendarDay.isLeap(year) ? 366 : 365
            year += 1
        }
        while left >= CalendarDay.days(inMonth: month, of: year) {
            left -= CalendarDay.days(inMonth: month, of: year)
            month += 1
        }
        self.init(year: year, month: month, day: left + 1)
    }
}
