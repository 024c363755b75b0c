import CapplanCore
import FuzzSupport

/// The roster reader against a small custom framework (its own scale, two roles, level titles), with
/// `--role`, `--level` and `--within` style options.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRosterCustom(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    FuzzSupport.readRoster(RosterReader(framework: FuzzSupport.custom), bytes)
    FuzzSupport.readRoster(RosterReader(framework: FuzzSupport.custom,
                                        options: .init(defaultRole: "cook", defaultLevel: "2", keepColumns: ["team", "site", "Plating"])),
                           bytes)
    return 0
}
