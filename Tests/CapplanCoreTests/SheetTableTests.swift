import CapplanCore
import Testing

/// The roster reader given a spreadsheet's sheet as its table (`CSVTable(records:sheet:)`), cells
/// made by hand: where the header is, how typed cells are read, and how places are named.
@Suite("rosters from a sheet's table")
struct SheetTableTests {
    static let framework = Result { try BuiltInFramework.load() }

    /// A row of fields, columns from A; a value prefixed `#` is a number cell, `!` an error value,
    /// `?` an uncalculated formula, `^` a boolean.
    static func record(_ row: Int, _ values: [String]) -> CSVTable.Record {
        CSVTable.Record(fields: values.enumerated().map { column, text in
            let type: CSVTable.CellType
            switch text.first {
            case "#": type = .number
            case "!": type = .errorValue
            case "?": type = .uncalculatedFormula
            case "^": type = .boolean
            default: type = .text
            }
            return CSVTable.Field(value: type == .text ? text : String(text.dropFirst()), line: row, column: column + 1, type: type)
        }, line: row)
    }

    static func read(_ rows: [(Int, [String])], sheet: String = "Roster") throws(InvalidInputError) -> (Roster, Diagnostics) {
        let table = CSVTable(records: rows.map { record($0.0, $0.1) }, sheet: sheet)
        return try RosterReader(framework: try! framework.get()).read(table: table, file: "team.xlsx")
    }

    static func errors(_ rows: [(Int, [String])], sheet: String = "Roster") -> [String] {
        do {
            _ = try read(rows, sheet: sheet)
            return []
        } catch {
            return error.diagnostics.errors.map(\.description)
        }
    }

    @Test("a place on a sheet is named as Excel names a cell; a sheet name Excel would quote is quoted")
    func locations() {
        #expect(SourceLocation(file: "team.xlsx", line: 12, column: 3, sheet: "Roster").description == "team.xlsx:Roster!C12")
        #expect(SourceLocation(file: "c.xlsx", line: 2, column: 28, sheet: "Skills matrix").description == "c.xlsx:'Skills matrix'!AB2")
        #expect(SourceLocation(file: "c.xlsx", line: 2, column: 16_384, sheet: "O'Neil's").description == "c.xlsx:'O''Neil''s'!XFD2")
        #expect(SourceLocation(file: "c.xlsx", line: 7, column: 0, sheet: "Roster").description == "c.xlsx:Roster!7:7")
        #expect(SourceLocation(file: "c.xlsx", line: 0, sheet: "Roster").description == "c.xlsx:Roster")
        #expect(SourceLocation(file: "c.xlsx", line: 1, column: 1, sheet: "AB12").description == "c.xlsx:'AB12'!A1")
        #expect(SourceLocation(file: "c.xlsx", line: 1, column: 1, sheet: "R1C1").description == "c.xlsx:'R1C1'!A1")
        #expect(SourceLocation(file: "c.xlsx", line: 1, column: 1, sheet: "Équipe_2026").description == "c.xlsx:Équipe_2026!A1")
        #expect(SourceLocation(file: "team.csv", line: 3, column: 5).description == "team.csv:3:5")
        // Sorted by file, then sheet, row and column.
        #expect(SourceLocation(file: "a", line: 9, column: 1, sheet: "A") < SourceLocation(file: "a", line: 1, column: 1, sheet: "B"))
    }

    @Test("the header is the first row naming name, person or id; rows above are titles; without one, the first row")
    func header() throws {
        let (roster, _) = try Self.read([(1, ["Skills matrix: the team", "", "meets"]), (2, ["person", "role", "level"]),
                                         (3, ["Ann Lee", "Infrastructure engineer", "senior"])])
        #expect(roster.people.map(\.name) == ["Ann Lee"])
        #expect(RosterReader.headerIndex(in: [Self.record(1, ["Title"]), Self.record(3, ["x", "ID"])]) == 1)
        #expect(RosterReader.headerIndex(in: [Self.record(1, ["Title"]), Self.record(3, ["who", "level"])]) == 0)
        #expect(Self.errors([(1, ["Our team"]), (2, ["who", "role", "level"])]).first == "team.xlsx:Roster!A1: error: missing required column \"name\"")
    }

    @Test("a fractional rating is an error at its cell; a whole number reads as the rating; a fraction in a capacity too")
    func numbers() throws {
        let header = (1, ["name", "role", "level", "mentor_capacity", "Testing"])
        #expect(Self.errors([header, (2, ["Ann", "Infrastructure engineer", "senior", "#2", "#2.5"])]) == [
            "team.xlsx:Roster!E2: error: rating 2.5 for skill \"Testing\" is not a whole number (use 0, 1, 2, 3, 4, none, awareness, working, practitioner, expert or their initials)",
        ])
        #expect(Self.errors([header, (2, ["Ann", "Infrastructure engineer", "senior", "#1.5", "#3"])]) == [
            "team.xlsx:Roster!D2: error: mentor_capacity must be a whole number from 0 to 1000, not \"1.5\"",
        ])
        let (roster, _) = try Self.read([header, (2, ["Ann", "Infrastructure engineer", "senior", "#2", "#3"])])
        let testing = try #require(try Self.framework.get().skill(named: "Testing"))
        #expect(roster.rating(PersonID(0), testing) == ScaleLevel(3) && roster.people[PersonID(0)].mentorCapacity == 2)
    }

    @Test("a date serial in assessed_on is its day (a date and time, its day); text must be ISO; booleans for mentor")
    func datesAndBooleans() throws {
        let header = (1, ["name", "role", "level", "mentor", "assessed_on", "leave_probability"])
        let (roster, _) = try Self.read([header,
                                         (2, ["Ann", "Infrastructure engineer", "senior", "^FALSE", "#46112", "#1e-05"]),
                                         (3, ["Bob", "Infrastructure engineer", "senior", "^TRUE", "#45351.75", ""]),
                                         (4, ["Cat", "Infrastructure engineer", "senior", "", "2026-03-31", "#0.5"])])
        #expect(roster.people.map { $0.assessedOn?.description } == ["2026-03-31", "2024-02-29", "2026-03-31"])
        #expect(roster.people.map(\.mentors) == [false, true, true])
        #expect(roster.people.map(\.leaveProbability) == [0.00001, nil, 0.5])
        #expect(Self.errors([header, (2, ["Ann", "Infrastructure engineer", "senior", "", "#0", ""])]) == [
            "team.xlsx:Roster!E2: error: assessed_on must be a date written YYYY-MM-DD (such as 2026-03-31), not \"0\"",
        ])
        #expect(Self.errors([header, (2, ["Ann", "Infrastructure engineer", "senior", "", "46112", ""])]).count == 1, "a serial as text is no date")
    }

    @Test("error values and uncalculated formulas are errors where the reader uses the cell, in the header too; elsewhere ignored")
    func unusableCells() {
        #expect(Self.errors([(1, ["name", "role", "level", "notes"]),
                             (2, ["Ann", "Infrastructure engineer", "?", "!#N/A"]),
                             (3, ["!#DIV/0!", "Infrastructure engineer", "senior", ""])]) == [
            "team.xlsx:Roster!C2: error: the cell holds a formula whose value was never calculated: open the workbook in Excel or LibreOffice and save it, or type the value",
            "team.xlsx:Roster!A3: error: the cell holds the error value #DIV/0!: correct its formula or type the value",
        ])
        // A header cell names a column: one that cannot be read is an error, as the header's errors are, before any row.
        #expect(Self.errors([(1, ["name", "role", "level", "!#REF!"]), (2, ["Ann", "Infrastructure engineer", "?", ""])]) == [
            "team.xlsx:Roster!D1: error: the cell holds the error value #REF!: correct its formula or type the value",
        ])
    }

    @Test("messages that point to another row say row, not line")
    func rows() {
        #expect(Self.errors([(1, ["id", "name", "role", "level"]), (4, ["E1", "Ann", "Infrastructure engineer", "senior"]),
                             (9, ["E1", "Bob", "Infrastructure engineer", "senior"])]) == [
            "team.xlsx:Roster!A9: error: duplicate person: id \"E1\" is already on row 4 (give each person a unique id)",
        ])
    }
}
