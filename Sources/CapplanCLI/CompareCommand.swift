import ArgumentParser
import CapplanCore
import CapplanReports
import Foundation

/// `capplan compare BEFORE AFTER`: two snapshots of a team compared (SPEC §9), written as reports.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two snapshots of a team and write what changed (CSV files and the changes.xlsx workbook).",
        discussion: """
        People are matched by id, else name (someone renamed keeps their id). Writes people-changes.csv, \
        rating-changes.csv, coverage-changes.csv, gap-changes.csv, mentoring-outcomes.csv (what came of \
        BEFORE's mentoring plan) and summary-changes.csv. Every analysis option applies to both snapshots.
        """)

    @Argument(help: ArgumentHelp("The earlier roster: a CSV file or an Excel workbook (.xlsx), wide or long format.", valueName: "before"))
    var before: String

    @Argument(help: ArgumentHelp("The later roster.", valueName: "after"))
    var after: String

    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var frameworkOption: FrameworkOption

    @Option(name: .customLong("framework-before"), help: ArgumentHelp(
        "The framework BEFORE is measured against, when not AFTER's (last year's, say): a built-in name or a YAML file. Skills are matched by name.",
        valueName: "name|file"))
    var frameworkBefore: String?

    @OptionGroup var defaults: RosterDefaults
    @OptionGroup var analysisOptions: AnalysisOptionGroup

    @Flag(help: "Replace people's names with pseudonyms (P0001, … in the identity order of both snapshots) in every output.")
    var anonymise = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if analysisOptions.attrition != nil { throw ValidationError("--attrition changes nothing compare writes: the risk columns are analyze's") }
    }

    func run() throws {
        let console = Console.current
        let frameworks = try SnapshotLoad.frameworks(after: frameworkOption.framework, before: frameworkBefore)
        try RosterLoad.checkDefaults(defaults, in: frameworks.before.0)
        try RosterLoad.checkDefaults(defaults, in: frameworks.after.0)
        try Inputs.checkOpenable([(before, "the earlier roster"), (after, "the later roster"), (analysisOptions.targets, "the targets file")])
        let sameFramework = frameworkBefore == nil
        let targets = try analysisOptions.targetsBytes()
        let old = try SnapshotLoad(before, framework: frameworks.before, reported: false, defaults: defaults,
                                   analysisOptions: analysisOptions, targets: targets, strict: strict, quiet: quiet, anonymise: anonymise)
        let new = try SnapshotLoad(after, framework: frameworks.after, reported: sameFramework, defaults: defaults,
                                   analysisOptions: analysisOptions, targets: targets, strict: strict, quiet: quiet, anonymise: anonymise)
        let plans = SnapshotLoad.plans([old.analysis, new.analysis])
        let comparison = SnapshotComparison(before: .init(analysis: old.analysis, plan: plans[0]), after: .init(analysis: new.analysis, plan: plans[1]),
                                            frameworks: frameworks.correspondence)
        let labels = (before: Inputs.label(before), after: Inputs.label(after))
        let context = ComparisonContext(comparison: comparison, labels: labels, anonymise: anonymise, about: about(old, new))
        let outcome = try output.write(.changes, context)
        console.report(Diagnostics(outcome.warnings), quiet: quiet)
        if !quiet {
            ComparisonSummary(context: context, style: Style(console)).print(to: console)
            output.report(outcome, on: console)
        }
    }

    /// What the About sheet records: both inputs, the frameworks, every option that changes a number.
    func about(_ old: SnapshotLoad, _ new: SnapshotLoad) -> [(String, ReportCell)] {
        var lines: [(String, ReportCell)] = [("capplan version", .text(capplanVersion))]
        for (what, snapshot) in [("before", old), ("after", new)] {
            lines += [("\(what): input file", .text(snapshot.load.inputDescription)), ("\(what): input SHA-256", .text(snapshot.load.sha256)),
                      ("\(what): people", .count(snapshot.load.roster.people.count))]
        }
        let framework = new.analysis.framework
        lines += frameworkOption.aboutLines(framework)
        if let frameworkBefore {
            lines += [("framework before", .text(SnapshotLoad.described(framework: frameworkBefore))),
                      ("framework before title", .text(old.analysis.framework.title ?? old.analysis.framework.name))]
        }
        lines += [("option: role", .text(defaults.role ?? "none")), ("option: level", .text(defaults.level ?? "none"))]
        lines += analysisOptions.described(new.options, framework: framework).map { ("option: \($0.0)", $0.1) }
        lines += [
            ("option: anonymise", .yesNo(anonymise)),
            ("option: strict", .yesNo(strict)),
            ("warnings", .count(old.load.diagnostics.warnings.count + new.load.diagnostics.warnings.count)),
            Console.current.creationLine,
            ("definitions", .text("What each change means is defined in capplan's README (Change over time).")),
        ]
        return lines
    }
}
