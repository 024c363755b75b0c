import Foundation
import Testing
@testable import XLSXReader

/// Every kind of cell, checked by hand.
@Suite struct CellTests {
    @Test func everyStringForm() throws {
        let table = try Fixture.table("crafted-cells.xlsx")
        #expect(table.sheet == "Cells")
        #expect(table.records.map(\.row) == [1, 2, 3, 5])   // row 4 has only styled empty cells
        #expect(table.width == 7)
        func value(_ reference: String) -> String? { table.field(reference)?.value }
        #expect(value("A1") == "plain")
        #expect(value("B1") == "Rich text ")                 // runs joined, phonetic guide left out
        #expect(value("C1") == "a\rb_x0041_c")               // _x000D_ is CR; _x005F_ is a literal _
        #expect(value("D1") == "")
        #expect(table.field("D1")?.kind == .empty)
        #expect(value("A2") == "inline")
        #expect(value("B2") == "inline rich")
        #expect(value("C2") == "formula text")
        #expect(table.field("C2")?.isFormula == true)
        #expect(value("D2") == "<cdata> & more")
        #expect(value("E2") == "R&D AB")
        #expect(value("F2") == "2024-01-15T00:00:00")
        #expect(value("A3") == "no r on row or cells")
        #expect(value("B3") == "42")
        #expect(table.field("B3")?.kind == .number(42))
        #expect(table.field("A5")?.kind == .empty)
        #expect(value("B5") == "TRUE" && table.field("B5")?.kind == .boolean(true))
        #expect(value("C5") == "FALSE" && table.field("C5")?.kind == .boolean(false))
        #expect(value("D5") == "#REF!" && table.field("D5")?.kind == .errorValue)
        #expect(value("E5") == "" && table.field("E5")?.kind == .formulaWithoutValue)
        #expect(value("F5") == "1500")
        #expect(value("G5") == "0")
        #expect(table.cellErrors == [.errorValue(table.location(row: 5, column: 4), value: "#REF!"),
                                     .formulaWithoutValue(table.location(row: 5, column: 5))])
        #expect(table.cellErrors.map(\.description) == [
            "crafted-cells.xlsx:Cells!D5: the cell holds the error value #REF!: correct its formula or type the value",
            "crafted-cells.xlsx:Cells!E5: the cell holds a formula whose value was never calculated: open the workbook in Excel or LibreOffice and save it, or type the value",
        ])
    }

    @Test func numbersBooleansAndGaps() throws {
        let table = try Fixture.table("openpyxl-values.xlsx")
        #expect(table.records.map(\.row) == [1, 3, 5, 6])
        #expect(table.width == 9)
        #expect(table.records[0].fields.map(\.value) == ["name", "3", "3", "2.5", "0.1", "-7", "1e+20", "1e-05", "123456789012345"])
        #expect(table.records[0].fields.map(\.isFraction) == [false, false, false, true, true, false, false, true, false])
        #expect(table.field("G1")?.isWholeNumber == true)
        #expect(table.records[1].fields.map(\.value) == ["TRUE", "FALSE", "#N/A", "", "", " padded ", "line\nbreak", "", ""])
        #expect(table.field("D3")?.kind == .formulaWithoutValue)   // openpyxl writes <f> with an empty <v/>
        #expect(table.field("E3")?.kind == .empty)
        #expect(table.field("A5")?.value == "aAb")                  // _x0041_ means "A", as Excel reads it
        #expect(table.field("E6")?.value == "45306")                // 2024-01-15: a date is its serial number
        #expect(table.field("E6")?.reference == "E6")
        #expect(table.location(of: table.field("E6")!).description == "openpyxl-values.xlsx:Values!E6")
    }

    /// An inline string cell with no `<is>` (openpyxl's empty string) is empty, not the text of the
    /// cell before it (a bug capplan's forms round trip found).
    @Test func inlineStringCellsWithoutText() throws {
        let table = try Fixture.table("openpyxl-empty-strings.xlsx")
        #expect(table.width == 5)
        #expect(table.records.map { $0.fields.map(\.value) } == [["name", "text before", "", "after", ""], ["", "x", "", "", "y"]])
        #expect(table.field("C1")?.kind == .empty && table.field("A2")?.kind == .empty)
    }

    @Test func sixteenThousandColumns() throws {
        let table = try Fixture.table("openpyxl-16384-columns.xlsx")
        #expect(table.width == 16_384)
        #expect(table.records.count == 2)
        #expect(table.field("XFD1")?.value == "c16384")
        #expect(table.field("XFD2")?.value == "last")
        #expect(table.field("A2")?.kind == .empty)
    }

    @Test func dimensionIsNotTrusted() throws {
        // <dimension ref="A1:XFD1048576"/> and two cells: two records, nothing allocated for the rest.
        let table = try Fixture.table("dimension-billion.xlsx")
        #expect(table.records.map(\.row) == [1, 1_048_576])
        #expect(table.field("XFD1048576")?.value == "far")
        #expect(table.field("XFD1048576")?.reference == "XFD1048576")
    }

    @Test(arguments: [("strict-prefixed.xlsx", "R&D", "B2", "strict"),
                      ("stored.xlsx", "Sheet1", "A1", "stored"),
                      ("data-descriptors.xlsx", "Sheet1", "A1", "streamed"),
                      ("zip64-extras.xlsx", "Sheet1", "A1", "streamed")])
    func containerVariants(name: String, sheet: String, reference: String, value: String) throws {
        let table = try Fixture.table(name)
        #expect(table.sheet == sheet)
        #expect(table.field(reference)?.value == value)
    }
}

/// Choosing the sheet.
@Suite struct SheetChoiceTests {
    let name = "openpyxl-sheets.xlsx"

    @Test func listsSheets() throws {
        let workbook = try Fixture.workbook(name)
        #expect(workbook.sheets.map(\.name) == ["Lists", "Chart", "Roster", "Skills matrix", "O'Neil & co", "Secret"])
        #expect(workbook.sheets.map(\.isVisible) == [false, true, true, true, true, false])
        #expect(workbook.sheets.map(\.isWorksheet) == [true, false, true, true, true, true])
        #expect(workbook.worksheetNames == ["Lists", "Roster", "Skills matrix", "O'Neil & co", "Secret"])
    }

    @Test func firstVisibleWorksheetByDefault() throws {
        // The hidden first sheet and the chart sheet before it are skipped.
        let table = try Fixture.table(name)
        #expect(table.sheet == "Roster")
        #expect(table.records.map { $0.fields.map(\.value) } == [["name", "level"], ["Hannah Smith", "engineer"]])
    }

    @Test func namedSheetIgnoringCase() throws {
        let table = try Fixture.table(name, sheet: "skills MATRIX")
        #expect(table.sheet == "Skills matrix")
        #expect(table.location(row: 2, column: 2).description == "openpyxl-sheets.xlsx:'Skills matrix'!B2")
        let quoted = try Fixture.table(name, sheet: "O'Neil & co")
        #expect(quoted.location(of: quoted.records[0].fields[1]).description == "openpyxl-sheets.xlsx:'O''Neil & co'!B2")
    }

    @Test func hiddenSheetWhenNamed() throws {
        #expect(try Fixture.table(name, sheet: "Lists").field("A1")?.value == "hidden")
        #expect(try Fixture.table(name, sheet: "Secret").field("A1")?.value == "very hidden")
    }

    @Test func unknownSheetListsTheWorksheets() {
        let error = Fixture.error(name, sheet: "Rooster")
        #expect(error == .unknownSheet(file: name, name: "Rooster", available: ["Lists", "Roster", "Skills matrix", "O'Neil & co", "Secret"]))
        #expect(error?.description == "openpyxl-sheets.xlsx: no worksheet named \"Rooster\" (the worksheets are \"Lists\", \"Roster\", \"Skills matrix\", \"O'Neil & co\", \"Secret\")")
    }

    @Test func chartSheetIsRefused() {
        #expect(Fixture.error(name, sheet: "chart") == .notAWorksheet(file: name, name: "Chart"))
    }
}
