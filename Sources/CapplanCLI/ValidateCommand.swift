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

    @Argument(help: ArgumentHelp("The roster: a CSV file or an Excel workbook (.xlsx), wide or long format.", valueName: "roster"))
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
            console.out("\(Inputs.label(roster)): \(Plural.of(people, "person", "people")) in \(Plural.of(roles, "role")); \(loaded.diagnostics.tally)")
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
    /// The sheet read, when the roster is a workbook.
    var sheet: String?

    /// The input as the About sheet names it: the file, and the sheet read from a workbook
    /// (`team.xlsx (sheet Roster)`).
    var inputDescription: String { sheet.map { "\(roster.file) (sheet \($0))" } ?? roster.file }

    /// Reads `path` (`-` for standard input) against the framework `name`. The command line is checked
    /// first (--role and --level against the framework), then that the roster and `otherInputs` (a
    /// targets file, say) can all be opened, before any is read. `checkCommandLine` checks the
    /// command's own options that name things of the framework (`whatif --joiner`), with the --role check.
    init(roster path: String, framework name: String?, defaults: RosterDefaults, otherInputs: [(path: String?, what: String)] = [],
         keepColumns: [String] = [], strict: Bool,
         quiet: Bool = false, anonymise: Bool = false,
         checkCommandLine: (Framework) throws(CommandFailure) -> Void = { _ in }) throws(CommandFailure) {
        let (framework, frameworkDiagnostics) = try Inputs.framework(name)
        try Self.checkDefaults(defaults, in: framework)
        try checkCommandLine(framework)
        try Inputs.checkOpenable([(path, "the roster")] + otherInputs)
        try self.init(reading: path, framework: framework, frameworkDiagnostics: frameworkDiagnostics, defaults: defaults,
                      keepColumns: keepColumns, strict: strict, quiet: quiet, anonymise: anonymise)
    }

    /// Reads `path` against `framework`, already loaded (its own warnings, `frameworkDiagnostics`,
    /// are printed with the roster's), the command line and the inputs already checked: the shared
    /// path of every command that reads a roster, several for `compare` and `trend`.
    init(reading path: String, framework: Framework, frameworkDiagnostics: Diagnostics = Diagnostics([]), defaults: RosterDefaults,
         keepColumns: [String] = [], strict: Bool, quiet: Bool = false, anonymise: Bool = false) throws(CommandFailure) {
        let console = Console.current
        let bytes = try Inputs.bytes(of: path, what: "the roster")
        let reader = RosterReader(framework: framework, options: .init(defaultRole: defaults.role, defaultLevel: defaults.level, keepColumns: keepColumns,
                                                                       anonymise: anonymise))
        let source = try RosterSource(bytes: bytes, file: Inputs.label(path), sheet: defaults.sheet, quiet: quiet)
        var diagnostics = frameworkDiagnostics
        let roster: Roster
        do {
            let warnings: Diagnostics
            (roster, warnings) = try source.read(with: reader)
            diagnostics.append(contentsOf: warnings)
        } catch {
            diagnostics.append(contentsOf: error.diagnostics)
            if strict { diagnostics = diagnostics.promotingWarnings() }
            console.report(diagnostics, quiet: quiet)
            if let note = source.otherSheetsNote, !quiet { console.err(note) }
            throw .invalidData(file: Inputs.label(path), tally: diagnostics.tally, note: "; nothing was analysed")
        }
        if strict { diagnostics = diagnostics.promotingWarnings() }
        // --quiet keeps the errors and drops the warnings.
        console.report(diagnostics, quiet: quiet)
        if diagnostics.hasErrors {
            if let note = source.otherSheetsNote, !quiet { console.err(note) }
            throw .invalidData(file: Inputs.label(path), tally: diagnostics.tally, note: " (warnings are errors with --strict)")
        }
        self.framework = framework
        self.roster = roster
        self.diagnostics = diagnostics
        self.sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        self.sheet = source.sheet
    }

    /// A usage error for a --role that is no role (or one nobody can hold), or a --level that no
    /// role in question has: a bad command line, not one error per row.
    static func checkDefaults(_ defaults: RosterDefaults, in framework: Framework) throws(CommandFailure) {
        if let role = defaults.role, framework.role(named: role) == nil {
            throw .badOption(option: "--role", value: role, problem: "is not a role of the framework",
                             suggestion: Suggestion.nearest(to: role, in: framework.roles.map(\.name)))
        }
        if let role = defaults.role.flatMap({ framework.role(named: $0) }), !framework.roles[role].isInUse {
            throw .notHeld("--role: " + framework.notInUseMessage(role))
        }
        // A --level no role in question has is a bad command line, not one error per row.
        if let level = defaults.level {
            let roles = defaults.role.flatMap { framework.role(named: $0) }.map { [$0] } ?? Array(framework.roles.indices)
            if !roles.contains(where: { framework.level(named: level, in: $0) != nil }) {
                let names = roles.flatMap { framework.roles[$0].levels.map(\.name) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                throw .badOption(option: "--level", value: level,
                                 problem: "is not a level of \(roles.count == 1 ? framework.roles[roles[0]].name : "any role")",
                                 suggestion: Suggestion.nearest(to: level, in: names), valid: ("levels", names))
            }
        }
    }
}
