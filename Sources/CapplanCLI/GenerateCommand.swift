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

    @OptionGroup var frameworkOption: FrameworkOption

    func validate() throws {
        guard (1...10_000_000).contains(people) else { throw ValidationError("--people must be from 1 to 10,000,000") }
    }

    func run() throws {
        let (framework, _) = try Inputs.framework(frameworkOption.framework)
        let csv = RosterGenerator(framework: framework).csv(people: people, seed: seed)
        guard let output else {
            Console.current.write(csv, .output)
            return
        }
        do {
            try Data(csv.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure.cannotWrite(path: output, what: "the roster", reason: error.localizedDescription)
        }
    }
}
