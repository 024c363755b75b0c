import ArgumentParser
import CapplanCore
import Foundation

extension FrameworkCommand {
    /// `capplan framework import CONTENT.csv [--levels LEVELS.csv] [--seed-roles FILE] [-o FILE]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn the official DDaT role-content download into a framework file.",
            discussion: """
            Reads the download as published (byte-order mark, quoted fields over several lines, repeated rows, \
            NOT IN USE roles, MISSING texts) and writes a framework file (YAML) with every role. --levels gives \
            each role's levels in seniority order and their typical grades (columns role,position,level,grades); \
            roles it leaves out are ordered by their titles (Trainee < Associate < Junior < … < Principal < Head), \
            with a warning. --seed-roles is a framework file whose roles replace the download's own rows for them \
            and whose scale, grades and skills (with their aliases) the import starts from. \
            The built-in framework is this command's output for the files in Data/ddat (make framework).
            """)

        @Argument(help: ArgumentHelp("The role-content download (CSV).", valueName: "content.csv"))
        var content: String

        @Option(help: ArgumentHelp("The levels file: role,position,level,grades.", valueName: "levels.csv"))
        var levels: String?

        @Option(name: .customLong("seed-roles"), help: ArgumentHelp("A framework file whose roles, scale, grades and skills win over the download's.", valueName: "file"))
        var seedRoles: String?

        @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Also write the binary snapshot of the framework capplan loads its built-in framework from (make framework).", valueName: "file"))
        var snapshot: String?

        func run() throws {
            let download = DDaTImport.Input(bytes: try Inputs.bytes(of: content, what: "the download"), file: Inputs.label(content))
            let levelsInput = try levels.map { DDaTImport.Input(bytes: try Inputs.bytes(of: $0, what: "the levels file"), file: Inputs.label($0)) }
            let seed = try seedRoles.map { try Inputs.frameworkFile($0, what: "the seed roles").0 }
            let console = Console.current
            let result: DDaTImport.Result
            do {
                result = try DDaTImport.read(download: download, levels: levelsInput, seed: seed)
            } catch {
                console.err(error.diagnostics.rendered())
                throw CommandFailure.invalidData(file: content, tally: error.diagnostics.tally, note: "; no framework was written")
            }
            if !result.diagnostics.isEmpty { console.err(result.diagnostics.rendered()) }
            let header = DDaTImport.fileHeader(from: [content, levels, seedRoles].compactMap { $0 })
            let text = FrameworkWriter.yaml(result.framework, header: header)
            // Read back before anything is written: what is written must be a framework capplan reads.
            let readBack: Framework
            do { readBack = try FrameworkReader.read(text, file: output ?? "(imported)").0 } catch {
                console.err(error.diagnostics.rendered())
                throw CommandFailure.invalidData(file: Inputs.label(content), tally: "the download gives no usable framework (no role with levels, or no skill)",
                                                 note: "; no framework was written")
            }
            // The framework and its snapshot (made from the YAML as read back, so it is exactly what the
            // YAML gives) are written together or not at all.
            var files: [(path: String, what: String, write: (String) throws -> Void)] = []
            if let output { files.append((output, "the framework", { path in try Data(text.utf8).write(to: URL(fileURLWithPath: path)) })) }
            if let snapshot {
                let bytes = FrameworkSnapshot.encode(readBack, yaml: text)
                files.append((snapshot, "the snapshot", { path in try Data(bytes).write(to: URL(fileURLWithPath: path)) }))
            }
            try AtomicFile.write(files)
            guard let output else {
                console.write(text, .output)
                return
            }
            let f = result.framework
            console.err("\(output): \(f.roles.count) roles (\(f.roles.filter(\.isInUse).count) with levels), \(f.skills.count) skills, \(f.requirementCount) requirements")
        }
    }
}
