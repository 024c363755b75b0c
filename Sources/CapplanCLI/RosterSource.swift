import CapplanCore
import CapplanSpreadsheets

/// What a roster file holds, recognised by its content rather than its name (SPEC §8): CSV text, or
/// a sheet of a workbook (`.xlsx`/`.xlsm`; an old `.xls` or an encrypted workbook is refused, located).
struct RosterSource {
    private enum Content {
        case csv([UInt8])
        case sheet(CSVTable)
        case unreadable(Diagnostics)
    }

    private let content: Content
    private let file: String
    /// The workbook's bytes, when its sheet was chosen by default (for `otherSheetsNote`).
    private let defaultSheetBytes: [UInt8]?

    /// The bytes of the roster `file`. `sheet` (`--sheet`) names the workbook's sheet to read; for a
    /// CSV file it is ignored, with a note unless `quiet`. A sheet the workbook does not have is a
    /// bad command line; a workbook that cannot be read is kept as its located error, for `read`.
    init(bytes: [UInt8], file: String, sheet: String?, quiet: Bool) throws(CommandFailure) {
        self.file = file
        defaultSheetBytes = sheet == nil ? bytes : nil
        guard RosterWorkbook.isWorkbook(bytes) else {
            if let sheet, !quiet {
                Console.current.err("note: \(file) is a CSV file, not a workbook: --sheet \"\(sheet)\" is ignored")
            }
            content = .csv(bytes)
            return
        }
        do {
            content = .sheet(try RosterWorkbook.table(bytes: bytes, file: file, sheet: sheet))
        } catch {
            switch error {
            case let .unknownSheet(file, name, available):
                throw .unknown(thing: "sheet", name: name, qualifier: "in \(file)", suggestion: Suggestion.nearest(to: name, in: available),
                               valid: available)
            case let .notAWorksheet(file, name):
                throw .badOption(option: "--sheet", value: name, problem: "is a chart or macro sheet of \(file), not a worksheet")
            case let .invalid(diagnostics):
                content = .unreadable(diagnostics)
            }
        }
    }

    /// For a roster with errors read from a sheet chosen by default: which sheet that was, and the
    /// workbook's other worksheets, one of which may be the roster (`--sheet`). Nil otherwise.
    var otherSheetsNote: String? {
        guard case let .sheet(table) = content, let read = table.sheet, let bytes = defaultSheetBytes else { return nil }
        let others = RosterWorkbook.worksheetNames(bytes: bytes, file: file).filter { $0 != read }
        guard !others.isEmpty else { return nil }
        return "note: \(file): the sheet read was \"\(read)\", the first visible worksheet; if the roster is on another "
            + "(\(others.map { "\"\($0)\"" }.joined(separator: ", "))), name it with --sheet"
    }

    /// The sheet read, for a workbook.
    var sheet: String? {
        if case let .sheet(table) = content { return table.sheet }
        return nil
    }

    /// The roster and its warnings; throws every diagnostic when it has errors.
    func read(with reader: RosterReader) throws(InvalidInputError) -> (Roster, Diagnostics) {
        switch content {
        case let .csv(bytes): return try reader.read(bytes: bytes, file: file)
        case let .sheet(table): return try reader.read(table: table, file: file)
        case let .unreadable(diagnostics): throw InvalidInputError(diagnostics)
        }
    }
}
