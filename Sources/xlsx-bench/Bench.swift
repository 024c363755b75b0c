// Times reading a worksheet, file to table, in this process.
//
//   xlsx-bench [--parser libxml2|xmlparser] [--repeat N] [--sheet NAME] FILE
//
// Each run reads FILE from disk, opens the workbook and reads the sheet into an XLSXTable. Prints
// one line per run (`run 3: 212.4 ms`), then `median: … ms (N runs, R records × W columns)`.
// `--parser xmlparser` reads the sheet with Foundation's XMLParser instead of libxml2;
// `parse-only` and `inflate-only` time those phases alone (libxml2 with no handler; zlib alone).
import Foundation
import XLSXReader
import XLSXReaderFoundationXML

@main
struct Bench {
    var parser = "libxml2"
    var repeats = 1
    var sheet: String?
    var path = ""

    static func main() {
        let bench = parse(Array(CommandLine.arguments.dropFirst()))
        var times: [Double] = []
        var last: XLSXTable?
        do {
            for run in 1...max(bench.repeats, 1) {
                let start = DispatchTime.now().uptimeNanoseconds
                let table = try bench.readOnce()
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                times.append(elapsed)
                print("run \(run): \(String(format: "%.1f", elapsed)) ms")
                last = table
            }
        } catch {
            print("error: \(error)")
            exit(65)
        }
        let sorted = times.sorted()
        let n = sorted.count
        let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        print("median: \(String(format: "%.1f", median)) ms (\(n) runs, \(last!.records.count) records × \(last!.width) columns, \(bench.parser))")
    }

    func readOnce() throws -> XLSXTable {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let workbook = try XLSXWorkbook(data: data, file: (path as NSString).lastPathComponent)
        switch parser {
        case "inflate-only":
            try workbook.inflateDiscarding(workbook.sheet(named: sheet))
            return XLSXTable(file: "", sheet: "", records: [], width: 0)
        case "parse-only":
            try workbook.parseDiscarding(workbook.sheet(named: sheet))
            return XLSXTable(file: "", sheet: "", records: [], width: 0)
        case "xmlparser":
            return try FoundationSheetReader.table(of: workbook, sheet: sheet)
        default:
            return try workbook.table(sheet: sheet)
        }
    }

    static func parse(_ arguments: [String]) -> Bench {
        var bench = Bench()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--parser": bench.parser = rest.popFirst() ?? ""
            case "--repeat": bench.repeats = rest.popFirst().flatMap { Int($0) } ?? 0
            case "--sheet": bench.sheet = rest.popFirst()
            default: bench.path = argument
            }
        }
        guard !bench.path.isEmpty, bench.repeats > 0, ["libxml2", "xmlparser", "parse-only", "inflate-only"].contains(bench.parser) else {
            FileHandle.standardError.write(Data("usage: xlsx-bench [--parser libxml2|xmlparser] [--repeat N] [--sheet NAME] FILE\n".utf8))
            exit(64)
        }
        return bench
    }
}
