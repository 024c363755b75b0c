import CapplanCore
import Foundation

/// Reading the files a command is given, with the exit statuses of SPEC §6.
enum Inputs {
    /// The bytes of `path`, or exit 66 with a message naming it.
    static func bytes(of path: String, what: String) throws(CommandFailure) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, what: what, problem: .noSuchFile)
        }
        if isDirectory.boolValue {
            throw .unreadable(path: path, what: what, problem: .isFolder)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, what: what, problem: .unreadable(reason: "permission denied or unreadable"))
        }
        return [UInt8](data)
    }

    /// The framework `--framework` names: a built-in by name, else a YAML file.
    static func framework(_ nameOrPath: String?) throws(CommandFailure) -> (Framework, Diagnostics) {
        let name = nameOrPath ?? BuiltInFramework.defaultName
        if let text = BuiltInFramework.text(named: name) {
            do { return try FrameworkReader.read(text, file: "\(name) (built-in)") } catch {
                throw .internalError("the built-in framework does not load:\n\(error.diagnostics.rendered())")
            }
        }
        if !FileManager.default.fileExists(atPath: name) && !name.contains("/") && !name.lowercased().hasSuffix(".yaml")
            && !name.lowercased().hasSuffix(".yml") {
            throw .badOption(option: "--framework", value: name,
                             problem: "is neither a built-in framework (\(BuiltInFramework.names.joined(separator: ", "))) nor a file")
        }
        let bytes = try bytes(of: name, what: "the framework file")
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidFile(Diagnostics([.error(at: SourceLocation(file: name, line: 1, column: 1),
                                                   "invalid UTF-8: save the framework file as UTF-8")]))
        }
        do { return try FrameworkReader.read(text, file: name) } catch {
            throw .invalidFile(error.diagnostics)
        }
    }
}
