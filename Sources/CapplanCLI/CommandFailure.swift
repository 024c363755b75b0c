import CapplanCore
import CapplanReports

/// Why a command failed, as data: `status` is its exit code, `description` what the user reads.
public enum CommandFailure: Error, Sendable, CustomStringConvertible {
    /// 64: an option or argument names a thing (role, level, person) that is not there.
    case unknown(thing: String, name: String, qualifier: String? = nil, suggestion: String? = nil, valid: [String] = [])
    /// 64: an option's value is not allowed: `--min-holders "x" <problem>`.
    case badOption(option: String, value: String, problem: String, suggestion: String? = nil, valid: (noun: String, names: [String])? = nil)
    /// 64: an option names something nobody can be (a role that is not in use), with why.
    case notHeld(String)
    /// 64: the command line asks for something that cannot be done (standard input read twice).
    case impossible(String)
    /// 65: an input file is invalid; its diagnostics were printed. `note` says what was not done.
    case invalidData(file: String, tally: String, note: String)
    /// 65: an input file is invalid, with its diagnostics (printed as the failure's message).
    case invalidFile(Diagnostics)
    /// 65: the inputs are each valid but cannot be compared (snapshots rated on different scales).
    case incomparable(String)
    /// 66: an input file cannot be opened or read.
    case unreadable(path: String, what: String, problem: InputProblem)
    /// 73: the reports cannot be written.
    case cannotWriteReports(OutputError)
    /// 73: a file cannot be written.
    case cannotWrite(path: String, what: String, reason: String)
    /// 70: a bug.
    case internalError(String)

    /// Why an input file cannot be read.
    public enum InputProblem: Sendable {
        case noSuchFile, isFolder
        case unreadable(reason: String)
    }

    public var status: ExitStatus {
        switch self {
        case .unknown, .badOption, .notHeld, .impossible: .usage
        case .invalidData, .invalidFile, .incomparable: .dataError
        case .unreadable: .noInput
        case .cannotWriteReports, .cannotWrite: .cannotCreate
        case .internalError: .software
        }
    }

    public var description: String {
        switch self {
        case let .unknown(thing, name, qualifier, suggestion, valid):
            let list = valid.isEmpty ? "" : " (\(thing == "person" ? "people" : thing + "s"): \(Framework.listed(valid)))"
            return "error: unknown \(thing) \"\(name)\"\(qualifier.map { " " + $0 } ?? "")\(Self.didYouMean(suggestion))\(list)"
        case let .badOption(option, value, problem, suggestion, valid):
            let list = valid.map { " (\($0.noun): \(Framework.listed($0.names)))" } ?? ""
            return "error: \(option) \"\(value)\" \(problem)\(Self.didYouMean(suggestion))\(list)"
        case let .notHeld(why), let .impossible(why): return "error: \(why)"
        case let .invalidData(file, tally, note): return "\(file): \(tally)\(note)"
        case let .invalidFile(diagnostics): return diagnostics.rendered()
        case let .incomparable(why): return "error: \(why); nothing was written"
        case let .unreadable(path, what, problem):
            switch problem {
            case .noSuchFile: return "\(path): error: cannot open \(what): no such file"
            case .isFolder: return "\(path): error: cannot read \(what): it is a folder"
            case let .unreadable(reason): return "\(path): error: cannot read \(what): \(reason)"
            }
        case let .cannotWriteReports(error): return error.description
        case let .cannotWrite(path, what, reason): return "\(path): error: cannot write \(what): \(reason)"
        case let .internalError(message): return "internal error: \(message)"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String { suggestion.map { "; did you mean \"\($0)\"?" } ?? "" }
}
