import CapplanCore
import XLSXReader

/// A roster given as a workbook (SPEC §8): recognised by its content, and its sheet turned into the
/// table the roster reader reads from a CSV file, each field located at its cell and typed by what
/// the cell held, so that every rule of the roster reader applies unchanged.
public enum RosterWorkbook {
    /// True when `bytes` are a workbook (a ZIP container) or an old or encrypted Office file (OLE2):
    /// anything to read as a workbook rather than as CSV, whatever the file is called.
    public static func isWorkbook(_ bytes: [UInt8]) -> Bool { XLSXWorkbook.kind(of: bytes) != .other }

    /// The sheet `sheet` names (exactly, else ignoring case), or the first visible worksheet, of the
    /// workbook in `bytes` (called `file` in messages), as a table of records: rows whose every cell
    /// is empty are left out, and each record has a field for every column up to the widest.
    public static func table(bytes: [UInt8], file: String, sheet: String?) throws(RosterWorkbookError) -> CSVTable {
        let read: XLSXTable
        do throws(XLSXReadError) {
            let workbook = try XLSXWorkbook(bytes: bytes, file: file)
            read = try workbook.table(sheet: sheet)
        } catch {
            switch error {
            case let .unknownSheet(file, name, available): throw .unknownSheet(file: file, name: name, available: available)
            case let .notAWorksheet(file, name): throw .notAWorksheet(file: file, name: name)
            default: throw .invalid(Diagnostics([diagnostic(error)]))
            }
        }
        return table(read)
    }

    /// The workbook's worksheets, in tab order (none when it cannot be read).
    public static func worksheetNames(bytes: [UInt8], file: String) -> [String] {
        (try? XLSXWorkbook(bytes: bytes, file: file))?.worksheetNames ?? []
    }

    /// `table`'s records as the roster reader's.
    static func table(_ table: XLSXTable) -> CSVTable {
        let records = table.records.map { record in
            CSVTable.Record(fields: record.fields.map { field in
                CSVTable.Field(value: field.value, line: field.row, column: field.column, type: cellType(field))
            }, line: record.row)
        }
        return CSVTable(records: records, sheet: table.sheet)
    }

    /// What the roster reader is told a cell held.
    static func cellType(_ field: XLSXTable.Field) -> CSVTable.CellType {
        switch field.kind {
        case .empty, .string: .text
        case .number: .number
        case .boolean: .boolean
        case .errorValue: .errorValue
        case .formulaWithoutValue: .uncalculatedFormula
        }
    }

    /// A reading error as a diagnostic located at its cell (`team.xlsx:Roster!C12`), its sheet
    /// (`team.xlsx:Roster`) or the file.
    static func diagnostic(_ error: XLSXReadError) -> Diagnostic {
        .error(at: location(of: error), error.message)
    }

    static func location(of error: XLSXReadError) -> SourceLocation {
        if let cell = error.location {
            return SourceLocation(file: cell.file, line: cell.row, column: cell.column, sheet: cell.sheet)
        }
        switch error {
        case let .invalidCellReference(file, sheet, _), let .rowOutOfOrder(file, sheet, _, _), let .tooLarge(file, sheet?, _):
            return SourceLocation(file: file, line: 0, sheet: sheet)
        default:
            return SourceLocation(file: error.file, line: 0)
        }
    }
}

/// Why a workbook's sheet cannot be read as a roster.
public enum RosterWorkbookError: Error, Sendable {
    /// `--sheet NAME` names no sheet of the workbook; `available` lists its worksheets.
    case unknownSheet(file: String, name: String, available: [String])
    /// `--sheet NAME` names a chart or macro sheet.
    case notAWorksheet(file: String, name: String)
    /// The workbook is not one capplan reads (old, encrypted, damaged, hostile), located.
    case invalid(Diagnostics)
}
