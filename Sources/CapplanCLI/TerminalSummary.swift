import CapplanCore
import CapplanReports

/// The short human summary `analyze` prints: headcount, coverage, single points, largest gaps.
struct TerminalSummary {
    let context: AnalysisContext
    let style: Style

    /// How many of the largest gaps per required level to list.
    static let gapLines = 5

    func print(to console: Console) {
        let analysis = context.analysis
        let framework = analysis.framework
        let summary = context.summary
        // One role: the people at each of its levels. Several: how many roles (level names alone would
        // merge the levels of roles that share them, such as "senior").
        let roles = Set(analysis.roster.people.map(\.role)).count
        let levels = roles > 1 ? " in \(Plural.of(roles, "role"))"
            : " (" + summary.peopleByLevel.filter { $0.people > 0 }.map { "\($0.level) \($0.people)" }.joined(separator: ", ") + ")"
        let teams = summary.teams > 0 ? ", " + Plural.of(summary.teams, "team") : ""
        console.out(style.bold("\(analysis.roster.file): \(Plural.of(summary.headcount, "person", "people"))") + "\(levels)\(teams)")

        let counts = summary.statusCounts
        var parts = ["\(counts[.ok] ?? 0) ok"]
        if let n = counts[.thin], n > 0 { parts.append(style.yellow("\(n) thin")) }
        if let n = counts[.singlePoint], n > 0 { parts.append(style.red(Plural.of(n, "single point"))) }
        if let n = counts[.noCover], n > 0 { parts.append(style.red("\(n) with no holder")) }
        console.out("Team skills: \(summary.teamSkills) (\(parts.joined(separator: ", ")))")

        let singles = analysis.coverage.filter { $0.status == .singlePoint }
        if !singles.isEmpty {
            console.out(style.bold("Single points of knowledge:"))
            for row in singles {
                let holder = row.soleHolder!
                let rating = analysis.roster.rating(holder, row.skill).map { framework.scale.name($0) } ?? ""
                console.out("  \(framework.skills[row.skill].name): only \(context.names[holder]) (\(rating))")
            }
        }
        let uncovered = analysis.coverage.filter { $0.status == .noCover }
        if !uncovered.isEmpty {
            console.out(style.bold("No holder at all: ") + uncovered.map { framework.skills[$0.skill].name }.joined(separator: ", "))
        }
        let largest = analysis.levelGaps.filter { $0.totalGapLevels > 0 }
            .sorted { ($0.totalGapLevels, $1.skill, $1.requiredLevel) > ($1.totalGapLevels, $0.skill, $0.requiredLevel) }
            .prefix(Self.gapLines)
        if !largest.isEmpty {
            console.out(style.bold("Largest gaps per required level:"))
            for row in largest {
                console.out("  \(framework.skills[row.skill].name) at \(framework.scale.name(row.requiredLevel)): \(row.below) of \(row.peopleRequired) below, \(Plural.of(row.totalGapLevels, "level")) short" +
                            (row.notAssessed > 0 ? style.dim(" (\(row.notAssessed) not assessed)") : ""))
            }
        }
        let plan = context.plan
        if !plan.problem.needs.isEmpty {
            console.out("Mentoring: " + Self.mentoringLine(plan))
            var untrainable: [SkillID: Int] = [:]
            for (index, reason) in plan.unmet.enumerated() where reason == .noEligibleMentor {
                untrainable[plan.problem.needs[index].skill, default: 0] += 1
            }
            if !untrainable.isEmpty {
                let list = untrainable.keys.sorted().map { "\(framework.skills[$0].name) (\(untrainable[$0]!))" }
                console.out(style.yellow("No one in the team can mentor: ") + list.joined(separator: ", ") + style.dim(" — train or hire for these"))
            }
        }
        let risky = analysis.mostLikelyToFallBelowTarget(limit: 5)
        if !risky.isEmpty {
            console.out(style.bold("Most likely to fall below target within a year: ")
                        + risky.map { "\(framework.skills[$0.skill].name) (\(Self.percent($0.risk!.belowTarget)))" }.joined(separator: ", "))
        }
        if let mean = summary.meanReadiness {
            console.out("Mean readiness for the next level: \(Int((mean * 100).rounded()))%")
        }
    }

    /// A probability as a percentage with one decimal (`27.1%`), as the workbook shows it.
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    /// `3 pairings meet 5 of 9 levels of need, the most possible; unmet: 2 needs nobody in the team
    /// can mentor, 1 for want of mentors' time` — what the plan does, and why the rest is left (each
    /// reason only when it applies).
    static func mentoringLine(_ plan: MentoringPlan) -> String {
        let pairs = Plural.of(plan.pairings.count, "pairing")
        var line = "\(pairs) \(plan.pairings.count == 1 ? "meets" : "meet") \(plan.metWeight) of \(Plural.of(plan.totalWeight, "level")) of need"
        let unmet = plan.unmet.compactMap { $0 }
        guard !unmet.isEmpty else { return line + ": every need" }
        line += ", the most possible; unmet: "
        let because: [(UnmetReason, String)] = [(.noEligibleMentor, "nobody in the team can mentor"),
                                                (.capacity, "for want of mentors' time"), (.menteeLimit, "past the mentee limit")]
        return line + because.compactMap { reason, words in
            let count = unmet.filter { $0 == reason }.count
            guard count > 0 else { return nil }
            return reason == .noEligibleMentor ? "\(Plural.of(count, "need")) \(words)" : "\(count) \(words)"
        }.joined(separator: ", ")
    }
}
