import ArgumentParser
import CapplanCore
import CapplanReports

/// capplan's version, shown by `--version` and recorded in reports.
public let capplanVersion = "0.1.0"

/// The root command: `capplan <subcommand>`.
public struct Capplan: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "capplan",
        abstract: "Team capability planning against the DDaT capability framework (or your own).",
        discussion: """
        Give it your team roster (a CSV of people, role levels, grades and skill ratings); it measures \
        the team against the framework and reports skill coverage, gaps, single points of knowledge, \
        mentoring pairings, progression readiness and the grade mix.

        Exit codes: 0 success, 64 bad command line, 65 invalid input data, 66 input cannot be read, \
        70 internal error, 73 output cannot be created.
        """,
        version: capplanVersion,
        subcommands: [
            AnalyzeCommand.self, ValidateCommand.self, WhatIfCommand.self, PlanCommand.self, TemplateCommand.self, FrameworkCommand.self,
            GenerateCommand.self, CompareCommand.self, TrendCommand.self, FormsCommand.self, CollectCommand.self,
        ]
    )

    public init() {}

    /// Runs capplan with `arguments` (without the program name) on `Console.current`, returning the exit status.
    public static func run(_ arguments: [String]) -> Int32 {
        let console = Console.current
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitStatus.success.rawValue
        } catch let failure as CommandFailure {
            console.err(failure.description)
            return failure.status.rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { console.out(message) }
                return 0
            }
            console.err(message)
            // ArgumentParser reports usage errors as EX_USAGE (64); anything else it raises is ours to map:
            // an error that is no CommandFailure (ArgumentParser's 1) is a fault of capplan's, EX_SOFTWARE.
            if code.rawValue == ExitCode.validationFailure.rawValue { return ExitStatus.usage.rawValue }
            return code == .failure ? ExitStatus.software.rawValue : code.rawValue
        }
    }
}

/// `--framework NAME|FILE`, shared by every command that reads a framework.
struct FrameworkOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The capability framework: a built-in name or a YAML framework file.",
        discussion: "Default: ddat (the whole DDaT profession: 52 roles; capplan framework list).",
        valueName: "name|file"))
    var framework: String?

    /// The About sheet's lines of `framework`, loaded from this option: how it was named, its title,
    /// and where its contents come from when it says so.
    func aboutLines(_ framework: Framework) -> [(String, ReportCell)] {
        var lines: [(String, ReportCell)] = [("framework", .text(SnapshotLoad.described(framework: self.framework))),
                                             ("framework title", .text(framework.title ?? framework.name))]
        if let source = framework.source { lines.append(("framework source", .text(source))) }
        return lines
    }

    /// The framework named, its file's warnings printed (for the commands that read no roster, whose
    /// diagnostics would otherwise carry them).
    func load() throws(CommandFailure) -> Framework {
        let (loaded, diagnostics) = try Inputs.framework(framework)
        Console.current.report(diagnostics)
        return loaded
    }
}

/// `--role` and `--level` defaults for rosters that leave them out, and `--sheet` for an Excel roster.
struct RosterDefaults: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Role for people whose row gives none (default: the framework's only role, if it has one).", valueName: "role"))
    var role: String?

    @Option(name: .long, help: ArgumentHelp("Role level for people whose row gives none (default: none; the level column is then required).", valueName: "level"))
    var level: String?

    @Option(name: .long, help: ArgumentHelp("The sheet of an Excel roster to read (default: the first visible worksheet).", valueName: "name"))
    var sheet: String?
}
