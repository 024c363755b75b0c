import CapplanCore
import FuzzSupport

/// The targets reader (`skill,min_holders,holder_level`) against the built-in and the custom framework.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTargets(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    for framework in [FuzzSupport.ddat, FuzzSupport.custom] {
        do {
            let (targets, warnings) = try TargetsReader.read(bytes: bytes, file: "targets.csv", framework: framework)
            for (skill, target) in targets {
                precondition(framework.skills.indices.contains(skill) && target.minHolders >= 0)
                if let level = target.holderLevel { precondition(framework.scale.levels.indices.contains(level)) }
            }
            FuzzSupport.render(warnings)
        } catch {
            precondition(error.diagnostics.hasErrors, "InvalidInputError without an error")
            FuzzSupport.render(error.diagnostics)
        }
    }
    return 0
}
