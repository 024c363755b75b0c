import CapplanCore
import CapplanReports

/// The short human summary `compare` prints: people, ratings, the headline changes of cover, the
/// key figures before and after, and what came of the mentoring.
struct ComparisonSummary {
    let context: ComparisonContext
    let style: Style

    func print(to console: Console) {
        let comparison = context.comparison
        let (before, after) = (comparison.before.summary, comparison.after.summary)
        let moves = PeopleChange.Kind.allCases.compactMap { kind -> String? in
            let count = comparison.count(kind)
            return count > 0 ? "\(count) \(kind.rawValue.replacingOccurrences(of: "_", with: " "))" : nil
        }
        console.out(style.bold("\(context.labels.before) → \(context.labels.after)") + ": \(before.headcount) → "
                    + Plural.of(after.headcount, "person", "people") + (moves.isEmpty ? ", no one joined, left or moved" : " (\(moves.joined(separator: ", ")))"))
        let ratings = RatingChange.Kind.allCases.compactMap { kind -> String? in
            let count = comparison.ratingChanges.filter { $0.kind == kind }.count
            return count > 0 ? "\(count) \(kind.rawValue.replacingOccurrences(of: "_", with: " "))" : nil
        }
        console.out("Ratings: " + (ratings.isEmpty ? "none changed" : ratings.joined(separator: ", ")))
        printHeadlines(to: console)
        let figures = [("single points of knowledge", "skills_single_point"), ("skills with no holder", "skills_no_cover"),
                       ("levels of gap", "total_gap_levels")]
        console.out(figures.compactMap { name, metric in
            comparison.summaryChanges.first { $0.metric == metric }.flatMap { change -> String? in
                guard case .count(let was)? = change.before, case .count(let now)? = change.after else { return nil }
                return "\(name) \(was) → \(now)"
            }
        }.joined(separator: "; ").capitalisingFirst)
        let outcomes = comparison.mentoringOutcomes
        if !outcomes.isEmpty {
            let counts = MentoringOutcome.Outcome.allCases.compactMap { outcome -> String? in
                let count = outcomes.filter { $0.outcome == outcome }.count
                return count > 0 ? "\(count) \(outcome.rawValue.replacingOccurrences(of: "_", with: " "))" : nil
            }
            console.out("Mentoring: of \(Plural.of(outcomes.count, "pairing")) in \(context.labels.before)'s plan, \(counts.joined(separator: ", "))")
        }
    }

    /// Skills that lost cover or became single points (red), fell below target (yellow), reached it.
    private func printHeadlines(to console: Console) {
        let comparison = context.comparison
        let lines: [(CoverageChange.Kind, String, (String) -> String)] = [
            (.lostCover, "Lost cover", style.red), (.becameSinglePoint, "Became single points of knowledge", style.red),
            (.belowTarget, "Fell below target", style.yellow), (.reachedTarget, "Reached target", style.bold),
        ]
        for (kind, words, colour) in lines {
            let skills = comparison.coverageChanges.filter { $0.kind == kind }.map { comparison.frameworks.name($0.skill) }
            if !skills.isEmpty { console.out(colour("\(words): ") + skills.joined(separator: ", ")) }
        }
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
