import CapplanCore

/// A context whose reports may include the hiring plan (SPEC §10): `capplan plan`'s, and
/// `capplan analyze --plan-hires`'s.
public protocol HiringPlanContext: ReportContext {
    /// The hiring plan; nil when the run did not plan hires.
    var hiring: TeamHiring? { get }
}
