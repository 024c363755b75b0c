import CapplanCore

/// A report cell as it is written: text, a whole number, a fraction, or nothing
/// (`ReportCell`s named by `CellNaming`).
public enum Cell: Sendable, Equatable {
    case text(String)
    case number(Int)
    case fraction(Double)
    /// A probability, written with six decimals.
    case probability(Double)
    case empty

    /// The cell as CSV text: numbers plain, fractions to four decimals, text neutralised against formulas.
    public var csvText: String {
        switch self {
        case .text(let text): return CSVFormat.neutralised(text)
        case .number(let number): return String(number)
        case .fraction(let value): return Cell.decimal(value)
        case .probability(let value): return Cell.sixDecimals(value)
        case .empty: return ""
        }
    }

    /// The number a workbook stores for a fraction: rounded as the CSV writes it, so the two agree exactly.
    static func workbookNumber(fraction value: Double) -> Double { Double(decimal(value)) ?? value }

    /// The number a workbook stores for a probability: rounded as the CSV writes it.
    static func workbookNumber(probability value: Double) -> Double { Double(sixDecimals(value)) ?? value }

    /// `value` (≥ 0) with exactly six decimals (`0.027100`, `1.000000`), independent of locale.
    public static func sixDecimals(_ value: Double) -> String {
        let scaled = Int((max(0, value) * 1_000_000).rounded())
        let fraction = String(scaled % 1_000_000)
        return "\(scaled / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }

    /// `value` with at most four decimals and no trailing zeros (`0.5833`, `1`), independent of locale.
    public static func decimal(_ value: Double) -> String {
        let scaled = Int((value * 10_000).rounded())
        let whole = scaled / 10_000
        var fraction = String(abs(scaled % 10_000))
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
