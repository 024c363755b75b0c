import ArgumentParser
import CapplanCore
import Crypto
import Foundation

/// `capplan validate ROSTER`: read a roster and print its diagnostics, nothing else.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a roster against the framework and print every problem found.",
        discussion: "Errors and warnings go to standard error, compiler style (FILE:LINE:COL: error: …). Exits 65 when the roster has errors (or warnings, with --strict).")

    @Argument(help: ArgumentHelp("The roster CSV (wide or long format).", valueName: "roster"))
    var roster: String

    @OptionGroup var frameworkOption: FrameworkOption
    @OptionGroup var defaults: RosterDefaults

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing but diagnostics.")
    var quiet = false

    func run() throws {
        let console = Console.current
        let loaded = try RosterLoad(roster: roster, framework: frameworkOption.framework, defaults: defaults, strict: strict)
        if !quiet {
            let people = loaded.roster.people.count
            let roles = Set(loaded.roster.people.map(\.role)).count
            console.out("\(roster): \(people) \(people == 1 ? "person" : "people") in \(roles) role\(roles == 1 ? "" : "s"); \(loaded.diagnostics.tally)")
        }
    }
}

/// A roster read for a command, its diagnostics printed; throws the right exit status on failure.
struct RosterLoad {
    var framework: Framework
    var roster: Roster
    var diagnostics: Diagnostics
    /// SHA-256 of the roster file, hex.
    var sha256: String

    init(roster path: String, framework name: String?, defaults: RosterDefaults, keepColumns: [String] = [], strict: Bool,
         quiet: Bool = false, anonymise: Bool = false) throws(CommandFailure) {
        let console = Console.current
        let (framework, frameworkDiagnostics) = try Inputs.framework(name)
        if let role = defaults.role, framework.roleIndex(role) == nil {
            throw CommandFailure(.usage, "error: --role \"\(role)\" is not a role of the framework" +
                                 Suggestion.didYouMean(role, in: framework.roles.map(\.name)))
        }
        if let role = defaults.role.flatMap({ framework.roleIndex($0) }), !framework.roles[role].isInUse {
            throw CommandFailure(.usage, "error: --role: " + framework.notInUseMessage(role))
        }
        // A --level no role in question has is a bad command line, not one error per row.
        if let level = defaults.level {
            let roles = defaults.role.flatMap { framework.roleIndex($0) }.map { [$0] } ?? Array(framework.roles.indices)
            if !roles.contains(where: { framework.levelIndex(level, inRole: $0) != nil }) {
                let names = roles.flatMap { framework.roles[$0].levels.map(\.name) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                throw CommandFailure(.usage, "error: --level \"\(level)\" is not a level of \(roles.count == 1 ? framework.roles[roles[0]].name : "any role")" +
                                     Suggestion.didYouMean(level, in: names) +
                                     " (levels: \(Framework.listed(names)))")
            }
        }
        let bytes = try Inputs.bytes(of: path, what: "the roster")
        let reader = RosterReader(framework: framework, options: .init(defaultRole: defaults.role, defaultLevel: defaults.level, keepColumns: keepColumns,
                                                                       anonymise: anonymise))
        var diagnostics = frameworkDiagnostics
        do {
            let (roster, warnings) = try reader.read(bytes: bytes, file: path)
            diagnostics.append(contentsOf: warnings)
            if strict { diagnostics = diagnostics.promotingWarnings() }
            // --quiet keeps the errors and drops the warnings.
            let shown = quiet ? Diagnostics(diagnostics.errors) : diagnostics
            if !shown.isEmpty { console.err(shown.rendered()) }
            if diagnostics.hasErrors {
                throw CommandFailure(.dataError, "\(path): \(diagnostics.tally) (warnings are errors with --strict)")
            }
            self.framework = framework
            self.roster = roster
            self.diagnostics = diagnostics
            self.sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        } catch let error as InvalidInputError {
            diagnostics.append(contentsOf: error.diagnostics)
            if strict { diagnostics = diagnostics.promotingWarnings() }
            console.err(diagnostics.rendered())
            throw CommandFailure(.dataError, "\(path): \(diagnostics.tally); nothing was analysed")
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(.software, "internal error: \(error)")
        }
    }
}
