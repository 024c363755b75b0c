/// The form in which names are compared: case, spaces and punctuation do not count,
/// so `Change management`, `change-management` and `CHANGE_MANAGEMENT` are one name.
public struct NameKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(_ name: some StringProtocol) {
        // Most names are ASCII: fold those byte by byte.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                default: break
                }
            }
            rawValue = String(decoding: bytes, as: UTF8.self)
            return
        }
        var key = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if let base = latinBase[scalar.value] {
                // Fold the common Latin accents so "Systèms" still finds "Systems".
                key.append(base)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        rawValue = String(key)
    }

    public var isEmpty: Bool { rawValue.isEmpty }
    public var description: String { rawValue }
    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Precomposed Latin-1 letters to their unaccented base letter.
private let latinBase: [UInt32: Unicode.Scalar] = {
    let pairs: [(String, Character)] = [
        ("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"),
        ("Ññ", "n"), ("ÒÓÔÕÖØòóôõöø", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y"),
    ]
    var table: [UInt32: Unicode.Scalar] = [:]
    for (letters, base) in pairs {
        for s in letters.unicodeScalars { table[s.value] = base.unicodeScalars.first! }
    }
    return table
}()
