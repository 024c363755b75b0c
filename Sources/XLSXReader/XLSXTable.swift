/// One worksheet read into records and fields, each field knowing its cell: the XLSX counterpart of
/// capplan's `CSVTable`.
///
/// Rows whose every cell is empty are left out (row numbers are kept, so the header is simply the
/// first record). Cells missing between present ones, and after them up to the widest row, are
/// empty fields, so every record has `width` fields, field `i` in column `i + 1`.
public struct XLSXTable: Sendable {
    /// What a cell holds.
    public enum Kind: Sendable, Hashable {
        /// No cell, or a cell without a value (only a style, say).
        case empty
        /// A shared or inline string, a formula's string result, or an ISO date cell (`t="d"`).
        case string
        /// A number (a date is just its serial number); `value` is its integer text when it is
        /// whole (`3`) and its shortest round-trip decimal text otherwise (`2.5`).
        case number(Double)
        /// A boolean; `value` is `TRUE` or `FALSE`, as Excel shows it and exports it to CSV.
        case boolean(Bool)
        /// An error value such as `#N/A` (`t="e"`); `value` is its text.
        case errorValue
        /// A formula with no cached result; `value` is empty.
        case formulaWithoutValue
    }

    /// One cell.
    public struct Field: Sendable, Hashable {
        /// The text of the value, as described under `Kind`; empty for an empty cell.
        public var value: String
        /// 1-based row number.
        public var row: Int
        /// 1-based column number (A = 1).
        public var column: Int
        public var kind: Kind
        /// True when the cell holds a formula (its cached result is the value).
        public var isFormula: Bool

        public init(value: String, row: Int, column: Int, kind: Kind, isFormula: Bool = false) {
            self.value = value
            self.row = row
            self.column = column
            self.kind = kind
            self.isFormula = isFormula
        }

        /// The A1 reference, `C12`.
        public var reference: String { CellReference.a1(row: row, column: column) }

        /// A number with a fractional part: a rating or a capacity cannot be one.
        public var isFraction: Bool {
            if case .number(let x) = kind { return x.rounded(.towardZero) != x }
            return false
        }

        /// A number that is whole (`3`, `-0`, `1e20`).
        public var isWholeNumber: Bool {
            if case .number(let x) = kind { return x.rounded(.towardZero) == x }
            return false
        }
    }

    /// One non-empty row of the sheet.
    public struct Record: Sendable, Hashable {
        public var fields: [Field]
        /// 1-based row number in the sheet.
        public var row: Int

        public init(fields: [Field], row: Int) {
            self.fields = fields
            self.row = row
        }
    }

    /// The workbook's file name, as given.
    public var file: String
    /// The worksheet's name.
    public var sheet: String
    /// The non-empty rows in sheet order.
    public var records: [Record]
    /// The number of fields of every record: the rightmost non-empty column.
    public var width: Int

    /// A table read from `file`'s worksheet `sheet`.
    public init(file: String, sheet: String, records: [Record], width: Int) {
        self.file = file
        self.sheet = sheet
        self.records = records
        self.width = width
    }

    /// Where a field is: `team.xlsx:Roster!C12`.
    public func location(of field: Field) -> XLSXCellLocation {
        XLSXCellLocation(file: file, sheet: sheet, row: field.row, column: field.column)
    }

    /// The location of a cell by row and column.
    public func location(row: Int, column: Int) -> XLSXCellLocation {
        XLSXCellLocation(file: file, sheet: sheet, row: row, column: column)
    }

    /// The cells whose value cannot be used: error values and formulas never calculated, in sheet
    /// order. The roster reader reports these where it uses the cell (or all of them).
    public var cellErrors: [XLSXReadError] {
        var errors: [XLSXReadError] = []
        for record in records {
            for field in record.fields {
                switch field.kind {
                case .errorValue: errors.append(.errorValue(location(of: field), value: field.value))
                case .formulaWithoutValue: errors.append(.formulaWithoutValue(location(of: field)))
                default: break
                }
            }
        }
        return errors
    }

    /// The error for one field, if its value cannot be used.
    public func error(for field: Field) -> XLSXReadError? {
        switch field.kind {
        case .errorValue: return .errorValue(location(of: field), value: field.value)
        case .formulaWithoutValue: return .formulaWithoutValue(location(of: field))
        default: return nil
        }
    }
}
