/// A place in an input file, as a person counts it: 1-based physical line and character column of
/// a text file, or the row and column of a cell of a spreadsheet's sheet.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var file: String
    /// The physical line (a quoted field spanning lines counts each of its lines); a sheet's row.
    public var line: Int
    /// The character column on that line (a sheet's column, A = 1); 0 when only the line is known.
    public var column: Int
    /// The sheet of a workbook the place is on; nil for a text file.
    public var sheet: String?

    public init(file: String, line: Int, column: Int = 0, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `file:line:column`, or `file:line` when the column is unknown, or `file` alone. On a sheet,
    /// the cell as Excel names it: `team.xlsx:Roster!C12`, `capability.xlsx:'Skills matrix'!B3`, a
    /// whole row as `team.xlsx:Roster!12:12`, a whole sheet as `team.xlsx:Roster`.
    public var description: String {
        if let sheet {
            let quoted = SourceLocation.quotedSheetName(sheet)
            if line <= 0 { return "\(file):\(quoted)" }
            return column > 0 ? "\(file):\(quoted)!\(SourceLocation.columnName(column))\(line)" : "\(file):\(quoted)!\(line):\(line)"
        }
        if line <= 0 { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }

    /// A sheet's column as Excel names it: `A`, `Z`, `AA`, … `XFD` for 1, 26, 27, … 16,384.
    public static func columnName(_ column: Int) -> String {
        var letters: [UInt8] = []
        var n = column
        while n > 0 {
            letters.append(UInt8(ascii: "A") + UInt8((n - 1) % 26))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// A sheet's name as Excel writes it in a reference: bare when it is letters, digits, `_` and `.`
    /// not starting with a digit, else in single quotes with any quote doubled (`'Skills matrix'`).
    public static func quotedSheetName(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { s in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == "."
        } && !("0"..."9").contains(name.unicodeScalars.first!) && !looksLikeCellReference(name)
        return plain ? name : "'" + name.replacing("'", with: "''") + "'"
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
