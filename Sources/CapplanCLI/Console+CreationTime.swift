extension Console {
    /// The creation time written into a workbook: SOURCE_DATE_EPOCH when set, else a fixed date
    /// (2026-01-01), so the same input always gives the same bytes (as `analyze`'s reports).
    var creationTime: Int {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 { return seconds }
        return 1_767_225_600
    }
}
