/// Reads a targets CSV (`skill,min_holders,holder_level`) with located diagnostics.
public enum TargetsReader {
    /// Per-skill targets from `bytes` (the file called `file`), with the file's warnings (a column that
    /// is not a targets column); `holder_level` may be left empty. Throws every diagnostic on an error.
    public static func read(bytes: [UInt8], file: String, framework: Framework) throws(InvalidInputError)
        -> (targets: [SkillID: SkillTarget], warnings: Diagnostics) {
        let table = try CSVTable(bytes: bytes, file: file)
        var diagnostics = Diagnostics()
        func at(_ field: CSVTable.Field) -> SourceLocation { SourceLocation(file: file, line: field.line, column: field.column) }
        guard let header = table.records.first else {
            diagnostics.error(at: SourceLocation(file: file, line: 1, column: 1), "the targets file is empty: expected a header skill,min_holders,holder_level")
            throw InvalidInputError(diagnostics)
        }
        let names = header.fields.map { NameKey($0.value) }
        let skillColumn = names.firstIndex(of: NameKey("skill"))
        let minColumn = names.firstIndex(of: NameKey("min_holders"))
        let levelColumn = names.firstIndex(of: NameKey("holder_level"))
        for (field, key) in zip(header.fields, names) where ![NameKey("skill"), NameKey("min_holders"), NameKey("holder_level")].contains(key) {
            diagnostics.warning(at: at(field), "column \"\(Diagnostic.shown(field.value))\" is not a targets column (skill, min_holders, holder_level) and is ignored",
                                suggestion: Suggestion.nearest(to: field.value, in: ["skill", "min_holders", "holder_level"]))
        }
        guard let skillColumn, let minColumn else {
            let missing = skillColumn == nil ? "skill" : "min_holders"
            diagnostics.error(at: SourceLocation(file: file, line: header.line, column: 1), "missing required column \"\(missing)\" (expected skill,min_holders,holder_level)")
            throw InvalidInputError(diagnostics)
        }
        var targets: [SkillID: SkillTarget] = [:]
        var lines: [SkillID: Int] = [:]
        for record in table.records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                diagnostics.error(at: SourceLocation(file: file, line: record.line, column: 1),
                                  "ragged row: \(record.fields.count) fields where the header has \(header.fields.count)")
                continue
            }
            let skillField = record.fields[skillColumn]
            guard let skill = framework.skill(named: skillField.value) else {
                diagnostics.error(at: at(skillField), "unknown skill \"\(Diagnostic.shown(skillField.value.trimmingSpaces))\"",
                                  suggestion: Suggestion.nearest(to: skillField.value, in: framework.skills.flatMap { [$0.name] + $0.aliases }))
                continue
            }
            if let first = lines[skill] {
                diagnostics.error(at: at(skillField), "a second target for \"\(framework.skills[skill].name)\" (first on line \(first))")
                continue
            }
            lines[skill] = record.line
            let minField = record.fields[minColumn]
            guard let minimum = Int(minField.value.trimmingSpaces), minimum >= 0, minimum <= AnalysisOptions.maxMinHolders else {
                diagnostics.error(at: at(minField), "min_holders must be a whole number of people from 0 to 100,000, not \"\(Diagnostic.shown(minField.value))\"")
                continue
            }
            var level: ScaleLevel?
            if let levelColumn, case let field = record.fields[levelColumn], !field.value.trimmingSpaces.isEmpty {
                level = framework.scale.level(of: field.value)
                if level == nil {
                    diagnostics.error(at: at(field), "unknown holder_level \"\(Diagnostic.shown(field.value.trimmingSpaces))\"",
                                      suggestion: Suggestion.nearest(to: field.value, in: framework.scale.levels.map(\.name)))
                    continue
                }
            }
            targets[skill] = SkillTarget(minHolders: minimum, holderLevel: level)
        }
        if diagnostics.hasErrors { throw InvalidInputError(diagnostics) }
        return (targets, diagnostics)
    }
}
