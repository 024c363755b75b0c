import Yams

/// Guards against YAML whose anchors and aliases make a small file stand for a huge one.
///
/// Yams resolves an alias (`*name`) to the node its anchor (`&name`) marks, shared rather than
/// copied, so a few lines of anchors each listing the one before twice stand for 2^n nodes. Two
/// things would walk that expansion: Yams itself, which checks a mapping's keys for duplicates by
/// hashing each key whole (so an alias used as a key hangs `Yams.compose`), and the framework reader,
/// which visits every node it is given. `checkKeys` finds alias keys before composing; `expandsWithin`
/// bounds what the reader is given.
enum YAMLAliases {
    enum KeyCheck {
        /// No mapping key is or holds an alias: composing the text hashes nothing but what is written.
        case safe
        /// A key is or holds an alias, at this 1-based line and column.
        case aliasKey(line: Int, column: Int)
        /// The text is not valid YAML.
        case invalid(any Error)
    }

    /// Stands in for `*`: a printable character that YAML reads as text anywhere.
    private static let marker: Unicode.Scalar = "\u{E000}"

    /// Whether composing `text` can hash an alias's expansion. A copy with every `*` replaced by a
    /// marker has no aliases, so it composes in time linear in its length, to the same tree except that
    /// each alias is a plain scalar beginning with the marker (a plain scalar cannot begin with `*`,
    /// nor with the marker unless the file has one, which is then merely refused as if an alias).
    static func checkKeys(in text: String) -> KeyCheck {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return .safe }
        var copy = String.UnicodeScalarView()
        copy.append(contentsOf: text.unicodeScalars.lazy.map { $0 == "*" ? marker : $0 })
        let root: Node?
        do {
            root = try Yams.compose(yaml: String(copy), .basic)
        } catch {
            // The same text with aliases for the markers is no more valid (positions are unchanged).
            return .invalid(error)
        }
        var stack = root.map { [$0] } ?? []
        while let node = stack.popLast() {
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping {
                    if let alias = firstAlias(in: key) {
                        return .aliasKey(line: alias.mark?.line ?? key.mark?.line ?? 1, column: alias.mark?.column ?? key.mark?.column ?? 1)
                    }
                    stack.append(value)
                }
            case let .sequence(sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return .safe
    }

    /// The first node of `node` (itself included) that was an alias in the original text.
    private static func firstAlias(in node: Node) -> Node? {
        var stack = [node]
        while let node = stack.popLast() {
            switch node {
            case let .scalar(scalar):
                if scalar.style == .plain && scalar.string.unicodeScalars.first == marker { return node }
            case let .mapping(mapping):
                for (key, value) in mapping { stack += [key, value] }
            case let .sequence(sequence):
                stack.append(contentsOf: sequence)
            case .alias:
                return node
            }
        }
        return nil
    }

    /// The most nodes a framework file of `length` bytes may expand to: every file written out
    /// without aliases fits (a node takes at least a character or two), and an expansion is bounded
    /// by a small multiple of the file, so reading it takes time linear in the file.
    static func nodeLimit(forLength length: Int) -> Int {
        max(100_000, 4 * length)
    }

    /// True when `node`, with every alias expanded, has at most `limit` nodes. Stops counting past the
    /// limit, and walks with a stack of its own, since chained aliases nest deeper than the text does.
    static func expandsWithin(_ node: Node, limit: Int) -> Bool {
        var count = 0
        var stack = [node]
        while let node = stack.popLast() {
            count += 1
            if count > limit { return false }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping { stack += [key, value] }
            case let .sequence(sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return true
    }
}
