import Foundation
import Synchronization
import XLSXWriter

/// Why reports could not be written (exit 73).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Writes a set of report files atomically: into a temporary folder beside the output folder,
/// moved into place only when every file was written. On any failure the earlier reports are
/// untouched and the temporary folder is gone.
public enum ReportOutput {
    /// A file to write: its name in the output folder, and how to write it at a given path
    /// (returning any warnings, such as text cut to a spreadsheet's limits).
    public struct File: Sendable {
        public var name: String
        public var write: @Sendable (URL) throws -> [String]
        public init(name: String, write: @escaping @Sendable (URL) throws -> [String]) {
            self.name = name
            self.write = write
        }
    }

    /// The temporary folders being written now, removed by `removeTemporaryFolders()` on a signal.
    public static var inProgress: [String] { lock.withLock { temporaries } }
    /// Guards `temporaries`: reports may be written from several threads at once (tests run commands in parallel).
    private static let lock = NSLock()
    nonisolated(unsafe) private static var temporaries: [String] = []

    /// Writes `files` into the folder `out` (created if missing), all or nothing; returns the files' warnings.
    @discardableResult
    public static func write(_ files: [File], to out: URL) throws(OutputError) -> [String] {
        var warnings: [String] = []
        let manager = FileManager.default
        let outPath = out.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: outPath, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw OutputError("\(outPath): error: cannot write reports: --out names a file, not a folder")
        }
        let parent = out.standardizedFileURL.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError("\(parent.path): error: cannot create the output folder's parent: \(reason(error))")
        }
        let temporary = parent.appendingPathComponent(".\(out.lastPathComponent).capplan-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        // Made and registered under the commit lock, so a signal's clean-up either sees the new folder
        // or comes first and keeps any folder from being made (it holds the lock until the process ends).
        do {
            try commitLock.withLock {
                try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
                lock.withLock { temporaries.append(temporary.path) }
            }
        } catch {
            throw OutputError("\(parent.path): error: cannot write reports beside the output folder: \(reason(error))")
        }
        defer {
            try? manager.removeItem(at: temporary)
            lock.withLock { temporaries.removeAll { $0 == temporary.path } }
        }
        // The files are independent. The first (the workbook, when there is one: the longest to
        // write) gets a thread of its own at normal priority. The others are taken one at a time
        // from a shared queue by a thread of background priority, so they use the time the first
        // leaves on the other core instead of taking turns on its; once the first is written, its
        // thread takes files from the queue too, so nothing is left waiting at low priority.
        // (A new thread also allocates from a malloc arena of its own rather than the main one,
        // which reading and analysing a big roster leave fragmented: libxlsxwriter allocates for
        // every cell, and spent up to a fifth of its time in malloc there.)
        let results = Mutex<[Int: Result<[String], OutputError>]>([:])
        let writeOne: @Sendable (Int) -> Void = { index in
            let file = files[index]
            let result: Result<[String], OutputError>
            do {
                result = .success(try file.write(temporary.appendingPathComponent(file.name)))
            } catch {
                result = .failure(OutputError("\(outPath)/\(file.name): error: cannot write the report: \(reason(error)); earlier reports were left untouched"))
            }
            results.withLock { $0[index] = result }
        }
        if !files.isEmpty {
            let next = Atomic<Int>(1)
            let drain: @Sendable () -> Void = {
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < files.count else { return }
                    writeOne(index)
                }
            }
            let first = Deferred<Void> { writeOne(0); drain() }
            let others = Deferred<Void>(priority: .background) { drain() }
            first.value
            others.value
        }
        for index in files.indices {
            switch results.withLock({ $0[index]! }) {
            case .success(let fileWarnings): warnings += fileWarnings
            case .failure(let error): throw error
            }
        }
        // A signal arriving now waits until the reports are all in place (see removeTemporaryFolders).
        commitLock.lock()
        defer { commitLock.unlock() }
        do {
            if !exists {
                try manager.moveItem(at: temporary, to: out.standardizedFileURL)
            } else {
                // rename(2) replaces each old report in one step. The old reports are kept aside first
                // (hard links, else copies), so that if one move fails the moves already made are undone
                // and the folder never mixes the reports of two runs.
                let previous = temporary.appendingPathComponent(".previous")
                try manager.createDirectory(at: previous, withIntermediateDirectories: false)
                var backups: [String?] = []
                for file in files {
                    let target = out.appendingPathComponent(file.name).path
                    let backup = previous.appendingPathComponent(file.name).path
                    guard manager.fileExists(atPath: target) else { backups.append(nil); continue }
                    if link(target, backup) != 0 { try manager.copyItem(atPath: target, toPath: backup) }
                    backups.append(backup)
                }
                for (index, file) in files.enumerated() {
                    let target = out.appendingPathComponent(file.name).path
                    if rename(temporary.appendingPathComponent(file.name).path, target) != 0 {
                        let reason = String(cString: strerror(errno))
                        for undo in files.indices.prefix(index).reversed() {
                            let moved = out.appendingPathComponent(files[undo].name).path
                            if let backup = backups[undo] { _ = rename(backup, moved) } else { _ = unlink(moved) }
                        }
                        throw OutputError("\(target): error: cannot move the report into place: \(reason); earlier reports were left untouched")
                    }
                }
            }
            return warnings
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError("\(outPath): error: cannot move the reports into place: \(reason(error))")
        }
    }

    /// Held while finished reports are moved into place.
    private static let commitLock = NSLock()

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

    private static func reason(_ error: Error) -> String {
        if let error = error as? XLSXError { return error.description }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
