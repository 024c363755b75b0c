import ArgumentParser
import CapplanCore
import CapplanReports

/// `capplan whatif ROSTER --leaver NAME …`: what breaks when people leave.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Show which skills change coverage status when named people leave.",
        discussion: "Lists each skill whose status changes (status and holders before → after), the new single points of knowledge, and the gaps that only a leaver could have mentored.")

    @Argument(help: ArgumentHelp("The roster CSV.", valueName: "roster"))
    var roster: String

    @Option(name: .customLong("leaver"), help: ArgumentHelp("A person who leaves, by name or id (repeat for several).", valueName: "name"))
    var leavers: [String] = []

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv }

    @Option(help: "Output format: table or csv (default: table).")
    var format: Format = .table

    @OptionGroup var frameworkOption: FrameworkOption
    @OptionGroup var defaults: RosterDefaults
    @OptionGroup var analysisOptions: AnalysisOptionGroup

    @Flag(help: "Show pseudonyms (P0001, …) instead of names.")
    var anonymise = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func validate() throws {
        if leavers.isEmpty { throw ValidationError("name at least one person with --leaver NAME") }
    }

    func run() throws {
        let console = Console.current
        let load = try RosterLoad(roster: roster, framework: frameworkOption.framework, defaults: defaults,
                                  keepColumns: analysisOptions.within.map { [$0] } ?? [], strict: strict, quiet: true,
                                  anonymise: anonymise)
        let options = try analysisOptions.resolve(for: load.framework, strict: strict, quiet: false)
        let people = load.roster.people
        var indices: [PersonID] = []
        for leaver in leavers {
            let exact = people.indices.filter { people[$0].id == leaver || people[$0].name == leaver }
            let loose = exact.isEmpty ? people.indices.filter { NameKey(people[$0].name) == NameKey(leaver) || people[$0].id.map(NameKey.init) == NameKey(leaver) } : exact
            if loose.count > 1 {
                throw CommandFailure.badOption(option: "--leaver", value: leaver,
                                               problem: "matches \(loose.count) people (lines \(loose.map { String(people[$0].line) }.joined(separator: ", "))); name them by id")
            }
            guard let index = loose.first else {
                throw CommandFailure.badOption(option: "--leaver", value: leaver, problem: "is not in \(roster)",
                                               suggestion: Suggestion.nearest(to: leaver, in: people.map(\.name)))
            }
            if !indices.contains(index) { indices.append(index) }
        }
        let before = TeamAnalysis(framework: load.framework, roster: load.roster, options: options)
        let whatIf = WhatIf(before: before, leavers: indices)
        let namesBefore = PersonNames(roster: load.roster, anonymise: anonymise)
        // People who stay keep the names the whole roster gives them, so they match an analysis of it:
        // the same pseudonym, and `name (id)` where the roster has two of that name even if one leaves.
        let afterToBefore = IDArray<PersonID, PersonID>(people.indices.filter { !indices.contains($0) })
        func nameAfter(_ p: PersonID) -> String { namesBefore[afterToBefore[p]] }
        let framework = load.framework
        let scale = framework.scale

        switch format {
        case .csv:
            var out = CSVFormat.line(["skill", "status_before", "holders_before", "status_after", "holders_after", "sole_holder_after"])
            for change in whatIf.changes {
                out += CSVFormat.line([framework.skills[change.skill].name, change.before.rawValue, String(change.holdersBefore),
                                       change.after?.rawValue ?? "", String(change.holdersAfter),
                                       change.soleHolderAfter.map(nameAfter).map(CSVFormat.neutralised) ?? ""])
            }
            console.write(out, .output)
            if !whatIf.orphanedGaps.isEmpty {
                console.err("note: \(whatIf.orphanedGaps.count) gap\(whatIf.orphanedGaps.count == 1 ? "" : "s") can no longer be mentored by anyone who stays (use --format table to list them)")
            }
        case .table:
            let style = Style(console)
            let who = indices.map { namesBefore[$0] }.joined(separator: ", ")
            console.out(style.bold("If \(who) \(indices.count == 1 ? "leaves" : "leave"):"))
            if whatIf.changes.isEmpty {
                console.out("  no skill changes coverage status")
            } else {
                let rows = whatIf.changes.map { change in
                    [framework.skills[change.skill].name,
                     "\(change.before.rawValue) (\(change.holdersBefore))",
                     "\(change.after?.rawValue ?? "not a team skill") (\(change.holdersAfter))"]
                }
                let header = ["skill", "before (holders)", "after (holders)"]
                let widths = (0..<3).map { c in ([header] + rows).map { $0[c].count }.max()! }
                console.out(("  " + zip(header, widths).map { $0.padding(to: $1) }.joined(separator: "  ")).trailingSpacesRemoved)
                for row in rows { console.out("  " + zip(row, widths).map { $0.padding(to: $1) }.joined(separator: "  ").trailingSpacesRemoved) }
            }
            let singles = whatIf.newSinglePoints
            if !singles.isEmpty {
                console.out(style.bold("New single points of knowledge:"))
                for change in singles {
                    console.out("  \(framework.skills[change.skill].name): only \(change.soleHolderAfter.map(nameAfter) ?? "?")")
                }
            }
            if !whatIf.orphanedGaps.isEmpty {
                console.out(style.bold("Gaps no one who stays can mentor:"))
                for gap in whatIf.orphanedGaps {
                    console.out("  \(nameAfter(gap.mentee)): \(framework.skills[gap.skill].name) \(scale.name(gap.rating)) → \(scale.name(gap.target))")
                }
            }
        }
    }
}
