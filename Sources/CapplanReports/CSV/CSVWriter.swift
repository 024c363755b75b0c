import CapplanCore
import Foundation

/// Writes a report's table as a CSV file (SPEC §5): a header, then a line per row, cells named by
/// `CellNaming`, text neutralised against formulas, streamed in blocks rather than built whole.
enum CSVWriter {
    static func write(_ table: ReportTable, naming: CellNaming, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var out: [UInt8] = []
        let block = 1 << 20
        out.reserveCapacity(block + 4096)
        // Headers are neutralised too: a custom framework's skill names head the skills matrix's columns.
        out.append(contentsOf: CSVFormat.line(table.columns.map(CSVFormat.neutralised)).utf8)
        for index in 0..<table.rowCount {
            appendLine(table.row(index), naming: naming, to: &out)
            if out.count >= block {
                try handle.write(contentsOf: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: out)
    }

    private static func appendLine(_ cells: [ReportCell], naming: CellNaming, to out: inout [UInt8]) {
        var first = true
        for cell in cells {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(contentsOf: CSVFormat.field(naming.cell(cell).csvText).utf8)
        }
        out.append(0x0A)
    }
}
