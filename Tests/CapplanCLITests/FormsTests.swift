import CapplanCLI
import CapplanCore
import CapplanSpreadsheets
import Foundation
import Testing

/// Self-assessment forms (SPEC §8): `capplan forms` writes them, a different program (openpyxl)
/// fills them in, `capplan collect` merges them back into a roster.
@Suite("self-assessment forms", .serialized)
struct FormsTests {
    /// A form read back by openpyxl: its Form sheet's cells, and where the skills and ratings are.
    struct ReadForm {
        var sheet: [String: Any]
        var cells: [String: Any] { sheet["cells"] as? [String: Any] ?? [:] }
        /// The row of each skill (A column under the `skill` header), by name.
        var skillRows: [String: Int] {
            guard let header = cells.first(where: { $0.key.hasPrefix("A") && $0.value as? String == "skill" }),
                  let row = Int(header.key.dropFirst()) else { return [:] }
            var rows: [String: Int] = [:]
            var next = row + 1
            while let name = cells["A\(next)"] as? String {
                rows[name] = next
                next += 1
            }
            return rows
        }
    }

    func readForm(_ path: String) -> ReadForm? {
        inspectedSheet(excelToolJSON(["inspect", path]), "Form").map(ReadForm.init)
    }

    func makeForms(_ roster: String, in folder: URL, options: [String] = []) throws -> URL {
        let out = folder.appendingPathComponent("forms")
        let made = capplan(["forms", roster, "--out", out.path] + options)
        try #require(made.status == 0, "\(made.stderr)")
        return out
    }

    @Test("forms → ratings filled in by openpyxl → collect → analyze gives the reports of the same ratings typed into a CSV")
    func roundTrip() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (roster, _) = try RosterReader(framework: ddat).read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Paths.example("ops-team.csv")))), file: "ops-team.csv")
        let out = try makeForms(Paths.example("ops-team.csv"), in: folder)
        let levels = ddat.scale.levels.map(\.name)
        var fills: [String: [String: String]] = [:]
        var expected: [PersonID: [SkillID: String]] = [:]
        for person in roster.people.indices {
            let entry = roster.people[person]
            let path = out.appendingPathComponent("\(entry.id!).xlsx").path
            let form = try #require(readForm(path))
            var cells: [String: String] = [:]
            for (index, requirement) in ddat[entry.roleLevel].requirementsBySkill.enumerated() {
                let name = ddat.skills[requirement.skill].name
                let row = try #require(form.skillRows[name], "\(name) on \(path)")
                let prefilled = roster.rating(person, requirement.skill).map { ddat.scale.name($0) } ?? ""
                // Every third rating kept as pre-filled, the others changed (blank now and then), a comment on some.
                let choice = (person.index * 7 + index * 3) % 6
                let rating = choice == 0 ? prefilled : choice == 5 ? "" : levels[choice % levels.count]
                if choice != 0 { cells["D\(row)"] = rating }
                if index % 4 == 1 { cells["E\(row)"] = "@not a formula, \(name)" }
                expected[person, default: [:]][requirement.skill] = rating
            }
            // The other skills the roster rates them in are on the form too, left as they are.
            let required = Set(ddat[entry.roleLevel].requirementsBySkill.map(\.skill))
            for skill in roster.skills where !required.contains(skill) {
                guard let rating = roster.rating(person, skill) else { continue }
                #expect(form.skillRows[ddat.skills[skill].name] != nil, "\(ddat.skills[skill].name) is not on \(path)")
                expected[person, default: [:]][skill] = ddat.scale.name(rating)
            }
            fills[path] = cells
        }
        let plan = folder.appendingPathComponent("fill.json")
        try JSONSerialization.data(withJSONObject: fills).write(to: plan)
        try #require(excelTool(["fill-forms", plan.path]) != nil)
        let collected = folder.appendingPathComponent("collected.csv").path
        let comments = folder.appendingPathComponent("comments.csv").path
        let collect = capplan("collect", out.path, "-o", collected, "--comments", comments)
        try #require(collect.status == 0, "\(collect.stderr)")
        #expect(collect.stdout.hasPrefix("Collected 8 forms: "))
        // The same ratings typed into a CSV by hand, in framework order.
        let skills = Set(expected.values.flatMap(\.keys)).sorted()
        var typed = "id,name,role,level,grade,team,mentor,mentor_capacity," + skills.map { ddat.skills[$0].name }.joined(separator: ",") + "\n"
        for person in roster.people.indices {
            let p = roster.people[person]
            typed += ([p.id!, p.name, ddat.roles[p.role].name, ddat[p.roleLevel].name, p.gradeName ?? "", p.team ?? "", p.mentors ? "yes" : "no",
                       p.mentorCapacity.map(String.init) ?? ""] + skills.map { expected[person]?[$0] ?? "" }).joined(separator: ",") + "\n"
        }
        let typedPath = write(typed, to: "typed.csv", in: folder)
        let a = folder.appendingPathComponent("from-forms"), b = folder.appendingPathComponent("from-typed")
        try #require(capplan("analyze", collected, "--out", a.path, "--quiet").status == 0)
        try #require(capplan("analyze", typedPath, "--out", b.path, "--quiet").status == 0)
        let fromForms = fileContents(of: a), fromTyped = fileContents(of: b)
        for (name, data) in fromTyped where name.hasSuffix(".csv") { #expect(fromForms[name] == data, "\(name) differs") }
        let comparison = try #require(excelToolJSON(["compare-workbooks", a.appendingPathComponent("capability.xlsx").path,
                                                     b.appendingPathComponent("capability.xlsx").path, collected, typedPath]))
        #expect((comparison["differing_parts"] as? [Any])?.isEmpty == true, "\(comparison)")
        let commentLines = try String(contentsOfFile: comments, encoding: .utf8).split(separator: "\n")
        #expect(commentLines.first == "id,name,skill,rating,comment")
        #expect(commentLines.count == 1 + fills.values.reduce(0) { $0 + $1.keys.filter { $0.hasPrefix("E") }.count })
        #expect(commentLines.dropFirst().allSatisfy { $0.contains(",\"'@not a formula, ") }, "comments neutralised and quoted")
    }

    @Test("a form returned unchanged gives back the roster: forms → collect → analyze equals analyze of the original, every example",
          arguments: ["ops-team.csv", "infrastructure-team.csv", "digital-team.csv"])
    func unchangedRoundTrip(example: String) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try makeForms(Paths.example(example), in: folder)
        let collected = folder.appendingPathComponent("collected.csv").path
        let collect = capplan("collect", out.path, "-o", collected)
        try #require(collect.status == 0, "\(collect.stderr)")
        let a = folder.appendingPathComponent("from-forms"), b = folder.appendingPathComponent("original")
        try #require(capplan("analyze", collected, "--out", a.path, "--format", "csv", "--quiet").status == 0)
        try #require(capplan("analyze", Paths.example(example), "--out", b.path, "--format", "csv", "--quiet").status == 0)
        let (fromForms, original) = (fileContents(of: a), fileContents(of: b))
        #expect(!original.isEmpty && fromForms.keys.sorted() == original.keys.sorted())
        for (name, data) in original { #expect(fromForms[name] == data, "\(example): \(name) differs") }
    }

    @Test("collect says which forms did not come back and which files it skipped; a failed write leaves neither file")
    func partialCollection() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try makeForms(Paths.example("ops-team.csv"), in: folder)
        try FileManager.default.removeItem(at: out.appendingPathComponent("OPS03.xlsx"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("OPS07.xlsx"))
        try Data("not a form".utf8).write(to: out.appendingPathComponent("OPS03.ods"))
        let roster = folder.appendingPathComponent("roster.csv").path
        // The comments cannot be written: the roster is not written either.
        let failed = capplan("collect", out.path, "-o", roster, "--comments", folder.appendingPathComponent("missing/comments.csv").path)
        #expect(failed.status == 73 && failed.stderr.contains("cannot write the comments: no folder"), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: roster))
        let collected = capplan("collect", out.path, "-o", roster)
        #expect(collected.status == 0)
        #expect(collected.stdout.hasPrefix("Collected 6 forms: "))
        #expect(collected.stderr.contains("/OPS03.ods is not a form (.xlsx or .xlsm): not collected"), "\(collected.stderr)")
        #expect(collected.stderr.contains("no form came back for 2 of the roster's 8 people (its rows 3, 7, counting people from 1)"), "\(collected.stderr)")
    }

    @Test("a form: identity, role and level; each required skill with its required level and \"you can\"; the roster's rating pre-filled; only ratings and comments unlocked")
    func formContent() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try makeForms(Paths.example("ops-team.csv"), in: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == (1...8).map { "OPS0\($0).xlsx" })
        let inspected = excelToolJSON(["inspect", out.appendingPathComponent("OPS03.xlsx").path])
        #expect((inspected?["sheets"] as? [[String: Any]])?.map { "\($0["name"]!) \($0["state"]!)" } == ["Form visible", "capplan hidden"])
        let sheet = try #require(inspectedSheet(inspected, "Form"))
        let form = ReadForm(sheet: sheet)
        #expect(sheet["protected"] as? Bool == true)
        let (roster, _) = try RosterReader(framework: ddat).read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Paths.example("ops-team.csv")))), file: "ops-team.csv")
        let person = PersonID(2)
        let entry = roster.people[person]
        let cells = form.cells
        #expect(["B4", "B5", "B6", "B7", "B8", "B9"].map { cells[$0] as? String } == [entry.id, entry.name, ddat.roles[entry.role].name,
                                                                                    ddat[entry.roleLevel].name, entry.gradeName, entry.team])
        let requirements = ddat[entry.roleLevel].requirementsBySkill
        let required = Set(requirements.map(\.skill))
        let others = roster.skills.filter { !required.contains($0) && roster.rating(person, $0) != nil }
        #expect(form.skillRows.count == requirements.count + others.count)
        for skill in others {
            let row = try #require(form.skillRows[ddat.skills[skill].name])
            #expect(cells["B\(row)"] as? String == "not required")
            #expect(cells["D\(row)"] as? String == roster.rating(person, skill).map { ddat.scale.name($0) })
        }
        for requirement in requirements {
            let row = try #require(form.skillRows[ddat.skills[requirement.skill].name])
            #expect(cells["B\(row)"] as? String == ddat.scale.name(requirement.level))
            #expect(cells["C\(row)"] as? String == requirement.text)
            #expect(cells["D\(row)"] as? String == roster.rating(person, requirement.skill).map { ddat.scale.name($0) })
        }
        let rows = form.skillRows.values.sorted()
        #expect(sheet["unlocked"] as? [String] == rows.flatMap { ["D\($0)", "E\($0)"] }.sorted())
        let validation = (sheet["validations"] as? [[String: Any]])?.first
        #expect(validation?["range"] as? String == "D\(rows.first!):D\(rows.last!)")
        #expect(validation?["formula"] as? String == "\"none,awareness,working,practitioner,expert\"")
    }

    @Test("a form whose name cell was edited is an error naming the file and cell; nothing is written")
    func editedName() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try makeForms(Paths.example("ops-team.csv"), in: folder)
        let plan = folder.appendingPathComponent("fill.json")
        try JSONSerialization.data(withJSONObject: [out.appendingPathComponent("OPS01.xlsx").path: ["B5": "Priya Shaw"]]).write(to: plan)
        try #require(excelTool(["fill-forms", plan.path]) != nil)
        let collected = folder.appendingPathComponent("collected.csv").path
        let result = capplan("collect", out.path, "-o", collected)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(out.path)/OPS01.xlsx:Form!B5: error: the form's name was changed from \"Priya Shah\" to \"Priya Shaw\": a form must come back with the identity it was sent with\n"))
        #expect(!FileManager.default.fileExists(atPath: collected))
    }

    @Test("a changed layout, a tampered check sheet, two forms for one person, a file that is no form: each an error at its file and cell")
    func tampering() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try makeForms(Paths.example("ops-team.csv"), in: folder)
        let form = { (id: String) in out.appendingPathComponent("\(id).xlsx").path }
        try FileManager.default.copyItem(atPath: form("OPS04"), toPath: out.appendingPathComponent("OPS04 copy.xlsx").path)
        let plan = folder.appendingPathComponent("fill.json")
        try JSONSerialization.data(withJSONObject: [form("OPS02"): ["A12": "Something else", "G20": "stray note"], form("OPS03"): ["D12": "practioner"]])
            .write(to: plan)
        try #require(excelTool(["fill-forms", plan.path]) != nil)
        let notAForm = try #require(workbook(fromCSV: "name,level\nAnn,senior\n", name: "roster.xlsx", in: folder))
        let result = capplan("collect", out.path, notAForm, write("not a form", to: "notes.xlsx", in: folder))
        #expect(result.status == 65)
        let errors = result.stderr.split(separator: "\n").map { String($0).replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(errors.contains { $0.hasPrefix("forms/OPS02.xlsx:Form!A12: error: the form was changed: this cell should hold \"") && $0.contains("not \"Something else\"") })
        #expect(errors.contains("forms/OPS02.xlsx:Form!G20: error: the form was changed: this cell should be empty, not \"stray note\" (a form comes back with only its ratings and comments filled in)"))
        #expect(errors.contains { $0.hasPrefix("forms/OPS03.xlsx:Form!D12: error: unknown rating \"practioner\"") && $0.hasSuffix("did you mean \"practitioner\"?") })
        #expect(errors.contains("forms/OPS04.xlsx:Form!B4: error: two forms for one person: id \"OPS04\" is also the person of forms/OPS04 copy.xlsx (keep one of them)"))
        #expect(errors.contains("roster.xlsx: error: not a capplan self-assessment form (it has no Form and capplan sheets): give the .xlsx files `capplan forms` wrote"))
        #expect(errors.contains("notes.xlsx: error: not a self-assessment form: it is not an Excel workbook (give the .xlsx files `capplan forms` wrote)"))
        #expect(errors.last == "11 forms: 6 errors, 0 warnings; nothing was written")
        let tampered = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tampered) }
        let check = folder.appendingPathComponent("check.py")
        try """
            import openpyxl, sys
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["capplan"]
            for row in ws.iter_rows():
                if row[1].value == "Priya Shah": row[1].value = "Priya Shaw"
            wb["Form"]["B5"] = "Priya Shaw"; wb.save(sys.argv[1])
            """.write(to: check, atomically: true, encoding: .utf8)
        #expect(try runTool("/usr/bin/env", ["python3", check.path, form("OPS01")]).status == 0)
        let forged = capplan("collect", form("OPS01"))
        #expect(forged.status == 65)
        #expect(forged.stderr.contains("OPS01.xlsx:capplan: error: the form's hidden capplan sheet was changed, so the form cannot be checked: send the person a fresh form"))
    }

    @Test("file names are safe and unique; forms are not written over returned ones unless asked; missing inputs exit 66")
    func files() throws {
        #expect(FormFileName.safe("../etc/passwd") == "_etc_passwd")
        #expect(FormFileName.safe("CON") == "_CON" && FormFileName.safe("lpt1.txt") == "_lpt1.txt")
        #expect(FormFileName.safe("a:b*c?\"d<e>f|g\\h\u{1}") == "a_b_c__d_e_f_g_h_")
        #expect(FormFileName.safe(" . ") == "person" && FormFileName.safe("Ann Lee. ") == "Ann Lee")
        #expect(FormFileName.safe(String(repeating: "é", count: 100)).utf8.count == 120)
        #expect(FormFileName.names(for: ["Ann", "ann", "Ann", "Bo/b"]) == ["Ann.xlsx", "ann (2).xlsx", "Ann (3).xlsx", "Bo_b.xlsx"])
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = write("""
            name,role,level,Testing
            Ann Lee,Infrastructure engineer,senior,expert
            ann lee,Infrastructure engineer,engineer,working
            ../Bob,Infrastructure engineer,lead,

            """, to: "team.csv", in: folder)
        let out = try makeForms(roster, in: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["Ann Lee.xlsx", "_Bob.xlsx", "ann lee (2).xlsx"].sorted())
        let again = capplan("forms", roster, "--out", out.path)
        #expect(again.status == 73)
        #expect(again.stderr.contains("a file of that name is already there (a returned form?): nothing was written"))
        #expect(capplan("forms", roster, "--out", out.path, "--overwrite", "--quiet").status == 0)
        let collected = capplan("collect", out.path)
        #expect(collected.status == 0)
        #expect(collected.stdout.split(separator: "\n").map { $0.split(separator: ",").first.map(String.init) ?? "" } == ["name", "Ann Lee", "ann lee", "../Bob"])
        #expect(capplan("collect", folder.appendingPathComponent("nowhere").path).status == 66)
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(capplan("collect", empty.path).status == 66)
    }
}
