import CapplanCLI
import CapplanCore
import Foundation
import Testing

/// `capplan template --format xlsx` (SPEC §8): the fill-in roster workbook, read back by openpyxl.
@Suite("roster template workbook")
struct TemplateWorkbookTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var options: [String]
        var people: Int
        var testDescription: String { options.joined(separator: " ") }
    }

    static let cases = [
        Case(options: ["--role", "Infrastructure engineer"], people: 10),
        Case(options: ["--role", "Infrastructure operations engineer", "--level", "senior", "--people", "3"], people: 3),
        Case(options: ["--role", "Software developer", "--role", "User researcher", "--role", "Infrastructure engineer", "--people", "5"], people: 5),
        Case(options: ["--people", "60"], people: 60),   // every role of the profession
    ]

    @Test("read back unchanged it validates with no error (its placeholder people only warn, unassessed)", arguments: cases)
    func validatesUnchanged(example: Case) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("roster.xlsx").path
        let made = capplan(["template", "--format", "xlsx", "-o", path] + example.options)
        try #require(made.status == 0, "\(made.stderr)")
        let checked = capplan("validate", path)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.hasPrefix("\(path): \(example.people) people in "))
        #expect(!checked.stderr.contains(": error: "))
        let strict = capplan("analyze", path, "--out", folder.appendingPathComponent("reports").path, "--quiet")
        #expect(strict.status == 0, "the unchanged template analyses: \(strict.stderr)")
    }

    @Test("a Roster sheet with the CSV template's header (frozen), placeholders, and drop-downs on role, level, grade, mentor and every rating")
    func rosterSheet() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("roster.xlsx").path
        let roles = ["--role", "Software developer", "--role", "Infrastructure engineer"]
        try #require(capplan(["template", "--format", "xlsx", "-o", path, "--people", "4"] + roles).status == 0)
        let header = capplan(["template"] + roles).stdout.dropLast().split(separator: ",").map(String.init)
        let inspected = excelToolJSON(["inspect", path])
        let roster = try #require(inspectedSheet(inspected, "Roster"))
        #expect((inspected?["sheets"] as? [[String: Any]])?.map { $0["name"] as? String ?? "" } == ["Roster", "Guide"])
        #expect(roster["freeze"] as? String == "C2")
        let cells = roster["cells"] as? [String: Any] ?? [:]
        let columns = (1...header.count).map { SourceLocation.columnName($0) }
        #expect(columns.map { cells["\($0)1"] as? String ?? "" } == header)
        #expect((2...5).map { cells["B\($0)"] as? String } == ["Person 1", "Person 2", "Person 3", "Person 4"])
        #expect((2...5).map { cells["C\($0)"] as? String } == ["Software developer", "Infrastructure engineer", "Software developer", "Infrastructure engineer"])
        #expect(cells["A6"] == nil && cells["B6"] == nil)
        let validations = roster["validations"] as? [[String: Any]] ?? []
        func validation(_ column: String) -> [String: Any]? {
            validations.first { ($0["range"] as? String ?? "").hasPrefix("\(column)2:") }
        }
        #expect(validation("C")?["formula"] as? String == "\"Software developer,Infrastructure engineer\"")
        #expect((validation("D")?["formula"] as? String)?.contains("Senior developer") == true)
        #expect(validation("E")?["formula"] as? String == "\"AO,EO,HEO,SEO,G7,G6,DD\"")
        #expect(validation("G")?["formula"] as? String == "\"yes,no\"")
        #expect(validation("H")?["type"] as? String == "whole")
        let last = columns.last!
        #expect(validation("I")?["range"] as? String == "I2:\(last)5", "one drop-down over every rating cell of the rows offered")
        #expect(validation("I")?["formula"] as? String == "\"none,awareness,working,practitioner,expert\"")
    }

    @Test("drop-down lists past Excel's 255 characters come from a range on a hidden Lists sheet")
    func longLists() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("all.xlsx").path
        try #require(capplan("template", "--format", "xlsx", "-o", path).status == 0)
        let inspected = excelToolJSON(["inspect", path])
        let lists = try #require(inspectedSheet(inspected, "Lists"))
        #expect(lists["state"] as? String == "hidden")
        let roster = try #require(inspectedSheet(inspected, "Roster"))
        let validations = roster["validations"] as? [[String: Any]] ?? []
        let role = try #require(validations.first { ($0["range"] as? String ?? "").hasPrefix("C2:") })
        let roles = ddat.roles.filter(\.isInUse).map(\.name)
        #expect(role["formula"] as? String == "Lists!$A$1:$A$\(roles.count)")
        let cells = lists["cells"] as? [String: Any] ?? [:]
        #expect((1...roles.count).map { cells["A\($0)"] as? String ?? "" } == roles)
        let level = try #require(validations.first { ($0["range"] as? String ?? "").hasPrefix("D2:") })
        #expect((level["formula"] as? String)?.hasPrefix("Lists!$B$1:$B$") == true)
    }

    @Test("the Guide lists each role level's required skills and levels with the \"you can\" text, as framework show does")
    func guide() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("roster.xlsx").path
        try #require(capplan("template", "--format", "xlsx", "-o", path, "--role", "Infrastructure operations engineer").status == 0)
        let guide = try #require(inspectedSheet(excelToolJSON(["inspect", path]), "Guide"))
        let cells = guide["cells"] as? [String: Any] ?? [:]
        #expect(["A4", "B4", "C4", "D4", "E4"].map { cells[$0] as? String } == ["role", "level", "skill", "required", "you can"])
        let shown = capplan("framework", "show", "Infrastructure operations engineer", "--format", "csv").stdout
            .split(separator: "\n").dropFirst().map(String.init)
        let rows = (5..<(5 + shown.count)).map { row in
            ["A", "B", "C", "D"].map { cells["\($0)\(row)"] as? String ?? "" }.joined(separator: ",")
        }
        #expect(Set(rows) == Set(shown), "every requirement, once")
        #expect(cells["A\(5 + shown.count)"] == nil)
        let role = ddat.roles.first { $0.name == "Infrastructure operations engineer" }!
        let requirement = role.levels[2].requirementsBySkill[0]
        let row = try #require(rows.firstIndex(of: "Infrastructure operations engineer,senior,\(ddat.skills[requirement.skill].name),\(ddat.scale.name(requirement.level))"))
        #expect(cells["E\(row + 5)"] as? String == requirement.text)
    }

    @Test("the command line: xlsx needs -o; --people within 1–10000; CSV as before")
    func commandLine() {
        #expect(capplan("template", "--format", "xlsx", "--role", "Infrastructure engineer").status == 64)
        #expect(capplan("template", "--format", "xlsx", "-o", "x.xlsx", "--people", "0").status == 64)
        #expect(capplan("template").status == 64, "CSV still needs a role")
        #expect(capplan("template", "--role", "Infrastructure engineer").stdout.hasPrefix("id,name,role,level,grade,team,mentor,mentor_capacity,"))
    }
}
