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
    /// `--role` resolved once, for rows without a role.
    lazy var defaultRole: RoleID? = options.defaultRole.flatMap { framework.role(named: $0) }

    init(framework: Framework, options: RosterReader.Options, file: String) {
        self.framework = framework
        self.options = options
        self.file = file
    }

    func at(_ field: CSVTable.Field) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column) }

    mutating func read(_ table: CSVTable) -> Roster? {
        guard let first = table.records.first else {
            diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1),
                              "the roster is empty: expected a header row with at least a \"name\" column")
            return nil
        }
        header = first.fields
        readHeader()
        if table.records.count == 1 && !diagnostics.hasErrors {
            diagnostics.error(at: SourceLocation(file: file, line: first.line, column: 1), "the roster has a header but no people: add a row for each person under it")
        }
        if diagnostics.hasErrors { return nil }
        let format: RosterReader.Format = core[.skill] != nil ? .long : .wide
        let records = table.records.dropFirst()
        var roster = format == .wide ? readWide(records) : readLong(records)
        roster?.columns = header.map { String($0.value.trimmingSpaces) }.filter { !$0.isEmpty }
        return roster
    }
}
