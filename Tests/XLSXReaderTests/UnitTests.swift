import Foundation
import Testing
@testable import XLSXReader

@Suite struct CellReferenceTests {
    func parse(_ text: String) -> CellReference.Parsed? {
        Array(text.utf8).withUnsafeBytes { CellReference.parse($0) }
    }

    @Test func columnNamesRoundTrip() {
        #expect(CellReference.columnName(1) == "A")
        #expect(CellReference.columnName(26) == "Z")
        #expect(CellReference.columnName(27) == "AA")
        #expect(CellReference.columnName(702) == "ZZ")
        #expect(CellReference.columnName(703) == "AAA")
        #expect(CellReference.columnName(16_384) == "XFD")
        // Brute force: every column's name parses back to it.
        for column in 1...16_384 {
            #expect(parse(CellReference.columnName(column) + "1") == .init(row: 1, column: column))
        }
    }

    @Test func parsing() {
        #expect(parse("C12") == .init(row: 12, column: 3))
        #expect(parse("c12") == .init(row: 12, column: 3))
        #expect(parse("12") == .init(row: 12, column: nil))
        #expect(parse("XFD1048576") == .init(row: 1_048_576, column: 16_384))
        #expect(parse("XFE1") == nil)
        #expect(parse("A1048577") == nil)
        #expect(parse("A0") == nil)
        #expect(parse("") == nil)
        #expect(parse("$A$1") == nil)
        #expect(parse("1A") == nil)
        #expect(parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAA1") == nil)
        #expect(parse("A99999999999999999999999999") == nil)
    }

    @Test func sheetNamesQuotedAsExcelDoes() {
        #expect(CellReference.quotedSheetName("Roster") == "Roster")
        #expect(CellReference.quotedSheetName("Skills matrix") == "'Skills matrix'")
        #expect(CellReference.quotedSheetName("O'Neil") == "'O''Neil'")
        #expect(CellReference.quotedSheetName("2024") == "'2024'")
        #expect(CellReference.quotedSheetName("Équipe_1") == "Équipe_1")
    }
}

@Suite struct NumberTextTests {
    func parse(_ text: String) -> Double? { NumberText.parse(Array(text.utf8)) }

    @Test func parsing() {
        #expect(parse("3") == 3)
        #expect(parse("-2.5") == -2.5)
        #expect(parse("1E-3") == 0.001)
        #expect(parse("1.5e+3") == 1500)
        #expect(parse(" 7 ") == 7)
        #expect(parse(".5") == 0.5)
        for bad in ["", "-", "e5", "1e", "INF", "inf", "NaN", "nan", "0x10", "1e400", "1,5", "3 4", "++1"] {
            #expect(parse(bad) == nil, "\(bad)")
        }
    }

    @Test func formatting() {
        #expect(NumberText.format(3) == "3")
        #expect(NumberText.format(-0.0) == "0")
        #expect(NumberText.format(2.5) == "2.5")
        #expect(NumberText.format(0.1) == "0.1")
        #expect(NumberText.format(1e20) == "1e+20")
        #expect(NumberText.format(9_007_199_254_740_993) == "9007199254740992")
        #expect(NumberText.format(0.1 + 0.2) == "0.30000000000000004")
    }
}

@Suite struct OOXMLTextTests {
    func decode(_ text: String) -> String { OOXMLText.decode(Array(text.utf8)) }

    @Test func escapes() {
        #expect(decode("plain") == "plain")
        #expect(decode("a_x000D__x000A_b") == "a\r\nb")
        #expect(decode("_x005F_x0041_") == "_x0041_")
        #expect(decode("_x004g_") == "_x004g_")
        #expect(decode("_x0041") == "_x0041")
        #expect(decode("_xD800_") == "\u{FFFD}")   // a lone surrogate cannot be a character
    }
}

@Suite struct PartNameTests {
    @Test func resolving() {
        #expect(PartName.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PartName.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PartName.resolve("../other/s.xml", from: "xl/workbook.xml") == "other/s.xml")
        #expect(PartName.resolve("./a/./b.xml", from: "xl/workbook.xml") == "xl/a/b.xml")
        #expect(PartName.resolve("../../../../x.xml", from: "xl/workbook.xml") == "x.xml")
        #expect(PartName.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
        #expect(PartName.relationships(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PartName.relationships(of: "book.xml") == "_rels/book.xml.rels")
    }
}

@Suite struct ZIPPartsTests {
    /// Every part of containers written in different ways is found and inflates.
    @Test(arguments: ["openpyxl-wide.xlsx", "xlsxwriter-shared.xlsx", "data-descriptors.xlsx", "zip64-extras.xlsx", "stored.xlsx"])
    func everyPartInflates(_ name: String) throws {
        let zip = try ZIPParts(data: Data(Fixture.bytes(name)), file: name)
        #expect(zip.contains("xl/workbook.xml") && zip.contains("_rels/.rels") && zip.contains("[Content_Types].xml"))
        for part in zip.entries.keys {
            let bytes = try zip.bytes(of: part)
            #expect(bytes.starts(with: Array("<?xml".utf8)) || bytes.starts(with: Array("<".utf8)), "\(part)")
        }
    }

    @Test func partNamesIgnoreCase() throws {
        let zip = try ZIPParts(data: Data(Fixture.bytes("openpyxl-wide.xlsx")), file: "w.xlsx")
        #expect(zip.contains("XL/Workbook.xml"))
        #expect(zip.contains("/xl/workbook.xml"))
        #expect(throws: XLSXReadError.missingPart(file: "w.xlsx", part: "xl/nothing.xml")) { try zip.bytes(of: "xl/nothing.xml") }
    }
}
