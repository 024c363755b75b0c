import XLSXWriter

/// The drop-down lists of one workbook. A list Excel can hold inline (255 characters at most, no
/// comma or quote in a value) is written inline; a longer one (the levels of every DDaT role, say)
/// goes in a column of a hidden sheet, `Lists`, and the drop-down refers to its range.
struct DropDownLists {
    /// The hidden sheet's name.
    static let sheetName = "Lists"

    private let workbook: Workbook
    private var sheet: Worksheet?
    private var columns = 0
    /// The range already written for a list, so a list used on several columns is written once.
    private var ranges: [[String]: String] = [:]

    init(_ workbook: Workbook) {
        self.workbook = workbook
    }

    /// A drop-down of `values`, inline or from the hidden sheet.
    mutating func rule(_ values: [String]) throws(XLSXError) -> DataValidation.Rule {
        if DataValidation.fitsInline(values) { return .list(values) }
        if let range = ranges[values] { return .listFrom(range) }
        let sheet: Worksheet
        if let existing = self.sheet {
            sheet = existing
        } else {
            sheet = try workbook.addWorksheet(Self.sheetName)
            try sheet.hide()
            self.sheet = sheet
        }
        for (row, value) in values.enumerated() { try sheet.write(value, row: row, column: columns) }
        let letter = DropDownLists.columnName(columns + 1)
        let range = "=\(Self.sheetName)!$\(letter)$1:$\(letter)$\(max(values.count, 1))"
        columns += 1
        ranges[values] = range
        return .listFrom(range)
    }

    /// `A`, `B`, … `AA` for 1, 2, … 27.
    static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var n = column
        while n > 0 {
            letters.append(Character(UnicodeScalar(UInt8(ascii: "A") + UInt8((n - 1) % 26))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
