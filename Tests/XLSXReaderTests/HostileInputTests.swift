import Foundation
import Testing
@testable import XLSXReader

/// Hostile and damaged workbooks (SPEC §8, issue 13): each a clear, located error; none a hang or crash.
@Suite struct HostileInputTests {
    let sheetPart = "xl/worksheets/sheet1.xml"

    @Test func kindByContent() {
        #expect(XLSXWorkbook.kind(of: Fixture.bytes("openpyxl-wide.xlsx")) == .xlsx)
        #expect(XLSXWorkbook.kind(of: Fixture.bytes("empty-zip.xlsx")) == .xlsx)
        #expect(XLSXWorkbook.kind(of: Fixture.bytes("old-excel.xls")) == .ole2)
        #expect(XLSXWorkbook.kind(of: Fixture.bytes("encrypted.xlsx")) == .ole2)
        #expect(XLSXWorkbook.kind(of: Fixture.bytes("csv-named.xlsx")) == .other)
        #expect(XLSXWorkbook.kind(of: [UInt8]()) == .other)
        #expect(XLSXWorkbook.kind(of: Array("PK".utf8)) == .other)
    }

    @Test func csvNamedXLSX() {
        #expect(Fixture.error("csv-named.xlsx") == .notAWorkbook(file: "csv-named.xlsx"))
    }

    @Test func oldExcelAndEncrypted() {
        let old = Fixture.error("old-excel.xls")
        #expect(old == .legacyExcelFile(file: "old-excel.xls"))
        #expect(old?.description.contains("save it as .xlsx") == true)
        let encrypted = Fixture.error("encrypted.xlsx")
        #expect(encrypted == .encryptedWorkbook(file: "encrypted.xlsx"))
        #expect(encrypted?.description.contains("save it as .xlsx") == true)
    }

    @Test func otherContainers() {
        #expect(Fixture.error("not-a-workbook.xlsx") == .noWorkbookPart(file: "not-a-workbook.xlsx"))
        #expect(Fixture.error("empty-zip.xlsx") == .noWorkbookPart(file: "empty-zip.xlsx"))
        #expect(Fixture.error("opendocument.xlsx") == .unsupportedWorkbook(file: "opendocument.xlsx", format: "an OpenDocument spreadsheet (.ods)"))
        #expect(Fixture.error("binary-workbook.xlsx") == .unsupportedWorkbook(file: "binary-workbook.xlsx", format: "an Excel binary workbook (.xlsb)"))
    }

    @Test func truncated() {
        guard case .damagedArchive(let file, _)? = Fixture.error("truncated.xlsx") else {
            Issue.record("truncated.xlsx: \(String(describing: Fixture.error("truncated.xlsx")))")
            return
        }
        #expect(file == "truncated.xlsx")
    }

    /// Every prefix of a real workbook either reads or fails cleanly.
    @Test func everyTruncation() {
        let whole = Fixture.bytes("xlsxwriter-shared.xlsx")
        var failures = 0
        for length in stride(from: 0, to: whole.count, by: 53) {
            do throws(XLSXReadError) {
                _ = try XLSXWorkbook(bytes: Array(whole[..<length]), file: "cut.xlsx").table()
            } catch {
                failures += 1
            }
        }
        #expect(failures == (whole.count + 52) / 53)
    }

    /// Single-byte damage anywhere in a real workbook either reads or fails cleanly.
    @Test func byteFlips() {
        let whole = Fixture.bytes("openpyxl-long.xlsx")
        for offset in stride(from: 0, to: whole.count, by: 7) {
            var damaged = whole
            damaged[offset] ^= 0x5A
            _ = try? XLSXWorkbook(bytes: damaged, file: "flipped.xlsx").table()
        }
    }

    @Test func zipBombByRatio() {
        // 40 MB of spaces deflated to ~40 KB.
        guard case .partTooLarge(_, let part, let limit)? = Fixture.error("zip-bomb-ratio.xlsx") else {
            Issue.record("zip-bomb-ratio.xlsx: \(String(describing: Fixture.error("zip-bomb-ratio.xlsx")))")
            return
        }
        #expect(part == sheetPart)
        #expect(limit < 10_000_000)   // 100 × the compressed size, far below 1 GiB
    }

    @Test func zipBombWithLyingHeader() {
        // The directory claims 1,000 bytes; the output is counted, not the claim.
        guard case .partTooLarge(_, let part, _)? = Fixture.error("zip-bomb-lying-header.xlsx") else {
            Issue.record("zip-bomb-lying-header.xlsx: \(String(describing: Fixture.error("zip-bomb-lying-header.xlsx")))")
            return
        }
        #expect(part == sheetPart)
    }

    @Test func zipBombByAbsoluteSize() throws {
        // The same bomb with the ratio limit lifted stops at the absolute limit (1 MiB here for speed; 1 GiB in use).
        let data = Data(Fixture.bytes("zip-bomb-ratio.xlsx"))
        let limits = ZIPParts.Limits(maxInflatedSize: 1 << 20, maxCompressionRatio: 1_000_000)
        do throws(XLSXReadError) {
            _ = try XLSXWorkbook(data: data, file: "bomb.xlsx", limits: limits).table()
            Issue.record("no error")
        } catch {
            #expect(error == .partTooLarge(file: "bomb.xlsx", part: sheetPart, limit: 1 << 20))
            #expect(error.description.contains("ZIP bomb"))
        }
    }

    @Test func deflateRunningOffTheEnd() throws {
        // A deflate stream that never ends (ZIPFoundation 0.9.20's inflate loop never returns on
        // it): libzip stops at the entry's compressed size; what came out matches the declared size
        // and CRC, so the (empty) sheet reads.
        #expect(try Fixture.table("deflate-runs-off-end.xlsx").records.isEmpty)
    }

    @Test func damagedEntries() {
        if case .damagedArchive(_, let detail)? = Fixture.error("deflate-garbage.xlsx") {
            #expect(detail.hasPrefix("\(sheetPart) cannot be inflated"))
        } else { Issue.record("deflate-garbage.xlsx: \(String(describing: Fixture.error("deflate-garbage.xlsx")))") }
        #expect(Fixture.error("crc-mismatch.xlsx") == .damagedArchive(file: "crc-mismatch.xlsx", detail: "\(sheetPart) fails its checksum"))
        #expect(Fixture.error("encrypted-entry.xlsx") == .unsupportedCompression(file: "encrypted-entry.xlsx", part: sheetPart, method: -1))
        #expect(Fixture.error("zstd-entry.xlsx") == .unsupportedCompression(file: "zstd-entry.xlsx", part: sheetPart, method: 93))
    }

    @Test func documentTypeDeclarations() {
        #expect(Fixture.error("dtd-billion-laughs.xlsx") == .documentTypeDeclaration(file: "dtd-billion-laughs.xlsx", part: sheetPart, line: 2))
        #expect(Fixture.error("dtd-external-entity.xlsx") == .documentTypeDeclaration(file: "dtd-external-entity.xlsx", part: "xl/sharedStrings.xml", line: 2))
        #expect(Fixture.error("dtd-in-workbook.xlsx") == .documentTypeDeclaration(file: "dtd-in-workbook.xlsx", part: "xl/workbook.xml", line: 1))
        #expect(Fixture.error("dtd-billion-laughs.xlsx")?.description
                == "dtd-billion-laughs.xlsx: \(sheetPart) line 2 declares a DTD or entities, which workbooks never do: refusing it (entities are never expanded)")
    }

    @Test func malformedXML() {
        guard case .malformedXML(_, let part, let line, let message)? = Fixture.error("undeclared-entity.xlsx") else {
            Issue.record("undeclared-entity.xlsx"); return
        }
        #expect(part == sheetPart && line == 2 && message.contains("nope"))
        guard case .malformedXML(_, _, 2, _)? = Fixture.error("malformed-xml.xlsx") else {
            Issue.record("malformed-xml.xlsx: \(String(describing: Fixture.error("malformed-xml.xlsx")))"); return
        }
    }

    @Test func sharedStrings() {
        let missing = Fixture.error("no-shared-strings.xlsx")
        #expect(missing == .missingSharedStrings(XLSXCellLocation(file: "no-shared-strings.xlsx", sheet: "Sheet1", row: 2, column: 1)))
        let outOfRange = Fixture.error("shared-string-out-of-range.xlsx")
        #expect(outOfRange == .sharedStringOutOfRange(XLSXCellLocation(file: "shared-string-out-of-range.xlsx", sheet: "Roster", row: 12, column: 3), index: "7", count: 2))
        #expect(outOfRange?.description == "shared-string-out-of-range.xlsx:Roster!C12: the workbook is damaged: the cell refers to shared string 7 but there are only 2; open it in Excel or LibreOffice and save it again")
    }

    @Test func order() {
        func at(_ name: String, _ row: Int, _ column: Int) -> XLSXCellLocation {
            XLSXCellLocation(file: name, sheet: "Sheet1", row: row, column: column)
        }
        #expect(Fixture.error("cell-backwards.xlsx") == .cellOutOfOrder(at("cell-backwards.xlsx", 5, 3), previous: "D5"))
        #expect(Fixture.error("cell-backwards.xlsx")?.description == "cell-backwards.xlsx:Sheet1!C5: the workbook is damaged: cell C5 comes after D5 in the file (cells must be in order); open it in Excel or LibreOffice and save it again")
        #expect(Fixture.error("cell-repeated.xlsx") == .cellOutOfOrder(at("cell-repeated.xlsx", 5, 4), previous: "D5"))
        #expect(Fixture.error("row-backwards.xlsx") == .rowOutOfOrder(file: "row-backwards.xlsx", sheet: "Sheet1", row: 3, previous: 5))
        #expect(Fixture.error("cell-in-wrong-row.xlsx") == .cellInWrongRow(at("cell-in-wrong-row.xlsx", 6, 1), row: 5))
    }

    @Test func misplacedRowsAndCells() {
        func damaged(_ name: String, _ detail: String) -> XLSXReadError {
            .malformedWorkbook(file: name, part: sheetPart, detail: detail)
        }
        #expect(Fixture.error("nested-row.xlsx") == damaged("nested-row.xlsx", "a row inside row 1 in sheet \"Sheet1\""))
        #expect(Fixture.error("cell-outside-row.xlsx") == damaged("cell-outside-row.xlsx", "a cell outside any row in sheet \"Sheet1\""))
        #expect(Fixture.error("nested-cell.xlsx") == damaged("nested-cell.xlsx", "a cell inside cell A1 in sheet \"Sheet1\""))
    }

    @Test func referencesOutsideTheGrid() {
        #expect(Fixture.error("column-past-xfd.xlsx") == .invalidCellReference(file: "column-past-xfd.xlsx", sheet: "Sheet1", text: "XFE1"))
        #expect(Fixture.error("row-past-limit.xlsx") == .invalidCellReference(file: "row-past-limit.xlsx", sheet: "Sheet1", text: "1048577"))
    }

    @Test func strayCellFarRight() {
        // 1,301 rows padded to XFD would be 21 million fields: refused before any is made.
        guard case .tooLarge(let file, let sheet, let detail)? = Fixture.error("stray-cell-far-right.xlsx") else {
            Issue.record("\(String(describing: Fixture.error("stray-cell-far-right.xlsx")))"); return
        }
        #expect(file == "stray-cell-far-right.xlsx" && sheet == "Sheet1")
        #expect(detail.hasPrefix("1301 rows × 16384 columns (to XFD)"))
    }

    @Test func noVisibleWorksheet() {
        #expect(Fixture.error("all-hidden.xlsx") == .noVisibleWorksheet(file: "all-hidden.xlsx", sheets: ["One", "Two"]))
        #expect(Fixture.error("all-hidden.xlsx", sheet: "two") == nil)
    }

    @Test func badValues() {
        let a1 = { (name: String) in XLSXCellLocation(file: name, sheet: "Sheet1", row: 1, column: 1) }
        #expect(Fixture.error("bad-number.xlsx") == .invalidCellValue(a1("bad-number.xlsx"), type: "number", text: "12abc"))
        #expect(Fixture.error("bad-cell-type.xlsx") == .invalidCellValue(a1("bad-cell-type.xlsx"), type: "type", text: "zz"))
    }
}
