import CapplanCore
import Testing

/// `assessed_on`'s days: ISO dates read strictly, spreadsheet serial numbers, a year earlier.
@Suite("calendar days")
struct CalendarDayTests {
    @Test("ISO dates: real days only, written YYYY-MM-DD", arguments: [
        ("2026-03-31", "2026-03-31"), ("2024-02-29", "2024-02-29"), ("2000-02-29", "2000-02-29"),
        ("2023-02-29", nil), ("1900-02-29", nil), ("2026-13-01", nil), ("2026-04-31", nil), ("2026-3-31", nil),
        ("31/03/2026", nil), ("2026-03-31T00:00", nil), ("", nil), ("２０２６-03-31", nil),
    ] as [(String, String?)])
    func iso(text: String, expected: String?) {
        #expect(CalendarDay(iso: text)?.description == expected)
    }

    /// Excel's 1900 system counts a 29 February 1900 that never was: serial 60 names it, so 59 is
    /// 28 February and 61 is 1 March (Python: date(1899, 12, 30) + timedelta(serial) from 61 on).
    @Test("spreadsheet serial numbers", arguments: [
        (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"), (45292, "2024-01-01"), (46112, "2026-03-31"),
        (2_958_465, "9999-12-31"),
    ] as [(Int, String)])
    func serial(serial: Int, expected: String) {
        #expect(CalendarDay(spreadsheetSerial: serial)?.description == expected)
    }

    @Test("a year earlier, and order")
    func yearEarlier() throws {
        let leap = try #require(CalendarDay(iso: "2024-02-29"))
        #expect(leap.yearEarlier.description == "2023-02-28")
        #expect(try #require(CalendarDay(iso: "2026-03-31")).yearEarlier.description == "2025-03-31")
        #expect(try #require(CalendarDay(iso: "2025-12-31")) < (try #require(CalendarDay(iso: "2026-01-01"))))
        #expect(CalendarDay(spreadsheetSerial: 0) == nil && CalendarDay(spreadsheetSerial: 2_958_466) == nil)
    }
}
