import Cxlsxwriter
import Foundation

/// An XLSX workbook being written. Create sheets, formats and charts, write cells, then `close()`
/// exactly once: closing writes the file and frees every sheet, format and chart, so nothing
/// from this workbook may be used after it (the wrapper refuses, rather than crash).
public final class Workbook {
    /// How the workbook is written.
    public struct Options: Sendable {
        /// Flush each row as soon as the next begins: memory stays flat, but rows must be written
        /// in order and merged cells are unavailable.
        public var constantMemory = false
        /// Folder for the library's temporary files (constant-memory mode).
        public var temporaryFolder: String?
        public init(constantMemory: Bool = false, temporaryFolder: String? = nil) {
            self.constantMemory = constantMemory
            self.temporaryFolder = temporaryFolder
        }
    }

    /// Document properties shown by spreadsheet programs.
    public struct Properties: Sendable {
        public var title: String?
        public var subject: String?
        public var author: String?
        public var company: String?
        public var comments: String?
        /// Creation time, seconds since 1970; a fixed value makes the file byte-identical across runs.
        public var created: Int
        public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                    comments: String? = nil, created: Int) {
            self.title = title
            self.subject = subject
            self.author = author
            self.company = company
            self.comments = comments
            self.created = created
        }
    }

    /// Excel's limits.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384
    public static let maxStringLength = 32_767
    public static let maxSheetNameLength = 31

    /// `text` cut to fit a cell: at most `maxStringLength` characters as Excel counts them (UTF-16
    /// units, so also within libxlsxwriter's count of code points), never splitting a scalar.
    /// `truncated` is true when it was cut.
    public static func fitted(_ text: String) -> (text: String, truncated: Bool) {
        // UTF-8 never takes fewer units than UTF-16, so short text needs no counting.
        guard text.utf8.count > maxStringLength, text.utf16.count > maxStringLength else { return (text, false) }
        let scalars = text.unicodeScalars
        var end = scalars.startIndex
        var units = 0
        while end < scalars.endIndex {
            let width = UTF16.width(scalars[end])
            if units + width > maxStringLength { break }
            units += width
            end = scalars.index(after: end)
        }
        return (String(scalars[..<end]), true)
    }

    private var pointer: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [FormatSpec: Format] = [:]
    private var sheetNames: Set<String> = []
    let path: String
    /// The temporary-folder string handed to the library, kept alive until close.
    private var temporaryFolderStorage: UnsafeMutablePointer<CChar>?

    /// True until `close()`.
    public var isOpen: Bool { pointer != nil }

    /// Starts a workbook at `path` (written on `close()`).
    public init(path: String, options: Options = Options()) throws(XLSXError) {
        self.path = path
        var libraryOptions = lxw_workbook_options()
        libraryOptions.constant_memory = options.constantMemory ? UInt8(LXW_TRUE.rawValue) : 0
        if let folder = options.temporaryFolder {
            temporaryFolderStorage = strdup(folder)
            libraryOptions.tmpdir = temporaryFolderStorage
        }
        pointer = path.withCString { workbook_new_opt($0, &libraryOptions) }
        if pointer == nil {
            free(temporaryFolderStorage)
            throw .notCreated("\(path): cannot start a workbook (out of memory or an unusable temporary folder)")
        }
    }

    deinit {
        // A workbook dropped without close() still frees its memory; the file is not written.
        if let pointer { lxw_workbook_free(pointer) }
        free(temporaryFolderStorage)
    }

    func open() throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let pointer else { throw .closed(path) }
        return pointer
    }

    /// True when `name` can name a new sheet: 1–31 characters, none of `[]:*?/\`, not starting or
    /// ending with an apostrophe, not Excel's reserved "History", not used yet (case-insensitive, as
    /// Excel compares).
    public func isValidSheetName(_ name: String) -> Bool {
        guard let pointer else { return false }
        return sheetNameProblem(name, in: pointer) == nil
    }

    /// Why `name` cannot name a new sheet, or nil. The library (1.1.4) lets an empty name and
    /// "History" through, though Excel rejects both.
    private func sheetNameProblem(_ name: String, in workbook: UnsafeMutablePointer<lxw_workbook>) -> XLSXError? {
        if name.isEmpty { return .invalidSheetName(name, reason: "a sheet name cannot be empty") }
        if name.lowercased() == "history" { return .invalidSheetName(name, reason: "Excel reserves it") }
        var result = name.withCString { workbook_validate_sheet_name(workbook, $0) }
        if result == LXW_NO_ERROR && sheetNames.contains(name.lowercased()) { result = LXW_ERROR_SHEETNAME_ALREADY_USED }
        guard result != LXW_NO_ERROR else { return nil }
        return .invalidSheetName(name, reason: String(cString: lxw_strerror(result)))
    }

    /// Adds a worksheet called `name` (validated first: the library returns NULL for a bad name).
    public func addWorksheet(_ name: String) throws(XLSXError) -> Worksheet {
        let workbook = try open()
        if let problem = sheetNameProblem(name, in: workbook) { throw problem }
        guard let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
            throw .notCreated("cannot add sheet \"\(name)\"")
        }
        sheetNames.insert(name.lowercased())
        return Worksheet(pointer: sheet, workbook: self, name: name)
    }

    /// The library format for `spec`, created once and reused.
    public func format(_ spec: FormatSpec) throws(XLSXError) -> Format {
        if let cached = formats[spec] { return cached }
        let workbook = try open()
        if spec == FormatSpec() { return Format(pointer: nil) }
        guard let created = workbook_add_format(workbook) else { throw .notCreated("cannot create a format") }
        spec.apply(to: created)
        let format = Format(pointer: created)
        formats[spec] = format
        return format
    }

    /// Adds a chart, to be filled in and then inserted into a sheet.
    public func addChart(_ type: Chart.Kind) throws(XLSXError) -> Chart {
        let workbook = try open()
        guard let chart = workbook_add_chart(workbook, type.libraryValue) else { throw .notCreated("cannot create a chart") }
        return Chart(pointer: chart, workbook: self, kind: type)
    }

    /// Sets the document properties.
    public func setProperties(_ properties: Properties) throws(XLSXError) {
        let workbook = try open()
        var strings = CStrings()
        defer { strings.free() }
        var library = lxw_doc_properties()
        library.title = strings.copy(properties.title)
        library.subject = strings.copy(properties.subject)
        library.author = strings.copy(properties.author)
        library.company = strings.copy(properties.company)
        library.comments = strings.copy(properties.comments)
        library.created = time_t(properties.created)
        // The library copies the strings it keeps.
        try XLSXError.check(workbook_set_properties(workbook, &library), "\(path): cannot set the document properties")
    }

    /// Writes the file and frees the workbook. Call exactly once; afterwards the workbook and
    /// everything made from it refuse further use.
    public func close() throws(XLSXError) {
        let workbook = try open()
        pointer = nil
        formats.removeAll()
        let result = workbook_close(workbook)
        try XLSXError.check(result, "\(path): cannot write the workbook")
    }
}
