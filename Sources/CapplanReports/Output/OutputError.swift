import Foundation
import XLSXWriter

/// Why reports could not be written (exit 73). Whatever the reason, the earlier reports in the
/// output folder are left as they were.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    /// `--out` names a file, not a folder.
    case notAFolder(path: String)
    /// The output folder's parent could not be made.
    case cannotCreateParent(path: String, reason: String)
    /// A file stands where the output folder or one of the folders above it would be.
    case fileInTheWay(out: String, file: String)
    /// No temporary folder could be made beside the output folder.
    case cannotCreateTemporaryFolder(parent: String, reason: String)
    /// A report failed while being written.
    case cannotWrite(path: String, reason: String)
    /// A finished report could not be moved into place (the moves made were undone).
    case cannotMove(path: String, reason: String)
    /// An earlier report this run does not write could not be removed (the moves made were undone).
    case cannotRemove(path: String, reason: String)
    /// The finished reports could not be moved into a new output folder.
    case cannotMoveFolder(path: String, reason: String)

    public var description: String {
        switch self {
        case let .notAFolder(path): "\(path): error: cannot write reports: --out names a file, not a folder"
        case let .cannotCreateParent(path, reason): "\(path): error: cannot create the output folder's parent: \(reason)"
        case let .fileInTheWay(out, file): "\(out): error: cannot create the output folder: \(file) is a file, not a folder"
        case let .cannotCreateTemporaryFolder(parent, reason): "\(parent): error: cannot write reports beside the output folder: no folder can be made in \(parent) (\(reason))"
        case let .cannotWrite(path, reason): "\(path): error: cannot write the report: \(reason); earlier reports were left untouched"
        case let .cannotMove(path, reason): "\(path): error: cannot move the report into place: \(reason); earlier reports were left untouched"
        case let .cannotRemove(path, reason): "\(path): error: cannot remove the earlier report, which this run does not write: \(reason); earlier reports were left untouched"
        case let .cannotMoveFolder(path, reason): "\(path): error: cannot move the reports into place: \(reason)"
        }
    }

    /// A thrown error's reason in plain words: the library's for a workbook, the system's (`strerror`,
    /// "no space left on device") for a file, never Foundation's sentences about "the operation".
    static func reason(_ error: any Error) -> String {
        if let error = error as? XLSXError { return error.description }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))).lowercased() }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileWriteFileExists: return "a file of that name is in the way"
        case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on device"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        default: return nsError.localizedDescription
        }
    }
}
