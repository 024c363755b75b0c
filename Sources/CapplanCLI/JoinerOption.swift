import CapplanCore
import Foundation

/// `--joiner "ROLE:LEVEL"` of `whatif`: the role level a joiner is hired at.
enum JoinerOption {
    /// The role level `text` names: a role of the framework (name, alias or slug) and one of its
    /// levels (name, title or position), separated by a colon; or a level title alone that only one
    /// role has. A bad command line otherwise, with a suggestion from the framework's roles, or the
    /// role's levels.
    static func roleLevel(_ text: String, in framework: Framework) throws(CommandFailure) -> RoleLevelID {
        guard let colon = text.firstIndex(of: ":") else {
            let titled = framework.roleLevels(titled: text)
            if titled.count == 1 { return titled[0] }
            let roles = titled.map { framework.roles[$0.role].name }
            throw .badOption(option: "--joiner", value: text,
                             problem: titled.isEmpty ? "is not ROLE:LEVEL (such as \"Software developer:Senior developer\")"
                                 : "is a level of \(roles.count) roles (\(roles.joined(separator: ", "))): give ROLE:LEVEL")
        }
        let roleName = text[..<colon].trimmingCharacters(in: .whitespaces)
        let levelName = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard let role = framework.role(named: roleName) else {
            throw .badOption(option: "--joiner", value: text, problem: "names an unknown role \"\(roleName)\"",
                             suggestion: Suggestion.nearest(to: roleName, in: framework.roles.map(\.name)))
        }
        guard framework.roles[role].isInUse else { throw .notHeld("--joiner: " + framework.notInUseMessage(role)) }
        guard let level = framework.level(named: levelName, in: role) else {
            let names = framework.roles[role].levels.map(\.name)
            let roleName = framework.roles[role].name
            let elsewhere = framework.roleLevels(titled: levelName).map { framework.roles[$0.role].name }
            throw .badOption(option: "--joiner", value: text,
                             problem: elsewhere.isEmpty ? "names an unknown level \"\(levelName)\" of \(roleName)"
                                 : "names \"\(levelName)\", a level of \(elsewhere.joined(separator: ", ")), not of \(roleName)",
                             suggestion: elsewhere.isEmpty ? Suggestion.nearest(to: levelName, in: names) : nil, valid: ("levels", names))
        }
        return level
    }
}
