import CapplanCore
import CapplanReports

extension AnalyzeCommand {
    /// The context of `analysis` compared with the earlier roster at `path` (`--baseline`), read
    /// against `--framework-before` (else the same framework) with the same options. The two mentoring
    /// plans are worked out side by side, before the reports are written.
    /// The frameworks of `--baseline`, checked with the command line before the roster is read:
    /// `--framework-before`'s scale and `--role`/`--level` in it.
    func baselineFrameworks(after framework: Framework) throws(CommandFailure) -> SnapshotLoad.Frameworks {
        let frameworks = try SnapshotLoad.frameworks(after: frameworkOption.framework, loaded: framework, before: frameworkBefore)
        try RosterLoad.checkDefaults(defaults, in: frameworks.before.0)
        return frameworks
    }

    func contextWithBaseline(_ path: String, frameworks: SnapshotLoad.Frameworks, analysis: TeamAnalysis, load: RosterLoad,
                             options: AnalysisOptions, targets: [UInt8]?, hiring: TeamHiring?) throws(CommandFailure) -> AnalysisContext {
        let earlier = try SnapshotLoad(path, framework: frameworks.before, reported: frameworkBefore == nil, defaults: defaults,
                                       analysisOptions: analysisOptions, targets: targets, strict: strict, quiet: quiet, anonymise: anonymise)
        let plans = SnapshotLoad.plans([earlier.analysis, analysis])
        let comparison = SnapshotComparison(before: .init(analysis: earlier.analysis, plan: plans[0]), after: .init(analysis: analysis, plan: plans[1]),
                                            frameworks: frameworks.correspondence)
        let labels = (before: Inputs.label(path), after: Inputs.label(roster))
        var lines = about(load, options: options)
        lines += [("baseline file", .text(earlier.load.inputDescription)), ("baseline SHA-256", .text(earlier.load.sha256)),
                  ("baseline people", .count(earlier.load.roster.people.count))]
        if let frameworkBefore { lines.append(("framework before", .text(SnapshotLoad.described(framework: frameworkBefore)))) }
        let baseline = ComparisonContext(comparison: comparison, labels: labels, anonymise: anonymise, pseudonymsFollowingAfter: true)
        return AnalysisContext(analysis: analysis, plan: plans[1], anonymise: anonymise, about: lines, hiring: hiring).with(baseline: baseline)
    }
}
