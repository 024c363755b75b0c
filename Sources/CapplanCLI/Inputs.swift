import CapplanCore
import Foundation

/// Reading the files a command is given, with the exit statuses of SPEC §6.
enum Inputs {
    /// What a command line calls standard input.
    static let standardInput = "-"

    /// The name diagnostics give an input: `<stdin>` for standard input, else the path as given.
    static func label(_ path: String) -> String { path == standardInput ? "<stdin>" : path }

    /// Exit 66 naming the first of `inputs` (path, what it is) that cannot be opened, before any is
    /// read: a missing targets file is not reported after a screenful of the roster's warnings.
    /// Pipes and devices (`/dev/stdin`, `<(…)`) are left for reading to tell.
    static func checkOpenable(_ inputs: [(path: String?, what: String)]) throws(CommandFailure) {
        let fromStandardInput = inputs.filter { $0.path == standardInput }.map(\.what)
        if fromStandardInput.count > 1 {
            throw .impossible("standard input (-) can be read only once, not as both \(fromStandardInput.joined(separator: " and "))")
        }
        for case let (path?, what) in inputs where path != standardInput {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path: path, what: what, problem: .noSuchFile)
            }
            if isDirectory.boolValue { throw .unreadable(path: path, what: what, problem: .isFolder) }
            if !FileManager.default.isReadableFile(atPath: path) {
                throw .unreadable(path: path, what: what, problem: .unreadable(reason: "permission denied"))
            }
        }
    }

    /// The bytes of `path` (`-` for standard input), read to its end whatever it is (a file, a pipe,
    /// a device), or exit 66 with a message naming it.
    static func bytes(of path: String, what: String) throws(CommandFailure) -> [UInt8] {
        try checkOpenable([(path, what)])
        let descriptor = path == standardInput ? dup(STDIN_FILENO) : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .unreadable(path: path, what: what, problem: .unreadable(reason: String(cString: strerror(errno)).lowercased()))
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: label(path), what: what, problem: .unreadable(reason: String(cString: strerror(errno)).lowercased()))
            }
            bytes += chunk[..<count]
        }
    }

    /// The file `--framework` names, nil for a built-in framework; a name that is neither a
    /// built-in nor looks like a file is a bad command line.
    static func frameworkPath(_ nameOrPath: String?) throws(CommandFailure) -> String? {
        let name = nameOrPath ?? BuiltInFramework.defaultName
        if BuiltInFramework.isBuiltIn(name) { return nil }
        if !FileManager.default.fileExists(atPath: name) && !name.contains("/") && !name.lowercased().hasSuffix(".yaml")
            && !name.lowercased().hasSuffix(".yml") {
            throw .badOption(option: "--framework", value: name,
                             problem: "is neither a built-in framework (\(BuiltInFramework.names.joined(separator: ", "))) nor a file",
                             suggestion: Suggestion.nearest(to: name, in: BuiltInFramework.names))
        }
        return name
    }

    /// The framework `--framework` names: a built-in by name, else a YAML file.
    static func framework(_ nameOrPath: String?) throws(CommandFailure) -> (Framework, Diagnostics) {
        guard let path = try frameworkPath(nameOrPath) else {
            let name = nameOrPath ?? BuiltInFramework.defaultName
            do { return try BuiltInFramework.loaded(named: name) } catch {
                throw .internalError("the built-in framework does not load:\n\(error.diagnostics.rendered())")
            }
        }
        return try frameworkFile(path, what: "the framework file")
    }

    /// The framework file at `path` (never a built-in name), or exit 66 or 65.
    static func frameworkFile(_ path: String, what: String) throws(CommandFailure) -> (Framework, Diagnostics) {
        try framework(bytes: bytes(of: path, what: what), file: label(path), what: what)
    }

    /// The framework file `file` whose `bytes` were read already; exit 65 with its diagnostics.
    static func framework(bytes: [UInt8], file: String, what: String) throws(CommandFailure) -> (Framework, Diagnostics) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidFile(Diagnostics([.error(at: SourceLocation(file: file, line: 1, column: 1), "invalid UTF-8: save \(what) as UTF-8")]))
        }
        do { return try FrameworkReader.read(text, file: file) } catch {
            throw .invalidFile(error.diagnostics)
        }
    }
}
