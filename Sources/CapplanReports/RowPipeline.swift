import Foundation
import XLSXWriter

/// Rows of cells made on one thread and written on another: the sheet writer (which must call
/// libxlsxwriter from a single thread) only writes, while the cells' text and formats are
/// worked out on the other core. Rows come in batches through a small bounded queue, so memory
/// stays flat whatever the table's size.
final class RowPipeline: @unchecked Sendable {
    typealias Row = [(Cell, Format)]

    /// Rows per batch, and batches that may wait in the queue.
    static let batchSize = 2_048
    static let queueDepth = 4

    private let lock = NSCondition()
    private var batches: [[Row]] = []
    private var finished = false
    private let slots = DispatchSemaphore(value: RowPipeline.queueDepth)

    /// Starts making rows `range` with `make` on a thread of its own.
    init(_ range: Range<Int>, make: @escaping @Sendable (Int) -> Row) {
        let thread = Thread { [self] in
            var start = range.lowerBound
            while start < range.upperBound {
                let end = min(range.upperBound, start + RowPipeline.batchSize)
                var batch: [Row] = []
                batch.reserveCapacity(end - start)
                for index in start..<end { batch.append(make(index)) }
                slots.wait()
                lock.lock()
                batches.append(batch)
                lock.signal()
                lock.unlock()
                start = end
            }
            lock.lock()
            finished = true
            lock.signal()
            lock.unlock()
        }
        thread.start()
    }

    /// The next batch in order, waiting for it; nil when all rows were delivered.
    func next() -> [Row]? {
        lock.lock()
        while batches.isEmpty && !finished { lock.wait() }
        guard !batches.isEmpty else {
            lock.unlock()
            return nil
        }
        let batch = batches.removeFirst()
        lock.unlock()
        slots.signal()
        return batch
    }

    /// Waits for the producer to finish after an early stop (a write error), so it never
    /// outlives the tables it reads.
    func drain() {
        while next() != nil {}
    }
}
