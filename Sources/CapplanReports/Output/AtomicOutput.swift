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
    /// returns the names of the files it wrote there, moves them into `out`, and removes from `out`
    /// the files named in `stale` (earlier reports this run does not write) in the same step.
    /// Returns the stale files that were there and are gone.
    @discardableResult
    public static func write(to out: URL, removing stale: [String] = [], _ write: (URL) throws(OutputError) -> [String]) throws(OutputError) -> [String] {
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
            return []
        }
        let removed = stale.filter { !names.contains($0) && manager.fileExists(atPath: out.appendingPathComponent($0).path) }
        try replace(names, removing: removed, in: out, from: temporary)
        return removed
    }

    /// Makes and registers the temporary folder, under the commit lock: a signal's clean-up either
    /// sees the new folder or comes first and keeps any folder from being made (it holds the lock
    /// until the process ends).
    private static func makeTemporaryFolder(beside out: URL) throws(OutputError) -> URL {
        let manager = FileManager.default
        let parent = out.standardizedFileURL.deletingLastPathComponent()
        // A file where a folder should be (`--out notes.txt/reports`): say which.
        var above = parent
        while above.path != "/" {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: above.path, isDirectory: &isDirectory) {
                if !isDirectory.boolValue { throw .fileInTheWay(out: out.standardizedFileURL.path, file: above.path) }
                break
            }
            above = above.deletingLastPathComponent()
        }
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

    /// Moves each new report over the old one with rename(2), which replaces a file in one step, then
    /// removes the stale ones. The old reports are kept aside first (hard links, else copies), so
    /// that if one step fails the steps already made are undone and the folder never mixes the
    /// reports of two runs.
    private static func replace(_ names: [String], removing stale: [String], in out: URL, from temporary: URL) throws(OutputError) {
        let manager = FileManager.default
        let previous = temporary.appendingPathComponent(".previous")
        var backups: [String?] = []
        do {
            try manager.createDirectory(at: previous, withIntermediateDirectories: false)
            for name in names + stale {
                let target = out.appendingPathComponent(name).path
                let backup = previous.appendingPathComponent(name).path
                guard manager.fileExists(atPath: target) else { backups.append(nil); continue }
                if link(target, backup) != 0 { try manager.copyItem(atPath: target, toPath: backup) }
                backups.append(backup)
            }
        } catch {
            throw .cannotMoveFolder(path: out.standardizedFileURL.path, reason: OutputError.reason(error))
        }
        let steps: [(name: String, from: String?)] = names.map { ($0, temporary.appendingPathComponent($0).path) } + stale.map { ($0, nil) }
        for (index, step) in steps.enumerated() {
            let target = out.appendingPathComponent(step.name).path
            let failed = step.from.map { rename($0, target) != 0 } ?? (unlink(target) != 0)
            guard failed else { continue }
            let reason = String(cString: strerror(errno))
            for undo in steps.indices.prefix(index).reversed() {
                let done = out.appendingPathComponent(steps[undo].name).path
                if let backup = backups[undo] { _ = rename(backup, done) } else { _ = unlink(done) }
            }
            throw step.from == nil ? .cannotRemove(path: target, reason: reason) : .cannotMove(path: target, reason: reason)
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
