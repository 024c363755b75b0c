import Foundation
import XLSXWriter

/// Rows of cells made on one thread and written on another: the sheet writer (which must call
/// libxlsxwriter from a single thread) only writes, while the cells' text and formats are
/// worked out on the other core. Rows travel in batches through a small bounded queue, and the
/// batches go back to the making thread to be emptied and refilled, so the writing thread
/// neither allocates nor frees them, and memory stays flat whatever the table's size.
final class RowPipeline: @unchecked Sendable {
    /// A batch of rows, stored flat: `widths[i]` cells of row i follow one another in `cells`.
    struct Batch {
        var cells: [(Cell, Format)] = []
        var widths: [Int] = []
    }

    /// Rows per batch, and batches in flight.
    static let batchSize = 1_024
    static let batchCount = 4

    private let lock = NSCondition()
    private var full: [Batch] = []
    private var empty: [Batch] = Array(repeating: Batch(), count: RowPipeline.batchCount)
    private var finished = false
    private var stopped = false

    /// Starts making rows `range` with `make` (which appends one row's cells) on a thread of its own.
    init(_ range: Range<Int>, make: @escaping @Sendable (Int, inout [(Cell, Format)]) -> Void) {
        let thread = Thread { [self] in
            var start = range.lowerBound
            while start < range.upperBound {
                lock.lock()
                while empty.isEmpty && !stopped { lock.wait() }
                if stopped { lock.unlock(); break }
                var batch = empty.removeLast()
                lock.unlock()
                // Emptying here releases the previous batch's text on this thread, not the writer's.
                batch.cells.removeAll(keepingCapacity: true)
                batch.widths.removeAll(keepingCapacity: true)
                let end = min(range.upperBound, start + RowPipeline.batchSize)
                for index in start..<end {
                    let before = batch.cells.count
                    make(index, &batch.cells)
                    batch.widths.append(batch.cells.count - before)
                }
                lock.lock()
                full.append(batch)
                lock.broadcast()
                lock.unlock()
                start = end
            }
            lock.lock()
            finished = true
            lock.broadcast()
            lock.unlock()
        }
        thread.start()
    }

    /// Hands each row's cells to `body`, in order, until all rows were written or `body` throws.
    func forEachRow<E: Error>(_ body: (ArraySlice<(Cell, Format)>) throws(E) -> Void) throws(E) {
        defer { stop() }
        while true {
            lock.lock()
            while full.isEmpty && !finished { lock.wait() }
            guard !full.isEmpty else {
                lock.unlock()
                return
            }
            let batch = full.removeFirst()
            lock.unlock()
            var offset = 0
            for width in batch.widths {
                try body(batch.cells[offset..<offset + width])
                offset += width
            }
            lock.lock()
            empty.append(batch)
            lock.broadcast()
            lock.unlock()
        }
    }

    /// Stops the making thread early (after a write error) and waits for it to finish.
    private func stop() {
        lock.lock()
        stopped = true
        lock.broadcast()
        while !finished { lock.wait() }
        lock.unlock()
    }
}
