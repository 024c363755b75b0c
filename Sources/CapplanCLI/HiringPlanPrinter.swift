import CapplanCore

/// What `capplan plan` prints: the team's skills below target, the hires, how sure the plan is,
/// and what no hire can fix.
struct HiringPlanPrinter {
    let hiring: TeamHiring
    let style: Style

    func print(to console: Console) {
        let analysis = hiring.analysis
        let framework = analysis.framework
        let below = hiring.belowTarget.count
        console.out(style.bold("\(analysis.roster.file): \(Plural.of(analysis.coverage.count, "team skill"))") + ", \(below) below target")
        console.out("Hiring from \(rolesDescription): \(Plural.of(hiring.hireLevels.count, "role level"))")
        if below == 0 {
            console.out("Every skill has its target holders: nothing to hire for")
            return
        }
        if hiring.unreachable.count == below {
            console.out("No allowed role level can bring \(below == 1 ? "it" : "any of them") to target: nothing to hire")
        } else {
            for line in headline { console.out(line) }
        }
        if !hiring.hires.isEmpty {
            let rows = hiring.hires.map { hire in
                [String(hire.number), framework.roles[hire.level.role].name, framework[hire.level].name,
                 hire.skillsToTarget.map { framework.skills[$0].name }.joined(separator: ", ")]
            }
            TextTable.lines([["hire", "role", "level", "skills to target"]] + rows, indent: "  ").forEach(console.out)
        }
        if !hiring.leftBelowTarget.isEmpty {
            console.out(style.yellow("Left below target: ") + hiring.leftBelowTarget.map { row in
                "\(framework.skills[row.skill].name) (\(hiring.holdersAfter(row)) of \(row.targetHolders))"
            }.joined(separator: ", "))
        }
        if !hiring.unreachable.isEmpty {
            console.out(style.yellow("No allowed role level requires at the holder level, so no hire can fix: ")
                        + hiring.unreachable.map { "\(framework.skills[$0.skill].name) (\($0.holders.count) of \($0.targetHolders))" }
                            .joined(separator: ", ")
                        + style.dim(" — train for these, or allow more roles with --hire-role"))
        }
    }

    /// Which roles may be hired, in words.
    private var rolesDescription: String {
        let framework = hiring.analysis.framework
        if hiring.roles == TeamHiring.everyRole(of: framework) { return "every role of \(framework.name) (\(hiring.roles.count))" }
        if hiring.roles == TeamHiring.teamRoles(of: hiring.analysis.roster) { return "the team's \(Plural.of(hiring.roles.count, "role"))" }
        return Framework.listed(hiring.roles.map { framework.roles[$0].name })
    }

    /// The plan in a line or two: its size, and how far it goes and how sure it is.
    private var headline: [String] {
        let plan = hiring.plan
        let hires = Plural.of(plan.hires.count, "hire")
        let reach = hiring.unreachable.isEmpty ? "every skill" : "every skill a hire can reach"
        if let cap = hiring.maxHires, hiring.isCapped {
            let left = plan.skillsBelowTarget.count
            let fewest = plan.minimumHiresLowerBound < plan.minimumHires
                ? "the fewest found that does has \(plan.minimumHires) (at least \(plan.minimumHiresLowerBound) are needed)"
                : "the fewest that does has \(plan.minimumHires)"
            return [style.yellow("No plan of \(Plural.of(cap, "hire")) brings \(reach) to its target: \(fewest)."),
                    style.bold("The plan of at most \(Plural.of(cap, "hire")) leaving the fewest skills below target: \(hires), "
                               + "\(Plural.of(left, "skill")) left below target")
                        + (plan.isProvenOptimal ? "" : style.yellow(" (the best found, not proven the fewest skills left below target)"))]
        }
        if !plan.isProvenOptimal {
            let caveat = plan.minimumHiresLowerBound < plan.hires.count
                ? "This is the best plan found, not proven the fewest: the search stopped at its effort limit, "
                    + "and no plan has fewer than \(Plural.of(plan.minimumHiresLowerBound, "hire"))."
                : "No plan has fewer hires, but the search stopped at its effort limit before proving this one the most junior "
                    + "of them (then first in framework order)."
            return [style.bold("\(hires.prefix(1).uppercased() + hires.dropFirst()) bring \(reach) to its target holders."), style.yellow(caveat)]
        }
        return [style.bold("The fewest hires that bring \(reach) to its target holders: \(plan.hires.count)")
                + " (proven: no plan with fewer exists)"]
    }

    /// One line for `analyze --plan-hires`'s summary.
    static func summaryLine(_ hiring: TeamHiring) -> String {
        let plan = hiring.plan
        var line = "Hiring plan: \(Plural.of(plan.hires.count, "hire"))"
        if hiring.isCapped {
            line += " (at most \(hiring.maxHires!); the fewest reaching every target is \(plan.minimumHires)), "
                + "\(Plural.of(plan.skillsBelowTarget.count, "skill")) left below target"
        } else {
            line += plan.isProvenOptimal ? ", the fewest that bring every skill to target"
                : plan.minimumHiresLowerBound < plan.hires.count ? ", the best found (not proven; at least \(plan.minimumHiresLowerBound))"
                : ", the fewest that bring every skill to target (not proven the most junior)"
        }
        if !hiring.unreachable.isEmpty { line += "; \(Plural.of(hiring.unreachable.count, "skill")) no hire can fix" }
        return line
    }
}
