import ArgumentParser
import CapplanCore
import CapplanReports

/// `--max-hires` and `--hire-role`, shared by `plan` and `analyze --plan-hires`.
struct HiringOptionGroup: ParsableArguments {
    @Option(name: .customLong("max-hires"), parsing: .unconditional, help: ArgumentHelp("Hire at most this many; below the fewest that reach every target, the plan of that size leaving the fewest skills below target (default: no limit).", valueName: "n"))
    var maxHires: Int?

    @Option(name: .customLong("hire-role"), help: ArgumentHelp("A role whose levels may be hired (repeat for several), or all for every role of the framework (default: the roles already in the team).", valueName: "role"))
    var hireRoles: [String] = []

    /// The word that allows every role.
    static let every = "all"

    /// True when either option was given.
    var isGiven: Bool { maxHires != nil || !hireRoles.isEmpty }

    func validate() throws {
        if let n = maxHires, n < 0 { throw ValidationError("--max-hires must be 0 or more") }
    }

    /// The roles `--hire-role` allows, in framework order; nil for the default (the team's roles).
    /// An unknown role is a bad command line with a suggestion; a role with no levels cannot be hired.
    func roles(in framework: Framework) throws(CommandFailure) -> [RoleID]? {
        guard !hireRoles.isEmpty else { return nil }
        var roles = Set<RoleID>()
        // Every name is checked, `all` beside others too.
        for name in hireRoles where NameKey(name) != NameKey(Self.every) {
            guard let role = framework.role(named: name) else {
                throw .badOption(option: "--hire-role", value: name, problem: "is not a role of the framework (or \(Self.every))",
                                 suggestion: Suggestion.nearest(to: name, in: framework.roles.map(\.name) + [Self.every]))
            }
            guard framework.roles[role].isInUse else { throw .notHeld("--hire-role: " + framework.notInUseMessage(role)) }
            roles.insert(role)
        }
        if hireRoles.contains(where: { NameKey($0) == NameKey(Self.every) }) { return TeamHiring.everyRole(of: framework) }
        return roles.sorted()
    }

    /// The options as the About sheet records them.
    var described: [(String, ReportCell)] {
        [("hire roles", .text(hireRoles.isEmpty ? "the team's roles" : hireRoles.joined(separator: "; "))),
         ("max hires", maxHires.map(ReportCell.count) ?? .text("none"))]
    }
}
