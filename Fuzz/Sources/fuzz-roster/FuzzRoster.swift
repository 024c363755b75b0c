import CapplanCore
import FuzzSupport

/// The roster reader (CSV splitting, header, wide and long format) against the built-in framework.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoster(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    do {
        let (roster, warnings) = try RosterReader(framework: FuzzSupport.ddat).read(bytes: bytes, file: "fuzz.csv")
        precondition(roster.ratings.count == roster.people.count * roster.skillCount)
        precondition(!warnings.hasErrors, "a roster read without throwing has errors")
        FuzzSupport.render(warnings)
    } catch {
        precondition(error.diagnostics.hasErrors, "InvalidInputError without an error")
        FuzzSupport.render(error.diagnostics)
    }
    return 0
}
