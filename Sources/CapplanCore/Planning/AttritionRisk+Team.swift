/// Attrition risk for a team (SPEC §10): whose leave probability counts, and a skill's risk from its
/// holders. The coverage rows (`TeamAnalysis.Coverage.risk`), the key people, the Summary's ranking
/// and every writer take the risk from here.
extension AttritionRisk {
    /// The chance that `person` leaves within a year: their `leave_probability` (which wins), else
    /// the run's `--attrition`, else 0 (with neither, a person is counted as staying).
    public static func leaveProbability(of person: Person, attrition: Double?) -> Double {
        person.leaveProbability ?? attrition ?? 0
    }

    /// Whether a run has attrition information: `--attrition`, or a `leave_probability` value for
    /// at least one person of the roster. Without it the reports carry no risk (and are unchanged).
    public static func isGiven(attrition: Double?, roster: Roster) -> Bool {
        attrition != nil || roster.people.contains { $0.leaveProbability != nil }
    }

    /// The risk of a skill whose holders are `holders` (people of `roster`), against `target`
    /// holders: each holder leaves with `leaveProbability(of:attrition:)`, independently.
    public init(holders: [PersonID], target: Int, roster: Roster, attrition: Double?) {
        self.init(leaveProbabilities: holders.lazy.map { AttritionRisk.leaveProbability(of: roster.people[$0], attrition: attrition) },
                  target: target)
    }
}
