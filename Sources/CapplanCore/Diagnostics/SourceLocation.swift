/// A place in an input file, as a person counts it: 1-based physical line and character column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var file: String
    /// The physical line (a quoted field spanning lines counts each of its lines).
    public var line: Int
    /// The character column on that line; 0 when only the line is known.
    public var column: Int

    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or `file:line` when the column is unknown, or `file` alone.
    public var description: String {
        if line <= 0 { return file }
        return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
