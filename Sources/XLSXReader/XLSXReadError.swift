/// A cell of a worksheet, as a person names it: `team.xlsx:Roster!C12`.
public struct XLSXCellLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The workbook's file name as the user gave it.
    public var file: String
    /// The worksheet's name.
    public var sheet: String
    /// 1-based row number (1…1,048,576).
    public var row: Int
    /// 1-based column number (1 = A … 16,384 = XFD).
    public var column: Int

    public init(file: String, sheet: String, row: Int, column: Int) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// The A1 reference, `C12`.
    public var reference: String { CellReference.a1(row: row, column: column) }

    /// `team.xlsx:Roster!C12`; a sheet name that Excel would quote in a formula is quoted the same
    /// way: `capability.xlsx:'Skills matrix'!B2`.
    public var description: String {
        "\(file):\(CellReference.quotedSheetName(sheet))!\(reference)"
    }

    public static func < (lhs: XLSXCellLocation, rhs: XLSXCellLocation) -> Bool {
        (lhs.file, lhs.sheet, lhs.row, lhs.column) < (rhs.file, rhs.sheet, rhs.row, rhs.column)
    }
}

/// Why a workbook, or a cell of it, cannot be read. Every case says where (the file, and the sheet
/// and cell when there is one) and what the user can do; `description` is the one-line message.
///
/// All of them are bad input data (sysexits 65). Reading the file from disk is the caller's job, so
/// "cannot be opened" (66) never arises here.
public enum XLSXReadError: Error, Hashable, Sendable, CustomStringConvertible {
    // --- What the file is -------------------------------------------------------------------
    /// Neither a ZIP container nor an OLE2 file: the caller reads it as CSV instead.
    case notAWorkbook(file: String)
    /// An OLE2 compound file without an encryption stream: an Excel 97–2003 `.xls` (or another
    /// Office binary file).
    case legacyExcelFile(file: String)
    /// An OLE2 compound file holding an `EncryptionInfo` stream: a password-protected workbook.
    case encryptedWorkbook(file: String)
    /// A ZIP container that is another kind of document: `format` names it (".xlsb", ".ods", …).
    case unsupportedWorkbook(file: String, format: String)
    /// A ZIP container with no workbook part (a `.docx`, a plain `.zip`, …).
    case noWorkbookPart(file: String)

    // --- The ZIP container ------------------------------------------------------------------
    /// The container cannot be read: truncated, or damaged. `detail` says what was wrong.
    case damagedArchive(file: String, detail: String)
    /// A part (`xl/worksheets/sheet1.xml`) that the workbook refers to is not in the container.
    case missingPart(file: String, part: String)
    /// A part inflates past the limit: 1 GiB, or 100 times its compressed size (a ZIP bomb).
    case partTooLarge(file: String, part: String, limit: UInt64)
    /// A part is stored with a compression method other than none or deflate, or is encrypted.
    case unsupportedCompression(file: String, part: String, method: Int)

    // --- The XML of a part ------------------------------------------------------------------
    /// A part is not well-formed XML; `line` is the line in the part, `message` libxml2's words.
    case malformedXML(file: String, part: String, line: Int, message: String)
    /// A part declares a DTD or an entity; workbooks never do, and entities are never expanded.
    case documentTypeDeclaration(file: String, part: String, line: Int)
    /// The workbook part or a relationship is not what the format requires.
    case malformedWorkbook(file: String, part: String, detail: String)

    // --- Choosing the sheet -----------------------------------------------------------------
    /// No `--sheet` was given and the workbook has no visible worksheet.
    case noVisibleWorksheet(file: String, sheets: [String])
    /// `--sheet NAME` names no sheet; `available` lists the worksheets, for a did-you-mean.
    case unknownSheet(file: String, name: String, available: [String])
    /// `--sheet NAME` names a chart sheet or a macro sheet, which holds no cells.
    case notAWorksheet(file: String, name: String)

    // --- Cells --------------------------------------------------------------------------------
    /// A cell refers to the shared-string table but the workbook has none.
    case missingSharedStrings(XLSXCellLocation)
    /// A cell's shared-string index is past the end of the table of `count` strings.
    case sharedStringOutOfRange(XLSXCellLocation, index: String, count: Int)
    /// A cell comes before (or repeats) the one before it in its row: `previous` is that one's reference.
    case cellOutOfOrder(XLSXCellLocation, previous: String)
    /// A cell whose reference names another row than the `<row>` it is in.
    case cellInWrongRow(XLSXCellLocation, row: Int)
    /// A row comes before (or repeats) the row before it in the file.
    case rowOutOfOrder(file: String, sheet: String, row: Int, previous: Int)
    /// A cell or row reference that is not an A1 reference within A1:XFD1048576; `text` is as found.
    case invalidCellReference(file: String, sheet: String, text: String)
    /// A cell's value does not fit its type (a number that is not a number, a boolean that is not 0 or 1).
    case invalidCellValue(XLSXCellLocation, type: String, text: String)
    /// A formula whose result was never calculated and saved (written by a program that does not
    /// calculate, such as openpyxl).
    case formulaWithoutValue(XLSXCellLocation)
    /// A cell holding an error value such as `#N/A` or `#DIV/0!`.
    case errorValue(XLSXCellLocation, value: String)
    /// More cells, strings, sheets or relationships than the reader keeps in memory; `detail` says which.
    case tooLarge(file: String, sheet: String?, detail: String)

    /// The cell the error is about, when there is one.
    public var location: XLSXCellLocation? {
        switch self {
        case .missingSharedStrings(let l), .sharedStringOutOfRange(let l, _, _), .cellOutOfOrder(let l, _), .cellInWrongRow(let l, _),
             .invalidCellValue(let l, _, _), .formulaWithoutValue(let l), .errorValue(let l, _):
            return l
        default:
            return nil
        }
    }

    /// The file the error is about.
    public var file: String {
        switch self {
        case .notAWorkbook(let f), .legacyExcelFile(let f), .encryptedWorkbook(let f), .unsupportedWorkbook(let f, _),
             .noWorkbookPart(let f), .damagedArchive(let f, _), .missingPart(let f, _), .partTooLarge(let f, _, _),
             .unsupportedCompression(let f, _, _), .malformedXML(let f, _, _, _), .documentTypeDeclaration(let f, _, _),
             .malformedWorkbook(let f, _, _), .noVisibleWorksheet(let f, _), .unknownSheet(let f, _, _),
             .notAWorksheet(let f, _), .invalidCellReference(let f, _, _), .tooLarge(let f, _, _),
             .rowOutOfOrder(let f, _, _, _):
            return f
        case .missingSharedStrings(let l), .sharedStringOutOfRange(let l, _, _), .cellOutOfOrder(let l, _), .cellInWrongRow(let l, _),
             .invalidCellValue(let l, _, _), .formulaWithoutValue(let l), .errorValue(let l, _):
            return l.file
        }
    }

    /// Where the error is, as printed before it: `team.xlsx:Roster!C12`, `team.xlsx:Roster`, or `team.xlsx`.
    public var place: String {
        if let location { return location.description }
        switch self {
        case .invalidCellReference(let f, let sheet, _), .rowOutOfOrder(let f, let sheet, _, _):
            return "\(f):\(CellReference.quotedSheetName(sheet))"
        case .tooLarge(let f, let sheet?, _): return "\(f):\(CellReference.quotedSheetName(sheet))"
        default: return file
        }
    }

    /// The message without its place: what is wrong and what to do.
    public var message: String {
        let saveAs = "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)"
        switch self {
        case .notAWorkbook:
            return "not an XLSX workbook (no ZIP container)"
        case .legacyExcelFile:
            return "an Excel 97–2003 workbook (.xls) or another old Office file, which capplan does not read: \(saveAs)"
        case .encryptedWorkbook:
            return "the workbook is password-protected (encrypted), which capplan cannot read: remove the password and save it as .xlsx"
        case .unsupportedWorkbook(_, let format):
            return "\(format), which capplan does not read: \(saveAs)"
        case .noWorkbookPart:
            return "a ZIP file but not an Excel workbook (it has no workbook part): give the roster as .xlsx or CSV"
        case .damagedArchive(_, let detail):
            return "the workbook is damaged or incomplete (\(detail)): save it again, or copy it again if it was cut short"
        case .missingPart(_, let part):
            return "the workbook is damaged: its part \(part) is missing; open it in Excel or LibreOffice and save it again"
        case .partTooLarge(_, let part, let limit):
            return "the workbook's part \(part) expands past \(Self.bytes(limit)) (more than 1 GiB or 100 times its compressed size): refusing it as a likely ZIP bomb"
        case .unsupportedCompression(_, let part, let method):
            let what = method < 0 ? "is encrypted" : "uses compression method \(method)"
            return "the workbook's part \(part) \(what), which capplan does not read: \(saveAs)"
        case .malformedXML(_, let part, let line, let message):
            return "the workbook is damaged: \(part) line \(line) is not well-formed XML (\(message)); open it in Excel or LibreOffice and save it again"
        case .documentTypeDeclaration(_, let part, let line):
            return "\(part) line \(line) declares a DTD or entities, which workbooks never do: refusing it (entities are never expanded)"
        case .malformedWorkbook(_, let part, let detail):
            return "the workbook is damaged: \(part): \(detail); open it in Excel or LibreOffice and save it again"
        case .noVisibleWorksheet(_, let sheets):
            let listed = sheets.isEmpty ? "it has no worksheets" : "its sheets: \(Self.list(sheets))"
            return "the workbook has no visible worksheet (\(listed)); name one with --sheet NAME"
        case .unknownSheet(_, let name, let available):
            return "no worksheet named \"\(name)\" (the worksheets are \(Self.list(available)))"
        case .notAWorksheet(_, let name):
            return "sheet \"\(name)\" is a chart or macro sheet, not a worksheet: name a worksheet with --sheet"
        case .missingSharedStrings:
            return "the workbook is damaged: the cell refers to the shared-string table, which is missing; open it in Excel or LibreOffice and save it again"
        case .sharedStringOutOfRange(_, let index, let count):
            return "the workbook is damaged: the cell refers to shared string \(index) but there are only \(count); open it in Excel or LibreOffice and save it again"
        case .cellOutOfOrder(let location, let previous):
            return "the workbook is damaged: cell \(location.reference) comes after \(previous) in the file (cells must be in order); open it in Excel or LibreOffice and save it again"
        case .cellInWrongRow(let location, let row):
            return "the workbook is damaged: cell \(location.reference) is inside row \(row) in the file; open it in Excel or LibreOffice and save it again"
        case .rowOutOfOrder(_, _, let row, let previous):
            return "the workbook is damaged: row \(row) comes after row \(previous) in the file (rows must be in order); open it in Excel or LibreOffice and save it again"
        case .invalidCellReference(_, _, let text):
            return "the workbook is damaged: \"\(Self.shown(text))\" is not a cell reference within A1:XFD1048576"
        case .invalidCellValue(_, let type, let text):
            return "the workbook is damaged: the cell's \(type) value \"\(Self.shown(text))\" cannot be read"
        case .formulaWithoutValue:
            return "the cell holds a formula whose value was never calculated: open the workbook in Excel or LibreOffice and save it, or type the value"
        case .errorValue(_, let value):
            return "the cell holds the error value \(value): correct its formula or type the value"
        case .tooLarge(_, let sheet, let detail):
            return "the \(sheet == nil ? "workbook" : "sheet") is too large to read: \(detail)"
        }
    }

    /// `team.xlsx:Roster!C12: the cell holds the error value #N/A: …`
    public var description: String { "\(place): \(message)" }

    static func list(_ names: [String]) -> String {
        let shown = names.prefix(20).map { "\"\($0)\"" }.joined(separator: ", ")
        return names.count > 20 ? "\(shown) and \(names.count - 20) more" : shown
    }

    static func bytes(_ count: UInt64) -> String {
        count >= 1 << 30 ? "\(count >> 30) GiB" : count >= 1 << 20 ? "\(count >> 20) MiB" : count >= 1 << 10 ? "\(count >> 10) KiB" : "\(count) bytes"
    }

    /// At most 60 characters of a value from the file, so a huge one cannot flood the terminal.
    static func shown(_ text: String) -> String {
        text.count <= 60 ? text : "\(text.prefix(60))…"
    }
}
