import Foundation

/// Writes one file atomically: into a temporary file beside it, renamed into place only when whole,
/// so an earlier file of that name is replaced or left untouched, never half-written.
enum AtomicFile {
    /// Calls `write` with a temporary path beside `path` (in the same folder), then renames it to
    /// `path`; on any failure the temporary file is removed and the failure is exit 73 naming `what`.
    static func write(to path: String, what: String, _ write: (String) throws -> Void) throws(CommandFailure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotWrite(path: path, what: what, reason: "it is a folder")
        }
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(path: path, what: what, reason: "no folder \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).capplan-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            try write(temporary)
        } catch {
            throw .cannotWrite(path: path, what: what, reason: "\(error)")
        }
        guard rename(temporary, path) == 0 else {
            throw .cannotWrite(path: path, what: what, reason: String(cString: strerror(errno)).lowercased())
        }
    }
}
