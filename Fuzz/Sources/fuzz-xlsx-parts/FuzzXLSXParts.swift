import FuzzSupport
import XLSXFuzzSupport

/// One part's XML (chosen by the first byte: sheet, shared strings, workbook, relationships…) inside
/// an otherwise valid stored workbook, so that mutations reach libxml2, the cell model and the
/// roster reader instead of dying at the ZIP checksum.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSXParts(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    XLSXFuzz.readAll(XLSXFuzz.workbook(around: FuzzSupport.bytes(data, size)))
    return 0
}
