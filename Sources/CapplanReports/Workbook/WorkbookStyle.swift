import XLSXWriter

/// The workbook's look: one palette and the formats built from it.
struct WorkbookStyle {
    // A restrained palette: GOV.UK-like blue headers, and the traffic-light fills of the heatmap.
    static let navy: UInt32 = 0x1D3557
    static let headerFill: UInt32 = 0x1D70B8
    static let meetsFill: UInt32 = 0xC6EFCE
    static let meetsFont: UInt32 = 0x006100
    static let belowFill: UInt32 = 0xFFC7CE
    static let belowFont: UInt32 = 0x9C0006
    static let notAssessedFill: UInt32 = 0xFFEB9C
    static let notAssessedFont: UInt32 = 0x9C5700
    static let notRequiredFill: UInt32 = 0xF2F2F2
    static let notRequiredFont: UInt32 = 0x595959
    static let alarmFill: UInt32 = 0xC00000
    /// The "not assessed" series of the gaps chart.
    static let notAssessedSeries: UInt32 = 0xBF9000
    /// Series colours for grades, junior (light) to senior (dark), then others.
    static let gradeColors: [UInt32] = [0xDEEBF7, 0xBDD7EE, 0x9DC3E6, 0x6BAED6, 0x2E75B6, 0x1F4E79, 0x0B2545, 0x7F7F7F, 0xBFBFBF]
    /// Series colours for the scale levels, light to dark.
    static let levelColors: [UInt32] = [0xD9D9D9, 0xBDD7EE, 0x9DC3E6, 0x2E75B6, 0x1F4E79, 0x0B2545, 0x000000]

    let title: Format
    let header: Format
    let text: Format
    let number: Format
    let fraction: Format
    let probability: Format
    let meets: Format
    let below: Format
    let notAssessed: Format
    let notRequired: Format
    let singlePoint: Format
    let noCover: Format
    let thin: Format
    let ok: Format
    let keyPerson: Format
    let cardLabel: Format
    let cardValue: Format
    let cardAlarm: Format
    let wrapped: Format
    let sectionTitle: Format

    init(_ workbook: Workbook) throws(XLSXError) {
        title = try workbook.format(FormatSpec(bold: true, fontSize: 14, fontColor: Self.navy))
        header = try workbook.format(FormatSpec(bold: true, fontColor: 0xFFFFFF, fill: Self.headerFill, wrap: true,
                                                border: true, borderColor: 0xFFFFFF, verticalCenter: true))
        text = try workbook.format(FormatSpec())
        number = try workbook.format(FormatSpec(numberFormat: "0"))
        fraction = try workbook.format(FormatSpec(numberFormat: "0%"))
        probability = try workbook.format(FormatSpec(numberFormat: "0.0%"))
        meets = try workbook.format(FormatSpec(fontColor: Self.meetsFont, fill: Self.meetsFill, alignment: .center))
        below = try workbook.format(FormatSpec(bold: true, fontColor: Self.belowFont, fill: Self.belowFill, alignment: .center))
        notAssessed = try workbook.format(FormatSpec(italic: true, fontColor: Self.notAssessedFont, fill: Self.notAssessedFill, alignment: .center))
        notRequired = try workbook.format(FormatSpec(fontColor: Self.notRequiredFont, fill: Self.notRequiredFill, alignment: .center))
        singlePoint = try workbook.format(FormatSpec(bold: true, fontColor: Self.belowFont, fill: Self.belowFill))
        noCover = try workbook.format(FormatSpec(bold: true, fontColor: 0xFFFFFF, fill: Self.alarmFill))
        thin = try workbook.format(FormatSpec(fontColor: Self.notAssessedFont, fill: Self.notAssessedFill))
        ok = try workbook.format(FormatSpec(fontColor: Self.meetsFont, fill: Self.meetsFill))
        keyPerson = try workbook.format(FormatSpec(bold: true, fontColor: Self.belowFont))
        cardLabel = try workbook.format(FormatSpec(bold: true, fontColor: 0x595959, alignment: .center, wrap: true, bottomBorder: true))
        cardValue = try workbook.format(FormatSpec(bold: true, fontSize: 22, fontColor: Self.navy, numberFormat: "0", alignment: .center))
        cardAlarm = try workbook.format(FormatSpec(bold: true, fontSize: 22, fontColor: Self.alarmFill, numberFormat: "0", alignment: .center))
        wrapped = try workbook.format(FormatSpec(wrap: true))
        sectionTitle = try workbook.format(FormatSpec(bold: true, fontSize: 12, fontColor: Self.navy))
    }

    /// The format of a cell with no colour of its own, by its kind.
    func format(for cell: Cell) -> Format {
        switch cell {
        // Whole numbers need no format (General shows them as they are); none keeps the sheet small.
        case .number: text
        case .fraction: fraction
        case .probability: probability
        case .text, .empty: text
        }
    }

    /// The format of a cell coloured for what it means.
    func format(for tone: CellTone) -> Format {
        switch tone {
        case .meets: meets
        case .below: below
        case .notAssessed: notAssessed
        case .notRequired: notRequired
        case .singlePoint: singlePoint
        case .noCover: noCover
        case .thin: thin
        case .ok: ok
        }
    }
}
