import CapplanCore
import Testing

/// SPEC §9: people are matched by identity (`id`, else name); someone renamed keeps their `id`;
/// a row without an `id` meets its other self by name when the name is unambiguous.
@Suite("matching the people of two snapshots")
struct PersonMatchTests {
    static func roster(_ csv: String) throws -> Roster {
        let framework = try ComparisonTests.framework.get()
        return try RosterReader(framework: framework).read(bytes: Array(csv.utf8), file: "team.csv").0
    }

    static func pairs(_ before: String, _ after: String) throws -> [String] {
        let (old, new) = (try roster(before), try roster(after))
        return PersonMatch(before: old, after: new).pairs.map { pair in
            "\(pair.before.map { old.people[$0].name } ?? "-")>\(pair.after.map { new.people[$0].name } ?? "-")"
        }
    }

    static let role = "Infrastructure operations engineer"

    @Test("by id, whatever the names and rows; by name without ids; each person once, in identity order")
    func byIdentity() throws {
        let before = "id,name,role,level\nX2,Bo,\(Self.role),associate\nX1,Al,\(Self.role),associate\nX3,Cy,\(Self.role),associate\n"
        let after = "id,name,role,level\nX1,Alan,\(Self.role),associate\nX4,Di,\(Self.role),associate\nX2,Bo,\(Self.role),associate\n"
        #expect(try Self.pairs(before, after) == ["Al>Alan", "Bo>Bo", "Cy>-", "-" + ">Di"])
        let noIDs = "name,role,level\nAl,\(Self.role),associate\nBo,\(Self.role),associate\n"
        let noIDsLater = "name,role,level\nBo,\(Self.role),associate\nCy,\(Self.role),associate\n"
        #expect(try Self.pairs(noIDs, noIDsLater) == ["Al>-", "Bo>Bo", "-" + ">Cy"])
    }

    @Test("two people with one name but different ids are two people; the same id is one person under any name")
    func namesAreNotIdentities() throws {
        let before = "id,name,role,level\nA,Sam,\(Self.role),associate\nB,Sam,\(Self.role),associate\n"
        let after = "id,name,role,level\nB,Samuel,\(Self.role),associate\nC,Sam,\(Self.role),associate\n"
        #expect(try Self.pairs(before, after) == ["Sam>-", "Sam>Samuel", "-" + ">Sam"])
    }

    @Test("an id never matches a name: someone named \"2\" in a roster without ids is not the person with id 2")
    func idIsNotAName() throws {
        let before = "name,role,level\n2,\(Self.role),associate\n"
        let after = "id,name,role,level\n2,Bob,\(Self.role),associate\n"
        #expect(Set(try Self.pairs(before, after)) == ["-" + ">Bob", "2>-"])
    }

    @Test("an id column added since: matched by name, unless the name is ambiguous among the unmatched")
    func idColumnAdded() throws {
        let before = "name,role,level\nAl,\(Self.role),associate\nBo,\(Self.role),associate\n"
        let after = "id,name,role,level\nX1,Al,\(Self.role),associate\nX2,Bo,\(Self.role),associate\n"
        #expect(try Self.pairs(before, after) == ["Al>Al", "Bo>Bo"])
        // Two Als with ids after: which one was the earlier Al cannot be told.
        let twoAls = "id,name,role,level\nX1,Al,\(Self.role),associate\nX9,Al,\(Self.role),associate\nX2,Bo,\(Self.role),associate\n"
        // Identity order: the earlier Al by name, then X1, X2 (Bo, matched by name), X9.
        #expect(try Self.pairs(before, twoAls) == ["Al>-", "-" + ">Al", "Bo>Bo", "-" + ">Al"])
    }
}
