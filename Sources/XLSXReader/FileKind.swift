/// What a file is, judged by its first bytes rather than its name.
public enum XLSXFileKind: Sendable, Hashable {
    /// A ZIP container (`PK\u{3}\u{4}`, or `PK\u{5}\u{6}` for an empty one): read it as a workbook.
    case xlsx
    /// An OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`): an old `.xls` or an encrypted workbook.
    case ole2
    /// Anything else: read it as CSV.
    case other

    static let zipLocalHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let zipEmptyArchive: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    static let ole2Signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Judges `bytes` by their signature.
    public init(of bytes: some Collection<UInt8>) {
        if bytes.starts(with: Self.zipLocalHeader) || bytes.starts(with: Self.zipEmptyArchive) {
            self = .xlsx
        } else if bytes.starts(with: Self.ole2Signature) {
            self = .ole2
        } else {
            self = .other
        }
    }
}

/// Tells an encrypted OOXML workbook from an old `.xls` inside an OLE2 file.
enum OLE2Probe {
    /// `EncryptionInfo` as an OLE2 directory entry names it: UTF-16LE, then its length in bytes
    /// including the terminating NUL (30) at offset 64 of the 128-byte entry.
    static let encryptionInfoName: [UInt8] = Array("EncryptionInfo".utf8).flatMap { [$0, 0] }

    /// True when the file has a directory entry named `EncryptionInfo` (what Office writes for a
    /// password-protected .xlsx). Directory entries are 128 bytes long and sectors are 512 or 4096
    /// bytes after a 512-byte header, so every entry starts at a multiple of 128; looking at each
    /// such offset is enough to find one without following the sector chains. A data sector that
    /// happens to hold those bytes at such an offset is the only false positive, and would only
    /// turn "old .xls" into "encrypted" in the message: both say to save the file as .xlsx.
    static func isEncrypted(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        let name = encryptionInfoName
        let count = bytes.count
        var offset = 512
        while offset + 128 <= count {
            let entry = bytes.index(bytes.startIndex, offsetBy: offset)
            if bytes[entry] == name[0] && bytes[bytes.index(entry, offsetBy: 64)] == UInt8(name.count + 2)
                && bytes[entry..<bytes.index(entry, offsetBy: name.count)].elementsEqual(name) {
                return true
            }
            offset += 128
        }
        return false
    }
}
