import ArgumentParser
import CapplanCore
import CapplanReports
import Foundation

/// `capplan plan ROSTER`: the fewest hires that bring every team skill to its target holders.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find the fewest hires that bring every team skill to its target holders, and write the plan.",
        discussion: "A hire is a role level of the framework, assumed rated exactly at its requirements. The plan is exact: no plan with fewer hires exists; among the fewest it prefers the most junior, then framework order. Writes hiring-plan.csv and unreachable.csv (and hiring-plan.xlsx with --format xlsx) to --out, and prints the plan.")

    @Argument(help: ArgumentHelp("The roster: a CSV file or an Excel workbook (.xlsx), wide or long format.", valueName: "roster"))
    var roster: String

    @Option(help: ArgumentHelp("The folder to write the plan to.", valueName: "dir"))
    var out: String = "Reports"

    @Option(help: ArgumentHelp("Which files: csv, xlsx, or both as xlsx,csv.", valueName: "formats"))
    var format: String = "csv"

    @OptionGroup var frameworkOption: FrameworkOption
    @OptionGroup var defaults: RosterDefaults
    @OptionGroup var targetOptions: TargetOptionGroup
    @OptionGroup var hiringOptions: HiringOptionGroup

    /// The search's effort limit (`HiringPlanner`'s safety valve), hidden: for checking what is said of a plan not proven.
    @Option(name: .customLong("effort-limit"), help: ArgumentHelp(visibility: .hidden))
    var effortLimit: Int = HiringPlanner.defaultEffortLimit

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws { try ReportOutputOptions.check(format: format, out: out) }

    func run() throws {
        let console = Console.current
        var roles: [RoleID]?
        let load = try RosterLoad(roster: roster, framework: frameworkOption.framework, defaults: defaults,
                                  otherInputs: [(targetOptions.targets, "the targets file")], strict: strict, quiet: quiet) {
            framework throws(CommandFailure) in roles = try hiringOptions.roles(in: framework)
        }
        let options = try targetOptions.resolve(for: load.framework, strict: strict, quiet: quiet)
        let analysis = TeamAnalysis(framework: load.framework, roster: load.roster, options: options)
        let hiring = TeamHiring(analysis: analysis, roles: roles, maxHires: hiringOptions.maxHires, effortLimit: max(0, effortLimit))
        let context = PlanContext(hiring: hiring, about: about(load, options: options))
        let outcome = try ReportOutputOptions.write(.hiring, context, formats: ReportOutputOptions.formats(format), to: out)
        console.report(Diagnostics(outcome.warnings), quiet: quiet)
        guard !quiet else { return }
        HiringPlanPrinter(hiring: hiring, style: Style(console)).print(to: console)
        ReportOutputOptions.report(outcome, in: out, written: "Plan written", on: console)
    }

    /// What the About sheet records: the input, the framework and every option that changes the plan.
    func about(_ load: RosterLoad, options: AnalysisOptions) -> [(String, ReportCell)] {
        [
            ("capplan version", .text(capplanVersion)),
            ("input file", .text(load.inputDescription)),
            ("input SHA-256", .text(load.sha256)),
            ("people", .count(load.roster.people.count)),
        ] + frameworkOption.aboutLines(load.framework) + [
            ("option: role", .text(defaults.role ?? "none")), ("option: level", .text(defaults.level ?? "none")),
        ] + (targetOptions.described(options) + hiringOptions.described).map { ("option: \($0.0)", $0.1) } + [
            ("option: strict", .yesNo(strict)),
            ("warnings", .count(load.diagnostics.warnings.count)),
            Console.current.creationLine,
            ("definitions", .text("The hiring plan is defined in capplan's README (Planning ahead).")),
        ]
    }
}
