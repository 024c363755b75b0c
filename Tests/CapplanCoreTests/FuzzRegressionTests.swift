import CapplanCore
import Foundation
import Testing

/// Inputs that crashed, hung or took far too long in one of the readers, found by fuzzing
/// (`scripts/fuzz.sh`, README "Fuzzing") or while reviewing what the fuzzers reach. Every file in
/// Fixtures/fuzz is given to every reader, whatever it holds: each must return or throw its
/// located diagnostics, in good time.
@Suite("fuzzing regressions")
struct FuzzRegressionTests {
    /// Tests/CapplanCoreTests/Fixtures/fuzz.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("fuzz")

    /// The names of the regression inputs.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// How long one reader may take over one input. The inputs took from many seconds to forever
    /// before their fixes; now each takes well under a second in a release build.
    static let limit = Duration.seconds(30)

    static let ddat = Result { try BuiltInFramework.load() }
    static let kitchen = Result {
        try FrameworkReader.read(String(contentsOf: folder.deletingLastPathComponent().appendingPathComponent("kitchen-framework.yaml"),
                                        encoding: .utf8), file: "kitchen-framework.yaml").0
    }

    @Test("the regression inputs are there")
    func inputsExist() {
        #expect(Self.files.count >= 8, "found \(Self.files) in \(Self.folder.path)")
    }

    @Test("every reader returns or throws its diagnostics, in good time", arguments: files)
    func readersSurvive(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let ddat = try Self.ddat.get(), kitchen = try Self.kitchen.get()
        let clock = ContinuousClock()
        func timed(_ what: String, _ body: () throws(InvalidInputError) -> Diagnostics) {
            let start = clock.now
            do {
                let warnings = try body()
                #expect(!warnings.hasErrors, "\(what) returned errors without throwing")
            } catch {
                #expect(error.diagnostics.hasErrors, "\(what) threw without an error")
                #expect(!error.diagnostics.rendered().isEmpty)
            }
            let took = clock.now - start
            #expect(took < Self.limit, "\(what) took \(took) over \(name)")
        }
        for (label, framework) in [("ddat", ddat), ("kitchen", kitchen)] {
            timed("the roster reader (\(label))") { () throws(InvalidInputError) in
                try RosterReader(framework: framework).read(bytes: bytes, file: name).1
            }
            timed("the targets reader (\(label))") { () throws(InvalidInputError) in
                try TargetsReader.read(bytes: bytes, file: name, framework: framework).warnings
            }
        }
        timed("the framework reader") { () throws(InvalidInputError) in
            try FrameworkReader.read(String(decoding: bytes, as: UTF8.self), file: name).1
        }
    }

    @Test("an alias as a key is refused before YAML expands it")
    func aliasKey() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("yaml-alias-key.yaml"), encoding: .utf8)
        #expect(throws: InvalidInputError.self) { try FrameworkReader.read(text, file: "f.yaml") }
        do {
            _ = try FrameworkReader.read(text, file: "f.yaml")
        } catch {
            #expect(error.diagnostics.rendered() == "f.yaml:42:3: error: an alias (*name) cannot be a key: keys in a framework file are plain text")
        }
    }

    @Test("aliases that expand a file far beyond its size are refused")
    func aliasExpansion() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("yaml-alias-expansion.yaml"), encoding: .utf8)
        do {
            _ = try FrameworkReader.read(text, file: "f.yaml")
            Issue.record("the framework loaded")
        } catch {
            #expect(error.diagnostics.rendered().hasPrefix("f.yaml:1:1: error: the framework file's aliases (*name) expand it to more than"))
        }
    }

    @Test("aliases used as values still read, and an alias key is found wherever it is")
    func aliasesAsValues() throws {
        let text = """
            capplan_framework: 1
            name: Aliased
            skills:
              - name: Cooking
              - name: "*Plating*"
            roles:
              - name: Chef
                levels:
                  - name: junior
                    requires: &basics
                      - {skill: Cooking, level: working}
                  - name: senior
                    requires: *basics
            """
        let (framework, diagnostics) = try FrameworkReader.read(text, file: "f.yaml")
        #expect(diagnostics.isEmpty)
        #expect(framework.skills.map(\.name) == ["Cooking", "*Plating*"])
        #expect(framework.roles[RoleID(0)].levels.map { $0.requirements.map(\.level.index) } == [[2], [2]])
        for keyed in ["a: &a x\nb: {*a : 1}\n", "a: &a x\nb:\n  - [*a]: 1\n", "a: &a x\n*a : 1\n"] {
            do {
                _ = try FrameworkReader.read(keyed, file: "f.yaml")
                Issue.record("read: \(keyed)")
            } catch {
                #expect(error.diagnostics.rendered().contains("an alias (*name) cannot be a key"), "\(keyed)")
            }
        }
    }
}
