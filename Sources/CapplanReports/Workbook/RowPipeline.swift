import Foundation
import XLSXWriter

/// Rows of cells made on one thread and written on another: the sheet writer (which must call
/// libxlsxwriter from a single thread) only writes, while the cells' text, numbers and formats
/// are worked out on the other core. Each cell arrives ready for the library: text as
/// NUL-terminated UTF-8 in the batch's byte buffer, already cut to Excel's limit, and numbers as
/// doubles, so the writing thread neither allocates, nor copies, nor counts references.
///
/// Rows travel in batches through a small bounded queue, and the batches go back to the making
/// thread to be emptied and refilled, so memory stays flat whatever the table's size.
final class RowPipeline: Sendable {
    /// A cell as the library takes it.
    enum Prepared {
        /// The offset of the text in the batch's bytes; `truncated` when it was cut to fit a cell.
        case text(offset: Int, truncated: Bool)
        case number(Double)
        case blank
    }

    /// A batch of rows, stored flat: `widths[i]` cells of row i follow one another in `cells`.
    struct Batch {
        var cells: [(Prepared, Format)] = []
        var widths: [Int] = []
        var bytes: [UInt8] = []
    }

    /// One row handed to the writer: its cells, and the bytes their text offsets point into.
    struct Row {
        let cells: UnsafeBufferPointer<(Prepared, Format)>
        let bytes: UnsafePointer<CChar>

        func text(at offset: Int) -> UnsafePointer<CChar> { bytes + offset }
    }

    /// Rows per batch, and batches in flight.
    static let batchSize = 1_024
    static let batchCount = 4

    /// Batches filled and waiting for the writer, batches emptied and waiting for the maker.
    private struct Queues {
        var full: [Batch] = []
        var empty: [Batch] = Array(repeating: Batch(), count: RowPipeline.batchCount)
        var finished = false
        var stopped = false
    }

    private let queues = Monitor(Queues())

    /// Starts making rows `range` with `make` (which appends one row's cells) on a thread of its own.
    init(_ range: Range<Int>, make: @escaping @Sendable (Int, inout [(Cell, Format)]) -> Void) {
        WorkerThread.start { [self] in
            var row: [(Cell, Format)] = []
            var start = range.lowerBound
            while start < range.upperBound {
                guard var batch = queues.wait(until: { !$0.empty.isEmpty || $0.stopped }, then: { $0.stopped ? nil : $0.empty.removeLast() })
                else { break }
                batch.cells.removeAll(keepingCapacity: true)
                batch.widths.removeAll(keepingCapacity: true)
                batch.bytes.removeAll(keepingCapacity: true)
                batch.bytes.append(0) // never empty, so it always has an address
                let end = min(range.upperBound, start + RowPipeline.batchSize)
                for index in start..<end {
                    // Emptied here, so the row's text is released on this thread, not the writer's.
                    row.removeAll(keepingCapacity: true)
                    make(index, &row)
                    for (cell, format) in row { batch.cells.append((RowPipeline.prepare(cell, into: &batch.bytes), format)) }
                    batch.widths.append(row.count)
                }
                queues.withLock { $0.full.append(batch) }
                start = end
            }
            queues.withLock { $0.finished = true }
        }
    }

    /// The cell ready for the library, its text (if any) appended to `bytes`.
    static func prepare(_ cell: Cell, into bytes: inout [UInt8]) -> Prepared {
        switch cell {
        case .text(let text):
            let (fitted, truncated) = Workbook.fitted(text)
            let offset = bytes.count
            bytes.append(contentsOf: fitted.utf8)
            bytes.append(0)
            return .text(offset: offset, truncated: truncated)
        case .number(let number): return .number(Double(number))
        case .fraction(let value): return .number(Cell.workbookNumber(fraction: value))
        case .probability(let value): return .number(Cell.workbookNumber(probability: value))
        case .empty: return .blank
        }
    }

    /// Hands each row to `body`, in order, until all rows were written or `body` throws.
    func forEachRow<E: Error>(_ body: (Row) throws(E) -> Void) throws(E) {
        defer { stop() }
        while let batch = queues.wait(until: { !$0.full.isEmpty || $0.finished }, then: { $0.full.isEmpty ? nil : $0.full.removeFirst() }) {
            try batch.cells.withUnsafeBufferPointer { (cells) throws(E) in
                try batch.bytes.withUnsafeBufferPointer { (raw) throws(E) in
                    let bytes = UnsafeRawPointer(raw.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var offset = 0
                    for width in batch.widths {
                        try body(Row(cells: UnsafeBufferPointer(rebasing: cells[offset..<offset + width]), bytes: bytes))
                        offset += width
                    }
                }
            }
            queues.withLock { $0.empty.append(batch) }
        }
    }

    /// Stops the making thread early (after a write error) and waits for it to finish.
    private func stop() {
        queues.withLock { $0.stopped = true }
        queues.wait(until: \.finished) { _ in }
    }
}
