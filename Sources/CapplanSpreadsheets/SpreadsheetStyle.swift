import XLSXWriter

/// The look of the workbooks people fill in (the roster template and the forms): the reports'
/// blue headers, and a pale yellow for the cells that are theirs to fill.
struct SpreadsheetStyle {
    static let navy: UInt32 = 0x1D3557
    static let headerFill: UInt32 = 0x1D70B8
    static let editableFill: UInt32 = 0xFFF8DC
    static let labelFill: UInt32 = 0xF2F2F2

    let title: Format
    let note: Format
    let header: Format
    let label: Format
    let text: Format
    let wrapped: Format
    /// A cell to fill in: unlocked on a protected sheet, and tinted.
    let editable: Format
    /// A placeholder value to replace (the template's people).
    let placeholder: Format

    init(_ workbook: Workbook) throws(XLSXError) {
        title = try workbook.format(FormatSpec(bold: true, fontSize: 14, fontColor: Self.navy))
        note = try workbook.format(FormatSpec(italic: true, fontColor: 0x595959))
        header = try workbook.format(FormatSpec(bold: true, fontColor: 0xFFFFFF, fill: Self.headerFill, wrap: true,
                                                border: true, borderColor: 0xFFFFFF, verticalCenter: true))
        label = try workbook.format(FormatSpec(bold: true, fill: Self.labelFill))
        text = try workbook.format(FormatSpec())
        wrapped = try workbook.format(FormatSpec(wrap: true, verticalCenter: true))
        editable = try workbook.format(FormatSpec(fill: Self.editableFill, border: true, borderColor: 0xBFBFBF, unlocked: true))
        placeholder = try workbook.format(FormatSpec(italic: true, fontColor: 0x7F7F7F, fill: Self.editableFill, unlocked: true))
    }
}
