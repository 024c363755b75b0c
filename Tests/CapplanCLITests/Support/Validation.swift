import CapplanCore
import Foundation

/// What `capplan validate` said about one roster file, with the temporary folder taken out of
/// every path so expectations read `team.csv:2:5: error: …`.
struct Validation {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Every line of standard error.
    var lines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    /// The `FILE:LINE:COL: error: …` lines.
    var errors: [String] { lines.filter { $0.contains(": error: ") } }
    /// The `FILE:LINE:COL: warning: …` lines.
    var warnings: [String] { lines.filter { $0.contains(": warning: ") } }
}

/// Writes `text` to `name` in a fresh folder, runs `capplan validate` on it with `options`, and removes the folder.
func validate(_ text: String, name: String = "team.csv", options: [String] = []) -> Validation {
    validate(bytes: Array(text.utf8), name: name, options: options)
}

func validate(bytes: [UInt8], name: String = "team.csv", options: [String] = []) -> Validation {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = write(bytes: bytes, to: name, in: folder)
    let result = capplan(["validate", path] + options)
    let prefix = folder.path + "/"
    return Validation(status: result.status, stdout: result.stdout.replacingOccurrences(of: prefix, with: ""),
                      stderr: result.stderr.replacingOccurrences(of: prefix, with: ""))
}

/// The built-in framework, for reading rosters directly.
let ddat: Framework = try! BuiltInFramework.load()

/// Reads `text` with `RosterReader` against the built-in framework.
func readRoster(_ text: String, options: RosterReader.Options = .init(), file: String = "team.csv") throws(InvalidInputError) -> (Roster, Diagnostics) {
    try RosterReader(framework: ddat, options: options).read(bytes: Array(text.utf8), file: file)
}

/// Every skill of the Infrastructure engineer role, in the order the senior level lists them: as roster
/// columns, no "no column for required skill" warning gets in the way.
let engineerSkills = ["Coding and scripting", "IT infrastructure", "Information security", "Modern standards approach",
                      "Ownership and initiative", "Problem management", "Service focus", "Systems design", "Systems integration",
                      "Technical understanding", "Testing", "Troubleshooting and problem resolution"]
