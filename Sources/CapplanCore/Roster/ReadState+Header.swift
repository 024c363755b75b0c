extension ReadState {
    mutating func readHeader() {
        // A framework file read as CSV: say so, and nothing about its YAML lines as unknown columns.
        if let first = header.first?.value, RosterReader.looksLikeFramework(first),
           !header.contains(where: { [.name, .id].contains(CoreColumn(header: String($0.value.trimmingSpaces))) }) {
            diagnostics.error(at: place(line: header[0].line), RosterReader.frameworkGivenAsRoster)
            return
        }
        if sheet != nil {
            for field in header { _ = isUsable(field) }
        }
        classifyColumns()
        checkRequiredColumns()
        usedColumns = Set(core.values).union(skillColumns.map(\.column)).union(keptColumns.map(\.column)).sorted()
    }

    /// What each header names: a core column, a skill, a kept column, or nothing (a warning); a
    /// column that means what an earlier one does is an error.
    private mutating func classifyColumns() {
        var seen: [String: Int] = [:]   // what a column means → its position
        // What an unknown column may have meant: made once, not per column (a header may have thousands).
        // A wide roster (no skill or rating column) is not offered the long format's own columns: "Kill" is
        // more likely a skill than a reason to add a lone `skill` column.
        let long = header.contains { [.skill, .rating].contains(CoreColumn(header: $0.value.trimmingSpaces)) }
        let coreNames = CoreColumn.allCases.filter { long || ($0 != .skill && $0 != .rating) }.map(\.rawValue)
        let columnNames = Suggestion.Candidates(framework.skills.flatMap { [$0.name] + $0.aliases } + coreNames)
        let keep = Set(options.keepColumns.map(NameKey.init))
        for (position, field) in header.enumerated() {
            let name = String(field.value.trimmingSpaces)
            if NameKey(name).isEmpty {
                continue // an unnamed column is ignored (checked for data below)
            }
            let meaning: String
            if let column = CoreColumn(header: name) {
                core[column] = position
                meaning = "core:\(column.rawValue)"
            } else if let skill = framework.skill(named: name) {
                skillColumns.append((position, skill))
                meaning = "skill:\(skill)"
                // A skill column may be asked for too (`--within Testing`).
                if keep.contains(NameKey(name)) { keptColumns.append((position, NameKey(name))) }
            } else if keep.contains(NameKey(name)) {
                keptColumns.append((position, NameKey(name)))
                meaning = "kept:\(NameKey(name))"
            } else {
                let guess = columnNames.nearest(to: name)
                diagnostics.warning(at: at(field), "column \"\(Diagnostic.shown(name))\" matches no skill of the framework and is ignored", suggestion: guess)
                continue
            }
            if let earlier = seen[meaning] {
                let same = header[earlier].value == field.value ? "" : " (\"\(Diagnostic.shown(header[earlier].value))\")"
                diagnostics.error(at: at(field), "duplicate column \"\(Diagnostic.shown(name))\": \(columnName(earlier))\(same) already holds it")
            }
            seen[meaning] = position
        }
    }

    /// Errors for missing required columns and mixed formats; a warning when no column is a skill.
    private mutating func checkRequiredColumns() {
        let headerStart = place(line: header.first?.line ?? 1)
        if core[.name] == nil && core[.id] == nil {
            if let first = header.first?.value, RosterReader.looksLikeFramework(first) {
                diagnostics.error(at: headerStart, RosterReader.frameworkGivenAsRoster)
                return
            }
            diagnostics.error(at: headerStart, "missing required column \"name\"")
        } else if core[.name] == nil {
            diagnostics.error(at: headerStart, "missing required column \"name\" (an id alone cannot be shown in reports)")
        }
        if core[.level] == nil && options.defaultLevel == nil {
            diagnostics.error(at: headerStart, "missing required column \"level\" (or give everyone a level with --level)")
        }
        if (core[.skill] == nil) != (core[.rating] == nil) {
            let missing = core[.skill] == nil ? "skill" : "rating"
            diagnostics.error(at: headerStart, "a long-format roster needs both \"skill\" and \"rating\" columns; \"\(missing)\" is missing")
        }
        if core[.skill] != nil, let stray = skillColumns.first {
            diagnostics.error(at: at(header[stray.column]),
                              "column \"\(Diagnostic.shown(header[stray.column].value))\" is a skill, but this is a long-format roster (it has \"skill\" and \"rating\" columns): use one format")
        }
        if core[.skill] == nil && skillColumns.isEmpty && !diagnostics.hasErrors {
            diagnostics.warning(at: headerStart, "no column matches a skill of the framework: every required skill will be reported as not assessed")
        }
    }
}
