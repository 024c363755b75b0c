import Foundation
import Testing
@testable import XLSXReader
import XLSXReaderFoundationXML

/// Workbooks written by other programs read back as openpyxl reads them (Fixtures/*.expected.json).
@Suite struct RoundTripTests {
    @Test(arguments: ["openpyxl-wide.xlsx", "openpyxl-long.xlsx", "xlsxwriter-shared.xlsx", "xlsxwriter-inline.xlsx"])
    func matchesOpenpyxl(_ name: String) throws {
        let expected = try Fixture.expected(name)
        let table = try Fixture.table(name)
        #expect(table.sheet == expected.sheet)
        #expect(table.file == name)
        #expect(table.triples == expected.triples)
        // Every record is as wide as the table; every field sits at its own row and column.
        var previousRow = 0
        for record in table.records {
            #expect(record.fields.count == table.width)
            #expect(record.row > previousRow)
            previousRow = record.row
            for (i, field) in record.fields.enumerated() {
                #expect(field.row == record.row && field.column == i + 1)
            }
            #expect(record.fields.contains { !$0.value.isEmpty })
        }
    }

    @Test func wideRosterShape() throws {
        let table = try Fixture.table("openpyxl-wide.xlsx")
        #expect(table.width == 14)
        #expect(table.records.count == 61)
        #expect(table.records[0].fields.map(\.value) == ["id", "name", "role", "level", "grade", "team", "mentor", "mentor_capacity",
                                                          "Change management", "Incident management", "Problem management",
                                                          "Testing", "Coding and scripting", "User focus"])
        // Capacities are whole numbers; the mentor column mixes text and booleans.
        let capacities = table.records.dropFirst().map { $0.fields[7] }.filter { !$0.value.isEmpty }
        #expect(!capacities.isEmpty && capacities.allSatisfy { $0.isWholeNumber && !$0.isFraction })
        let mentor = Set(table.records.dropFirst().map { $0.fields[6].value })
        #expect(mentor == ["yes", "no", "TRUE", "FALSE"])
    }

    @Test func formulasByCachedValue() throws {
        let table = try Fixture.table("xlsxwriter-shared.xlsx")
        let row = try #require(table.records.first { $0.row == 43 })
        #expect(row.fields.prefix(5).map(\.value) == ["3", "working", "TRUE", "#DIV/0!", "2.5"])
        #expect(row.fields.prefix(5).allSatisfy { $0.isFormula })
        #expect(row.fields[0].kind == .number(3))
        #expect(row.fields[1].kind == .string)
        #expect(row.fields[2].kind == .boolean(true))
        #expect(row.fields[3].kind == .errorValue)
        #expect(row.fields[4].isFraction)
        #expect(table.field("B42")?.value == "Rich text name")
        #expect(table.cellErrors == [.errorValue(table.location(row: 43, column: 4), value: "#DIV/0!")])
    }

    /// Foundation's XMLParser driving the same cell model gives the same table (the benchmark's
    /// comparison is between equals).
    @Test(arguments: ["openpyxl-wide.xlsx", "xlsxwriter-shared.xlsx", "crafted-cells.xlsx", "openpyxl-values.xlsx", "strict-prefixed.xlsx"])
    func parsersAgree(_ name: String) throws {
        let workbook = try Fixture.workbook(name)
        let libxml2 = try workbook.table()
        let foundation = try FoundationSheetReader.table(of: workbook)
        #expect(libxml2.records == foundation.records)
        #expect(libxml2.width == foundation.width)
    }
}
