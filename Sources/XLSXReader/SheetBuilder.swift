import Foundation

/// The cell model: turns a worksheet's `<sheetData>` events into an `XLSXTable`. Parser-neutral
/// (libxml2 drives it in the library; the benchmark also drives it with Foundation's XMLParser).
///
/// Memory is spent only on cells that hold something: a sheet's `<dimension>` is never read, and a
/// row or cell number far out only moves a counter. Limits keep a hostile sheet from exhausting
/// memory: `maxCells` non-empty cells, and `maxCells` fields once rows are padded to the widest.
package struct SheetBuilder {
    /// The elements of a worksheet that matter; everything else is `.other`.
    package enum Element {
        case sheetData, row, cell, value, formula, inlineString, text, phonetic, other

        /// Classifies a local name given as bytes.
        @inline(__always)
        static func classify(_ name: XMLName) -> Element {
            switch name.first {
            case UInt8(ascii: "c"): return name.is("c") ? .cell : .other
            case UInt8(ascii: "v"): return name.is("v") ? .value : .other
            case UInt8(ascii: "t"): return name.is("t") ? .text : .other
            case UInt8(ascii: "f"): return name.is("f") ? .formula : .other
            case UInt8(ascii: "r"): return name.is("row") ? .row : name.is("rPh") ? .phonetic : .other
            case UInt8(ascii: "i"): return name.is("is") ? .inlineString : .other
            case UInt8(ascii: "s"): return name.is("sheetData") ? .sheetData : .other
            default: return .other
            }
        }

        /// Classifies a local name given as a String (Foundation's XMLParser).
        package static func classify(_ name: String) -> Element {
            switch name {
            case "c": return .cell
            case "v": return .value
            case "t": return .text
            case "f": return .formula
            case "row": return .row
            case "rPh": return .phonetic
            case "is": return .inlineString
            case "sheetData": return .sheetData
            default: return .other
            }
        }
    }

    /// The cell types of `t="…"`.
    enum CellType { case number, sharedString, inlineString, formulaString, boolean, error, date }

    /// At most this many non-empty cells, and this many fields after padding.
    package static let maxCells = 20_000_000

    let file: String
    let sheet: String
    /// The sheet's part, for structural errors.
    let part: String
    let sharedStrings: [String]?

    private var records: [XLSXTable.Record] = []
    private var rowFields: [XLSXTable.Field] = []
    private var inSheetData = false
    private var inRow = false
    private var row = 0
    private var lastRow = 0
    private var lastColumn = 0
    private var storedCells = 0
    private var width = 0
    // The cell being read.
    private var inCell = false
    private var column = 0
    private var type = CellType.number
    private var isFormula = false
    private var hasValue = false
    private var capturing = false
    private var inInline = false
    private var phoneticDepth = 0
    private var buffer: [UInt8] = []

    package init(file: String, sheet: String, part: String, sharedStrings: [String]?) {
        self.file = file
        self.sheet = sheet
        self.part = part
        self.sharedStrings = sharedStrings
        buffer.reserveCapacity(256)
    }

    /// An element begins. `r` and `t` are its attributes of those names (only rows and cells have any).
    package mutating func start(_ element: Element, r: UnsafeRawBufferPointer?, t: UnsafeRawBufferPointer?) throws(XLSXReadError) {
        switch element {
        case .sheetData: inSheetData = true
        case .row where inSheetData:
            if inRow { throw misplaced("a row inside row \(row)") }
            try startRow(r)
        case .cell where inSheetData || inRow:
            if !inRow { throw misplaced("a cell outside any row") }
            if inCell { throw misplaced("a cell inside cell \(CellReference.a1(row: row, column: column))") }
            try startCell(r, t)
        case .value where inCell:
            capturing = true
            hasValue = true
            buffer.removeAll(keepingCapacity: true)
        case .formula where inCell: isFormula = true
        case .inlineString where inCell:
            inInline = true
            hasValue = true
            buffer.removeAll(keepingCapacity: true)
        case .text where inInline && phoneticDepth == 0: capturing = true
        case .phonetic where inInline: phoneticDepth += 1
        default: break
        }
    }

    /// Character data.
    @inline(__always)
    package mutating func text(_ bytes: UnsafeRawBufferPointer) {
        if capturing { buffer.append(contentsOf: bytes) }
    }

    /// An element ends.
    package mutating func end(_ element: Element) throws(XLSXReadError) {
        switch element {
        case .sheetData: inSheetData = false
        case .row where inRow: endRow()
        case .cell where inCell: try endCell()
        case .value, .text: capturing = false
        case .phonetic where phoneticDepth > 0: phoneticDepth -= 1
        case .inlineString: inInline = false
        default: break
        }
    }

    private func misplaced(_ what: String) -> XLSXReadError {
        .malformedWorkbook(file: file, part: part, detail: "\(what) in sheet \"\(sheet)\"")
    }

    private mutating func startRow(_ r: UnsafeRawBufferPointer?) throws(XLSXReadError) {
        var number = lastRow + 1
        if let r {
            guard let parsed = CellReference.parse(r), parsed.column == nil, let given = parsed.row else {
                throw .invalidCellReference(file: file, sheet: sheet, text: String(decoding: r, as: UTF8.self))
            }
            number = given
        }
        guard number > lastRow else { throw .rowOutOfOrder(file: file, sheet: sheet, row: number, previous: lastRow) }
        guard number <= CellReference.maxRow else {
            throw .invalidCellReference(file: file, sheet: sheet, text: "row \(number)")
        }
        row = number
        lastRow = number
        lastColumn = 0
        inRow = true
    }

    private mutating func startCell(_ r: UnsafeRawBufferPointer?, _ t: UnsafeRawBufferPointer?) throws(XLSXReadError) {
        var number = lastColumn + 1
        if let r {
            guard let parsed = CellReference.parse(r), let given = parsed.column else {
                throw .invalidCellReference(file: file, sheet: sheet, text: String(decoding: r, as: UTF8.self))
            }
            if let cellRow = parsed.row, cellRow != row {
                throw .cellInWrongRow(XLSXCellLocation(file: file, sheet: sheet, row: cellRow, column: given), row: row)
            }
            number = given
        }
        guard number <= CellReference.maxColumn else {
            throw .invalidCellReference(file: file, sheet: sheet, text: "\(CellReference.columnName(number))\(row)")
        }
        guard number > lastColumn else {
            throw .cellOutOfOrder(location(number), previous: CellReference.a1(row: row, column: lastColumn))
        }
        column = number
        lastColumn = number
        guard let type = Self.cellType(t) else {
            throw .invalidCellValue(location(number), type: "type", text: String(decoding: t!, as: UTF8.self))
        }
        self.type = type
        inCell = true
        isFormula = false
        hasValue = false
        buffer.removeAll(keepingCapacity: true)
        capturing = false
        inInline = false
        phoneticDepth = 0
    }

    private func location(_ column: Int) -> XLSXCellLocation {
        XLSXCellLocation(file: file, sheet: sheet, row: row, column: column)
    }

    /// The type `t="…"` names (a number when there is no `t`); nil for an unknown one.
    static func cellType(_ t: UnsafeRawBufferPointer?) -> CellType? {
        guard let t else { return .number }
        switch t.count {
        case 1:
            switch t[0] {
            case UInt8(ascii: "s"): return .sharedString
            case UInt8(ascii: "n"): return .number
            case UInt8(ascii: "b"): return .boolean
            case UInt8(ascii: "e"): return .error
            case UInt8(ascii: "d"): return .date
            default: break
            }
        case 3 where t.elementsEqual("str".utf8): return .formulaString
        case 9 where t.elementsEqual("inlineStr".utf8): return .inlineString
        default: break
        }
        return nil
    }

    private mutating func endCell() throws(XLSXReadError) {
        inCell = false
        capturing = false
        inInline = false
        var kind = XLSXTable.Kind.string
        let value: String
        // An inline string cell with no <is> (openpyxl writes an empty string so) is as empty as any.
        let noValue = !hasValue || (buffer.isEmpty && type != .inlineString && type != .formulaString)
        if noValue {
            guard isFormula else { return }   // an empty cell: nothing to keep
            value = ""
            kind = .formulaWithoutValue
        } else {
            switch type {
            case .number:
                guard let number = NumberText.parse(buffer) else {
                    throw .invalidCellValue(location(column), type: "number", text: String(decoding: buffer, as: UTF8.self))
                }
                kind = .number(number)
                value = NumberText.format(number)
            case .sharedString:
                value = try sharedString()
            case .inlineString, .formulaString, .date:
                value = OOXMLText.decode(buffer)
            case .boolean:
                guard let truth = Self.boolean(buffer) else {
                    throw .invalidCellValue(location(column), type: "boolean", text: String(decoding: buffer, as: UTF8.self))
                }
                kind = .boolean(truth)
                value = truth ? "TRUE" : "FALSE"
            case .error:
                kind = .errorValue
                value = String(decoding: buffer, as: UTF8.self)
            }
        }
        if value.isEmpty && kind == .string { return }
        // Fill the gap before this cell, counting the empty fields against the limit too.
        storedCells += column - rowFields.count
        guard storedCells <= Self.maxCells else { throw tooManyCells() }
        while rowFields.count + 1 < column {
            rowFields.append(XLSXTable.Field(value: "", row: row, column: rowFields.count + 1, kind: .empty))
        }
        rowFields.append(XLSXTable.Field(value: value, row: row, column: column, kind: kind, isFormula: isFormula))
    }

    private func tooManyCells() -> XLSXReadError {
        .tooLarge(file: file, sheet: sheet, detail: "more than \(Self.maxCells) cells up to row \(row) (to \(CellReference.a1(row: row, column: column))); delete stray cells far to the right of or below the roster")
    }

    private func sharedString() throws(XLSXReadError) -> String {
        let here = { self.location(self.column) }
        guard let strings = sharedStrings else { throw .missingSharedStrings(here()) }
        var index = 0
        for b in buffer {
            guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"), index < Int(Int32.max) else {
                throw .sharedStringOutOfRange(here(), index: String(decoding: buffer, as: UTF8.self), count: strings.count)
            }
            index = index * 10 + Int(b - UInt8(ascii: "0"))
        }
        guard index < strings.count else {
            throw .sharedStringOutOfRange(here(), index: String(decoding: buffer, as: UTF8.self), count: strings.count)
        }
        return strings[index]
    }

    static func boolean(_ bytes: [UInt8]) -> Bool? {
        switch String(decoding: bytes, as: UTF8.self).lowercased() {
        case "1", "true": return true
        case "0", "false": return false
        default: return nil
        }
    }

    private mutating func endRow() {
        inRow = false
        guard let last = rowFields.last else { return }
        width = max(width, last.column)
        records.append(XLSXTable.Record(fields: rowFields, row: row))
        // The next row is most likely as long: one allocation instead of the array's doublings
        // (and never more than this row really held, so a hostile sheet cannot make it reserve more).
        let count = rowFields.count
        rowFields = []
        rowFields.reserveCapacity(count)
    }

    /// The table: every record padded with empty fields to `width`.
    package mutating func finish() throws(XLSXReadError) -> XLSXTable {
        if inRow { endRow() }
        guard records.count <= Self.maxCells / max(width, 1) else {
            throw .tooLarge(file: file, sheet: sheet, detail: "\(records.count) rows × \(width) columns (to \(CellReference.columnName(width))) is more than \(Self.maxCells) cells; delete stray cells far to the right of or below the roster")
        }
        for i in records.indices where records[i].fields.count < width {
            let row = records[i].row
            records[i].fields.reserveCapacity(width)
            for column in records[i].fields.count + 1...width {
                records[i].fields.append(XLSXTable.Field(value: "", row: row, column: column, kind: .empty))
            }
        }
        let table = XLSXTable(file: file, sheet: sheet, records: records, width: width)
        records = []
        return table
    }
}

/// Numbers as a cell's `<v>` holds them, and as the table shows them.
enum NumberText {
    /// The value of an XML Schema double in plain decimal or exponent form (`3`, `-2.5`, `1E-3`);
    /// nil for anything else, including `INF`, `NaN`, hexadecimal and values that overflow.
    static func parse(_ bytes: [UInt8]) -> Double? {
        var i = 0, n = bytes.count
        while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        while n > i, bytes[n - 1] == 0x20 || bytes[n - 1] == 0x09 || bytes[n - 1] == 0x0A || bytes[n - 1] == 0x0D { n -= 1 }
        let start = i
        // Fast path: up to 15 digits, no sign, no point.
        if n - i <= 15 && n > i && bytes[i..<n].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            var value = 0
            for b in bytes[i..<n] { value = value * 10 + Int(b - 0x30) }
            return Double(value)
        }
        if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        var digits = 0
        while i < n, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; digits += 1 }
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            var exponentDigits = 0
            while i < n, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return nil }
        }
        guard i == n, let value = Double(String(decoding: bytes[start..<n], as: UTF8.self)), value.isFinite else {
            return nil
        }
        return value
    }

    /// `3` for a whole number that fits 64 bits, else the shortest text that reads back as the
    /// same double (`2.5`, `0.1`, `1e+20`).
    static func format(_ value: Double) -> String {
        if let whole = Int64(exactly: value) { return String(whole) }
        return value.description
    }
}

/// Text as OOXML stores it: characters XML cannot hold are escaped as `_xHHHH_` (ECMA-376 Part 1,
/// 22.9.2.19 ST_Xstring), and a literal `_x` that looks like an escape is itself escaped as `_x005F_`.
enum OOXMLText {
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.count >= 7, hasEscape(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + 6 < bytes.count, bytes[i] == UInt8(ascii: "_"), bytes[i + 1] == UInt8(ascii: "x"),
               bytes[i + 6] == UInt8(ascii: "_"), let code = hex4(bytes, i + 2) {
                let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                out.append(contentsOf: String(scalar).utf8)
                i += 7
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hasEscape(_ bytes: [UInt8]) -> Bool {
        for i in 0..<(bytes.count - 1) where bytes[i] == UInt8(ascii: "_") && bytes[i + 1] == UInt8(ascii: "x") { return true }
        return false
    }

    private static func hex4(_ bytes: [UInt8], _ at: Int) -> UInt32? {
        var value: UInt32 = 0
        for b in bytes[at..<at + 4] {
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
