import ArgumentParser
import CapplanCore

/// `capplan template --role ROLE [--role ROLE …] [--level LEVEL]`: a blank roster with the right headers.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a blank roster CSV with the right headers for one or more roles.",
        discussion: "The columns are id, name, role, level, grade, team, mentor, mentor_capacity, then the role's skills (with --level, only those that level requires). With --role given more than once (a multidisciplinary team), the skills of all the roles, each once, in framework order.")

    @Option(help: ArgumentHelp("A role whose skills become columns (repeat for a multidisciplinary team).", valueName: "role"))
    var role: [String] = []

    @Option(help: ArgumentHelp("Only the skills this role level requires (default: every skill of the role; one --role only).", valueName: "level"))
    var level: String?

    @OptionGroup var frameworkOption: FrameworkOption

    func validate() throws {
        if role.isEmpty { throw ValidationError("name a role with --role ROLE") }
        if level != nil && role.count > 1 { throw ValidationError("--level needs exactly one --role") }
    }

    func run() throws {
        let (framework, _) = try Inputs.framework(frameworkOption.framework)
        var roles: [RoleID] = []
        for name in role {
            let found = try FrameworkCommand.heldRole(name, in: framework)
            if !roles.contains(found) { roles.append(found) }
        }
        let role = framework.roles[roles[0]]
        // Every skill of the roles, each once, in framework order (as every report lists skills).
        var skills = Set(roles.flatMap { framework.roles[$0].skills }).sorted()
        if let level {
            guard let levelID = framework.level(named: level, in: roles[0]) else {
                let names = role.levels.map(\.name)
                throw CommandFailure.unknown(thing: "level", name: level, qualifier: "for role \(role.name)",
                                             suggestion: Suggestion.nearest(to: level, in: names), valid: names)
            }
            skills = framework[levelID].requirementsBySkill.map(\.skill)
        }
        let header = ["id", "name", "role", "level", "grade", "team", "mentor", "mentor_capacity"] + skills.map { framework.skills[$0].name }
        Console.current.write(CSVFormat.line(header), .output)
    }
}
