import Foundation

/// A snapshot named on `trend`'s command line: `LABEL=FILE`, or `FILE` alone, labelled by its name
/// without the extension (`2026-q1.csv` is `2026-q1`). An argument naming a file that exists is a
/// file, whatever `=` it holds.
struct LabelledSnapshot: Equatable {
    var label: String
    var path: String

    init(_ argument: String) {
        if !FileManager.default.fileExists(atPath: argument), let equals = argument.firstIndex(of: "=") {
            label = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
            path = String(argument[argument.index(after: equals)...])
        } else {
            path = argument
            label = argument == Inputs.standardInput ? "stdin" : URL(fileURLWithPath: argument).deletingPathExtension().lastPathComponent
        }
    }

    /// Why `arguments` cannot label a trend (fewer than two, an empty label, a label used twice), or nil.
    static func problem(with arguments: [String]) -> String? {
        if arguments.count < 2 { return "a trend needs two snapshots or more (LABEL=FILE or FILE), not \(arguments.count)" }
        var seen: [String: String] = [:]
        for argument in arguments {
            let snapshot = LabelledSnapshot(argument)
            if snapshot.label.isEmpty {
                return "snapshot \"\(argument)\" has an empty label: write LABEL=FILE, or the file alone to label it by its name"
            }
            if snapshot.path.isEmpty { return "snapshot \"\(argument)\" names no file: write LABEL=FILE" }
            // The trend files' first columns.
            if ["metric", "skill"].contains(snapshot.label.trimmingCharacters(in: .whitespaces).lowercased()) {
                return "snapshot \"\(argument)\" is labelled \"\(snapshot.label)\", the name of the trend files' first column: give it another label, as LABEL=FILE"
            }
            if let first = seen[snapshot.label] {
                return "two snapshots are labelled \"\(snapshot.label)\" (\(first) and \(argument)): give each its own label, as LABEL=FILE"
            }
            seen[snapshot.label] = argument
        }
        return nil
    }
}
