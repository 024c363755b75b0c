import ArgumentParser
import CapplanCore

/// `capplan framework list | show ROLE`: what the framework holds.
struct FrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "List the framework's roles, show what one role requires, import the DDaT download, or compare two versions.",
        subcommands: [List.self, Show.self, Import.self, Diff.self])

    /// The role a command-line name stands for, or a usage error with a suggestion.
    static func role(_ name: String, in framework: Framework) throws(CommandFailure) -> Int {
        if let index = framework.roleIndex(name) { return index }
        let roles = framework.roles.map(\.name)
        throw CommandFailure(.usage, "error: unknown role \"\(name)\"" +
                             Suggestion.didYouMean(name, in: roles) +
                             " (roles: \(roles.joined(separator: ", ")))")
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the roles, their levels and how many requirements each has.")

        @OptionGroup var frameworkOption: FrameworkOption

        func run() throws {
            let (framework, _) = try Inputs.framework(frameworkOption.framework)
            let console = Console.current
            console.out("\(framework.title ?? framework.name): \(framework.roles.count) roles, \(framework.skills.count) skills, \(framework.requirementCount) requirements")
            for role in framework.roles {
                let counts = role.levels.map { "\($0.name) \($0.requirements.count)" }.joined(separator: ", ")
                console.out("  \(role.name): \(counts)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show every requirement of a role.",
            discussion: "table: skills down, levels across. csv: role,level,skill,required rows. yaml: the role in framework-file format.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, yaml
        }

        @Argument(help: ArgumentHelp("The role's name.", valueName: "role"))
        var role: String

        @Option(help: "Output format: table, csv or yaml (default: table).")
        var format: Format = .table

        @OptionGroup var frameworkOption: FrameworkOption

        func run() throws {
            let (framework, _) = try Inputs.framework(frameworkOption.framework)
            let index = try FrameworkCommand.role(role, in: framework)
            let text: String
            switch format {
            case .csv: text = FrameworkPrinter.csv(framework, role: index)
            case .table: text = FrameworkPrinter.table(framework, role: index)
            case .yaml: text = FrameworkPrinter.yaml(framework, role: index)
            }
            Console.current.write(text, .output)
        }
    }
}
