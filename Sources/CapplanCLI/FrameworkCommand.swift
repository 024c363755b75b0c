import ArgumentParser
import CapplanCore

/// `capplan framework list | show ROLE`: what the framework holds.
struct FrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "List the framework's roles, show what one role requires, import the DDaT download, or compare two versions.",
        subcommands: [List.self, Show.self, Import.self, Diff.self])

    /// The role a command-line name stands for, or a usage error with a suggestion.
    static func role(_ name: String, in framework: Framework) throws(CommandFailure) -> RoleID {
        if let role = framework.role(named: name) { return role }
        let roles = framework.roles.map(\.name)
        throw .unknown(thing: "role", name: name, suggestion: Suggestion.nearest(to: name, in: roles), valid: roles)
    }

    /// A role someone can hold (one with levels) that a command-line name stands for, or a usage error.
    static func heldRole(_ name: String, in framework: Framework) throws(CommandFailure) -> RoleID {
        let role = try role(name, in: framework)
        guard framework.roles[role].isInUse else { throw .notHeld(framework.notInUseMessage(role)) }
        return role
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the roles by family, their levels and how many requirements each has.",
            discussion: "csv: family,role,position,level,grades,requirements, one row per role level in framework and seniority order (a role not in use: one row, no position or level).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv }

        @Option(help: "Output format.")
        var format: Format = .table

        @OptionGroup var frameworkOption: FrameworkOption

        func run() throws {
            let framework = try frameworkOption.load()
            Console.current.write(format == .csv ? FrameworkPrinter.listCSV(framework) : FrameworkPrinter.list(framework), .output)
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

        @Option(help: "Output format.")
        var format: Format = .table

        @OptionGroup var frameworkOption: FrameworkOption

        func run() throws {
            let framework = try frameworkOption.load()
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
