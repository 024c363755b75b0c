import ArgumentParser
import CapplanCore
import CapplanSpreadsheets
import Foundation

/// `capplan collect FORM… [-o FILE]`: returned self-assessment forms merged into one roster (SPEC §8).
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Merge returned self-assessment forms into one wide roster CSV.",
        discussion: """
        Give the forms (files) or the folders holding them (their .xlsx and .xlsm files are read). Each form is checked against the \
        copy of itself it carries: a form whose identity or layout was changed is an error naming the file and cell, and so are \
        two forms for one person. Exits 65 with every problem found, and writes nothing, when there is any.
        """)

    @Argument(help: ArgumentHelp("Returned forms, or folders of them.", valueName: "form"))
    var forms: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Write the roster to this file (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Also write the forms' comments to this CSV file (id,name,skill,rating,comment).", valueName: "file"))
    var comments: String?

    @OptionGroup var frameworkOption: FrameworkOption

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if forms.isEmpty { throw ValidationError("give the returned forms, or the folders holding them") }
    }

    func run() throws {
        let console = Console.current
        let framework = try frameworkOption.load()
        let files = try formFiles()
        var collection = FormCollection(framework: framework)
        for file in files {
            collection.add(bytes: try Inputs.bytes(of: file, what: "the form"), file: file)
        }
        if collection.diagnostics.hasErrors {
            console.report(collection.diagnostics)
            throw CommandFailure.invalidData(file: Plural.of(files.count, "form"), tally: collection.diagnostics.tally, note: "; nothing was written")
        }
        let roster = collection.rosterCSV
        // The roster and the comments are written together or not at all.
        var outputs: [(path: String, what: String, write: (String) throws -> Void)] = []
        if let output { outputs.append((output, "the roster", { path in try Data(roster.utf8).write(to: URL(fileURLWithPath: path)) })) }
        if let comments {
            outputs.append((comments, "the comments", { path in try Data(collection.commentsCSV.utf8).write(to: URL(fileURLWithPath: path)) }))
        }
        try AtomicFile.write(outputs)
        if output == nil { console.write(roster, .output) }
        if !quiet {
            let (rated, blank) = collection.ratingCounts
            let line = "Collected \(Plural.of(collection.count, "form")): \(Plural.of(rated, "rating")), \(blank) left blank\(output.map { "; roster written to \($0)" } ?? "")"
            if output == nil { console.err(line) } else { console.out(line) }
            let (people, places) = collection.missing
            if !places.isEmpty {
                let listed = places.prefix(20).map(String.init).joined(separator: ", ") + (places.count > 20 ? ", …" : "")
                console.err("note: no form came back for \(places.count) of the roster's \(people) people (its rows \(listed), counting people from 1): the roster written leaves them out")
            }
        }
    }

    /// The form files named, folders replaced by their workbooks (sorted by name; Office's `~$` lock
    /// files and hidden files left out). A missing path, or a folder with no workbook, is exit 66.
    func formFiles() throws(CommandFailure) -> [String] {
        var files: [String] = []
        for path in forms {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path: path, what: "the form", problem: .noSuchFile)
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let all = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix("~$") && !$0.hasPrefix(".") }
            let names = all.filter { [".xlsx", ".xlsm"].contains(where: $0.lowercased().hasSuffix) }.sorted()
            for name in all.sorted() where !names.contains(name) && !quiet {
                Console.current.err("note: \(path.hasSuffix("/") ? path + name : path + "/" + name) is not a form (.xlsx or .xlsm): not collected")
            }
            if names.isEmpty { throw .unreadable(path: path, what: "the forms", problem: .unreadable(reason: "the folder holds no .xlsx forms")) }
            // Named as the folder was given (`forms/ann.xlsx`), for messages.
            files += names.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
        }
        return files
    }
}
