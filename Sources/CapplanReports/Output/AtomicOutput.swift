import Foundation

/// Writes report files atomically: into a temporary folder beside the output folder, moved into
/// place only when every file was written. On any failure the earlier reports are untouched and
/// the temporary folder is gone; a signal's clean-up (`removeTemporaryFolders`) leaves either the
/// earlier reports or the new ones, never a mixture.
public enum AtomicOutput {
    /// The temporary folders being written now, removed by `removeTemporaryFolders()` on a signal.
    public static var inProgress: [String] { temporaries.withLock { $0 } }
    /// Reports may be written from several threads at once (tests run commands in parallel).
    private static let temporaries = Monitor<[String]>([])
    /// Held while finished reports are moved into place.
    private static let commitLock = NSLock()

    /// Calls `write` with a fresh temporary folder beside `out` (created if missing); when it
    /// returns the names of the files it wrote there, moves them into `out`.
    public static func write(to out: URL, _ write: (URL) throws(OutputError) -> [String]) throws(OutputError) {
        let manager = FileManager.default
        let outPath = out.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: outPath, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw .notAFolder(path: outPath) }
        let temporary = try makeTemporaryFolder(beside: out)
        defer {
            try? manager.removeItem(at: temporary)
            temporaries.withLock { $0.removeAll { $0 == temporary.path } }
        }
        let names = try write(temporary)
        // A signal arriving now waits until the reports are all in place (see removeTemporaryFolders).
        commitLock.lock()
        defer { commitLock.unlock() }
        if !exists {
            do {
                try manager.moveItem(at: temporary, to: out.standardizedFileURL)
            } catch {
                throw .cannotMoveFolder(path: outPath, reason: OutputError.reason(error))
            }
        } else {
            try replace(names, in: out, from: temporary)
        }
    }

    /// Makes and registers the temporary folder, under the commit lock: a signal's clean-up either
    /// sees the new folder or comes first and keeps any folder from being made (it holds the lock
    /// until the process ends).
    private static func makeTemporaryFolder(beside out: URL) throws(OutputError) -> URL {
        let manager = FileManager.default
        let parent = out.standardizedFileURL.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateParent(path: parent.path, reason: OutputError.reason(error))
        }
        let temporary = parent.appendingPathComponent(".\(out.lastPathComponent).capplan-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try commitLock.withLock {
                try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
                temporaries.withLock { $0.append(temporary.path) }
            }
        } catch {
            throw .cannotCreateTemporaryFolder(parent: parent.path, reason: OutputError.reason(error))
        }
        return temporary
    }

    /// Moves each new report over the old one with rename(2), which replaces a file in one step. The
    /// old reports are kept aside first (hard links, else copies), so that if one move fails the
    /// moves already made are undone and the folder never mixes the reports of two runs.
    private static func replace(_ names: [String], in out: URL, from temporary: URL) throws(OutputError) {
        let manager = FileManager.default
        let previous = temporary.appendingPathComponent(".previous")
        var backups: [String?] = []
        do {
            try manager.createDirectory(at: previous, withIntermediateDirectories: false)
            for name in names {
                let target = out.appendingPathComponent(name).path
                let backup = previous.appendingPathComponent(name).path
                guard manager.fileExists(atPath: target) else { backups.append(nil); continue }
                if link(target, backup) != 0 { try manager.copyItem(atPath: target, toPath: backup) }
                backups.append(backup)
            }
        } catch {
            throw .cannotMoveFolder(path: out.standardizedFileURL.path, reason: OutputError.reason(error))
        }
        for (index, name) in names.enumerated() {
            let target = out.appendingPathComponent(name).path
            if rename(temporary.appendingPathComponent(name).path, target) != 0 {
                let reason = String(cString: strerror(errno))
                for undo in names.indices.prefix(index).reversed() {
                    let moved = out.appendingPathComponent(names[undo]).path
                    if let backup = backups[undo] { _ = rename(backup, moved) } else { _ = unlink(moved) }
                }
                throw .cannotMove(path: target, reason: reason)
            }
        }
    }

    /// Removes the temporary folders of writes in progress, for a signal handler that then exits.
    /// A move of finished reports into place is let finish first, so an interrupted run leaves
    /// either the earlier reports or the new ones, never a mixture; the lock is kept, so no
    /// further move starts before the process ends.
    public static func removeTemporaryFolders() {
        commitLock.lock()
        for path in inProgress {
            // A report still being written may add a file while the folder is emptied, and then the
            // folder itself cannot go: try again (a file cannot be made in a folder that is gone).
            for _ in 0..<10 {
                try? FileManager.default.removeItem(atPath: path)
                if !FileManager.default.fileExists(atPath: path) { break }
            }
        }
    }
}
