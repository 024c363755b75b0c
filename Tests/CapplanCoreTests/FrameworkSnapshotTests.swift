import CapplanCore
import Foundation
import Testing

/// `FrameworkSnapshot`, the fast path for loading the built-in framework: the committed snapshot is
/// current and gives exactly the framework its YAML gives; anything else is refused, never trusted.
@Suite("framework snapshot")
struct FrameworkSnapshotTests {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/CapplanCore/Resources/Frameworks")

    static func yaml() throws -> String { try String(contentsOf: resources.appendingPathComponent("ddat.yaml"), encoding: .utf8) }
    static func snapshot() throws -> [UInt8] { [UInt8](try Data(contentsOf: resources.appendingPathComponent("ddat.snapshot"))) }

    /// Every field of two frameworks agrees.
    static func same(_ a: Framework, _ b: Framework) -> Bool {
        a.name == b.name && a.title == b.title && a.source == b.source && a.scale == b.scale
            && a.skills == b.skills && a.grades == b.grades && a.roles == b.roles
    }

    @Test("the committed snapshot is a fresh one of the committed YAML (else: make framework), and decodes to what the YAML reads to")
    func current() throws {
        let yaml = try Self.yaml()
        let parsed = try FrameworkReader.read(yaml, file: "ddat.yaml").0
        let committed = try Self.snapshot()
        #expect(committed == FrameworkSnapshot.encode(parsed, yaml: yaml), "ddat.snapshot is stale: run `make framework`")
        let decoded = try #require(FrameworkSnapshot.decode(committed, yaml: yaml))
        #expect(Self.same(decoded, parsed))
        // And the built-in framework is loaded through it.
        #expect(Self.same(try BuiltInFramework.load(), parsed))
        #expect(BuiltInFramework.snapshot(named: "ddat") == committed)
    }

    @Test("a custom framework with its own scale, negative values and every optional field survives a snapshot")
    func roundTrip() throws {
        let yaml = """
            capplan_framework: 1
            name: Odd
            title: An odd ladder
            scale:
              - {name: minus, value: -3, description: Below zero.}
              - {name: zero, value: 0}
              - {name: lots, value: 1000000}
            grades: [{name: L1, title: Level 1, aliases: [One]}, L2]
            skills:
              - {name: Juggling, aliases: [Throwing things], description: "Ünïcode — too."}
              - {name: Unused}
            roles:
              - name: Clown
                family: Circus
                aliases: [Joker]
                levels:
                  - {name: junior, grades: [L1], requires: [{skill: Throwing things, level: zero, text: "Two balls.\\nThree."}]}
                  - {name: senior, title: Senior clown, summary: Runs the ring., requires: [{skill: Juggling, level: lots}]}
              - name: Ringmaster
                levels: []
            """
        let framework = try FrameworkReader.read(yaml, file: "odd.yaml").0
        let bytes = FrameworkSnapshot.encode(framework, yaml: yaml)
        let decoded = try #require(FrameworkSnapshot.decode(bytes, yaml: yaml))
        #expect(Self.same(decoded, framework))
        #expect(decoded.skill(named: "throwing-things") == SkillID(0) && decoded.role(named: "joker") == RoleID(0))
    }

    @Test("a snapshot of other YAML, truncated or garbled is refused (nil), never a crash")
    func refused() throws {
        let yaml = try Self.yaml()
        let bytes = try Self.snapshot()
        #expect(FrameworkSnapshot.decode(bytes, yaml: yaml + " ") == nil)
        #expect(FrameworkSnapshot.decode([], yaml: yaml) == nil)
        #expect(FrameworkSnapshot.decode(Array("capplan_framework: 1".utf8), yaml: yaml) == nil)
        for cut in [1, 30, 40, 1000, bytes.count / 2, bytes.count - 1] {
            #expect(FrameworkSnapshot.decode(Array(bytes.prefix(cut)), yaml: yaml) == nil, "cut at \(cut)")
        }
        #expect(FrameworkSnapshot.decode(bytes + [0], yaml: yaml) == nil)
        // Bytes changed after the header: refused or decoded, but always within bounds.
        var random = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var garbled = bytes
            for _ in 0..<4 { garbled[Int.random(in: 60..<garbled.count, using: &random)] = UInt8.random(in: 0...255, using: &random) }
            if let framework = FrameworkSnapshot.decode(garbled, yaml: yaml) {
                for role in framework.roles {
                    for level in role.levels { #expect(level.requirements.allSatisfy { framework.skills.indices.contains($0.skill) }) }
                }
            }
        }
    }
}
