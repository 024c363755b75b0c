import CapplanCore
import CapplanReports

/// One snapshot of a team read for `compare`, `trend` or `analyze --baseline`: its roster read
/// against a framework already loaded (`RosterLoad`, the path every roster takes), the analysis
/// options resolved for it, and its analysis. Every snapshot takes the same options.
struct SnapshotLoad {
    /// The two frameworks of a comparison, with their warnings, and how they correspond.
    typealias Frameworks = (after: (Framework, Diagnostics), before: (Framework, Diagnostics), correspondence: FrameworkCorrespondence)

    var load: RosterLoad
    var options: AnalysisOptions
    var analysis: TeamAnalysis

    /// Reads and analyses the snapshot at `path`. `reported` says the framework's warnings and the
    /// targets file's were printed already (with an earlier snapshot read against the same framework).
    /// `targets` is the targets file's bytes (`AnalysisOptionGroup.targetsBytes`), read once for all.
    init(_ path: String, framework: (Framework, Diagnostics), reported: Bool, defaults: RosterDefaults,
         analysisOptions: AnalysisOptionGroup, targets: [UInt8]?, strict: Bool, quiet: Bool, anonymise: Bool) throws(CommandFailure) {
        load = try RosterLoad(reading: path, framework: framework.0, frameworkDiagnostics: reported ? Diagnostics([]) : framework.1,
                              defaults: defaults, keepColumns: analysisOptions.within.map { [$0] } ?? [], strict: strict,
                              quiet: quiet, anonymise: anonymise)
        options = try analysisOptions.resolve(for: framework.0, roster: load.roster, strict: strict, quiet: quiet || reported,
                                              targetsBytes: targets)
        analysis = TeamAnalysis(framework: framework.0, roster: load.roster, options: options)
    }

    /// The frameworks of a comparison: AFTER's (`--framework`, or `loaded` when it is loaded
    /// already) and BEFORE's (`--framework-before`, else AFTER's), matched by name; exit 65 when they
    /// rate on different scales.
    static func frameworks(after: String?, loaded: Framework? = nil, before: String?) throws(CommandFailure) -> Frameworks {
        let afterFramework: (Framework, Diagnostics)
        if let loaded { afterFramework = (loaded, Diagnostics([])) } else { afterFramework = try Inputs.framework(after) }
        guard let before else {
            return (afterFramework, afterFramework, FrameworkCorrespondence(same: afterFramework.0))
        }
        let beforeFramework: (Framework, Diagnostics)
        do {
            beforeFramework = try Inputs.framework(before)
        } catch {
            throw renamed(error)
        }
        do {
            return (afterFramework, beforeFramework, try FrameworkCorrespondence(before: beforeFramework.0, after: afterFramework.0))
        } catch {
            throw .incomparable("--framework-before \"\(before)\" and --framework \"\(after ?? BuiltInFramework.defaultName)\": " + error.message)
        }
    }

    /// The file `--framework-before` names, nil for a built-in framework (for checking it can be
    /// opened before anything is read); a name that is neither is a bad command line.
    static func frameworkBeforePath(_ name: String?) throws(CommandFailure) -> String? {
        guard let name else { return nil }
        do {
            return try Inputs.frameworkPath(name)
        } catch {
            throw renamed(error)
        }
    }

    /// A failure about `--framework` (as `Inputs` words it), said of `--framework-before`.
    private static func renamed(_ failure: CommandFailure) -> CommandFailure {
        guard case let .badOption("--framework", value, problem, suggestion, valid) = failure else { return failure }
        return .badOption(option: "--framework-before", value: value, problem: problem, suggestion: suggestion, valid: valid)
    }

    /// The snapshots' mentoring plans, worked out two at a time (one on a thread of its own).
    static func plans(_ analyses: [TeamAnalysis]) -> [MentoringPlan] {
        var plans: [MentoringPlan] = []
        var index = 0
        while index < analyses.count {
            let second = index + 1 < analyses.count ? analyses[index + 1] : nil
            let other = second.map { analysis in Deferred { MentoringPlan(problem: MentoringProblem(analysis: analysis)) } }
            plans.append(MentoringPlan(problem: MentoringProblem(analysis: analyses[index])))
            if let other { plans.append(other.value) }
            index += 2
        }
        return plans
    }

    /// How the About sheet names a framework option: `ddat (built-in)` or `FILE (file)`.
    static func described(framework name: String?) -> String {
        name.map { BuiltInFramework.isBuiltIn($0) ? "\($0) (built-in)" : "\($0) (file)" } ?? "\(BuiltInFramework.defaultName) (built-in)"
    }
}
