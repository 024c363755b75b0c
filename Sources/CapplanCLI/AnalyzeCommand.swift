import ArgumentParser
import CapplanCore
import CapplanReports
import Foundation

/// `capplan analyze ROSTER`: the full analysis, written as reports.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a roster and write the reports (CSV files and the capability.xlsx workbook).",
        discussion: "Reports are written to a temporary folder beside --out and moved into place only when all succeeded. A short summary goes to standard output, diagnostics to standard error.")

    @Argument(help: ArgumentHelp("The roster: a CSV file or an Excel workbook (.xlsx), wide or long format.", valueName: "roster"))
    var roster: String

    @OptionGroup var output: ReportOutputOptions

    @OptionGroup var frameworkOption: FrameworkOption
    @OptionGroup var defaults: RosterDefaults
    @OptionGroup var analysisOptions: AnalysisOptionGroup

    @Flag(help: "Replace people's names with stable pseudonyms (P0001, … in roster order) in every output.")
    var anonymise = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print how long each phase took (read, analyse, mentoring, csv, workbook), on standard error.")
    var timings = false

    @Flag(name: .customLong("plan-hires"), help: "Add the hiring plan (the fewest hires that bring every team skill to its target holders, as `capplan plan` finds it): the Hiring plan and Unreachable sheets, hiring-plan.csv and unreachable.csv.")
    var planHires = false

    @OptionGroup var hiringOptions: HiringOptionGroup

    @Option(help: ArgumentHelp("An earlier roster of the team: the workbook gains the Changes sheets of `capplan compare`, and the Summary each key figure's change.", valueName: "before"))
    var baseline: String?

    @Option(name: .customLong("framework-before"), help: ArgumentHelp("With --baseline: the framework the earlier roster is measured against, when not --framework's.", valueName: "name|file"))
    var frameworkBefore: String?

    func validate() throws {
        if !planHires && hiringOptions.isGiven { throw ValidationError("--max-hires and --hire-role need --plan-hires") }
        if frameworkBefore != nil && baseline == nil { throw ValidationError("--framework-before needs --baseline (the earlier roster it measures)") }
        if baseline != nil && !output.formats.contains(.xlsx) {
            throw ValidationError("--baseline adds sheets to the workbook, which --format csv does not write: use --format xlsx,csv, or capplan compare for the changes as CSV files")
        }
    }

    /// The reports this run writes.
    var catalog: ReportCatalog<AnalysisContext> {
        let catalog = planHires ? ReportCatalog.analysis.withHiringPlan() : .analysis
        return baseline == nil ? catalog : catalog.withBaseline()
    }

    func run() throws {
        let console = Console.current
        var clock = PhaseClock()
        let bar = ProgressBar(console: console, quiet: quiet)
        defer { bar.finish() }
        var hireRoles: [RoleID]?
        var frameworks: SnapshotLoad.Frameworks?
        let load = try RosterLoad(roster: roster, framework: frameworkOption.framework, defaults: defaults,
                                  otherInputs: [(analysisOptions.targets, "the targets file"), (baseline, "the baseline roster"),
                                                (try SnapshotLoad.frameworkBeforePath(frameworkBefore), "the framework file")],
                                  keepColumns: analysisOptions.within.map { [$0] } ?? [], strict: strict, quiet: quiet,
                                  anonymise: anonymise) { framework throws(CommandFailure) in
            try analysisOptions.checkLevels(in: framework)
            hireRoles = try hiringOptions.roles(in: framework)
            if baseline != nil { frameworks = try baselineFrameworks(after: framework) }
        }
        let targets = try analysisOptions.targetsBytes()
        let options = try analysisOptions.resolve(for: load.framework, roster: load.roster, strict: strict, quiet: quiet, targetsBytes: targets)
        clock.lap("read")
        bar.show("analysing")
        let analysis = TeamAnalysis(framework: load.framework, roster: load.roster, options: options)
        clock.lap("analyse")
        var hiring: TeamHiring?
        if planHires {
            bar.show("planning hires")
            hiring = TeamHiring(analysis: analysis, roles: hireRoles, maxHires: hiringOptions.maxHires)
            clock.lap("hiring")
        }
        // The plan is worked out on a thread of its own while the reports that do not need it are written
        // (with --baseline, beside the earlier roster's, before the comparison).
        let context = try baseline.map { path throws(CommandFailure) in
            try contextWithBaseline(path, frameworks: frameworks!, analysis: analysis, load: load, options: options, targets: targets, hiring: hiring)
        } ?? AnalysisContext(analysis: analysis, planningInBackground: (), anonymise: anonymise, about: about(load, options: options),
                             hiring: hiring)
        bar.show(output.formats.contains(.xlsx) ? "writing the workbook" : "writing the reports")
        let outcome = try output.write(catalog, context) { phase, fraction in bar.show(phase, phase.hasPrefix("writing") ? fraction : nil) }
        clock.lap("write")
        bar.finish()
        // Capped like the roster's diagnostics: a long name cut on every row would otherwise flood the
        // terminal. --quiet prints nothing but errors.
        console.report(Diagnostics(outcome.warnings), quiet: quiet)
        if timings {
            // csv and workbook are the time spent in each (they run side by side within "write").
            let spent = [("csv", outcome.seconds[.csv] ?? 0), ("mentoring", context.planSeconds), ("workbook", outcome.seconds[.xlsx] ?? 0)]
            console.err("timings: " + (clock.laps + spent).map { "\($0.0)=\(String(format: "%.3f", $0.1))" }.joined(separator: " ")
                        + " total=\(String(format: "%.3f", clock.total))")
        }
        if !quiet {
            TerminalSummary(context: context, style: Style(console)).print(to: console)
            if let hiring { console.out(HiringPlanPrinter.summaryLine(hiring)) }
            output.report(outcome, on: console)
        }
    }

    /// What the About sheet records: the input, the framework, every option that changes a number
    /// (numbers as numbers), and how the reports were made.
    func about(_ load: RosterLoad, options: AnalysisOptions) -> [(String, ReportCell)] {
        let framework = load.framework
        var lines: [(String, ReportCell)] = [
            ("capplan version", .text(capplanVersion)),
            ("input file", .text(load.inputDescription)),
            ("input SHA-256", .text(load.sha256)),
            ("people", .count(load.roster.people.count)),
        ] + frameworkOption.aboutLines(framework)
        lines += [("option: role", .text(defaults.role ?? "none")), ("option: level", .text(defaults.level ?? "none"))]
        lines += analysisOptions.described(options, framework: framework).map { ("option: \($0.0)", $0.1) }
        let withLeaveProbability = load.roster.people.filter { $0.leaveProbability != nil }.count
        if withLeaveProbability > 0 {
            lines.append(("leave probabilities", .text("the roster's leave_probability for \(Plural.of(withLeaveProbability, "person", "people")); "
                                                         + (options.attrition.map { "--attrition \(Cell.decimal($0))" } ?? "0 (staying)") + " for the others")))
        }
        if planHires { lines += [("option: plan hires", .yesNo(true))] + hiringOptions.described.map { ("option: \($0.0)", $0.1) } }
        lines += [
            ("option: anonymise", .yesNo(anonymise)),
            ("option: strict", .yesNo(strict)),
            ("warnings", .count(load.diagnostics.warnings.count)),
            Console.current.creationLine,
            ("definitions", .text("Gaps, coverage, key people, readiness and mentoring are defined in capplan's README (What the reports compute).")),
        ]
        return lines
    }
}
