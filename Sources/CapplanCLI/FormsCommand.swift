import ArgumentParser
import CapplanCore
import CapplanReports
import CapplanSpreadsheets
import Foundation

/// `capplan forms ROSTER --out DIR`: one self-assessment workbook per person (SPEC §8).
struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms",
        abstract: "Write a self-assessment form (a workbook) for each person of a roster.",
        discussion: """
        Each form, DIR/<id or name>.xlsx, holds the person's identity, role and level, each skill their level requires with the \
        required level and what someone at it can do, a rating drop-down pre-filled with the roster's rating, and a comment \
        column. Everything else is locked and checked when the forms come back: merge the returned forms with `capplan collect`.
        """)

    @Argument(help: ArgumentHelp("The roster: a CSV file or an Excel workbook (.xlsx).", valueName: "roster"))
    var roster: String

    @Option(help: ArgumentHelp("The folder to write the forms to (made if missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Replace forms of the same names already in the folder (by default they are kept, and nothing is written).")
    var overwrite = false

    @OptionGroup var frameworkOption: FrameworkOption
    @OptionGroup var defaults: RosterDefaults

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if out.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--out needs a folder (not an empty name)") }
    }

    func run() throws {
        let load = try RosterLoad(roster: roster, framework: frameworkOption.framework, defaults: defaults, strict: strict, quiet: quiet)
        let people = load.roster.people
        let names = FormFileName.names(for: people.map(\.identity))
        let folder = URL(fileURLWithPath: out)
        if !overwrite, let existing = names.first(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }) {
            throw CommandFailure.cannotWrite(path: folder.appendingPathComponent(existing).path, what: "the forms",
                                             reason: "a file of that name is already there (a returned form?): nothing was written; choose another --out folder, or use --overwrite")
        }
        let created = Console.current.creationTime
        do throws(OutputError) {
            try AtomicOutput.write(to: folder) { temporary throws(OutputError) in
                for (person, name) in zip(people.indices, names) {
                    let path = temporary.appendingPathComponent(name).path
                    do {
                        try SelfAssessmentForm(framework: load.framework, roster: load.roster, person: person).write(to: path, created: created)
                    } catch {
                        throw .cannotWrite(path: folder.appendingPathComponent(name).path, reason: "\(error)")
                    }
                }
                return names
            }
        } catch {
            throw CommandFailure.cannotWriteReports(error)
        }
        if !quiet {
            Console.current.out("Wrote \(Plural.of(names.count, "form")) to \(out)/ (one per person). When they come back: capplan collect \(out) -o roster.csv")
        }
    }
}
