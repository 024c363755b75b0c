import CapplanCore
import Foundation

/// Reading the files a command is given, with the exit statuses of SPEC §6.
enum Inputs {
    /// The bytes of `path`, or exit 66 with a message naming it.
    static func bytes(of path: String, what: String) throws(CommandFailure) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(.noInput, "\(path): error: cannot open \(what): no such file")
        }
        if isDirectory.boolValue {
            throw CommandFailure(.noInput, "\(path): error: cannot read \(what): it is a folder")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(.noInput, "\(path): error: cannot read \(what): permission denied or unreadable")
        }
        return [UInt8](data)
    }

    /// The framework `--framework` names: a built-in by name, else a YAML file.
    static func framework(_ nameOrPath: String?) throws(CommandFailure) -> (Framework, Diagnostics) {
        let name = nameOrPath ?? BuiltInFramework.defaultName
        if BuiltInFramework.isBuiltIn(name) {
            do { return try BuiltInFramework.loaded(named: name) } catch {
                throw CommandFailure(.software, "internal error: the built-in framework does not load:\n\(error.diagnostics.rendered())")
            }
        }
        if !FileManager.default.fileExists(atPath: name) && !name.contains("/") && !name.lowercased().hasSuffix(".yaml")
            && !name.lowercased().hasSuffix(".yml") {
            throw CommandFailure(.usage, "error: --framework \"\(name)\" is neither a built-in framework (\(BuiltInFramework.names.joined(separator: ", "))) nor a file")
        }
        return try frameworkFile(name, what: "the framework file")
    }

    /// The framework file at `path` (never a built-in name), or exit 66 or 65.
    static func frameworkFile(_ path: String, what: String) throws(CommandFailure) -> (Framework, Diagnostics) {
        let bytes = try bytes(of: path, what: what)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandFailure(.dataError, "\(path):1:1: error: invalid UTF-8: save \(what) as UTF-8")
        }
        do { return try FrameworkReader.read(text, file: path) } catch {
            throw CommandFailure(.dataError, error.diagnostics.rendered())
        }
    }
}
