/// Writing CSV text: RFC 4180 quoting, CRLF-free (LF) lines, and formula neutralising.
public enum CSVFormat {
    /// A field as it must appear in a CSV line: quoted when it holds a comma, quote or line end.
    public static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Text from a roster made safe for spreadsheets: a cell beginning with `=`, `+`, `-`, `@`,
    /// tab or CR is prefixed with `'` so no spreadsheet reads it as a formula (SPEC §5).
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + text
        default: return text
        }
    }

    /// One CSV line (with its LF) from fields that are already neutralised where needed.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
