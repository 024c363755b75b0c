import CapplanCore

/// What every report's context offers the writers, to name the cells of its tables.
public protocol ReportContext: Sendable {
    var framework: Framework { get }
    /// The names people are shown by.
    var names: PersonNames { get }
}
