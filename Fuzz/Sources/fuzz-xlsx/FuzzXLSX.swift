import FuzzSupport
import XLSXFuzzSupport

/// A roster given as a workbook, on raw bytes: kind detection, the ZIP container, every part, every
/// sheet, the roster reader on the default sheet, the form collector.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    XLSXFuzz.readAll(FuzzSupport.bytes(data, size))
    return 0
}
