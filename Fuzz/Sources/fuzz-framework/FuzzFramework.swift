import CapplanCore
import FuzzSupport

/// The framework reader (YAML through Yams, then the framework checks). Bytes that are not UTF-8 are
/// decoded with replacement characters (the command itself refuses invalid UTF-8 before this reader).
/// A framework that reads is then used: a roster naming each of its role levels and skills is read
/// against it (when small), which exercises the name indexes with whatever names the fuzzer invented.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFramework(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzSupport.bytes(data, size), as: UTF8.self)
    let framework: Framework
    do {
        let (read, warnings) = try FrameworkReader.read(text, file: "fuzz.yaml")
        precondition(!warnings.hasErrors, "a framework read without throwing has errors")
        FuzzSupport.render(warnings)
        framework = read
    } catch {
        precondition(error.diagnostics.hasErrors, "InvalidInputError without an error")
        FuzzSupport.render(error.diagnostics)
        return 0
    }
    // The roster has a row per role level and a column per skill: keep it small, so the time goes on
    // the framework reader (which is what is fuzzed), not on a roster the harness made huge.
    let levels = framework.roles.reduce(0) { $0 + $1.levels.count }
    guard levels * framework.skills.count <= 20_000 else { return 0 }
    var csv = CSVFormat.line(["name", "role", "level"] + framework.skills.map(\.name))
    var row = 0
    for role in framework.roles {
        for level in role.levels {
            row += 1
            let ratings = framework.skills.indices.map { framework.scale.levels[ScaleLevel($0.index % framework.scale.levels.count)].name }
            csv += CSVFormat.line(["P\(row)", role.name, level.name] + ratings)
        }
    }
    do {
        let (_, warnings) = try RosterReader(framework: framework).read(bytes: Array(csv.utf8), file: "roster.csv")
        FuzzSupport.render(warnings)
    } catch {
        FuzzSupport.render(error.diagnostics)
    }
    _ = try? TargetsReader.read(bytes: Array("skill,min_holders,holder_level\n".utf8), file: "targets.csv", framework: framework)
    return 0
}
