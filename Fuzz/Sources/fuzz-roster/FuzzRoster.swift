import CapplanCore
import FuzzSupport

/// The roster reader (CSV splitting, header, wide and long format) against the built-in framework.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoster(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzSupport.readRoster(RosterReader(framework: FuzzSupport.ddat), FuzzSupport.bytes(data, size))
    return 0
}
