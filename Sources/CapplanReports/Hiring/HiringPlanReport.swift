import CapplanCore

/// `hiring-plan.csv` and the Hiring plan sheet (SPEC §10): one row per hire, numbered from 1, with
/// the role level and the skills it brings a holder to. The sheet's title says how far the plan goes:
/// the proven fewest hires, the best found when the search stopped early, or the best plan of
/// `--max-hires` below the minimum.
public enum HiringPlanReport<Context: HiringPlanContext>: Report {
    public static var fileName: String? { "hiring-plan.csv" }
    public static var sheetName: String { "Hiring plan" }

    public static func rowCount(in context: Context) -> RowCount { .exactly(context.hiring?.hires.count ?? 0) }

    public static func table(in context: Context) -> ReportTable {
        let hires = context.hiring?.hires ?? []
        var presentation = Presentation()
        presentation.wrapColumns = [3]
        return ReportTable(title: context.hiring.map(title) ?? "Hiring plan", columns: ["hire", "role", "level", "skills_to_target"],
                           rowCount: hires.count, presentation: presentation) { index in
            let hire = hires[index]
            return [.count(hire.number), .role(hire.level.role), .roleLevel(hire.level), .skills(hire.skillsToTarget)]
        }
    }

    /// What the plan is, in a line.
    static func title(_ hiring: TeamHiring) -> String {
        let plan = hiring.plan
        let hires = Plural.of(plan.hires.count, "hire")
        if let cap = hiring.maxHires, hiring.isCapped {
            return "Hiring plan of at most \(Plural.of(cap, "hire")): no plan of \(cap) reaches every target (the fewest that does "
                + "has \(plan.minimumHires)); these \(hires) leave \(Plural.of(plan.skillsBelowTarget.count, "skill")) below target, "
                + (plan.isProvenOptimal ? "the fewest possible" : "the fewest found, not proven the fewest possible")
        }
        if !plan.isProvenOptimal && plan.minimumHiresLowerBound < plan.hires.count {
            return "Hiring plan: \(hires) bring every skill that can be reached to its target: the best found, not proven "
                + "(no plan has fewer than \(plan.minimumHiresLowerBound))"
        }
        if !plan.isProvenOptimal {
            return "Hiring plan: the fewest hires (\(plan.hires.count)) that bring every skill that can be reached to its target holders; "
                + "not proven the most junior of such plans (the search stopped at its effort limit)"
        }
        return "Hiring plan: the fewest hires (\(plan.hires.count)) that bring every skill that can be reached to its target holders"
    }
}
