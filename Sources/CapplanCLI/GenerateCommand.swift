import ArgumentParser
import CapplanCore
import Foundation

/// `capplan generate --people N [--seed S]`: a synthetic roster for demos and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic, realistic roster CSV (for demos and benchmarks).",
        discussion: "A level pyramid, ratings spread around each person's required levels (about 6% not assessed), teams of about nine, mostly typical grades and a few people who do not mentor. The same seed gives the same file.")

    @Option(parsing: .unconditional, help: ArgumentHelp("How many people (1 to 10,000,000).", valueName: "n"))
    var people: Int

    @Option(help: ArgumentHelp("The random seed.", valueName: "s"))
    var seed: UInt64 = 1

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The roles people hold, comma-separated, or all (every role with levels): a multidisciplinary team. Default: the built-in framework's two IT operations roles, or every role of a framework file.", valueName: "r1,r2,…|all"))
    var roles: String?

    @OptionGroup var frameworkOption: FrameworkOption

    func validate() throws {
        guard (1...10_000_000).contains(people) else { throw ValidationError("--people must be from 1 to 10,000,000") }
    }

    func run() throws {
        let framework = try frameworkOption.load()
        let chosen = try GenerateCommand.roles(roles, in: framework, builtIn: frameworkOption.framework.map(BuiltInFramework.isBuiltIn) ?? true)
        let csv = RosterGenerator(framework: framework, roles: chosen).csv(people: people, seed: seed)
        guard let output else {
            Console.current.write(csv, .output)
            return
        }
        try AtomicFile.write(to: output, what: "the roster") { path in try Data(csv.utf8).write(to: URL(fileURLWithPath: path)) }
    }

    /// The roles `--roles` names (nil: every role of a framework file, with the skills of all its roles as
    /// columns); by default, the built-in framework's IT operations roles, the team `generate` has always made.
    static func roles(_ list: String?, in framework: Framework, builtIn: Bool) throws(CommandFailure) -> [RoleID]? {
        guard let list else {
            return builtIn ? BuiltInFramework.generatedRoles.compactMap { framework.role(named: $0) } : nil
        }
        if NameKey(list) == NameKey("all") { return framework.roles.indices.filter { framework.roles[$0].isInUse } }
        var indices: [RoleID] = []
        for name in list.split(separator: ",").map({ String($0.trimmingCharacters(in: .whitespaces)) }) where !name.isEmpty {
            let index = try FrameworkCommand.heldRole(name, in: framework)
            if !indices.contains(index) { indices.append(index) }
        }
        guard !indices.isEmpty else { throw CommandFailure.badOption(option: "--roles", value: list, problem: "names no role") }
        return indices
    }
}
