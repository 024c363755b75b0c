import ArgumentParser
import CapplanCore
import CapplanReports

/// `capplan whatif ROSTER --leaver NAME … --joiner ROLE:LEVEL …`: what breaks when people leave, and
/// what mends when others join.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Show which skills change coverage status when named people leave, or people at given role levels join.",
        discussion: "Lists each skill whose status changes (status and holders before → after), the new single points of knowledge, and the gaps that only a leaver could have mentored. A joiner is rated exactly at each requirement of their role level and not assessed in other skills.")

    @Argument(help: ArgumentHelp("The roster: a CSV file or an Excel workbook (.xlsx).", valueName: "roster"))
    var roster: String

    @Option(name: .customLong("leaver"), help: ArgumentHelp("A person who leaves, by name, id or the name the reports show (repeat for several).", valueName: "name"))
    var leavers: [String] = []

    @Option(name: .customLong("joiner"), help: ArgumentHelp("A person who joins at a role level, as \"ROLE:LEVEL\" (such as \"Software developer:Senior developer\"), or a level title only one role has (repeat for several).", valueName: "role:level"))
    var joiners: [String] = []

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv }

    @Option(help: "Output format.")
    var format: Format = .table

    @OptionGroup var frameworkOption: FrameworkOption
    @OptionGroup var defaults: RosterDefaults
    @OptionGroup var analysisOptions: AnalysisOptionGroup

    @Flag(help: "Show pseudonyms (P0001, …) instead of names.")
    var anonymise = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print no warnings, only the result and errors.")
    var quiet = false

    func validate() throws {
        if leavers.isEmpty && joiners.isEmpty {
            throw ValidationError("name at least one person with --leaver NAME, or a role level with --joiner \"ROLE:LEVEL\"")
        }
    }

    func run() throws {
        var joining: [RoleLevelID] = []
        let load = try RosterLoad(roster: roster, framework: frameworkOption.framework, defaults: defaults,
                                  otherInputs: [(analysisOptions.targets, "the targets file")],
                                  keepColumns: analysisOptions.within.map { [$0] } ?? [], strict: strict, quiet: quiet,
                                  anonymise: anonymise) { framework throws(CommandFailure) in
            try analysisOptions.checkLevels(in: framework)
            for joiner in joiners { joining.append(try JoinerOption.roleLevel(joiner, in: framework)) }
        }
        let options = try analysisOptions.resolve(for: load.framework, roster: load.roster, strict: strict, quiet: quiet)
        let namesBefore = PersonNames(roster: load.roster, anonymise: anonymise)
        let leaving = try leavers.reduce(into: [PersonID]()) { found, name in
            let person = try leaver(name, in: load.roster, shownAs: namesBefore)
            if !found.contains(person) { found.append(person) }
        }
        let before = TeamAnalysis(framework: load.framework, roster: load.roster, options: options)
        let whatIf = WhatIf(before: before, leavers: leaving, joiners: joining)
        // People who stay keep the names the whole roster gives them, so they match an analysis of it:
        // the same pseudonym, and `name (id)` where the roster has two of that name even if one leaves.
        // Joiners come after them, by their joiner names.
        let afterToBefore = IDArray<PersonID, PersonID>(load.roster.people.indices.filter { !leaving.contains($0) })
        let remaining = whatIf.remaining.roster
        let names = Names(leavers: leaving.map { namesBefore[$0] },
                          joiners: (0..<joining.count).map { remaining.people[PersonID(afterToBefore.count + $0)].name },
                          after: { $0.index < afterToBefore.count ? namesBefore[afterToBefore[$0]] : remaining.people[$0].name })
        switch format {
        case .csv: printCSV(whatIf, names)
        case .table: printTable(whatIf, names)
        }
    }

    /// How people are named: the leavers, and the people who stay by their place in the remaining team.
    private struct Names {
        var leavers: [String]
        var joiners: [String]
        var after: (PersonID) -> String

        /// `Priya Shah leaves and joiner 1 (Software developer: Senior developer) joins`.
        var headline: String {
            var parts: [String] = []
            if !leavers.isEmpty { parts.append("\(leavers.joined(separator: ", ")) \(leavers.count == 1 ? "leaves" : "leave")") }
            if !joiners.isEmpty { parts.append("\(joiners.joined(separator: ", ")) \(joiners.count == 1 ? "joins" : "join")") }
            return parts.joined(separator: " and ")
        }

        /// Who could mentor after the change: who stays, or who stays or joins.
        var whoRemains: String { joiners.isEmpty ? "who stays" : "who stays or joins" }
    }

    /// The person `name` names: by id, name, or the name the reports show (`Ann Lee (X1)` where two
    /// share a name, the pseudonym with --anonymise) exactly, else by id or name loosely (case,
    /// spaces, punctuation).
    private func leaver(_ name: String, in roster: Roster, shownAs shown: PersonNames) throws(CommandFailure) -> PersonID {
        let people = roster.people
        let exact = people.indices.filter { people[$0].id == name || people[$0].name == name || shown[$0] == name }
        let loose = exact.isEmpty ? people.indices.filter { NameKey(people[$0].name) == NameKey(name) || people[$0].id.map(NameKey.init) == NameKey(name) } : exact
        if loose.count > 1 {
            throw .badOption(option: "--leaver", value: name,
                             problem: "matches \(loose.count) people (lines \(loose.map { String(people[$0].line) }.joined(separator: ", "))); name them by id")
        }
        guard let person = loose.first else {
            throw .badOption(option: "--leaver", value: name, problem: "is not in \(roster.file)",
                             suggestion: Suggestion.nearest(to: name, in: people.map(\.name)))
        }
        return person
    }

    private func printCSV(_ whatIf: WhatIf, _ names: Names) {
        let console = Console.current
        let framework = whatIf.before.framework
        var out = CSVFormat.line(["skill", "status_before", "holders_before", "status_after", "holders_after", "sole_holder_after"])
        for change in whatIf.changes {
            out += CSVFormat.line([framework.skills[change.skill].name, change.before?.rawValue ?? "", String(change.holdersBefore),
                                   change.after?.rawValue ?? "", String(change.holdersAfter),
                                   change.soleHolderAfter.map(names.after).map(CSVFormat.neutralised) ?? ""])
        }
        console.write(out, .output)
        if !whatIf.orphanedGaps.isEmpty {
            console.err("note: \(Plural.of(whatIf.orphanedGaps.count, "gap")) can no longer be mentored by anyone \(names.whoRemains) (use --format table to list them)")
        }
    }

    private func printTable(_ whatIf: WhatIf, _ names: Names) {
        let console = Console.current
        let style = Style(console)
        let framework = whatIf.before.framework
        console.out(style.bold("If \(names.headline):"))
        if whatIf.changes.isEmpty {
            console.out("  no skill changes coverage status")
        } else {
            let rows = whatIf.changes.map { change in
                [framework.skills[change.skill].name,
                 "\(change.before?.rawValue ?? "not a team skill") (\(change.holdersBefore))",
                 "\(change.after?.rawValue ?? "not a team skill") (\(change.holdersAfter))"]
            }
            TextTable.lines([["skill", "before (holders)", "after (holders)"]] + rows, indent: "  ").forEach(console.out)
        }
        if !whatIf.newSinglePoints.isEmpty {
            console.out(style.bold("New single points of knowledge:"))
            for change in whatIf.newSinglePoints {
                console.out("  \(framework.skills[change.skill].name): only \(change.soleHolderAfter.map(names.after) ?? "?")")
            }
        }
        if !whatIf.orphanedGaps.isEmpty {
            console.out(style.bold("Gaps no one \(names.whoRemains) can mentor:"))
            for gap in whatIf.orphanedGaps {
                console.out("  \(names.after(gap.mentee)): \(framework.skills[gap.skill].name) \(framework.scale.name(gap.rating)) → \(framework.scale.name(gap.target))")
            }
        }
    }
}
