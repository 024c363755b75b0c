import CapplanCore

/// The two ways `capplan framework list` prints the roles.
extension FrameworkPrinter {
    /// A headline, then the roles grouped by family (in order of each family's first role), one line a
    /// role: its levels junior to senior, each with its number of requirements. A framework without
    /// families lists its roles as they come.
    static func list(_ framework: Framework) -> String {
        let inUse = framework.roles.filter(\.isInUse).count
        let counted = inUse == framework.roles.count ? "" : " (\(inUse) in use)"
        var out = "\(framework.title ?? framework.name): \(Plural.of(framework.roles.count, "role"))\(counted), \(Plural.of(framework.skills.count, "skill")), \(Plural.of(framework.requirementCount, "requirement"))\n"
        let families = framework.roles.reduce(into: [String?]()) { if !$0.contains($1.family) { $0.append($1.family) } }
        for family in families {
            if families != [nil] { out += "\n\(family ?? "Other roles")\n" }
            for role in framework.roles where role.family == family {
                let levels = role.levels.map { "\($0.name) \($0.requirements.count)" }.joined(separator: ", ")
                out += "  \(role.name): \(role.isInUse ? levels : "not in use (no levels)")\n"
            }
        }
        return out
    }

    /// `family,role,position,level,grades,requirements`: one row per role level, in framework order and
    /// seniority order; a role not in use has one row with no position or level and 0 requirements.
    static func listCSV(_ framework: Framework) -> String {
        var out = CSVFormat.line(["family", "role", "position", "level", "grades", "requirements"])
        for role in framework.roles {
            let family = role.family ?? ""
            if !role.isInUse { out += CSVFormat.line([family, role.name, "", "", "", "0"].map(CSVFormat.neutralised)) }
            for (index, level) in role.levels.enumerated() {
                let grades = level.grades.map { framework.grades[$0].name }.joined(separator: ";")
                out += CSVFormat.line([family, role.name, String(index + 1), level.name, grades, String(level.requirements.count)].map(CSVFormat.neutralised))
            }
        }
        return out
    }
}
