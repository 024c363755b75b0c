import Foundation

/// The frameworks that ship with capplan, as YAML resources in the user-facing format.
public enum BuiltInFramework {
    /// The name `--framework` takes for the default: the DDaT profession.
    public static let defaultName = "ddat"

    /// The roles of the seeds (Data/ddat/seed-roles.yaml): the IT operations team `capplan generate`
    /// makes from the built-in framework unless told other roles.
    public static let generatedRoles = ["Infrastructure operations engineer", "Infrastructure engineer"]

    /// Names of the built-in frameworks.
    public static var names: [String] { [defaultName] }

    /// True when `name` is a built-in framework's name.
    public static func isBuiltIn(_ name: String) -> Bool { names.contains { NameKey($0) == NameKey(name) } }

    /// The YAML text of a built-in framework, or nil for an unknown name.
    public static func text(named name: String) -> String? {
        guard names.contains(where: { NameKey($0) == NameKey(name) }),
              let url = Bundle.module.url(forResource: "ddat", withExtension: "yaml", subdirectory: "Frameworks"),
              let data = try? Data(contentsOf: url) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The built-in framework called `name` (default DDaT), parsed.
    public static func load(named name: String = defaultName) throws -> Framework {
        try loaded(named: name).0
    }

    /// The built-in framework called `name` with the reader's warnings (none), parsed once per process:
    /// the whole DDaT profession is some 800 KB of YAML, and tests run many commands in one process.
    public static func loaded(named name: String = defaultName) throws(InvalidInputError) -> (Framework, Diagnostics) {
        guard isBuiltIn(name) else {
            throw InvalidInputError(Diagnostics([.error(at: nil, "no built-in framework called \"\(name)\"")]))
        }
        return try parsedDefault.get()
    }

    /// The YAML, or its snapshot when that is current (`FrameworkSnapshot`: the fast path; the same framework).
    private static let parsedDefault: Result<(Framework, Diagnostics), InvalidInputError> = {
        guard let text = text(named: defaultName) else {
            return .failure(InvalidInputError(Diagnostics([.error(at: nil, "the built-in framework's file is missing from the package's resources")])))
        }
        if let snapshot = snapshot(named: defaultName), let framework = FrameworkSnapshot.decode(snapshot, yaml: text) {
            return .success((framework, Diagnostics()))
        }
        return Result { () throws(InvalidInputError) in try FrameworkReader.read(text, file: "\(defaultName) (built-in)") }
    }()

    /// The bytes of a built-in framework's snapshot (`ddat.snapshot`), if the resources hold one.
    public static func snapshot(named name: String) -> [UInt8]? {
        guard isBuiltIn(name),
              let url = Bundle.module.url(forResource: "ddat", withExtension: "snapshot", subdirectory: "Frameworks"),
              let data = try? Data(contentsOf: url) else { return nil }
        return [UInt8](data)
    }
}
