import Cxlsxwriter

/// A cell format, described as a value; the workbook creates and caches the library format.
public struct FormatSpec: Hashable, Sendable {
    public enum Alignment: Sendable { case left, center, right }

    public var bold = false
    public var italic = false
    public var fontSize: Double?
    /// 0xRRGGBB.
    public var fontColor: UInt32?
    /// 0xRRGGBB solid fill.
    public var fill: UInt32?
    public var numberFormat: String?
    public var alignment: Alignment?
    public var wrap = false
    public var bottomBorder = false
    public var border = false
    /// 0xRRGGBB colour of the borders.
    public var borderColor: UInt32?
    public var verticalCenter = false
    /// Editable on a protected sheet (`Worksheet.protect`); every other cell is locked there.
    public var unlocked = false

    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: UInt32? = nil,
                fill: UInt32? = nil, numberFormat: String? = nil, alignment: Alignment? = nil, wrap: Bool = false,
                bottomBorder: Bool = false, border: Bool = false, borderColor: UInt32? = nil, verticalCenter: Bool = false,
                unlocked: Bool = false) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fill = fill
        self.numberFormat = numberFormat
        self.alignment = alignment
        self.wrap = wrap
        self.bottomBorder = bottomBorder
        self.border = border
        self.borderColor = borderColor
        self.verticalCenter = verticalCenter
        self.unlocked = unlocked
    }

    /// Applies the spec to a fresh library format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, lxw_color_t(fontColor)) }
        if let fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if let numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        switch alignment {
        case .left?: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center?: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right?: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        if verticalCenter { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)) }
        if wrap { format_set_text_wrap(format) }
        if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let borderColor { format_set_border_color(format, lxw_color_t(borderColor)) }
        if unlocked { format_set_unlocked(format) }
    }
}

/// A format created in a workbook; pass it to the worksheet write calls.
public struct Format: @unchecked Sendable {
    /// nil for the workbook's default format. (The library never caches the index of a format
    /// equal to another, so a format with no properties would be hashed again for every cell.)
    let pointer: UnsafeMutablePointer<lxw_format>?
}
