import CapplanCore
import Foundation

/// Where a command's output goes: standard output and error, or a capture in tests.
public struct Console: Sendable {
    /// The two streams a command writes to.
    public enum Stream: Sendable { case output, error }

    /// Writes text (already ending in a newline where one is wanted) to a stream.
    public var write: @Sendable (String, Stream) -> Void
    /// True when standard output is a terminal (colour and tables are for people).
    public var outputIsTerminal: Bool
    /// True when standard error is a terminal (progress bars are for people).
    public var errorIsTerminal: Bool
    /// The process environment (NO_COLOR, SOURCE_DATE_EPOCH, …).
    public var environment: [String: String]

    public init(write: @escaping @Sendable (String, Stream) -> Void, outputIsTerminal: Bool, errorIsTerminal: Bool,
                environment: [String: String]) {
        self.write = write
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.environment = environment
    }

    /// The process's own standard output and error.
    public static let standard = Console(
        write: { text, stream in
            let handle = stream == .output ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        },
        outputIsTerminal: isatty(STDOUT_FILENO) == 1,
        errorIsTerminal: isatty(STDERR_FILENO) == 1,
        environment: ProcessInfo.processInfo.environment)

    /// The console commands use; tests bind their own.
    @TaskLocal public static var current: Console = .standard

    /// Colour on standard output only on a terminal, and never with NO_COLOR set.
    public var colour: Bool { outputIsTerminal && environment["NO_COLOR"] == nil }

    public func out(_ line: String) { write(line + "\n", .output) }
    public func err(_ line: String) { write(line + "\n", .error) }

    /// Prints diagnostics on standard error, in file order, at most `Diagnostics.printLimit` of them
    /// then a count of the rest; with `quiet`, only the errors. The one place diagnostics are printed.
    public func report(_ diagnostics: Diagnostics, quiet: Bool = false) {
        let shown = quiet ? Diagnostics(diagnostics.errors) : diagnostics
        if !shown.isEmpty { err(shown.rendered()) }
    }
}
