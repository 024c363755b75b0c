import XLSXWriter

/// A sheet a report draws itself instead of the standard table (the Summary's dashboard).
public struct SheetDrawing: Sendable {
    let draw: @Sendable (inout SheetWriter, Worksheet) throws(XLSXError) -> Void
}
