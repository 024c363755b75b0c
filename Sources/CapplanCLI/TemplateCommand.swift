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
        let roleIndex = try FrameworkCommand.role(role, in: framework)
        let role = framework.roles[roleIndex]
        var skills = role.skills
        if let level {
            guard let levelIndex = framework.levelIndex(level, inRole: roleIndex) else {
                throw CommandFailure(.usage, "error: unknown level \"\(level)\" for role \(role.name)" +
                                     Suggestion.didYouMean(level, in: role.levels.map(\.name)) +
                                     " (levels: \(role.levels.map(\.name).joined(separator: ", ")))")
            }
            skills = role.levels[levelIndex].requirements.map(\.skill)
        }
        let header = ["id", "name", "role", "level", "grade", "team", "mentor", "mentor_capacity"] + skills.map { framework.skills[$0].name }
        Console.current.write(CSVFormat.line(header), .output)
    }
}
