import Foundation

/// An `.xlsx`/`.xlsm` workbook read from bytes in memory: its sheets, and any worksheet as a table.
///
///     let workbook = try XLSXWorkbook(bytes: bytes, file: "team.xlsx")
///     let table = try workbook.table(sheet: options.sheet)   // nil: the first visible worksheet
///
/// Nothing is read from disk or the network; the caller reads the file (and maps a failure to do so
/// to exit 66). Check `XLSXWorkbook.kind(of:)` first: `.other` means the bytes are not a workbook
/// and should be read as CSV.
public struct XLSXWorkbook: Sendable {
    /// One sheet of the workbook, in tab order.
    public struct Sheet: Sendable, Hashable {
        /// The name on its tab.
        public var name: String
        /// False for a hidden or very hidden sheet.
        public var isVisible: Bool
        /// False for a chart sheet, dialog sheet or macro sheet, which hold no cells to read.
        public var isWorksheet: Bool
        /// The part holding its cells.
        package var part: String
    }

    /// The file name, as given, for messages.
    public let file: String
    /// Every sheet, in tab order.
    public let sheets: [Sheet]
    private let zip: ZIPParts
    /// The shared-string table's part, when the workbook has one.
    private let sharedStringsPart: String?

    /// What `bytes` are: a workbook (ZIP), an old or encrypted Office file (OLE2), or something
    /// else (CSV, say).
    public static func kind(of bytes: some Collection<UInt8>) -> XLSXFileKind {
        XLSXFileKind(of: bytes)
    }

    /// Opens the workbook in `bytes`, named `file` in messages.
    public init(bytes: [UInt8], file: String) throws(XLSXReadError) {
        try self.init(data: Data(bytes), file: file)
    }

    /// Opens the workbook in `data`, named `file` in messages: reads its container, its workbook
    /// part and relationships. Throws for an OLE2 file (old `.xls` or encrypted), a file that is not
    /// a ZIP container, and a damaged or hostile one.
    public init(data: Data, file: String) throws(XLSXReadError) {
        try self.init(data: data, file: file, limits: .standard)
    }

    /// As `init(data:file:)`, with other inflate limits (for tests).
    package init(data: Data, file: String, limits: ZIPParts.Limits) throws(XLSXReadError) {
        switch XLSXFileKind(of: data) {
        case .ole2:
            throw OLE2Probe.isEncrypted(data) ? .encryptedWorkbook(file: file) : .legacyExcelFile(file: file)
        case .other:
            throw .notAWorkbook(file: file)
        case .xlsx:
            break
        }
        self.file = file
        let zip = try ZIPParts(data: data, file: file, limits: limits)
        self.zip = zip
        let workbookPart = try Self.workbookPart(in: zip, file: file)
        let workbook = WorkbookHandler(file: file)
        try XMLStream.parse(workbookPart, in: zip, with: workbook)
        let relationshipsPart = PartName.relationships(of: workbookPart)
        let relationships = RelationshipsHandler(file: file)
        if zip.contains(relationshipsPart) {
            try XMLStream.parse(relationshipsPart, in: zip, with: relationships)
        } else if !workbook.sheets.isEmpty {
            throw .missingPart(file: file, part: relationshipsPart)
        }
        sheets = try workbook.sheets.map { entry throws(XLSXReadError) in
            guard let id = entry.relationship, let relationship = relationships.relationships[id] else {
                throw .malformedWorkbook(file: file, part: workbookPart, detail: "sheet \"\(entry.name)\" has no relationship to its part")
            }
            let type = relationship.type.split(separator: "/").last.map(String.init) ?? ""
            return Sheet(name: entry.name, isVisible: entry.state == "visible", isWorksheet: type == "worksheet",
                         part: PartName.resolve(relationship.target, from: workbookPart))
        }
        // Through its relationship; a writer that left the relationship out still put it here.
        sharedStringsPart = relationships.first(ofType: "sharedStrings").map { PartName.resolve($0.target, from: workbookPart) }
            ?? (zip.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
    }

    /// The workbook part: the office document the package's root relationships name, or
    /// `xl/workbook.xml`. Throws for a ZIP that is some other document.
    private static func workbookPart(in zip: ZIPParts, file: String) throws(XLSXReadError) -> String {
        var part = "xl/workbook.xml"
        if zip.contains("_rels/.rels") {
            let root = RelationshipsHandler(file: file)
            try XMLStream.parse("_rels/.rels", in: zip, with: root)
            if let document = root.first(ofType: "officeDocument") {
                part = PartName.resolve(document.target, from: "")
            }
        }
        if part.lowercased().hasSuffix(".bin") || zip.contains("xl/workbook.bin") {
            throw .unsupportedWorkbook(file: file, format: "an Excel binary workbook (.xlsb)")
        }
        if zip.contains(part) { return part }
        if zip.contains("mimetype") && zip.contains("content.xml") {
            throw .unsupportedWorkbook(file: file, format: "an OpenDocument spreadsheet (.ods)")
        }
        throw .noWorkbookPart(file: file)
    }

    /// The worksheets' names, in tab order (for a did-you-mean).
    public var worksheetNames: [String] { sheets.filter(\.isWorksheet).map(\.name) }

    /// The sheet `--sheet NAME` names (exactly, else ignoring case), or with `nil` the first visible
    /// worksheet. A hidden worksheet can be named.
    public func sheet(named name: String?) throws(XLSXReadError) -> Sheet {
        guard let name else {
            guard let first = sheets.first(where: { $0.isVisible && $0.isWorksheet }) else {
                throw .noVisibleWorksheet(file: file, sheets: sheets.map(\.name))
            }
            return first
        }
        let folded = name.lowercased()
        guard let sheet = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { $0.name.lowercased() == folded }) else {
            throw .unknownSheet(file: file, name: name, available: worksheetNames)
        }
        guard sheet.isWorksheet else { throw .notAWorksheet(file: file, name: sheet.name) }
        return sheet
    }

    /// Reads the worksheet `--sheet NAME` names, or the first visible one.
    public func table(sheet name: String? = nil) throws(XLSXReadError) -> XLSXTable {
        let sheet = try sheet(named: name)
        let handler = SheetHandler(builder: SheetBuilder(file: file, sheet: sheet.name, part: sheet.part, sharedStrings: try sharedStrings()))
        try XMLStream.parse(sheet.part, in: zip, with: handler)
        return try handler.builder.pointee.finish()
    }

    /// The shared-string table, or nil when the workbook has none.
    package func sharedStrings() throws(XLSXReadError) -> [String]? {
        guard let part = sharedStringsPart else { return nil }
        guard zip.contains(part) else { return nil }   // a dangling relationship: as if none
        let handler = SharedStringsHandler(file: file)
        try XMLStream.parse(part, in: zip, with: handler)
        return handler.strings
    }

    /// Parses a sheet's XML with a handler that does nothing (for the benchmark's phase timing).
    package func parseDiscarding(_ sheet: Sheet) throws(XLSXReadError) {
        try XMLStream.parse(sheet.part, in: zip, with: XMLPartHandler())
    }

    /// Inflates a sheet's part and throws the bytes away (for the benchmark's phase timing).
    package func inflateDiscarding(_ sheet: Sheet) throws(XLSXReadError) {
        try zip.inflate(sheet.part) { _ throws(XLSXReadError) in }
    }

    /// The inflated bytes of a sheet's part (for the parser comparison in the benchmark).
    package func partBytes(of sheet: Sheet) throws(XLSXReadError) -> [UInt8] {
        try zip.bytes(of: sheet.part)
    }
}

/// Part names inside the package.
enum PartName {
    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    static func relationships(of part: String) -> String {
        let slash = part.lastIndex(of: "/")
        let folder = slash.map { String(part[...$0]) } ?? ""
        let name = slash.map { String(part[part.index(after: $0)...]) } ?? part
        return "\(folder)_rels/\(name).rels"
    }

    /// A relationship's target, relative to the folder of `source` unless it starts with `/`,
    /// with `.` and `..` resolved.
    static func resolve(_ target: String, from source: String) -> String {
        var segments: [Substring] = []
        if !target.hasPrefix("/") {
            segments = source.split(separator: "/", omittingEmptySubsequences: true)
            if !segments.isEmpty { segments.removeLast() }   // the source's own name
        }
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
