/// The file names of the forms (`DIR/<id or name>.xlsx`), safe on Linux, macOS and Windows alike.
public enum FormFileName {
    /// Longest name kept, in UTF-8 bytes, before `.xlsx` (file systems allow 255).
    static let maxBytes = 120

    /// Windows' reserved device names, which no file may be called (with any extension).
    static let reserved = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// `text` made safe as a file name: path separators, characters Windows forbids (`:*?"<>|`) and
    /// control characters become `_`; leading dots and spaces, and trailing dots and spaces, go
    /// (no hidden files, no `..`); a reserved device name gets a leading `_`; long names are cut;
    /// an empty result is `person`.
    public static func safe(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let forbidden = scalar.value < 0x20 || scalar.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
            scalars.append(forbidden ? "_" : scalar)
        }
        var name = Substring(String(scalars))
        while let first = name.first, first == "." || first == " " { name.removeFirst() }
        while let last = name.last, last == "." || last == " " { name.removeLast() }
        var cut = ""
        for character in name {
            if cut.utf8.count + String(character).utf8.count > maxBytes { break }
            cut.append(character)
        }
        while let last = cut.last, last == "." || last == " " { cut.removeLast() }
        if cut.isEmpty { return "person" }
        let stem = cut.split(separator: ".", maxSplits: 1).first.map(String.init) ?? cut
        return reserved.contains(stem.uppercased()) ? "_" + cut : cut
    }

    /// A file name for each of `keys` (id, else name), in order: `safe(key).xlsx`, with ` (2)`, ` (3)`,
    /// … added where two would otherwise share a name (compared ignoring case, as macOS and Windows do).
    public static func names(for keys: [String]) -> [String] {
        var taken = Set<String>()
        return keys.map { key in
            let base = safe(key)
            var name = base + ".xlsx"
            var number = 2
            while taken.contains(name.lowercased()) {
                name = "\(base) (\(number)).xlsx"
                number += 1
            }
            taken.insert(name.lowercased())
            return name
        }
    }
}
