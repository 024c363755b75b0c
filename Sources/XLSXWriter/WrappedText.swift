/// How tall a row of wrapped text must be. Neither Excel nor LibreOffice fits the rows of a
/// workbook libxlsxwriter writes to their wrapped text on opening (LibreOffice draws the lines over
/// each other), so the writer sets the height.
public enum WrappedText {
    /// The height of one line of text (Calibri 11), in points.
    public static let lineHeight = 15.0

    /// The lines `text` takes in a column `width` characters wide: each of its lines' characters
    /// over the characters a line holds, rounded up (a column holds `width` of the widest digits,
    /// and a few more characters of average text).
    public static func lines(_ text: String, width: Double) -> Int {
        text.utf8CString.withUnsafeBufferPointer { lines($0.baseAddress!, width: width) }
    }

    /// The lines of `text`, UTF-8 and NUL-terminated (see `lines(_:width:)`).
    public static func lines(_ text: UnsafePointer<CChar>, width: Double) -> Int {
        let perLine = Int(width) + 5
        var (lines, characters) = (0, 0)
        var byte = text
        while true {
            let value = UInt8(bitPattern: byte.pointee)
            if value == 0 || value == 0x0A {
                lines += max(1, (characters + perLine - 1) / perLine)
                if value == 0 { return lines }
                characters = 0
            } else if value & 0xC0 != 0x80 {
                characters += 1
            }
            byte += 1
        }
    }

    /// The height of a row whose wrapped cells hold `texts` in columns of these widths: nil when
    /// one line is enough (the row keeps its default height).
    public static func rowHeight(_ cells: [(text: String, width: Double)]) -> Double? {
        let most = cells.map { lines($0.text, width: $0.width) }.max() ?? 1
        return most > 1 ? lineHeight * Double(most) : nil
    }
}
