/// The work of one read: the header's meaning, the people so far and the findings.
struct ReadState {
    let framework: Framework
    let options: RosterReader.Options
    let file: String
    /// The workbook's sheet the records come from; nil for a CSV file.
    let sheet: String?
    var diagnostics = Diagnostics()

    /// Header position of each core column.
    var core: [CoreColumn: Int] = [:]
    /// (header position, skill) of each skill column (wide format).
    var skillColumns: [(column: Int, skill: SkillID)] = []
    /// (header position, key) of each kept extra column.
    var keptColumns: [(column: Int, key: NameKey)] = []
    var header: [CSVTable.Field] = []
    /// True for skills the file has a column (wide) or a row (long) for.
    var skillPresent = IDArray<SkillID, Bool>([])

    /// Parsed rating cells, since a roster repeats a handful of spellings millions of times.
    var ratingCache = RatingCache()
    /// Resolved role cells and (role, level cell) pairs, for the same reason.
    var roleCache: [Substring: RoleID?] = [:]
    var levelCache: [RoleID: [String: RoleLevelID?]] = [:]
    var gradeCache: [String: GradeID?] = [:]
    /// Data rows read (every record after the header).
    var rowsRead = 0
    /// `--role` resolved once, for rows without a role.
    lazy var defaultRole: RoleID? = options.defaultRole.flatMap { framework.role(named: $0) }
    /// The error for a row with no role, made once: a file may have a million such rows.
    lazy var noRoleMessage = "no role given (the framework has \(framework.roles.count) roles: \(Framework.listed(framework.roles.map(\.name)))); add a role column or use --role"

    init(framework: Framework, options: RosterReader.Options, file: String, sheet: String? = nil) {
        self.framework = framework
        self.options = options
        self.file = file
        self.sheet = sheet
    }

    func at(_ field: CSVTable.Field) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column, sheet: sheet) }

    /// The start of `line` (a sheet's row: its first cell).
    func place(line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 1, sheet: sheet) }

    /// `line 12` in a CSV file, `row 12` on a sheet.
    func lineName(_ line: Int) -> String { sheet == nil ? "line \(line)" : "row \(line)" }

    /// `column 3` of a CSV file's header, `column C` on a sheet.
    func columnName(_ position: Int) -> String {
        sheet == nil ? "column \(position + 1)" : "column \(SourceLocation.columnName(header[position].column))"
    }

    /// Header positions of the columns the reader uses (core, skill and kept columns), set once the
    /// header is read: on a sheet, their cells are checked for values that cannot be used.
    var usedColumns: [Int] = []

    /// An error for a sheet's cell whose value cannot be used (an error value, a formula never
    /// calculated); false for such a cell. A CSV field is always usable.
    mutating func isUsable(_ field: CSVTable.Field) -> Bool {
        switch field.type {
        case .text, .number, .boolean:
            return true
        case .errorValue:
            diagnostics.error(at: at(field), "the cell holds the error value \(Diagnostic.shown(field.value)): correct its formula or type the value")
        case .uncalculatedFormula:
            diagnostics.error(at: at(field), "the cell holds a formula whose value was never calculated: open the workbook in Excel or LibreOffice and save it, or type the value")
        }
        return false
    }

    /// Errors for a sheet's row whose used cells hold values that cannot be used; false for such a row.
    mutating func cellsAreUsable(_ record: CSVTable.Record) -> Bool {
        var record = record
        return usableCells(&record, ratingColumns: []).sound
    }

    /// `cellsAreUsable` for a wide row, whose unusable rating cells are blanked so that the rest of
    /// the row is still checked (every error found at once): `readOn` is false when a cell the row's
    /// person needs (a core or kept column) is unusable, `sound` when any is.
    mutating func usableCells(_ record: inout CSVTable.Record, ratingColumns: Set<Int>) -> (readOn: Bool, sound: Bool) {
        guard sheet != nil else { return (true, true) }
        var (readOn, sound) = (true, true)
        for position in usedColumns where !isUsable(record.fields[position]) {
            sound = false
            if ratingColumns.contains(position) {
                record.fields[position].value = ""
                record.fields[position].type = .text
            } else {
                readOn = false
            }
        }
        return (readOn, sound)
    }

    /// The roster from `records`, the header first; `dataRows` (the people, when no row is rejected)
    /// counted beforehand under `--anonymise`, for pseudonyms.
    mutating func read(_ records: inout some RecordSource, dataRows: Int) throws(InvalidInputError) -> Roster? {
        guard let first = try records.next() else {
            diagnostics.error(at: place(line: 1),
                              "the roster is empty: expected a header row with at least a \"name\" column")
            return nil
        }
        header = first.fields
        readHeader()
        if diagnostics.hasErrors {
            // A malformed record further on is still the error to report.
            while try records.next() != nil {}
            return nil
        }
        let format: RosterReader.Format = core[.skill] != nil ? .long : .wide
        var roster = format == .wide ? try readWide(&records, count: dataRows) : try readLong(&records)
        if rowsRead == 0 {
            diagnostics.error(at: place(line: first.line),
                              "the roster has a header but no people: add a row for each person under it")
        }
        roster?.columns = header.map { String($0.value.trimmingSpaces) }.filter { !$0.isEmpty }
        return roster
    }
}

/// A roster's records one at a time, the header first: a CSV file's (`CSVTable.RecordReader`), or
/// any other table's, each field knowing where it stands.
public protocol RecordSource {
    /// The next record, nil at the end; throws the located error of a malformed one.
    mutating func next() throws(InvalidInputError) -> CSVTable.Record?
}

extension CSVTable.RecordReader: RecordSource {}

/// Records already read (a table from elsewhere, such as a spreadsheet's sheet).
public struct RecordList: RecordSource {
    private var records: ArraySlice<CSVTable.Record>
    public init(_ records: [CSVTable.Record]) { self.records = records[...] }
    public mutating func next() throws(InvalidInputError) -> CSVTable.Record? { records.popFirst() }
}
