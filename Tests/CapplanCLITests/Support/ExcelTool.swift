import Foundation
import Testing

/// Runs Workbook/excel_tool.py (openpyxl: an independent reader and writer of workbooks) with
/// `arguments`; records an issue and returns nil when it fails or python3 or openpyxl is missing.
func excelTool(_ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ToolResult? {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Workbook/excel_tool.py").path
    let missing = "python3 with openpyxl is needed: run `make test` (scripts/install-deps.sh installs them)"
    do {
        let result = try runTool("/usr/bin/env", ["python3", script] + arguments)
        switch result.status {
        case 0: return result
        case 127: Issue.record("python3 was not found. \(missing)", sourceLocation: sourceLocation)
        case 3: Issue.record("openpyxl is missing. \(missing)", sourceLocation: sourceLocation)
        default: Issue.record("excel_tool.py \(arguments.first ?? "") exited \(result.status):\n\(result.stderr)", sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("cannot run /usr/bin/env python3: \(error). \(missing)", sourceLocation: sourceLocation)
    }
    return nil
}

/// excel_tool.py's JSON answer to `arguments`, or nil (with an issue recorded).
func excelToolJSON(_ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String: Any]? {
    guard let result = excelTool(arguments, sourceLocation: sourceLocation) else { return nil }
    guard let json = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
        Issue.record("excel_tool.py printed no JSON: \(result.stdout.prefix(500))", sourceLocation: sourceLocation)
        return nil
    }
    return json
}

/// Writes the CSV `text` as a workbook (excel_tool.py csv2xlsx, numbers as numbers) called `name` in
/// `folder`, with `options` (`--sheet NAME`, `--title TEXT`, `--hidden-first`, `--booleans`); its path.
func workbook(fromCSV text: String, name: String = "team.xlsx", in folder: URL, options: [String] = []) -> String? {
    let csv = write(text, to: "source-\(UUID().uuidString).csv", in: folder)
    let path = folder.appendingPathComponent(name).path
    return excelTool(["csv2xlsx", csv, path] + options) == nil ? nil : path
}

/// The sheet called `name` of excel_tool.py's `inspect` answer.
func inspectedSheet(_ inspected: [String: Any]?, _ name: String) -> [String: Any]? {
    (inspected?["sheets"] as? [[String: Any]])?.first { $0["name"] as? String == name }
}
