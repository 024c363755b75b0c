import Cxlsxwriter

/// A libxlsxwriter failure, with the library's own explanation (`lxw_strerror`).
public struct XLSXError: Error, Sendable, CustomStringConvertible {
    /// The library's error code (compare with `LXW_ERROR_…` through `XLSXError.Code`).
    public var code: Int
    /// What went wrong and where.
    public var description: String

    public init(code: Int, _ description: String) {
        self.code = code
        self.description = description
    }

    /// An error for a failed library call `what`, or nil when `result` is `LXW_NO_ERROR`.
    static func check(_ result: lxw_error, _ what: @autoclosure () -> String) throws(XLSXError) {
        guard result != LXW_NO_ERROR else { return }
        throw XLSXError(code: Int(result.rawValue), "\(what()): \(String(cString: lxw_strerror(result)))")
    }
}
