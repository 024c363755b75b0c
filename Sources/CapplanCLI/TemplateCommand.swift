import ArgumentParser
import CapplanCore

/// `capplan template --role ROLE [--level LEVEL]`: a blank roster with the right headers.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a blank roster CSV with the right headers for a role.",
        discussion: "The columns are id, name, role, level, grade, team, mentor, mentor_capacity, then the role's skills (with --level, only those that level requires).")

    @Option(help: ArgumentHelp("The role whose skills become columns.", valueName: "role"))
    var role: String

    @Option(help: ArgumentHelp("Only the skills this role level requires (default: every skill of the role).", valueName: "level"))
    var level: String?

    @OptionGroup var frameworkOption: FrameworkOption

    func run() throws {
        let (framework, _) = try Inputs.framework(frameworkOption.framework)
        let roleID = try FrameworkCommand.role(role, in: framework)
        let role = framework.roles[roleID]
        var skills = role.skills
        if let level {
            guard let levelID = framework.level(named: level, in: roleID) else {
                let names = role.levels.map(\.name)
                throw CommandFailure.unknown(thing: "level", name: level, qualifier: "for role \(role.name)",
                                             suggestion: Suggestion.nearest(to: level, in: names), valid: names)
            }
            skills = framework[levelID].requirements.map(\.skill).sorted()
        }
        let header = ["id", "name", "role", "level", "grade", "team", "mentor", "mentor_capacity"] + skills.map { framework.skills[$0].name }
        Console.current.write(CSVFormat.line(header), .output)
    }
}
