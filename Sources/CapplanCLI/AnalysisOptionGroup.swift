import ArgumentParser
import CapplanCore
import CapplanReports

/// The options that shape an analysis, shared by `analyze` and `whatif`.
struct AnalysisOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Per-skill coverage targets: a CSV with skill,min_holders,holder_level.", valueName: "file"))
    var targets: String?

    @Option(name: .customLong("holder-level"), help: ArgumentHelp("Rating at or above which someone holds a skill (default: practitioner, or the second-highest level of a custom scale without one).", valueName: "level"))
    var holderLevel: String?

    @Option(name: .customLong("min-holders"), parsing: .unconditional, help: ArgumentHelp("Holders each skill should have (default: 2).", valueName: "n"))
    var minHolders: Int?

    @Option(name: .customLong("mentor-level"), help: ArgumentHelp("Rating a mentor needs, at least (default: practitioner, or the second-highest level of a custom scale without one).", valueName: "level"))
    var mentorLevel: String?

    @Option(name: .customLong("mentor-capacity"), parsing: .unconditional, help: ArgumentHelp("Pairings per mentor when the roster has no mentor_capacity value (default: 2).", valueName: "n"))
    var mentorCapacity: Int?

    @Option(name: .customLong("mentee-limit"), parsing: .unconditional, help: ArgumentHelp("Pairings per mentee, at most (default: 2).", valueName: "n"))
    var menteeLimit: Int?

    @Option(help: ArgumentHelp("Pair mentors and mentees only when they share this column's value (team, grade, or any roster column).", valueName: "column"))
    var within: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("The chance that a person leaves within a year, 0 to 1, where the roster's leave_probability column gives none: coverage gains the risk of falling below target and of losing every holder (default: none; without it or the column, no risk is shown).", valueName: "p"))
    var attrition: Double?

    func validate() throws {
        if let n = minHolders, n < 0 || n > AnalysisOptions.maxMinHolders { throw ValidationError("--min-holders must be from 0 to 100,000") }
        if let n = mentorCapacity, n < 0 { throw ValidationError("--mentor-capacity must be 0 or more") }
        if let n = menteeLimit, n < 0 { throw ValidationError("--mentee-limit must be 0 or more") }
        if let p = attrition, !(0...1).contains(p) { throw ValidationError("--attrition must be a probability from 0 to 1 (such as 0.1)") }
    }

    /// The scale levels the options name, checked against `framework` before any roster is read (a
    /// bad command line is not reported after a screenful of the roster's warnings).
    func checkLevels(in framework: Framework) throws(CommandFailure) {
        if let holderLevel { _ = try Self.level(holderLevel, "--holder-level", framework) }
        if let mentorLevel { _ = try Self.level(mentorLevel, "--mentor-level", framework) }
    }

    /// The targets file's bytes, for a command that analyses several rosters with it: read once,
    /// since standard input (`--targets -`) can only be read once.
    func targetsBytes() throws(CommandFailure) -> [UInt8]? {
        guard let targets else { return nil }
        return try Inputs.bytes(of: targets, what: "the targets file")
    }

    /// The analysis options for `roster` and its `framework`, reading the targets file if one was
    /// given (or taking its `targetsBytes`, already read). The targets file's warnings are printed
    /// unless `quiet`, and are errors with `strict`, as a roster's are. `--within` must name a column
    /// of the roster.
    func resolve(for framework: Framework, roster: Roster, strict: Bool, quiet: Bool,
                 targetsBytes: [UInt8]? = nil) throws(CommandFailure) -> AnalysisOptions {
        if let within, !roster.columns.contains(where: { NameKey($0) == NameKey(within) }) {
            throw .badOption(option: "--within", value: within, problem: "is not a column of \(roster.file)",
                             suggestion: Suggestion.nearest(to: within, in: roster.columns))
        }
        var options = AnalysisOptions(scale: framework.scale)
        if let holderLevel { options.holderLevel = try Self.level(holderLevel, "--holder-level", framework) }
        if let mentorLevel { options.mentorLevel = try Self.level(mentorLevel, "--mentor-level", framework) }
        if let minHolders { options.minHolders = minHolders }
        if let mentorCapacity { options.mentorCapacity = mentorCapacity }
        if let menteeLimit { options.menteeLimit = menteeLimit }
        options.within = within
        options.attrition = attrition
        if let targets {
            options.targets = try Self.readTargets(targets, bytes: targetsBytes, framework: framework, strict: strict, quiet: quiet)
        }
        return options
    }

    /// The scale level an option (`flag`) names, or a bad command line with a suggestion.
    static func level(_ text: String, _ flag: String, _ framework: Framework) throws(CommandFailure) -> ScaleLevel {
        let names = framework.scale.levels.map(\.name)
        guard let level = framework.scale.level(of: text) else {
            throw .badOption(option: flag, value: text, problem: "is not a level of the scale (\(names.joined(separator: ", ")))",
                             suggestion: Suggestion.nearest(to: text, in: names))
        }
        return level
    }

    /// The targets file's targets (its `bytes` when already read); its warnings printed unless
    /// `quiet`, errors with `strict`.
    static func readTargets(_ path: String, bytes given: [UInt8]? = nil, framework: Framework, strict: Bool,
                            quiet: Bool) throws(CommandFailure) -> [SkillID: SkillTarget] {
        let bytes: [UInt8]
        if let given { bytes = given } else { bytes = try Inputs.bytes(of: path, what: "the targets file") }
        let targets = Inputs.label(path)
        var diagnostics: Diagnostics
        var read: [SkillID: SkillTarget] = [:]
        do {
            (read, diagnostics) = try TargetsReader.read(bytes: bytes, file: targets, framework: framework)
        } catch {
            diagnostics = error.diagnostics
        }
        if strict { diagnostics = diagnostics.promotingWarnings() }
        Console.current.report(diagnostics, quiet: quiet)
        if diagnostics.hasErrors {
            throw .invalidData(file: targets, tally: diagnostics.tally, note: "\(strict ? " (warnings are errors with --strict)" : ""); nothing was analysed")
        }
        return read
    }

    /// The options as the About sheet records them.
    func described(_ options: AnalysisOptions, framework: Framework) -> [(String, ReportCell)] {
        [
            ("holder level", .level(options.holderLevel)),
            ("min holders", .count(options.minHolders)),
            ("targets", .text(targets ?? "none")),
            ("mentor level", .level(options.mentorLevel)),
            ("mentor capacity", .count(options.mentorCapacity)),
            ("mentee limit", .count(options.menteeLimit)),
            ("within", .text(within ?? "none")),
        ] + (attrition.map { [("attrition", ReportCell.probability($0))] } ?? [])
    }
}
