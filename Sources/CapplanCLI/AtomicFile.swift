import Foundation

/// Writes one file atomically: into a temporary file beside it, renamed into place only when whole,
/// so an earlier file of that name is replaced or left untouched, never half-written.
enum AtomicFile {
    /// Calls `write` with a temporary path beside `path` (in the same folder), then renames it to
    /// `path`; on any failure the temporary file is removed and the failure is exit 73 naming `what`.
    static func write(to path: String, what: String, _ write: (String) throws -> Void) throws(CommandFailure) {
        try withoutActuallyEscaping(write) { (write) throws(CommandFailure) in try self.write([(path, what, write)]) }
    }

    /// Writes every file into a temporary file beside it, then, only when all were written, renames
    /// each into place: a failure leaves none of them changed (`collect -o … --comments …`).
    static func write(_ files: [(path: String, what: String, write: (String) throws -> Void)]) throws(CommandFailure) {
        var written: [(temporary: String, path: String, what: String)] = []
        defer { for file in written { try? FileManager.default.removeItem(atPath: file.temporary) } }
        for (path, what, write) in files {
            let temporary = try temporaryPath(beside: path, what: what)
            written.append((temporary, path, what))
            do {
                try write(temporary)
            } catch {
                throw .cannotWrite(path: path, what: what, reason: "\(error)")
            }
        }
        for file in written where rename(file.temporary, file.path) != 0 {
            throw .cannotWrite(path: file.path, what: file.what, reason: String(cString: strerror(errno)).lowercased())
        }
    }

    /// A temporary path in `path`'s folder; exit 73 when `path` is a folder or its folder is missing.
    private static func temporaryPath(beside path: String, what: String) throws(CommandFailure) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotWrite(path: path, what: what, reason: "it is a folder")
        }
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(path: path, what: what, reason: "no folder \(folder.path)")
        }
        return folder.appendingPathComponent(".\(url.lastPathComponent).capplan-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
    }
}
