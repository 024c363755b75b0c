import Cxlsxwriter

/// Why the workbook could not be written, as data: the library's own code and explanation where it
/// gave one (`lxw_strerror`), else what this wrapper found wrong.
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A library call failed: what was being done, the library's error code (`lxw_error`, compared
    /// with the `LXW_ERROR_…` constants, never by number) and its explanation.
    case library(doing: String, code: Int, reason: String)
    /// The library returned no object (it is out of memory, or a temporary folder is unusable).
    case notCreated(String)
    /// A sheet name Excel would refuse.
    case invalidSheetName(String, reason: String)
    /// The workbook was used after `close()`.
    case closed(String)
    /// The caller broke a rule of the wrapper (a bug, not the user's doing).
    case invariant(String)

    /// The library's error code, when the library reported one.
    public var code: Int? {
        if case let .library(_, code, _) = self { return code }
        return nil
    }

    public var description: String {
        switch self {
        case let .library(doing, _, reason): "\(doing): \(reason)"
        case let .notCreated(what): what
        case let .invalidSheetName(name, reason): "invalid sheet name \"\(name)\": \(reason)"
        case let .closed(what): "\(what): the workbook is already closed"
        case let .invariant(what): "internal error: \(what)"
        }
    }

    /// An error for a failed library call `doing`, or nil when `result` is `LXW_NO_ERROR`.
    static func check(_ result: lxw_error, _ doing: @autoclosure () -> String) throws(XLSXError) {
        guard result != LXW_NO_ERROR else { return }
        throw .library(doing: doing(), code: Int(result.rawValue), reason: String(cString: lxw_strerror(result)))
    }
}
