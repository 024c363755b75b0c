import CapplanCore
import XLSXWriter

/// A key figure's change as a card shows it under its value: `▲1`, `▼2` or `no change`, in red when
/// it is bad news (more single points of knowledge), green when good, grey when neither.
struct FigureChange {
    /// Which way is good news for a figure: `nil` when neither (headcount).
    enum Better { case higher, lower }

    let delta: Int
    let better: Better?

    /// The change's text: an arrow and the amount.
    var text: String { delta > 0 ? "▲\(delta)" : delta < 0 ? "▼\(-delta)" : "no change" }

    /// The change's format: centred under the card, coloured by whether it is good or bad news.
    func format(_ workbook: Workbook) throws(XLSXError) -> Format {
        let good = delta != 0 && (better == .higher) == (delta > 0) && better != nil
        let bad = delta != 0 && better != nil && !good
        let color: UInt32 = good ? WorkbookStyle.meetsFont : bad ? WorkbookStyle.alarmFill : 0x595959
        return try workbook.format(FormatSpec(bold: good || bad, fontColor: color, alignment: .center))
    }

    /// The change of `metric` in `changes` (a count), nil when it is not a count in both.
    static func of(_ metric: String, in changes: [SummaryChange], better: Better?) -> FigureChange? {
        guard case .count(let delta)? = changes.first(where: { $0.metric == metric })?.change else { return nil }
        return FigureChange(delta: delta, better: better)
    }
}
