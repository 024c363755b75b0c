extension TeamAnalysis {
    /// The skills most likely to fall below their target within a year (SPEC §10; the Summary's
    /// ranking): of the skills at or above a positive target today, those with a risk above 0, by
    /// `risk_below_target` (highest first), then `risk_no_cover`, then framework order; at most
    /// `limit`. Skills already below target are not in it (their risk is 1: they are below already).
    /// Empty without attrition information.
    public func mostLikelyToFallBelowTarget(limit: Int) -> [Coverage] {
        let candidates = coverage.filter { row in
            guard let risk = row.risk else { return false }
            return row.targetHolders > 0 && row.holders.count >= row.targetHolders && risk.belowTarget > 0
        }
        let ranked = candidates.sorted { a, b in
            let (ra, rb) = (a.risk!, b.risk!)
            if ra.belowTarget != rb.belowTarget { return ra.belowTarget > rb.belowTarget }
            if ra.noCover != rb.noCover { return ra.noCover > rb.noCover }
            return a.skill < b.skill
        }
        return Array(ranked.prefix(max(0, limit)))
    }
}
