/// Where everything is on a self-assessment form (`capplan forms`), shared by the writer and the
/// collector (`capplan collect`). Rows and columns are 0-based here; messages name cells as Excel does.
///
/// The `Form` sheet (protected; only the rating and comment cells are unlocked):
///
///     A1  Self-assessment: <name>
///     A2  how to fill it in
///     A4:B9  id, name, role, level, grade, team (label, value)
///     A11:E11  skill | required level | you can (at the required level) | your rating | comment
///     A12…  one row per skill the person's role level requires, then one per other skill the roster
///           rates them in ("not required"); D: the rating (a drop-down), E: a comment
///
/// The hidden `capplan` sheet holds what the collector needs and checks: the framework's name, the
/// person's place in the roster, the roster's columns the form does not show (mentor,
/// mentor_capacity, leave_probability), a copy of every cell of the Form sheet that must not change,
/// and a checksum over all of it (FNV-1a: it finds edits, it does not stop a determined forger).
enum FormLayout {
    static let formSheet = "Form"
    static let checkSheet = "capplan"
    /// The check sheet's first cell, naming what the workbook is.
    static let marker = "capplan self-assessment form"
    static let version = "2"

    static let titleRow = 0
    static let noteRow = 1
    /// The identity block: a label in column A, the value in column B, from this row down.
    static let identityRow = 3
    static let identity = ["id", "name", "role", "level", "grade", "team"]
    static let headerRow = 10
    static let firstSkillRow = 11
    static let columns = ["skill", "required level", "you can (at the required level)", "your rating", "comment"]
    static let widths: [Double] = [34, 16, 70, 16, 40]
    /// The required level of a skill the person is rated in but their level does not require.
    static let notRequired = "not required"
    static let skillColumn = 0
    static let requiredColumn = 1
    static let youCanColumn = 2
    static let ratingColumn = 3
    static let commentColumn = 4

    /// The check sheet's entries before the copied cells, in order (name in column A, value in B).
    static let framework = "framework"
    /// The person's place in the roster and the roster's headcount: `3 of 8`.
    static let order = "order"
    static let hidden = ["mentor", "mentor_capacity", "leave_probability"]
    static let checkedCells = "checked cells"
    static let checksum = "checksum"

    /// `B5` for row 4, column 1 (0-based).
    static func reference(row: Int, column: Int) -> String {
        DropDownLists.columnName(column + 1) + String(row + 1)
    }

    /// The checksum of the check sheet's (name, value) entries: FNV-1a, 64 bits, as 16 hex digits.
    static func checksum(of entries: [(String, String)]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for (name, value) in entries {
            name.utf8.forEach(mix)
            mix(0x1F)
            value.utf8.forEach(mix)
            mix(0x1E)
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
