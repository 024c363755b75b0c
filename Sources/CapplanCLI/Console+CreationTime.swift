import CapplanReports
import Foundation

extension Console {
    /// The creation time written into every workbook capplan writes: SOURCE_DATE_EPOCH when set,
    /// else a fixed date (2026-01-01), so the same input always gives the same bytes.
    var creationTime: Int {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 { return seconds }
        return 1_767_225_600
    }

    /// The About sheet's line of that time.
    var creationLine: (String, ReportCell) {
        ("created", .text(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(creationTime)))))
    }
}
