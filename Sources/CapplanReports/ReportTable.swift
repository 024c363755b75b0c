import CapplanCore
import Foundation

/// One cell of a report: text, a whole number, a fraction, or nothing.
public enum Cell: Sendable, Equatable {
    case text(String)
    case number(Int)
    case fraction(Double)
    case empty

    /// The cell as CSV text: numbers plain, fractions to four decimals, text neutralised against formulas.
    public var csvText: String {
        switch self {
        case .text(let text): return CSVFormat.neutralised(text)
        case .number(let number): return String(number)
        case .fraction(let value): return Cell.decimal(value)
        case .empty: return ""
        }
    }

    /// The number a workbook stores for a fraction: rounded as the CSV writes it, so the two agree exactly.
    static func workbookNumber(fraction value: Double) -> Double { Double(decimal(value)) ?? value }

    /// `value` with at most four decimals and no trailing zeros (`0.5833`, `1`), independent of locale.
    public static func decimal(_ value: Double) -> String {
        let scaled = Int((value * 10_000).rounded())
        let whole = scaled / 10_000
        var fraction = String(abs(scaled % 10_000))
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

/// A report table, shared by the CSV files and the workbook's sheets so the two always agree.
/// Rows are produced on demand, so a large roster's tables are never all held at once.
public struct ReportTable: Sendable {
    /// The CSV file's name (`gaps.csv`).
    public var fileName: String
    /// The workbook sheet's name (`Gaps`).
    public var sheetName: String
    /// A title line for the sheet.
    public var title: String
    public var columns: [String]
    public var rowCount: Int
    /// The cells of row `index`, one per column.
    public var row: @Sendable (Int) -> [Cell]

    public init(fileName: String, sheetName: String, title: String, columns: [String], rowCount: Int,
                row: @escaping @Sendable (Int) -> [Cell]) {
        self.fileName = fileName
        self.sheetName = sheetName
        self.title = title
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
    }

    /// Writes the table as a CSV file at `url`, streaming it in blocks rather than building it whole.
    public func writeCSV(to url: URL) throws -> [String] {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var out: [UInt8] = []
        let block = 1 << 20
        out.reserveCapacity(block + 4096)
        // Headers are neutralised too: a custom framework's skill names head the skills matrix's columns.
        out.append(contentsOf: CSVFormat.line(columns.map(CSVFormat.neutralised)).utf8)
        for index in 0..<rowCount {
            appendLine(row(index), to: &out)
            if out.count >= block {
                try handle.write(contentsOf: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: out)
        return []
    }

    private func appendLine(_ cells: [Cell], to out: inout [UInt8]) {
        var first = true
        for cell in cells {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(contentsOf: CSVFormat.field(cell.csvText).utf8)
        }
        out.append(0x0A)
    }
}
