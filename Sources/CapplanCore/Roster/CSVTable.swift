/// A CSV file split into records and fields (RFC 4180), each field knowing where it stands.
///
/// Written for capplan rather than taken from a CSV library because every diagnostic must name
/// the physical line and character column of a field, including fields after a quoted value that
/// spans lines, and no library at hand reports those. It also detects the delimiter (comma or
/// semicolon), accepts a UTF-8 byte-order mark and LF, CRLF or CR line ends.
public struct CSVTable: Sendable {
    /// One cell as read, with the position of its first character (a sheet's row and column).
    public struct Field: Sendable, Equatable {
        public var value: String
        public var line: Int
        public var column: Int
        /// What the cell held, when it came from a spreadsheet; `.text` for every CSV field.
        public var type: CellType

        public init(value: String, line: Int, column: Int, type: CellType = .text) {
            self.value = value
            self.line = line
            self.column = column
            self.type = type
        }
    }

    /// What a spreadsheet's cell held. The value is always text; the type tells the roster reader
    /// what the text stands for where it matters (a date as a serial number, a fraction where a whole
    /// number is expected, a value that cannot be used).
    public enum CellType: UInt8, Sendable, Equatable {
        /// Text: every CSV field, a spreadsheet's string cell, or an empty one.
        case text
        /// A number: `value` is its integer text when it is whole (`3`), else its shortest decimal (`2.5`).
        case number
        /// A boolean: `value` is `TRUE` or `FALSE`.
        case boolean
        /// An error value such as `#N/A`: `value` is its text.
        case errorValue
        /// A formula whose value was never calculated (nothing cached): `value` is empty.
        case uncalculatedFormula
    }

    /// One record: the fields of one logical row, and the line it starts on.
    public struct Record: Sendable {
        public var fields: [Field]
        public var line: Int

        public init(fields: [Field], line: Int) {
            self.fields = fields
            self.line = line
        }
    }

    /// The records in file order; blank lines and rows whose every field is empty are left out.
    public var records: [Record]
    /// `,` or `;`.
    public var delimiter: UInt8
    /// True when the file began with a UTF-8 byte-order mark.
    public var hadByteOrderMark: Bool
    /// The sheet the records come from, for a table read from a workbook: fields are then located
    /// by row and column of that sheet (`team.xlsx:Roster!C12`). Nil for a CSV file.
    public var sheet: String?

    /// A table of records read from elsewhere: a workbook's sheet `sheet`, each field's line its row
    /// and its column the sheet's column (A = 1). Rows of empty fields are left out by the caller.
    public init(records: [Record], sheet: String) {
        self.records = records
        self.sheet = sheet
        delimiter = UInt8(ascii: ",")
        hadByteOrderMark = false
    }

    /// Splits `bytes`; on malformed input (invalid UTF-8, a NUL byte, an unterminated quote, text
    /// after a closing quote) throws the located error.
    public init(bytes: [UInt8], file: String) throws(InvalidInputError) {
        var reader = try RecordReader(bytes: bytes, file: file)
        delimiter = reader.delimiter
        hadByteOrderMark = reader.hadByteOrderMark
        records = []
        while let record = try reader.next() { records.append(record) }
    }

    /// Reads a CSV file one record at a time, for a reader that need not hold every field at once (a
    /// roster of thousands of people across many roles has millions). The same records as `CSVTable`.
    public struct RecordReader {
        private var parser: Parser
        /// `,` or `;`.
        public let delimiter: UInt8
        /// True when the file began with a UTF-8 byte-order mark.
        public let hadByteOrderMark: Bool

        /// Checks the encoding and finds the delimiter; throws the located error of invalid UTF-8.
        public init(bytes: [UInt8], file: String) throws(InvalidInputError) {
            var start = 0
            hadByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            if hadByteOrderMark { start = 3 }
            if let bad = UTF8Validation.firstInvalidByte(in: bytes, from: start) {
                let (line, column) = CSVTable.position(of: bad, in: bytes, from: start)
                throw InvalidInputError(Diagnostics([.error(
                    at: SourceLocation(file: file, line: line, column: column),
                    "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))): save the file as UTF-8 CSV")]))
            }
            delimiter = CSVTable.detectDelimiter(bytes, from: start)
            parser = Parser(bytes: bytes, start: start, delimiter: delimiter, file: file)
        }

        /// The next record (blank lines and rows of empty fields are skipped), nil at the end; throws
        /// the located error of a malformed record.
        public mutating func next() throws(InvalidInputError) -> Record? { try parser.nextRecord() }
    }

    /// Line and column of byte `offset`, counting characters (UTF-8 lead bytes) from the line start.
    static func position(of offset: Int, in bytes: [UInt8], from start: Int) -> (Int, Int) {
        var line = 1, column = 1, i = start
        while i < offset {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 && b != 0x0D {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }

    /// The delimiter of the header line: whichever of `,` and `;` occurs more outside quotes (comma on a tie).
    static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            else if !quoted {
                if b == 0x0A || b == 0x0D {
                    if commas + semicolons > 0 { break }
                } else if b == UInt8(ascii: ",") { commas += 1 }
                else if b == UInt8(ascii: ";") { semicolons += 1 }
            }
            i += 1
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    private struct Parser {
        let bytes: [UInt8]
        let delimiter: UInt8
        let file: String
        var i: Int
        var line = 1
        var lineStart: Int

        init(bytes: [UInt8], start: Int, delimiter: UInt8, file: String) {
            self.bytes = bytes
            self.delimiter = delimiter
            self.file = file
            self.i = start
            self.lineStart = start
            self.countedOffset = start
        }

        /// Where `column(at:)` last counted to on the current line, so a wide row is counted once.
        var countedOffset: Int
        var countedColumn = 1

        /// Character column of byte offset `offset` (at or after the last one asked) on the current line.
        mutating func column(at offset: Int) -> Int {
            if countedOffset < lineStart || offset < countedOffset {
                countedOffset = lineStart
                countedColumn = 1
            }
            while countedOffset < offset {
                if bytes[countedOffset] & 0xC0 != 0x80 { countedColumn += 1 }
                countedOffset += 1
            }
            return countedColumn
        }

        /// Consumes a line end at `i` if there is one (LF, CRLF or CR) and starts a new line.
        mutating func consumeLineEnd() -> Bool {
            guard i < bytes.count else { return false }
            if bytes[i] == 0x0A {
                i += 1
            } else if bytes[i] == 0x0D {
                i += 1
                if i < bytes.count && bytes[i] == 0x0A { i += 1 }
            } else {
                return false
            }
            line += 1
            lineStart = i
            return true
        }

        func failure(_ message: String, line: Int, column: Int) -> InvalidInputError {
            InvalidInputError(Diagnostics([.error(at: SourceLocation(file: file, line: line, column: column), message)]))
        }

        /// The record being read, and the most fields a record has had so far.
        var fields: [Field] = []
        var widest = 0
        var recordLine = 1
        /// The bytes of the field being read.
        var value: [UInt8] = []

        /// The next record with a non-empty field, or nil at the end of the bytes.
        mutating func nextRecord() throws(InvalidInputError) -> Record? {
            while i < bytes.count {
                fields.append(try field())
                if i < bytes.count && bytes[i] == delimiter {
                    i += 1
                    if i == bytes.count {
                        fields.append(Field(value: "", line: line, column: column(at: i)))
                    }
                    continue
                }
                // End of record. The record keeps the fields' storage; the next record's is allocated for as
                // many fields as the widest so far (reusing the capacity would copy one grown by doubling).
                let record = fields.contains(where: { !$0.value.isEmpty }) ? Record(fields: fields, line: recordLine) : nil
                widest = max(widest, fields.count)
                fields = []
                fields.reserveCapacity(widest)
                _ = consumeLineEnd()
                recordLine = line
                if let record { return record }
            }
            guard fields.contains(where: { !$0.value.isEmpty }) else { return nil }
            defer { fields = [] }
            return Record(fields: fields, line: recordLine)
        }

        /// The field starting at `i`, read up to the delimiter or line end after it.
        mutating func field() throws(InvalidInputError) -> Field {
            let fieldLine = line
            let fieldColumn = column(at: i)
            guard bytes[i] == UInt8(ascii: "\"") else {
                // Unquoted, as most fields are: the value is decoded straight from the file's bytes.
                let start = i
                try plainField()
                // Most cells of a wide roster of many roles are empty: no decoding for those.
                return Field(value: start == i ? "" : String(decoding: bytes[start..<i], as: UTF8.self), line: fieldLine, column: fieldColumn)
            }
            value.removeAll(keepingCapacity: true)
            try quotedField(line: fieldLine, column: fieldColumn)
            return Field(value: String(decoding: value, as: UTF8.self), line: fieldLine, column: fieldColumn)
        }

        /// A quoted field into `value`, from its opening quote at `i` to its closing one: doubled quotes
        /// are one quote, line ends are kept (as LF), and only spaces may follow up to the delimiter.
        mutating func quotedField(line fieldLine: Int, column fieldColumn: Int) throws(InvalidInputError) {
            i += 1
            var closed = false
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        value.append(b)
                        i += 2
                    } else {
                        i += 1
                        closed = true
                        break
                    }
                } else if b == 0x0A || b == 0x0D {
                    // A line end inside quotes belongs to the value; keep it as LF.
                    value.append(0x0A)
                    _ = consumeLineEnd()
                } else if b == 0 {
                    throw failure("NUL byte in a field: this looks like a binary file, not a CSV", line: line, column: column(at: i))
                } else {
                    value.append(b)
                    i += 1
                }
            }
            if !closed {
                throw failure("unterminated quoted field: the quote opened here is never closed", line: fieldLine, column: fieldColumn)
            }
            // Only spaces may stand between a closing quote and the delimiter.
            while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
            if i < bytes.count && bytes[i] != delimiter && bytes[i] != 0x0A && bytes[i] != 0x0D {
                throw failure("unexpected text after a closing quote: quote the whole field and double any quote inside it (\"\")",
                              line: line, column: column(at: i))
            }
        }

        /// Past an unquoted field: up to the delimiter or the line end.
        mutating func plainField() throws(InvalidInputError) {
            while i < bytes.count {
                let b = bytes[i]
                if b == delimiter || b == 0x0A || b == 0x0D { break }
                if b == 0 {
                    throw failure("NUL byte in a field: this looks like a binary file, not a CSV", line: line, column: column(at: i))
                }
                i += 1
            }
        }
    }
}

/// Finds malformed UTF-8 without building a String.
enum UTF8Validation {
    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence, or nil.
    static func firstInvalidByte(in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            if i + length > n { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}
