/// Reads a roster (wide or long format, SPEC §2) against a framework, collecting every located
/// error and warning: a CSV file's bytes, or a table of a workbook's sheet (SPEC §8).
public struct RosterReader: Sendable {
    /// Choices that change how a roster is read.
    public struct Options: Sendable {
        /// Role for people whose row gives none (`--role`).
        public var defaultRole: String?
        /// Level for people whose row gives none (`--level`).
        public var defaultLevel: String?
        /// Extra columns to keep per person rather than warn about (`--within COLUMN`).
        public var keepColumns: [String]
        /// Warnings name people by their `--anonymise` pseudonym (`Roster.pseudonym`), not their name.
        /// (Errors still quote the file, names included: they stop the run, and the file must be fixed.)
        public var anonymise: Bool

        public init(defaultRole: String? = nil, defaultLevel: String? = nil, keepColumns: [String] = [], anonymise: Bool = false) {
            self.defaultRole = defaultRole
            self.defaultLevel = defaultLevel
            self.keepColumns = keepColumns
            self.anonymise = anonymise
        }
    }

    /// What the header showed the file to be.
    public enum Format: String, Sendable {
        case wide, long
    }

    public let framework: Framework
    public var options: Options

    static let frameworkGivenAsRoster = "this looks like a framework file, not a roster CSV: pass it with --framework"

    /// True when a roster's first line (or first header field) is how a framework file begins: a YAML
    /// framework read as CSV has a YAML line for its header.
    static func looksLikeFramework(_ first: some StringProtocol) -> Bool {
        first.hasPrefix("capplan_framework") || first.hasPrefix("#") || first.hasPrefix("---")
            || first.hasPrefix("name:") || first.hasPrefix("skills:") || first.hasPrefix("roles:")
    }

    public init(framework: Framework, options: Options = Options()) {
        self.framework = framework
        self.options = options
    }

    /// Reads the roster in `bytes` (the file called `file`). Throws `InvalidInputError` with every
    /// diagnostic when it has errors; otherwise returns the roster and its warnings.
    public func read(bytes: [UInt8], file: String) throws(InvalidInputError) -> (Roster, Diagnostics) {
        var state = ReadState(framework: framework, options: options, file: file)
        let roster: Roster?
        do {
            // Record by record: a roster of thousands of people across many roles has millions of
            // fields, which need not all be held at once. A malformed record anywhere is the one error.
            var records = try CSVTable.RecordReader(bytes: bytes, file: file)
            // Warnings name people by pseudonyms as wide as the number of people: count the rows first.
            var rows = 0
            if options.anonymise {
                var counter = records
                while try counter.next() != nil { rows += 1 }
            }
            roster = try state.read(&records, dataRows: max(0, rows - 1))
        } catch {
            // A framework file given as the roster can trip over CSV quoting before its header is looked at.
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let firstLine = String(decoding: bytes[start...].prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
            guard Self.looksLikeFramework(firstLine) else { throw error }
            throw InvalidInputError(Diagnostics([.error(at: SourceLocation(file: file, line: 1, column: 1), Self.frameworkGivenAsRoster)]))
        }
        if state.diagnostics.hasErrors || roster == nil { throw InvalidInputError(state.diagnostics) }
        return (roster!, state.diagnostics)
    }

    /// Reads the roster in `table`, a workbook's sheet (`table.sheet`) whose cells are already split
    /// into records (rows of empty cells left out), with every rule `read(bytes:file:)` applies;
    /// diagnostics name the sheet and cell (`team.xlsx:Roster!C12`). The header is the first row
    /// that names a `name`, `person` or `id` column (`headerIndex`): rows above it are titles.
    public func read(table: CSVTable, file: String) throws(InvalidInputError) -> (Roster, Diagnostics) {
        var state = ReadState(framework: framework, options: options, file: file, sheet: table.sheet)
        let records = table.records[Self.headerIndex(in: table.records)...]
        var source = RecordList(Array(records))
        let roster = try state.read(&source, dataRows: max(0, records.count - 1))
        if state.diagnostics.hasErrors || roster == nil { throw InvalidInputError(state.diagnostics) }
        return (roster!, state.diagnostics)
    }

    /// Where a sheet's header is: the first record with a cell naming a `name`, `person` or `id`
    /// column, so that title rows above a table (as on capplan's own Skills matrix sheet) are
    /// skipped; the first record when none does (its missing `name` column is then reported).
    public static func headerIndex(in records: [CSVTable.Record]) -> Int {
        records.firstIndex { record in
            record.fields.contains { field in
                !field.value.isEmpty && [CoreColumn.name, .id].contains(CoreColumn(header: field.value.trimmingSpaces))
            }
        } ?? 0
    }
}
