import CapplanCore

/// `unreachable.csv` and the Unreachable sheet (SPEC §10): the team skills below target that no
/// allowed role level requires at the skill's holder level, so no hire can fix them.
public enum UnreachableReport<Context: HiringPlanContext>: Report {
    public static var fileName: String? { "unreachable.csv" }
    public static var sheetName: String { "Unreachable" }

    public static func rowCount(in context: Context) -> RowCount { .exactly(context.hiring?.unreachable.count ?? 0) }

    public static func table(in context: Context) -> ReportTable {
        let rows = context.hiring?.unreachable ?? []
        return ReportTable(title: "Skills below target that no allowed role level requires at the holder level: no hire can fix them",
                           columns: ["skill", "holders", "target_holders", "holder_level"], rowCount: rows.count) { index in
            let row = rows[index]
            return [.skill(row.skill), .count(row.holders.count), .count(row.targetHolders), .level(row.holderLevel)]
        }
    }
}
