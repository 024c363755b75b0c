import CapplanCLI
import Foundation
import Testing

/// The same roster as CSV and as XLSX gives byte-identical reports (issue 13): the examples written
/// as workbooks by openpyxl (numbers as numbers, wide and long format) and analysed both ways.
@Suite("CSV and XLSX give the same reports", .serialized)
struct ExcelIdentityTests {
    static let examples = ["ops-team.csv", "infrastructure-team.csv", "digital-team.csv", "infrastructure-team-long.csv"]

    @Test("every CSV byte for byte, and every part of the workbook but the input's name and SHA-256", arguments: examples)
    func identicalReports(example: String) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csvPath = Paths.example(example)
        let csv = try String(contentsOfFile: csvPath, encoding: .utf8)
        let xlsxPath = try #require(workbook(fromCSV: csv, name: example.replacingOccurrences(of: ".csv", with: ".xlsx"), in: folder))
        let fromCSV = folder.appendingPathComponent("from-csv"), fromXLSX = folder.appendingPathComponent("from-xlsx")
        let a = capplan("analyze", csvPath, "--out", fromCSV.path)
        let b = capplan("analyze", xlsxPath, "--out", fromXLSX.path)
        try #require(a.status == 0 && b.status == 0, "\(a.stderr)\n\(b.stderr)")
        // The summary printed and the warnings (but for their locations) are the same too.
        #expect(a.stdout.replacingOccurrences(of: fromCSV.path, with: "OUT").replacingOccurrences(of: csvPath, with: "IN")
                == b.stdout.replacingOccurrences(of: fromXLSX.path, with: "OUT").replacingOccurrences(of: xlsxPath, with: "IN"))
        #expect(a.stderr.split(separator: "\n").count == b.stderr.split(separator: "\n").count)
        let csvFiles = fileContents(of: fromCSV), xlsxFiles = fileContents(of: fromXLSX)
        #expect(csvFiles.keys.sorted() == xlsxFiles.keys.sorted())
        for (name, data) in csvFiles where name.hasSuffix(".csv") {
            #expect(xlsxFiles[name] == data, "\(name) differs")
        }
        let comparison = try #require(excelToolJSON(["compare-workbooks", fromCSV.appendingPathComponent("capability.xlsx").path,
                                                     fromXLSX.appendingPathComponent("capability.xlsx").path, csvPath, xlsxPath]))
        #expect((comparison["parts"] as? Int ?? 0) > 10)
        #expect((comparison["differing_parts"] as? [Any])?.isEmpty == true, "\(comparison)")
        #expect((comparison["about_differences"] as? [Any])?.isEmpty == true, "\(comparison)")
    }
}
