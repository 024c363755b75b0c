import Foundation
import Testing
import XLSXWriter

/// The safe wrapper over libxlsxwriter: failures are thrown `XLSXError`s carrying the library's
/// reason, never crashes. (Needs the target `.testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter"])`.)
@Suite("XLSXWriter")
struct XLSXWriterTests {
    /// A fresh folder, removed by the caller's `defer`.
    func folder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsxwriter-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a workbook writes a zip file on close, and only then")
    func writes() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("book.xlsx").path
        let workbook = try Workbook(path: path, options: .init(constantMemory: true, temporaryFolder: dir.path))
        let sheet = try workbook.addWorksheet("Data")
        #expect(try sheet.write("=1+2", row: 0, column: 0) == false)
        try sheet.write(42, row: 1, column: 0)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(workbook.isOpen)
        try workbook.close()
        #expect(!workbook.isOpen)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.prefix(2) == Data("PK".utf8))
        // Constant-memory mode's temporary files are gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["book.xlsx"])
    }

    @Test("a chart's series and title names are text, even beginning with \"=\" (libxlsxwriter's sign of a cell reference)")
    func chartNamesAreText() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("book.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet("Data")
        try sheet.write("a", row: 0, column: 0)
        try sheet.write(1, row: 0, column: 1)
        let chart = try workbook.addChart(.column)
        let range = { (column: Int) in Chart.Range(sheet: "Data", firstRow: 0, firstColumn: column, lastRow: 0, lastColumn: column) }
        try chart.addSeries(name: "=cmd|x", categories: range(0), values: range(1))
        try chart.setTitles("=Title")
        try sheet.insert(chart, row: 2, column: 0)
        try workbook.close()
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-p", path, "xl/charts/chart1.xml"]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let xml = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        #expect(xml.contains("<c:v> =cmd|x</c:v>") || xml.contains(">=cmd|x<") || xml.contains("> =cmd|x<"), "\(xml)")
        #expect(!xml.contains("<c:f>cmd|x</c:f>"), "the series name became a reference")
        #expect(!xml.contains("<c:f>Title</c:f>"), "the title became a reference")
    }

    @Test("closing into a missing folder throws the library's reason (lxw_strerror)")
    func missingFolder() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("missing/book.xlsx").path
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet("Data").write("x", row: 0, column: 0)
        #expect {
            try workbook.close()
        } throws: { error in
            guard let error = error as? XLSXError else { return false }
            return error.code == 2 // LXW_ERROR_CREATING_XLSX_FILE
                && error.description == "\(path): cannot write the workbook: Error creating output xlsx file. Usually a permissions error."
        }
        #expect(!workbook.isOpen)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("closing twice, and using sheets, formats and charts after closing, throw rather than crash")
    func useAfterClose() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let workbook = try Workbook(path: dir.appendingPathComponent("book.xlsx").path)
        let sheet = try workbook.addWorksheet("Data")
        let bold = try workbook.format(FormatSpec(bold: true))
        let chart = try workbook.addChart(.column)
        try workbook.close()
        #expect(throws: XLSXError.self) { try workbook.close() }
        #expect(throws: XLSXError.self) { try sheet.write("late", row: 0, column: 0, format: bold) }
        #expect(throws: XLSXError.self) { try sheet.write(1, row: 0, column: 0) }
        #expect(throws: XLSXError.self) { try sheet.freezePanes(row: 1, column: 0) }
        #expect(throws: XLSXError.self) { try sheet.insert(chart, row: 0, column: 0) }
        #expect(throws: XLSXError.self) { try workbook.format(FormatSpec(bold: true)) }
        #expect(throws: XLSXError.self) { try workbook.addWorksheet("More") }
        #expect(throws: XLSXError.self) { try workbook.addChart(.pie) }
        let range = Chart.Range(sheet: "Data", firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0)
        #expect(throws: XLSXError.self) { try chart.addSeries(name: "s", categories: range, values: range) }
        #expect(throws: XLSXError.self) { try chart.setTitles("late") }
        #expect(!workbook.isValidSheetName("Fine"))
    }

    @Test("invalid sheet names throw, with the reason", arguments: [
        ("a[b", "invalid characters"), ("a]b", "invalid characters"), ("a:b", "invalid characters"), ("a*b", "invalid characters"),
        ("a?b", "invalid characters"), ("a/b", "invalid characters"), ("a\\b", "invalid characters"),
        (String(repeating: "x", count: 32), "31 characters"), ("'quoted", "apostrophe"), ("quoted'", "apostrophe"),
        ("Taken", "already in use"), ("TAKEN", "already in use"), ("", "empty"), ("History", "reserves"),
    ])
    func invalidSheetNames(name: String, reason: String) throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("book.xlsx").path
        let workbook = try Workbook(path: path)
        _ = try workbook.addWorksheet("Taken")
        #expect(!workbook.isValidSheetName(name))
        #expect {
            _ = try workbook.addWorksheet(name)
        } throws: { error in
            (error as? XLSXError)?.description.contains(reason) == true
        }
        // The workbook is still good.
        try workbook.close()
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("valid sheet names: 31 characters, 31 non-ASCII characters, spaces and punctuation")
    func validSheetNames() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let workbook = try Workbook(path: dir.appendingPathComponent("book.xlsx").path)
        for name in [String(repeating: "x", count: 31), String(repeating: "é", count: 31), "Gaps by level", "Mentoring (2)", "it's"] {
            #expect(workbook.isValidSheetName(name), "\(name)")
            _ = try workbook.addWorksheet(name)
        }
        try workbook.close()
    }

    @Test("text past Excel's 32,767 characters is cut to fit and reported")
    func longText() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let workbook = try Workbook(path: dir.appendingPathComponent("book.xlsx").path)
        let sheet = try workbook.addWorksheet("Data")
        #expect(try sheet.write(String(repeating: "a", count: Workbook.maxStringLength), row: 0, column: 0) == false)
        #expect(try sheet.write(String(repeating: "é", count: Workbook.maxStringLength + 1), row: 1, column: 0) == true)
        // Characters outside the Basic Multilingual Plane take two of Excel's (UTF-16) characters.
        #expect(try sheet.write(String(repeating: "😀", count: Workbook.maxStringLength / 2 + 1), row: 2, column: 0) == true)
        try workbook.close()
    }

    /// Excel counts a cell's characters in UTF-16 units, libxlsxwriter in code points; the cut
    /// satisfies both, and never splits a scalar (or leaves half a surrogate pair).
    @Test("fitted: at most 32,767 UTF-16 units, never half a character, untouched when it fits")
    func fitted() {
        let limit = Workbook.maxStringLength
        let ascii = String(repeating: "a", count: limit)
        #expect(Workbook.fitted(ascii) == (ascii, false))
        #expect(Workbook.fitted(ascii + "b") == (ascii, true))
        let accents = String(repeating: "é", count: limit)
        #expect(Workbook.fitted(accents) == (accents, false))
        // 16,383 emoji fill 32,766 units; one more would make 32,768, so it is left out.
        let emoji = String(repeating: "😀", count: limit / 2 + 1)
        let cut = Workbook.fitted(emoji)
        #expect(cut.truncated && cut.text.utf16.count == limit - 1 && cut.text.unicodeScalars.allSatisfy { $0 == "😀" })
        // An odd start makes room for one more.
        let mixed = Workbook.fitted("a" + emoji)
        #expect(mixed.truncated && mixed.text.utf16.count == limit && mixed.text.hasPrefix("a😀"))
        // A combining mark is its own scalar: the cut may fall between it and its base, never inside a scalar.
        let combining = Workbook.fitted(String(repeating: "e\u{301}", count: limit))
        #expect(combining.truncated && combining.text.unicodeScalars.count == limit)
    }
}
