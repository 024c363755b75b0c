import ArgumentParser
import CapplanCore
import CapplanSpreadsheets
import Foundation

/// `capplan template --role ROLE [--role ROLE …] [--level LEVEL]`: a blank roster with the right
/// headers; `--format xlsx -o FILE` writes it as a workbook to fill in (SPEC §8).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a blank roster CSV with the right headers for one or more roles, or write a roster workbook to fill in.",
        discussion: """
        The columns are id, name, role, level, grade, team, mentor, mentor_capacity, then the role's skills (with --level, only those \
        that level requires). With --role given more than once (a multidisciplinary team), the skills of all the roles, each once, in \
        framework order. With --format xlsx, a workbook: a Roster sheet of --people placeholder people (Person 1, …; replace them) with \
        drop-downs for role, level, grade, mentor and every rating, and a Guide sheet of what each role level requires; without --role, \
        every role of the framework.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, xlsx }

    @Option(help: ArgumentHelp("A role whose skills become columns (repeat for a multidisciplinary team).", valueName: "role"))
    var role: [String] = []

    @Option(help: ArgumentHelp("Only the skills this role level requires (default: every skill of the role; one --role only).", valueName: "level"))
    var level: String?

    @Option(help: "csv (the header line) or xlsx (a workbook to fill in; needs -o).")
    var format: Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (default for csv: standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Placeholder people (rows with drop-downs) in the workbook.", valueName: "n"))
    var people: Int = 10

    @OptionGroup var frameworkOption: FrameworkOption

    func validate() throws {
        if role.isEmpty && format == .csv { throw ValidationError("name a role with --role ROLE") }
        if level != nil && role.count != 1 { throw ValidationError("--level needs exactly one --role") }
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx writes a workbook: name it with -o FILE") }
        if people < 1 || people > 10_000 { throw ValidationError("--people must be from 1 to 10000") }
    }

    func run() throws {
        let framework = try frameworkOption.load()
        var roles: [RoleID] = []
        for name in role {
            let found = try FrameworkCommand.heldRole(name, in: framework)
            if !roles.contains(found) { roles.append(found) }
        }
        if roles.isEmpty { roles = framework.roles.indices.filter { framework.roles[$0].isInUse } }
        var levelID: RoleLevelID?
        if let level {
            let role = framework.roles[roles[0]]
            guard let found = framework.level(named: level, in: roles[0]) else {
                let names = role.levels.map(\.name)
                throw CommandFailure.unknown(thing: "level", name: level, qualifier: "for role \(role.name)",
                                             suggestion: Suggestion.nearest(to: level, in: names), valid: names)
            }
            levelID = found
        }
        let template = RosterTemplate(framework: framework, roles: roles, level: levelID)
        switch format {
        case .csv:
            let line = CSVFormat.line(template.columns)
            guard let output else { return Console.current.write(line, .output) }
            try AtomicFile.write(to: output, what: "the roster template") { path in try Data(line.utf8).write(to: URL(fileURLWithPath: path)) }
        case .xlsx:
            try AtomicFile.write(to: output!, what: "the roster workbook") { path in
                try template.writeWorkbook(to: path, people: people, created: Console.current.creationTime)
            }
            Console.current.out("Wrote \(output!): a Roster sheet of \(Plural.of(people, "placeholder person", "placeholder people")) to replace, and a Guide sheet")
        }
    }
}
