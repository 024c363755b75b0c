import Foundation
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
        /// A file whose whole content is `bytes`.
        public static func bytes(_ name: String, _ bytes: @escaping @Sendable () -> [UInt8]) -> File {
            File(name: name) { url in
                try Data(bytes()).write(to: url)
                return []
            }
        }
    }

    /// The temporary folders being written now, removed by `removeTemporaryFolders()` on a signal.
    nonisolated(unsafe) public static var inProgress: [String] = []

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
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw OutputError("\(parent.path): error: cannot write reports beside the output folder: \(reason(error))")
        }
        inProgress.append(temporary.path)
        defer {
            try? manager.removeItem(at: temporary)
            inProgress.removeAll { $0 == temporary.path }
        }
        for file in files {
            do {
                warnings += try file.write(temporary.appendingPathComponent(file.name))
            } catch {
                throw OutputError("\(outPath)/\(file.name): error: cannot write the report: \(reason(error)); earlier reports were left untouched")
            }
        }
        do {
            if !exists {
                try manager.moveItem(at: temporary, to: out.standardizedFileURL)
            } else {
                for file in files {
                    let target = out.appendingPathComponent(file.name).path
                    // rename(2) replaces the old report in one step.
                    if rename(temporary.appendingPathComponent(file.name).path, target) != 0 {
                        throw OutputError("\(target): error: cannot move the report into place: \(String(cString: strerror(errno)))")
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

    /// Removes the temporary folders of writes in progress (for a signal handler).
    public static func removeTemporaryFolders() {
        for path in inProgress { try? FileManager.default.removeItem(atPath: path) }
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
