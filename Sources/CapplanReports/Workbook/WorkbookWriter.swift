import CapplanCore
import XLSXWriter

/// Writes a catalog's workbook (`capability.xlsx`): each report as a sheet equal to its CSV, in
/// catalog order, the Summary a dashboard with charts.
///
/// Every sheet is written row by row, top to bottom, so the workbook can use libxlsxwriter's
/// constant-memory mode (memory flat whatever the roster's size). The sheets are all added first;
/// then those that do not need the mentoring plan are written while it may still be being worked
/// out, and the rest after (`ReportSchedule.workbookOrder`).
public struct WorkbookWriter<Context: ReportContext>: Sendable {
    public let catalog: ReportCatalog<Context>
    public let context: Context
    /// Creation time written into the document, seconds since 1970.
    public let created: Int
    /// Data rows a sheet takes before a table continues on `Name (2)`, `Name (3)`, …: as many as
    /// Excel allows, or fewer (so tests can continue tables without a million-row roster).
    public var rowsPerSheet = WorkbookWriter.maxRowsPerSheet
    /// Told, now and then, what is being done and the fraction of the workbook's rows written so far
    /// (for a progress bar): "writing the workbook", then "compressing the workbook".
    public var progress: (@Sendable (String, Double) -> Void)?

    /// Data rows that fit on one sheet under the title and header.
    public static var maxRowsPerSheet: Int { WorkbookLayout.maxRowsPerSheet }

    public init(catalog: ReportCatalog<Context>, context: Context, created: Int, progress: (@Sendable (String, Double) -> Void)? = nil) {
        self.catalog = catalog
        self.context = context
        self.created = created
        self.progress = progress
    }

    /// Writes the workbook to `path`; returns warnings (text cut to Excel's cell limit).
    public func write(to path: String, temporaryFolder: String? = nil) throws(XLSXError) -> [Diagnostic] {
        let workbook = try Workbook(path: path, options: .init(constantMemory: true, temporaryFolder: temporaryFolder))
        var writer = SheetWriter(workbook: workbook, style: try WorkbookStyle(workbook), naming: CellNaming(context),
                                 rowsPerSheet: max(1, min(rowsPerSheet, WorkbookLayout.maxRowsPerSheet)))
        writer.progress = progress
        let properties = catalog.properties(context)
        try workbook.setProperties(.init(title: properties.title, subject: properties.subject, author: "capplan",
                                         comments: properties.comments, created: created))
        let sheets = try addSheets(&writer)
        for index in ReportSchedule.workbookOrder(catalog.reports, context: context) {
            let entry = catalog.reports[index]
            if let drawing = entry.drawing(context) {
                try drawing.draw(&writer, sheets[index][0])
            } else {
                try writer.fill(sheets[index], with: entry.table(context))
            }
        }
        try sheets[0][0].activate()
        progress?("compressing the workbook", 1)
        try workbook.close()
        return writer.warnings
    }

    /// Adds every report's sheets in catalog order, without waiting for the plan unless its tables
    /// may need more than one sheet each; sets the rows the progress expects.
    private func addSheets(_ writer: inout SheetWriter) throws(XLSXError) -> [[Worksheet]] {
        var sheets: [[Worksheet]] = []
        var expected = 0, needs = 0
        for entry in catalog.reports {
            guard entry.drawing(context) == nil else {
                sheets.append([try writer.workbook.addWorksheet(entry.sheetName)])
                continue
            }
            let rows = entry.rowCount(context)
            var perSheet = writer.rowsPerSheet
            var count = rows.bound
            switch rows {
            case .exactly(let exact):
                expected += exact
                if exact > 0 { perSheet = writer.rowsPerSheet(entry.table(context).presentation) }
            case .shareOfNeeds(let share):
                needs = share
                // Only when the needs could exceed a sheet is the plan waited for, to split its tables.
                if share > writer.rowsPerSheet { count = entry.table(context).rowCount }
            }
            sheets.append(try writer.addSheets(entry.sheetName, rowCount: count, perSheet: perSheet))
        }
        writer.expectedRows = expected + needs
        return sheets
    }
}
