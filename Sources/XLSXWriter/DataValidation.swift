import Cxlsxwriter

/// A rule for what may be typed into a range of cells, and the messages Excel shows about it.
public struct DataValidation: Sendable {
    /// What the cells accept.
    public enum Rule: Sendable, Equatable {
        /// One of these values, offered as a drop-down. Excel caps the list, written inline, at 255
        /// characters (commas included) and cannot hold a value with a comma: use `listFrom` then.
        case list([String])
        /// One of the values in a range of cells (`=Lists!$A$1:$A$40`), offered as a drop-down.
        case listFrom(String)
        /// A whole number from `minimum` to `maximum`.
        case wholeNumber(minimum: Int, maximum: Int)
        /// Anything: only the input message is wanted.
        case any
    }

    /// How Excel answers a value the rule refuses.
    public enum ErrorStyle: Sendable {
        /// Refuse it.
        case stop
        /// Warn, and let the user keep it.
        case warning
        /// Tell, and keep it.
        case information
    }

    public var rule: Rule
    /// Shown when a cell is selected: a title (32 characters at most) and a message (255 at most).
    public var inputTitle: String?
    public var inputMessage: String?
    /// Shown when a value is refused: a title (32 characters at most) and a message (255 at most).
    public var errorTitle: String?
    public var errorMessage: String?
    public var errorStyle: ErrorStyle

    public init(_ rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil,
                errorMessage: String? = nil, errorStyle: ErrorStyle = .stop) {
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
    }

    /// Excel's limit on an inline list: its values joined by commas, in characters.
    public static let inlineListLimit = 255

    /// True when `values` can be written as an inline list: within Excel's 255 characters, joined
    /// by commas, and none holding a comma or a double quote (which the inline form cannot escape).
    public static func fitsInline(_ values: [String]) -> Bool {
        !values.isEmpty && values.allSatisfy { !$0.contains(",") && !$0.contains("\"") }
            && values.reduce(values.count - 1) { $0 + $1.utf16.count } <= inlineListLimit
    }
}

extension Worksheet {
    /// Applies `validation` to every cell of the range. A list too long to write inline is a
    /// caller's mistake (`DataValidation.fitsInline`): refused as `.invariant`, never cut.
    public func validate(_ validation: DataValidation, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
        let sheet = try sheet()
        var strings = CStrings()
        defer { strings.free() }
        var library = lxw_data_validation()
        library.input_title = strings.copy(validation.inputTitle)
        library.input_message = strings.copy(validation.inputMessage)
        library.error_title = strings.copy(validation.errorTitle)
        library.error_message = strings.copy(validation.errorMessage)
        library.error_type = UInt8(validation.errorStyle.libraryValue.rawValue)
        var list: [UnsafeMutablePointer<CChar>?] = []
        defer { list.forEach { free($0) } }
        switch validation.rule {
        case let .list(values):
            guard DataValidation.fitsInline(values) else {
                throw .invariant("a drop-down list of \(values.count) values is too long to write inline in sheet \"\(name)\": use a range")
            }
            library.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            list = values.map { strdup($0) }
        case let .listFrom(range):
            library.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            library.value_formula = strings.copy(range)
        case let .wholeNumber(minimum, maximum):
            library.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            library.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            library.minimum_number = Double(minimum)
            library.maximum_number = Double(maximum)
        case .any:
            library.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
        list.append(nil)
        let result = list.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            if case .list = validation.rule { library.value_list = buffer.baseAddress }
            return worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                                                   lxw_row_t(lastRow), lxw_col_t(lastColumn), &library)
        }
        try XLSXError.check(result, "cannot add a data validation to sheet \"\(name)\"")
    }

    /// Protects the sheet without a password: cells are locked unless their format is `unlocked`.
    /// Rows and columns may still be resized, and any cell selected; nothing may be inserted,
    /// deleted, sorted or formatted.
    public func protect() throws(XLSXError) {
        var options = lxw_protection()
        options.format_columns = 1
        options.format_rows = 1
        worksheet_protect(try sheet(), nil, &options)
    }

    /// Hides the sheet (its tab is not shown; Excel can show it again).
    public func hide() throws(XLSXError) {
        worksheet_hide(try sheet())
    }
}

extension DataValidation.ErrorStyle {
    var libraryValue: lxw_validation_error_types {
        switch self {
        case .stop: LXW_VALIDATION_ERROR_TYPE_STOP
        case .warning: LXW_VALIDATION_ERROR_TYPE_WARNING
        case .information: LXW_VALIDATION_ERROR_TYPE_INFORMATION
        }
    }
}
