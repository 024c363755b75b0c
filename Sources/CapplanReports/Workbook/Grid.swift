import XLSXWriter

/// A sparse block of cells, for sheets laid out freely (the Summary's dashboard) but written row
/// by row, as constant-memory mode requires.
struct Grid {
    var cells: [Int: [Int: (Cell, Format)]] = [:]
    var rowHeights: [Int: Double] = [:]

    mutating func set(_ row: Int, _ column: Int, _ cell: Cell, _ format: Format) { cells[row, default: [:]][column] = (cell, format) }
}
