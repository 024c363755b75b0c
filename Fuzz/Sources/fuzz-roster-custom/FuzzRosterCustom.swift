import CapplanCore
import FuzzSupport

/// The roster reader against a small custom framework (its own scale, two roles, level titles), with
/// `--role`, `--level` and `--within` style options.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRosterCustom(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    let readers = [
        RosterReader(framework: FuzzSupport.custom),
        RosterReader(framework: FuzzSupport.custom,
                     options: .init(defaultRole: "cook", defaultLevel: "2", keepColumns: ["team", "site", "Plating"])),
    ]
    for reader in readers {
        do {
            let (roster, warnings) = try reader.read(bytes: bytes, file: "fuzz.csv")
            precondition(roster.ratings.count == roster.people.count * roster.skillCount)
            precondition(roster.ratings.allSatisfy { $0 >= -1 && Int($0) < FuzzSupport.custom.scale.levels.count })
            precondition(!warnings.hasErrors, "a roster read without throwing has errors")
            FuzzSupport.render(warnings)
        } catch {
            precondition(error.diagnostics.hasErrors, "InvalidInputError without an error")
            FuzzSupport.render(error.diagnostics)
        }
    }
    return 0
}
