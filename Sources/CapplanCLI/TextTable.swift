/// Rows printed as aligned columns, for people reading a terminal.
enum TextTable {
    /// One line per row: columns padded to their widest cell, two spaces apart, after `indent`,
    /// without trailing spaces; with `rule`, a line of dashes under the first row (the header).
    static func lines(_ rows: [[String]], indent: String = "", rule: Bool = false) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        var lines: [String] = []
        for (number, row) in rows.enumerated() {
            lines.append(line(indent, zip(row, widths).map { $0 + String(repeating: " ", count: max(0, $1 - $0.count)) }))
            if rule && number == 0 { lines.append(line(indent, widths.map { String(repeating: "-", count: $0) })) }
        }
        return lines
    }

    private static func line(_ indent: String, _ cells: [String]) -> String {
        var text = indent + cells.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }
}
