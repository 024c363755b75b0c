import CapplanCore
import Foundation

/// The formats reports are written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case xlsx, csv
}

/// Places the work of writing a catalog's reports on threads, from what the catalog declares (which
/// reports need the plan, how many rows each has), never from file names.
///
/// On a 2-core machine the workbook's writer is the critical path, so everything else is arranged
/// around it. The first file (the workbook, else the longest CSV file) gets a thread of its own at
/// normal priority. The other files are taken one at a time from a shared queue by a thread of
/// background priority, so they use the time the first leaves on the other core instead of taking
/// turns on its; once the first is written, its thread takes files from the queue too, so nothing is
/// left waiting at low priority. Reports that need the plan come last, so it has time to be ready.
public struct ReportSchedule: Sendable {
    /// The files to write, in the order they are started.
    public let jobs: [Job]
    /// The files' names as a user reads them: the workbook, then the CSV files in catalog order.
    public let files: [String]
    /// The catalog's other files, which an earlier run may have left in the output folder.
    public let stale: [String]

    /// What a run wrote: the files in catalog order, the earlier reports it removed, the warnings in
    /// file order, and the time spent writing each format (files of a format are written one after
    /// another, side by side with the other format).
    public struct Outcome: Sendable {
        public var files: [String]
        public var removed: [String] = []
        public var warnings: [Diagnostic]
        public var seconds: [ReportFormat: Double]
    }

    /// Every report of `catalog` in `formats`; `workbook` is its writer, set up (creation time,
    /// progress) by the caller.
    public init<Context>(catalog: ReportCatalog<Context>, context: Context, formats: Set<ReportFormat>, workbook: WorkbookWriter<Context>) {
        var jobs: [Job] = []
        if formats.contains(.xlsx) {
            jobs.append(Job(name: catalog.workbookName, format: .xlsx) { url in
                try workbook.write(to: url.path, temporaryFolder: url.deletingLastPathComponent().path)
            })
        }
        if formats.contains(.csv) {
            let naming = CellNaming(context)
            for index in Self.csvOrder(catalog.reports, context: context) {
                let entry = catalog.reports[index]
                jobs.append(Job(name: entry.fileName!, format: .csv) { url in
                    try CSVWriter.write(entry.table(context), naming: naming, to: url)
                    return []
                })
            }
        }
        self.jobs = jobs
        let files = (formats.contains(.xlsx) ? [catalog.workbookName] : []) + (formats.contains(.csv) ? catalog.fileNames : [])
        self.files = files
        stale = catalog.ownFileNames.filter { !files.contains($0) }
    }

    /// The files of `jobs`, written in that order (the first on a thread of its own).
    public init(jobs: [Job]) {
        self.jobs = jobs
        files = jobs.map(\.name)
        stale = []
    }

    /// Writes the files into `out`, atomically (`AtomicOutput`).
    public func write(to out: URL) throws(OutputError) -> Outcome {
        var outcome = Outcome(files: files, warnings: [], seconds: [:])
        let stale = self.stale
        outcome.removed = try AtomicOutput.write(to: out, removing: stale) { (folder: URL) throws(OutputError) -> [String] in
            (outcome.warnings, outcome.seconds) = try Self.run(jobs, in: folder, reportedAs: out.standardizedFileURL.path)
            return jobs.map(\.name)
        }
        return outcome
    }

    /// The order the workbook's sheets are written in (indices into `entries`): the tables that do not
    /// need the plan, in catalog order; then those that do; then the sheets drawn from the others
    /// (the Summary's dashboard).
    static func workbookOrder<Context>(_ entries: [ReportEntry<Context>], context: Context) -> [Int] {
        let stage = entries.map { entry in entry.drawing(context) != nil ? 2 : entry.needsPlan ? 1 : 0 }
        return entries.indices.sorted { a, b in stage[a] != stage[b] ? stage[a] < stage[b] : a < b }
    }

    /// The CSV files in the order they are written: those that do not need the plan, longest first;
    /// then those that do, in catalog order.
    static func csvOrder<Context>(_ entries: [ReportEntry<Context>], context: Context) -> [Int] {
        let files = entries.indices.filter { entries[$0].fileName != nil }
        let rows: [Int: Int] = Dictionary(uniqueKeysWithValues: files.filter { !entries[$0].needsPlan }.map { ($0, entries[$0].rowCount(context).bound) })
        let ready = rows.keys.sorted { a, b in rows[a]! != rows[b]! ? rows[a]! > rows[b]! : a < b }
        return ready + files.filter { entries[$0].needsPlan }
    }

    /// A file to write, by name, and how (returning its warnings).
    public struct Job: Sendable {
        public var name: String
        public var format: ReportFormat
        public var write: @Sendable (URL) throws -> [Diagnostic]

        public init(name: String, format: ReportFormat, write: @escaping @Sendable (URL) throws -> [Diagnostic]) {
            self.name = name
            self.format = format
            self.write = write
        }
    }

    /// Runs the jobs (see the type's comment) and gathers their results in job order.
    private static func run(_ jobs: [Job], in folder: URL, reportedAs out: String) throws(OutputError)
        -> ([Diagnostic], [ReportFormat: Double]) {
        let shared = Monitor(ScheduleState())
        let writeOne: @Sendable (Int) -> Void = { index in
            let job = jobs[index]
            let start = ContinuousClock.now
            let result: Result<[Diagnostic], OutputError>
            do {
                result = .success(try job.write(folder.appendingPathComponent(job.name)))
            } catch {
                result = .failure(.cannotWrite(path: "\(out)/\(job.name)", reason: OutputError.reason(error)))
            }
            let elapsed = (ContinuousClock.now - start).seconds
            shared.withLock { $0.results[index] = result; $0.seconds[job.format, default: 0] += elapsed }
        }
        let drain: @Sendable () -> Void = {
            while let index = shared.withLock({ state -> Int? in
                guard state.next < jobs.count else { return nil }
                state.next += 1
                return state.next - 1
            }) { writeOne(index) }
            shared.withLock { $0.running -= 1 }
        }
        guard !jobs.isEmpty else { return ([], [:]) }
        WorkerThread.start { writeOne(0); drain() }
        WorkerThread.start(priority: .background) { drain() }
        let (results, seconds) = shared.wait(until: { $0.running == 0 }) { ($0.results, $0.seconds) }
        var warnings: [Diagnostic] = []
        for index in jobs.indices {
            switch results[index]! {
            case .success(let found): warnings += found
            case .failure(let error): throw error
            }
        }
        return (warnings, seconds)
    }
}

/// What the threads of `ReportSchedule.run` share: the next job to take, the results so far, the
/// time spent per format, and how many threads are still at work.
private struct ScheduleState {
    var next = 1
    var results: [Int: Result<[Diagnostic], OutputError>] = [:]
    var seconds: [ReportFormat: Double] = [:]
    var running = 2
}
