import Foundation
import Testing
@testable import XLSXReader

/// The fixtures written by Fixtures/make_fixtures.py.
enum Fixture {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static func bytes(_ name: String) -> [UInt8] {
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("no fixture \(name) at \(url.path)")
        }
        return [UInt8](data)
    }

    static func workbook(_ name: String) throws(XLSXReadError) -> XLSXWorkbook {
        try XLSXWorkbook(bytes: bytes(name), file: name)
    }

    static func table(_ name: String, sheet: String? = nil) throws(XLSXReadError) -> XLSXTable {
        try workbook(name).table(sheet: sheet)
    }

    /// The error reading `name` (opening it and reading its sheet) throws, or nil.
    static func error(_ name: String, sheet: String? = nil) -> XLSXReadError? {
        do throws(XLSXReadError) {
            _ = try table(name, sheet: sheet)
            return nil
        } catch {
            return error
        }
    }

    /// openpyxl's reading of a fixture, from NAME.expected.json.
    struct Expected: Decodable {
        var sheet: String
        var cells: [[Cell]]

        enum Cell: Decodable {
            case int(Int), text(String)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let i = try? c.decode(Int.self) { self = .int(i) } else { self = .text(try c.decode(String.self)) }
            }
        }

        /// (row, column, text) triples.
        var triples: [Triple] {
            cells.map { cell in
                guard case .int(let r) = cell[0], case .int(let c) = cell[1], case .text(let t) = cell[2] else {
                    fatalError("bad expected cell \(cell)")
                }
                return Triple(row: r, column: c, text: t)
            }
        }
    }

    struct Triple: Hashable, CustomStringConvertible {
        var row: Int
        var column: Int
        var text: String
        var description: String { "\(CellReference.a1(row: row, column: column))=\(text.debugDescription)" }
    }

    static func expected(_ name: String) throws -> Expected {
        let json = folder.appendingPathComponent(name.replacingOccurrences(of: ".xlsx", with: ".expected.json"))
        return try JSONDecoder().decode(Expected.self, from: Data(contentsOf: json))
    }
}

extension XLSXTable {
    /// The non-empty fields as (row, column, text).
    var triples: [Fixture.Triple] {
        records.flatMap { record in
            record.fields.filter { !$0.value.isEmpty }.map { Fixture.Triple(row: $0.row, column: $0.column, text: $0.value) }
        }
    }

    /// The field at an A1 reference, or nil when its row was left out.
    func field(_ reference: String) -> Field? {
        guard let parsed = reference.utf8CString.withUnsafeBytes({ CellReference.parse(UnsafeRawBufferPointer(rebasing: $0.dropLast())) }),
              let row = parsed.row, let column = parsed.column,
              let record = records.first(where: { $0.row == row }) else { return nil }
        return column <= record.fields.count ? record.fields[column - 1] : nil
    }
}
