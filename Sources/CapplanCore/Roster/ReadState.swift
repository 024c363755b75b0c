/// The work of one read: the header's meaning, the people so far and the findings.
struct ReadState {
    let framework: Framework
    let options: RosterReader.Options
    let file: String
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

    init(framework: Framework, options: RosterReader.Options, file: String) {
        self.framework = framework
        self.options = options
        self.file = file
    }

    func at(_ field: CSVTable.Field) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column) }

    /// The roster from `records`, the header first; `dataRows` (the people, when no row is rejected)
    /// counted beforehand under `--anonymise`, for pseudonyms.
    mutating func read(_ records: inout some RecordSource, dataRows: Int) throws(InvalidInputError) -> Roster? {
        guard let first = try records.next() else {
            diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1),
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
            diagnostics.error(at: SourceLocation(file: file, line: first.line, column: 1),
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
