/// The work the searches of one plan may do: a safety valve against pathological inputs.
///
/// Counted in machine-independent units (one per LP tableau entry updated, plus each node's
/// bookkeeping in proportion to the skills and types it looks at), so the same input always
/// gives the same answer, however busy the machine. 10⁹ units took 1 to 2.5 s on the
/// development machine (one core of a shared 2-core x86-64 VM), depending on the search.
struct SearchEffort {
    /// Units allowed in all.
    let limit: Int
    /// Units spent so far.
    private(set) var spent = 0

    init(limit: Int) { self.limit = limit }

    /// True once the limit is passed: the searches then stop and the plan is not proven optimal.
    var isExhausted: Bool { spent > limit }

    mutating func spend(_ units: Int) { spent += units }
}
