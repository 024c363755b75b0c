/// One finding about an input file: an error stops the analysis, a warning does not.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// Where the finding is; nil for findings about a whole run (a missing option, say).
    public var location: SourceLocation?
    public var message: String
    /// The nearest valid value, shown as `did you mean "…"?`.
    public var suggestion: String?

    public init(_ severity: Severity, at location: SourceLocation?, _ message: String, suggestion: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.suggestion = suggestion
    }

    public static func error(at location: SourceLocation?, _ message: String, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, suggestion: suggestion)
    }

    public static func warning(at location: SourceLocation?, _ message: String, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, suggestion: suggestion)
    }

    /// Characters of a value from the input that a message shows; longer values are cut.
    public static let shownLength = 60

    /// `text` as a message shows it: whole when short, else its first `shownLength` characters and
    /// an ellipsis, so a megabyte cell cannot flood the terminal (its location says where it is).
    public static func shown(_ text: some StringProtocol) -> String {
        var end = text.startIndex
        for _ in 0..<shownLength {
            guard end < text.endIndex else { return String(text) }
            end = text.index(after: end)
        }
        return end == text.endIndex ? String(text) : "\(text[..<end])…"
    }

    /// Compiler style: `team.csv:12:5: error: unknown rating "x"; did you mean "y"?`, always one line:
    /// a line end inside a quoted roster value (a name, say) is shown as `\n`.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let suggestion { text += "; did you mean \"\(suggestion)\"?" }
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        // By scalar: to String, CRLF is one Character, neither "\r" nor "\n".
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\r": escaped.append(contentsOf: "\\r".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}

/// The findings of one reading or analysis, collected rather than thrown one at a time.
public struct Diagnostics: Sendable, Equatable {
    /// At most this many are printed; the rest are counted.
    public static let printLimit = 50

    public private(set) var items: [Diagnostic] = []
    /// How many of `items` are errors, kept as they are added so checks stay cheap.
    public private(set) var errorCount = 0

    public init(_ items: [Diagnostic] = []) {
        self.items = items
        errorCount = items.filter { $0.severity == .error }.count
    }

    public var hasErrors: Bool { errorCount > 0 }
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
    public var isEmpty: Bool { items.isEmpty }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
        if diagnostic.severity == .error { errorCount += 1 }
    }
    public mutating func append(contentsOf other: Diagnostics) {
        items += other.items
        errorCount += other.errorCount
    }
    public mutating func error(at location: SourceLocation?, _ message: String, suggestion: String? = nil) {
        append(.error(at: location, message, suggestion: suggestion))
    }
    public mutating func warning(at location: SourceLocation?, _ message: String, suggestion: String? = nil) {
        append(.warning(at: location, message, suggestion: suggestion))
    }

    /// Warnings turned into errors, for `--strict`.
    public func promotingWarnings() -> Diagnostics {
        Diagnostics(items.map { item in
            var item = item
            if item.severity == .warning { item.severity = .error }
            return item
        })
    }

    /// The diagnostics in file order, one a line, at most `limit` of them, then a count of the rest.
    /// Past the limit, errors are shown before warnings (then in file order), so that what stops a
    /// run is never among the ones only counted.
    public func rendered(limit: Int = Diagnostics.printLimit) -> String {
        let inFileOrder = items.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }
        var shown = inFileOrder
        if inFileOrder.count > limit {
            let errorsFirst = inFileOrder.filter { $0.element.severity == .error } + inFileOrder.filter { $0.element.severity != .error }
            let kept = Set(errorsFirst.prefix(limit).map(\.offset))
            shown = inFileOrder.filter { kept.contains($0.offset) }
        }
        var lines = shown.map(\.element.description)
        if inFileOrder.count > limit {
            let errors = items.filter { $0.severity == .error }.count - shown.filter { $0.element.severity == .error }.count
            let rest = inFileOrder.count - shown.count
            lines.append("… and \(rest) more (\(Plural.of(errors, "error")), \(Plural.of(rest - errors, "warning")))")
        }
        return lines.joined(separator: "\n")
    }

    /// `2 errors, 1 warning`.
    public var tally: String {
        let e = errorCount, w = items.count - errorCount
        return "\(Plural.of(e, "error")), \(Plural.of(w, "warning"))"
    }
}

/// Thrown when an input cannot be analysed; carries every finding gathered so far.
public struct InvalidInputError: Error, Sendable {
    public var diagnostics: Diagnostics
    public init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }
}
