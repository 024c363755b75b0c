/// The linear programme that bounds a covering search from below: the dual of the LP relaxation
/// of "cover each skill `s` at least `r_s` times at least cost",
///
///     maximise Σ_s r_s·y_s   subject to   Σ_{s ∈ row i} y_s ≤ b_i  for each row i,   y ≥ 0,
///
/// with one row per hire type (its still-needed skills, its weight `b_i` > 0). By weak duality,
/// every feasible `y` proves that every integer plan costs at least `Σ r_s·y_s`; the optimum `y`
/// proves the most. So the solver only has to return a *feasible* `y`, and it does whatever
/// floating point does: `repaired` clamps negatives and scales `y` down until every row holds in
/// floating point with a margin, and bounds are rounded up only after subtracting a tolerance.
/// An inaccurate or early-stopped simplex gives a weaker bound, never a wrong one.
///
/// The method is the primal simplex on a dense condensed tableau (Dantzig's rule, rows slightly
/// perturbed against degeneracy), starting from `y = 0`, which is feasible because every `b_i` > 0:
/// no phase one.
struct PackingLP {
    /// The number of variables `y_s`.
    let columnCount: Int
    /// For each row, the columns with coefficient 1 (all others 0).
    let rows: [[Int]]
    /// The right-hand sides, each > 0.
    let bounds: [Double]

    /// A feasible `y` of (near-)maximum objective for objective coefficients `objective`
    /// (one per column, ≥ 0), after at most `maxPivots` pivots. Adds the tableau entries it
    /// touched to `work`.
    func solve(objective: [Double], maxPivots: Int = 5_000, work: inout Int) -> [Double] {
        let m = rows.count, n = columnCount
        guard m > 0, n > 0 else { return [Double](repeating: 0, count: n) }
        var pivots = 0, updated = 0
        defer { work += 2_000 + 2 * m * n + updated }
        var tableau = [Double](repeating: 0, count: m * n)
        var rhs = [Double](repeating: 0, count: m)
        for (i, row) in rows.enumerated() {
            for column in row { tableau[i * n + column] = 1 }
            // A tiny distinct tightening of each row: breaks the ties that make the simplex cycle.
            // It only shrinks the feasible set, so the answer stays feasible for the true rows.
            rhs[i] = bounds[i] * (1 - 1e-11 * Double(1 + (i * 7919) % 997))
        }
        var reduced = objective
        // Variables 0..<n are the y_s; n + i is the slack of row i.
        var basic = (0..<m).map { n + $0 }
        var nonbasic = Array(0..<n)
        tableau.withUnsafeMutableBufferPointer { t in
            rhs.withUnsafeMutableBufferPointer { b in
                reduced.withUnsafeMutableBufferPointer { d in
                    while pivots < maxPivots {
                        guard let entering = PackingLP.enteringColumn(d) else { break }
                        guard let leaving = PackingLP.leavingRow(t, b, column: entering, n: n, basic: basic) else { break }
                        updated += PackingLP.pivot(t, b, d, row: leaving, column: entering, m: m, n: n)
                        swap(&basic[leaving], &nonbasic[entering])
                        pivots += 1
                    }
                }
            }
        }
        var y = [Double](repeating: 0, count: n)
        for (i, variable) in basic.enumerated() where variable < n { y[variable] = rhs[i] }
        return repaired(y)
    }

    /// `y` made feasible for the true rows in floating point: negatives clamped to 0, then scaled
    /// down if any row sum exceeds its bound.
    func repaired(_ y: [Double]) -> [Double] {
        var y = y.map { max(0, $0) }
        var scale = 1.0
        for (i, row) in rows.enumerated() {
            let sum = row.reduce(0.0) { $0 + y[$1] }
            if sum > bounds[i] { scale = min(scale, bounds[i] / sum) }
        }
        if scale < 1 {
            let shrink = scale * (1 - 1e-12)
            for k in y.indices { y[k] *= shrink }
        }
        return y
    }

    /// The column with the largest positive reduced cost, if any (Dantzig's rule).
    private static func enteringColumn(_ d: UnsafeMutableBufferPointer<Double>) -> Int? {
        var best = 1e-9, column: Int?
        for k in 0..<d.count where d[k] > best { best = d[k]; column = k }
        return column
    }

    /// The row of the ratio test for `column` (smallest `b_i / t_ik` over `t_ik` > 0; ties to the
    /// lowest variable number), or nil when the column is unbounded (impossible here: every
    /// column lies in some row).
    private static func leavingRow(_ t: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>,
                                   column: Int, n: Int, basic: [Int]) -> Int? {
        var best = Double.infinity, row: Int?
        for i in 0..<b.count {
            let a = t[i * n + column]
            guard a > 1e-9 else { continue }
            let ratio = b[i] / a
            if ratio < best - 1e-12 || (ratio <= best + 1e-12 && row.map({ basic[i] < basic[$0] }) ?? true) {
                best = min(best, ratio)
                row = i
            }
        }
        return row
    }

    /// `target -= f · source`, entry by entry.
    @inline(__always)
    private static func subtract(_ f: Double, times source: UnsafeMutableBufferPointer<Double>,
                                 from target: UnsafeMutableBufferPointer<Double>) {
        guard let s = source.baseAddress, let t = target.baseAddress else { return }
        for l in 0..<target.count { t[l] -= f * s[l] }
    }

    /// Exchanges the basic variable of `row` with the nonbasic variable of `column`; returns the
    /// number of tableau entries it updated.
    private static func pivot(_ t: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>,
                              _ d: UnsafeMutableBufferPointer<Double>, row: Int, column: Int, m: Int, n: Int) -> Int {
        let pivotRow = UnsafeMutableBufferPointer(rebasing: t[row * n ..< row * n + n])
        let inverse = 1 / pivotRow[column]
        for l in 0..<n { pivotRow[l] *= inverse }
        b[row] *= inverse
        pivotRow[column] = inverse
        // The update below reads the pivot row from a copy: rows that do not alias it vectorise.
        let source = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        defer { source.deallocate() }
        _ = source.initialize(from: pivotRow)
        source[column] = 0
        var updated = 2 * n + m
        for r in 0..<m where r != row {
            let target = UnsafeMutableBufferPointer(rebasing: t[r * n ..< r * n + n])
            let f = target[column]
            guard f != 0 else { continue }
            updated += n
            PackingLP.subtract(f, times: source, from: target)
            b[r] -= f * b[row]
            target[column] = -f * inverse
        }
        let f = d[column]
        PackingLP.subtract(f, times: source, from: d)
        d[column] = -f * inverse
        return updated
    }
}
