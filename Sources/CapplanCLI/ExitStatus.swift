/// The sysexits codes capplan exits with (SPEC §6).
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// Bad command line.
    case usage = 64
    /// The input data is invalid.
    case dataError = 65
    /// An input file cannot be opened or read.
    case noInput = 66
    /// An internal error.
    case software = 70
    /// The output cannot be created.
    case cannotCreate = 73
}
