import CapplanCore
import CapplanSpreadsheets
import Foundation
import Testing
@testable import XLSXReader

/// Every input the fuzzers once found a problem with (Fixtures/fuzz/) reads or fails cleanly: through
/// the reader alone, and as capplan reads a roster or a form from it (capplan's Fuzz/ targets fuzz-xlsx
/// and fuzz-xlsx-parts, scripts/fuzz.sh).
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = {
        let folder = Fixture.folder.appendingPathComponent("fuzz")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0 != "README.md" }.sorted()
    }()

    @Test func everyFinding() {
        for name in Self.inputs {
            let bytes = Fixture.bytes("fuzz/\(name)")
            // As fuzz-xlsx reads it: the bytes as a workbook.
            readAll(bytes)
            // As fuzz-xlsx-parts reads it: the bytes as one part's XML inside a valid workbook.
            readAll(FuzzWorkbook.around(bytes))
        }
    }

    private func readAll(_ bytes: [UInt8]) {
        readRoster(bytes)
        guard let workbook = try? XLSXWorkbook(bytes: bytes, file: "fuzz.xlsx") else { return }
        for sheet in workbook.sheets {
            if let table = try? workbook.table(sheet: sheet.name) {
                for record in table.records { #expect(record.fields.count == table.width) }
            }
        }
    }

    /// As capplan reads a roster (the default sheet) and a returned form from the bytes.
    private func readRoster(_ bytes: [UInt8]) {
        guard RosterWorkbook.isWorkbook(bytes), let framework = try? BuiltInFramework.load() else { return }
        if let table = try? RosterWorkbook.table(bytes: bytes, file: "fuzz.xlsx", sheet: nil) {
            do {
                let (_, warnings) = try RosterReader(framework: framework).read(table: table, file: "fuzz.xlsx")
                #expect(!warnings.hasErrors)
            } catch {
                #expect(error.diagnostics.hasErrors)
            }
        }
        var forms = FormCollection(framework: framework)
        forms.add(bytes: bytes, file: "fuzz.xlsx")
        #expect(forms.diagnostics.hasErrors == (forms.count == 0))
    }
}

/// The workbook fuzz-xlsx-parts wraps its input in (Fuzz/Sources/FuzzSupport): built here with
/// Python-free means so the test does not depend on the fuzz package. Its first byte chooses the
/// part; the rest is that part's XML.
enum FuzzWorkbook {
    static func around(_ input: [UInt8]) -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let packageRels = "http://schemas.openxmlformats.org/package/2006/relationships"
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<?xml version="1.0"?><Relationships xmlns="\#(packageRels)"><Relationship Id="rId1" Type="\#(rels)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="\#(main)" xmlns:r="\#(rels)"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="\#(packageRels)"><Relationship Id="rId1" Type="\#(rels)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(rels)/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="\#(rels)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", #"<?xml version="1.0"?><worksheet xmlns="\#(main)"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>level</t></is></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>3</v></c></row></sheetData></worksheet>"#),
            ("xl/worksheets/sheet2.xml", #"<?xml version="1.0"?><worksheet xmlns="\#(main)"><sheetData/></worksheet>"#),
            ("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="\#(main)"><si><t>name</t></si><si><r><t>Hannah </t></r><r><t>Smith</t></r></si></sst>"#),
        ].map { ($0.0, Array($0.1.utf8)) }
        let replaceable = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                           "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/worksheets/sheet2.xml"]
        if let selector = input.first {
            let target = replaceable[Int(selector) % replaceable.count]
            parts = parts.map { $0.0 == target ? ($0.0, Array(input.dropFirst())) : $0 }
        }
        return storedZIP(parts)
    }

    static func storedZIP(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var body: [UInt8] = [], central: [UInt8] = []
        func u16(_ v: Int, _ to: inout [UInt8]) { to += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32, _ to: inout [UInt8]) { for s in stride(from: 0, to: 32, by: 8) { to.append(UInt8(v >> UInt32(s) & 0xFF)) } }
        for (name, data) in entries {
            let offset = UInt32(body.count), crc = crc32(data), nameBytes = Array(name.utf8)
            u32(0x0403_4B50, &body); u16(20, &body); u16(0, &body); u16(0, &body); u16(0, &body); u16(0x21, &body)
            u32(crc, &body); u32(UInt32(data.count), &body); u32(UInt32(data.count), &body)
            u16(nameBytes.count, &body); u16(0, &body); body += nameBytes; body += data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0x21, &central); u32(crc, &central); u32(UInt32(data.count), &central)
            u32(UInt32(data.count), &central); u16(nameBytes.count, &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(0, &central); u32(offset, &central); central += nameBytes
        }
        var end: [UInt8] = []
        u32(0x0605_4B50, &end); u16(0, &end); u16(0, &end); u16(entries.count, &end); u16(entries.count, &end)
        u32(UInt32(central.count), &end); u32(UInt32(body.count), &end); u16(0, &end)
        return body + central + end
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in data {
            c ^= UInt32(b)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }
}
