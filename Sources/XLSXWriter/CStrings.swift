import Foundation

/// C copies of the strings one libxlsxwriter call takes, freed together once it has returned (the
/// library copies what it keeps).
struct CStrings {
    private var copies: [UnsafeMutablePointer<CChar>?] = []

    /// A C copy of `text`, nil for nil.
    mutating func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text else { return nil }
        let copy = strdup(text)
        copies.append(copy)
        return copy
    }

    /// Frees every copy made.
    func free() { copies.forEach { Foundation.free($0) } }
}
