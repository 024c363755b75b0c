import ArgumentParser
import CapplanCore
import CapplanReports
import Foundation

/// `capplan trend [LABEL=]SNAPSHOT…`: several snapshots of a team side by side (SPEC §9).
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Show how a team's figures and skill cover moved over two or more snapshots (trend.csv, skill-trend.csv, trend.xlsx).",
        discussion: """
        Give the snapshots in time order, each as FILE (labelled by its name, without the extension) or \
        LABEL=FILE. Every snapshot is measured against the same framework and options.
        """)

    @Argument(help: ArgumentHelp("The rosters, oldest first: FILE or LABEL=FILE.", valueName: "snapshot"))
    var snapshots: [String] = []

    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var frameworkOption: FrameworkOption
    @OptionGroup var defaults: RosterDefaults
    @OptionGroup var analysisOptions: AnalysisOptionGroup

    @Flag(help: "Name people by pseudonyms in warnings (the reports name no one).")
    var anonymise = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if let problem = LabelledSnapshot.problem(with: snapshots) { throw ValidationError(problem) }
        if analysisOptions.attrition != nil { throw ValidationError("--attrition changes nothing a trend shows: the risk columns are analyze's") }
    }

    func run() throws {
        let console = Console.current
        let labelled = snapshots.map(LabelledSnapshot.init)
        let framework = try Inputs.framework(frameworkOption.framework)
        try RosterLoad.checkDefaults(defaults, in: framework.0)
        try Inputs.checkOpenable(labelled.map { ($0.path, "the roster") } + [(analysisOptions.targets, "the targets file")])
        var loads: [SnapshotLoad] = []
        let targets = try analysisOptions.targetsBytes()
        for (index, snapshot) in labelled.enumerated() {
            loads.append(try SnapshotLoad(snapshot.path, framework: framework, reported: index > 0, defaults: defaults,
                                          analysisOptions: analysisOptions, targets: targets, strict: strict, quiet: quiet,
                                          anonymise: anonymise))
        }
        let plans = SnapshotLoad.plans(loads.map(\.analysis))
        let trend = Trend(zip(labelled, zip(loads, plans)).map { snapshot, loaded in
            Trend.Snapshot(label: snapshot.label, analysis: loaded.0.analysis, summary: TeamSummary(analysis: loaded.0.analysis, plan: loaded.1))
        })
        let context = TrendContext(trend: trend, framework: framework.0, names: PersonNames(roster: loads.last!.load.roster, anonymise: anonymise),
                                   about: about(labelled, loads))
        let outcome = try output.write(.trend, context)
        console.report(Diagnostics(outcome.warnings), quiet: quiet)
        if !quiet {
            printSummary(trend, to: console)
            output.report(outcome, on: console)
        }
    }

    /// The key figures per snapshot, as a table.
    private func printSummary(_ trend: Trend, to console: Console) {
        console.out(Style(console).bold("Trend over \(trend.labels.count) snapshots:"))
        let metrics = ["headcount", "total_gap_levels", "skills_ok", "skills_thin", "skills_single_point", "skills_no_cover", "mean_readiness"]
        let rows = metrics.map { metric in
            [metric] + trend.values(of: metric).map { value -> String in
                switch value {
                case .count(let n)?: String(n)
                case .fraction(let f)?: "\(Int((f * 100).rounded()))%"
                case .text(let text)?: text
                case nil: ""
                }
            }
        }
        TextTable.lines([["metric"] + trend.labels] + rows, indent: "  ").forEach(console.out)
    }

    /// What the About sheet records: each snapshot's label, file and SHA-256; the framework; the options.
    private func about(_ labelled: [LabelledSnapshot], _ loads: [SnapshotLoad]) -> [(String, ReportCell)] {
        var lines: [(String, ReportCell)] = [("capplan version", .text(capplanVersion))]
        for (snapshot, load) in zip(labelled, loads) {
            lines += [("\(snapshot.label): input file", .text(load.load.inputDescription)), ("\(snapshot.label): input SHA-256", .text(load.load.sha256)),
                      ("\(snapshot.label): people", .count(load.load.roster.people.count))]
        }
        let framework = loads[0].analysis.framework
        lines += frameworkOption.aboutLines(framework)
        lines += [("option: role", .text(defaults.role ?? "none")), ("option: level", .text(defaults.level ?? "none"))]
        lines += analysisOptions.described(loads[0].options, framework: framework).map { ("option: \($0.0)", $0.1) }
        lines += [
            ("option: anonymise", .yesNo(anonymise)),
            ("option: strict", .yesNo(strict)),
            ("warnings", .count(loads.reduce(0) { $0 + $1.load.diagnostics.warnings.count })),
            Console.current.creationLine,
            ("definitions", .text("The metrics are summary.csv's, defined in capplan's README (What the reports compute, Change over time).")),
        ]
        return lines
    }
}
