import ArgumentParser
import CapplanCore
import CapplanReports

/// The options that set each skill's target holders and holder level, for `plan` (which has no
/// mentoring or risk to set, unlike `analyze`'s `AnalysisOptionGroup`).
struct TargetOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Per-skill coverage targets: a CSV with skill,min_holders,holder_level.", valueName: "file"))
    var targets: String?

    @Option(name: .customLong("holder-level"), help: ArgumentHelp("Rating at or above which someone holds a skill (default: practitioner, or the second-highest level of a custom scale without one).", valueName: "level"))
    var holderLevel: String?

    @Option(name: .customLong("min-holders"), parsing: .unconditional, help: ArgumentHelp("Holders each skill should have (default: 2).", valueName: "n"))
    var minHolders: Int?

    func validate() throws {
        if let n = minHolders, n < 0 || n > AnalysisOptions.maxMinHolders { throw ValidationError("--min-holders must be from 0 to 100,000") }
    }

    /// The analysis options for `framework`, reading the targets file if one was given (as
    /// `AnalysisOptionGroup.resolve` does).
    func resolve(for framework: Framework, strict: Bool, quiet: Bool) throws(CommandFailure) -> AnalysisOptions {
        var options = AnalysisOptions(scale: framework.scale)
        if let holderLevel { options.holderLevel = try AnalysisOptionGroup.level(holderLevel, "--holder-level", framework) }
        if let minHolders { options.minHolders = minHolders }
        if let targets { options.targets = try AnalysisOptionGroup.readTargets(targets, framework: framework, strict: strict, quiet: quiet) }
        return options
    }

    /// The options as the About sheet records them.
    func described(_ options: AnalysisOptions) -> [(String, ReportCell)] {
        [("holder level", .level(options.holderLevel)), ("min holders", .count(options.minHolders)), ("targets", .text(targets ?? "none"))]
    }
}
