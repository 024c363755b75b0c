import CapplanCore
import CapplanSpreadsheets
import FuzzSupport
import XLSXReader

/// What the XLSX fuzzers share: reading a workbook every way capplan does (the reader on every
/// sheet, the roster reader on the default sheet, the form collector), and wrapping one fuzzed part
/// in an otherwise valid workbook.
public enum XLSXFuzz {
    /// Reads `bytes` as a workbook every way capplan does. Errors are the expected outcome for most
    /// inputs; a crash, hang or leak is the finding, and so is a broken promise (a record narrower than
    /// its table, a roster read without throwing but with errors, an error without a message).
    public static func readAll(_ bytes: [UInt8]) {
        _ = XLSXWorkbook.kind(of: bytes)
        if let workbook = try? XLSXWorkbook(bytes: bytes, file: "fuzz.xlsx") {
            for sheet in workbook.sheets {
                if let table = try? workbook.table(sheet: sheet.name) { consume(table) }
            }
        }
        readRoster(bytes)
        var forms = FormCollection(framework: FuzzSupport.ddat)
        forms.add(bytes: bytes, file: "fuzz.xlsx")
        if forms.diagnostics.hasErrors {
            precondition(forms.count == 0, "a form with errors was collected")
            FuzzSupport.render(forms.diagnostics)
        } else {
            _ = forms.rosterCSV + forms.commentsCSV
        }
    }

    /// The default sheet as capplan reads a roster given as a workbook.
    static func readRoster(_ bytes: [UInt8]) {
        guard RosterWorkbook.isWorkbook(bytes) else { return }
        let reader = RosterReader(framework: FuzzSupport.ddat)
        do throws(RosterWorkbookError) {
            let table = try RosterWorkbook.table(bytes: bytes, file: "fuzz.xlsx", sheet: nil)
            do {
                let (roster, warnings) = try reader.read(table: table, file: "fuzz.xlsx")
                precondition(roster.ratings.count == roster.people.count * roster.skillCount)
                precondition(!warnings.hasErrors, "a roster read without throwing has errors")
                FuzzSupport.render(warnings)
            } catch {
                precondition(error.diagnostics.hasErrors, "InvalidInputError without an error")
                FuzzSupport.render(error.diagnostics)
            }
        } catch {
            if case let .invalid(diagnostics) = error {
                precondition(diagnostics.hasErrors)
                FuzzSupport.render(diagnostics)
            }
        }
    }

    /// Touches what a roster reader would: every field's text, kind and location.
    static func consume(_ table: XLSXTable) {
        var total = 0
        for record in table.records {
            precondition(record.fields.count == table.width, "a record is not as wide as the table")
            for (i, field) in record.fields.enumerated() {
                precondition(field.column == i + 1 && field.row == record.row, "a field is out of place")
                total &+= field.value.utf8.count &+ field.reference.utf8.count
                _ = field.isFraction
            }
        }
        _ = table.cellErrors.map(\.description)
        _ = total
    }

    // --- A workbook around one fuzzed part ------------------------------------------------------

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRels = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The parts of a small valid workbook with two worksheets and shared strings.
    static var standardParts: [(String, [UInt8])] {
        [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<?xml version="1.0"?><Relationships xmlns="\#(packageRels)"><Relationship Id="rId1" Type="\#(rels)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="\#(main)" xmlns:r="\#(rels)"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="\#(packageRels)"><Relationship Id="rId1" Type="\#(rels)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(rels)/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="\#(rels)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", #"<?xml version="1.0"?><worksheet xmlns="\#(main)"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>level</t></is></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>3</v></c></row></sheetData></worksheet>"#),
            ("xl/worksheets/sheet2.xml", #"<?xml version="1.0"?><worksheet xmlns="\#(main)"><sheetData/></worksheet>"#),
            ("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="\#(main)"><si><t>name</t></si><si><r><t>Hannah </t></r><r><t>Smith</t></r></si></sst>"#),
        ].map { ($0.0, Array($0.1.utf8)) }
    }

    /// The parts a fuzzed input can replace, chosen by its first byte.
    static let replaceable = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                              "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/worksheets/sheet2.xml"]

    /// A workbook whose part chosen by `input[0]` holds the rest of `input`.
    public static func workbook(around input: [UInt8]) -> [UInt8] {
        guard let selector = input.first else { return storedZIP(standardParts) }
        let target = replaceable[Int(selector) % replaceable.count]
        let xml = Array(input.dropFirst())
        return storedZIP(standardParts.map { $0.0 == target ? ($0.0, xml) : $0 })
    }

    /// A ZIP archive with every entry stored (not compressed).
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

    static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in data { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
