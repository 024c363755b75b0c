import ArgumentParser
import CapplanCore

extension FrameworkCommand {
    /// `capplan framework diff OLD NEW [--format table|csv] [--levels LEVELS.csv]`.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed from one version of a framework to another.",
            discussion: """
            OLD and NEW are each a built-in framework (ddat), a framework file (YAML) or the official DDaT \
            role-content download (CSV, imported as `framework import` would, without seed roles). Changes: \
            role_added, role_removed, level_added, level_removed, skill_added, skill_removed, requirement_added, \
            requirement_removed, requirement_raised, requirement_lowered; sorted by role, level position and skill. \
            csv: change,role,level,skill,before,after.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv }

        @Argument(help: ArgumentHelp("The earlier version: a built-in name, a framework file or a download CSV.", valueName: "old"))
        var old: String

        @Argument(help: ArgumentHelp("The later version: a built-in name, a framework file or a download CSV.", valueName: "new"))
        var new: String

        @Option(help: "Output format: table or csv (default: table).")
        var format: Format = .table

        @Option(help: ArgumentHelp("A levels file (role,position,level,grades) for a side that is a download CSV; without it, levels are ordered by their titles.", valueName: "levels.csv"))
        var levels: String?

        func run() throws {
            let before = try Self.framework(old, levels: levels)
            let after = try Self.framework(new, levels: levels)
            let changes = FrameworkDiff(old: before, new: after).changes
            let console = Console.current
            switch format {
            case .csv:
                var text = CSVFormat.line(["change", "role", "level", "skill", "before", "after"])
                for c in changes {
                    text += CSVFormat.line([c.kind.rawValue, c.role, c.level, c.skill, c.before, c.after].map(CSVFormat.neutralised))
                }
                console.write(text, .output)
            case .table:
                console.write(Self.table(changes), .output)
            }
        }

        /// One side of the diff: a built-in framework, a download CSV (by its content) or a framework file.
        static func framework(_ name: String, levels: String?) throws(CommandFailure) -> Framework {
            if BuiltInFramework.isBuiltIn(name) { return try Inputs.framework(name).0 }
            let bytes = try Inputs.bytes(of: name, what: "the framework")
            // Read once: standard input (`-`) and pipes cannot be read again.
            guard DDaTImport.looksLikeCSV(bytes) else {
                return try Inputs.framework(bytes: bytes, file: Inputs.label(name), what: "the framework file").0
            }
            var levelsInput: DDaTImport.Input?
            if let levels { levelsInput = DDaTImport.Input(bytes: try Inputs.bytes(of: levels, what: "the levels file"), file: Inputs.label(levels)) }
            let console = Console.current
            do {
                let result = try DDaTImport.read(download: .init(bytes: bytes, file: Inputs.label(name)), levels: levelsInput, seed: nil, warnsTitleOrder: false)
                // Notes (repeated rows dropped) are for `framework import`; a diff shows warnings only.
                let warnings = Diagnostics(result.diagnostics.warnings)
                if !warnings.isEmpty { console.err(warnings.rendered()) }
                if !result.titleOrderedRoles.isEmpty {
                    console.err("\(name): note: \(result.titleOrderedRoles.count) role\(result.titleOrderedRoles.count == 1 ? "'s" : "s'") levels ordered by their titles (give --levels for the published order)")
                }
                return result.framework
            } catch {
                console.err(error.diagnostics.rendered())
                throw CommandFailure.invalidData(file: name, tally: error.diagnostics.tally, note: "")
            }
        }

        /// The changes as an aligned table, then a count by kind.
        static func table(_ changes: [FrameworkDiff.Change]) -> String {
            guard !changes.isEmpty else { return "no changes\n" }
            var rows = [["change", "role", "level", "skill", "before", "after"]]
            rows += changes.map { [$0.kind.rawValue, $0.role, $0.level, $0.skill, $0.before, $0.after] }
            let out = TextTable.lines(rows, rule: true).map { $0 + "\n" }.joined()
            let counts = FrameworkDiff.Kind.allCases.compactMap { kind -> String? in
                let n = changes.filter { $0.kind == kind }.count
                return n == 0 ? nil : "\(n) \(kind.rawValue)"
            }
            return out + "\n\(Plural.of(changes.count, "change")): \(counts.joined(separator: ", "))\n"
        }
    }
}
