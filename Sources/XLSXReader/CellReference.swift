import Foundation

/// A1 references: `C12` is row 12, column 3. Excel's grid is A1:XFD1048576.
enum CellReference {
    /// The last column, XFD.
    static let maxColumn = 16_384
    /// The last row.
    static let maxRow = 1_048_576

    /// `A`, `Z`, `AA`, … `XFD` for 1, 26, 27, … 16,384.
    static func columnName(_ column: Int) -> String {
        var letters: [UInt8] = []
        var n = column
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(digit))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `C12`.
    static func a1(row: Int, column: Int) -> String {
        columnName(column) + String(row)
    }

    /// A parsed reference: a row and a column, either missing when the text has only the other.
    struct Parsed: Equatable {
        var row: Int?
        var column: Int?
    }

    /// Parses `C12` (a cell), `C` or `12` (what a `<row r="12">` holds) from the bytes of an
    /// attribute. Nil when the text is not of that shape or is outside A1:XFD1048576; letters are
    /// accepted in either case, `$` signs are not (they never occur in a cell's `r`).
    static func parse(_ text: UnsafeRawBufferPointer) -> Parsed? {
        var i = 0
        var column = 0
        while i < text.count {
            let b = text[i] | 0x20   // lower case
            guard b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") else { break }
            column = column * 26 + Int(b - UInt8(ascii: "a")) + 1
            if column > maxColumn { return nil }
            i += 1
        }
        var row = 0
        let digitsStart = i
        while i < text.count {
            let b = text[i]
            guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
            row = row * 10 + Int(b - UInt8(ascii: "0"))
            if row > maxRow { return nil }
            i += 1
        }
        let hasDigits = i > digitsStart
        if column == 0 && !hasDigits { return nil }
        if hasDigits && row == 0 { return nil }
        return Parsed(row: hasDigits ? row : nil, column: column > 0 ? column : nil)
    }

    /// The sheet name as Excel writes it in a formula: bare when it is letters, digits, `_` and `.`
    /// not starting with a digit, else in single quotes with any quote doubled.
    static func quotedSheetName(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { s in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == "."
        } && !("0"..."9").contains(name.unicodeScalars.first!) && !looksLikeCellReference(name)
        if plain { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// True for a name Excel would read as a cell reference (`AB12`, `r1c1`), which it quotes.
    static func looksLikeCellReference(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        let letters = scalars.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }.count
        let digits = scalars.dropFirst(letters).prefix { ("0"..."9").contains($0) }.count
        if letters >= 1 && letters <= 3 && digits >= 1 && letters + digits == scalars.count { return true }
        // R1C1 style: R, C, RC, R12, C3, R1C1.
        return name.uppercased().wholeMatch(of: /R[0-9]*C?[0-9]*|C[0-9]*/) != nil
    }
}
