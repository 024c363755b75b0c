/// A compact binary copy of a parsed framework, so the built-in framework loads in a few
/// milliseconds rather than the ~80 ms its 800 KB of YAML take to compose (the cost is per YAML
/// node, some 15,000 of them, not per byte).
///
/// The YAML file stays the framework: the snapshot records the length and FNV-1a hash of the YAML
/// text it was made from, and `decode` refuses it (so the caller parses the YAML) unless the text
/// matches, or when the bytes are not a snapshot of this version. `make framework` writes both
/// files; a test checks the committed snapshot is current.
///
/// Layout: the magic `capplan-framework-snapshot`, a version, the YAML's length and hash, then the
/// framework: unsigned LEB128 integers, strings as a length and UTF-8 bytes, optional strings as
/// 0 (absent) or length + 1, lists as a count and their items.
public enum FrameworkSnapshot {
    static let magic = Array("capplan-framework-snapshot".utf8)
    static let version = 1

    /// The snapshot of `framework`, which must be what `FrameworkReader` reads from `yaml`.
    public static func encode(_ framework: Framework, yaml: String) -> [UInt8] {
        var out = Writer()
        out.bytes = magic
        out.int(version)
        out.int(yaml.utf8.count)
        out.int(Int(bitPattern: UInt(fnv1a(yaml))))
        out.string(framework.name)
        out.optional(framework.title)
        out.optional(framework.source)
        out.list(framework.scale.levels) { out, level in
            out.string(level.name)
            out.int(level.value < 0 ? -2 * level.value - 1 : 2 * level.value)   // zigzag: values may be negative
            out.optional(level.description)
        }
        out.list(framework.grades) { out, grade in
            out.string(grade.name)
            out.optional(grade.title)
            out.list(grade.aliases) { $0.string($1) }
        }
        out.list(framework.skills) { out, skill in
            out.string(skill.name)
            out.list(skill.aliases) { $0.string($1) }
            out.optional(skill.description)
        }
        out.list(framework.roles) { out, role in
            out.string(role.name)
            out.list(role.aliases) { $0.string($1) }
            out.optional(role.description)
            out.optional(role.source)
            out.optional(role.family)
            out.list(role.levels) { out, level in
                out.string(level.name)
                out.optional(level.title)
                out.optional(level.summary)
                out.list(level.grades) { $0.int($1.index) }
                out.list(level.requirements) { out, requirement in
                    out.int(requirement.skill.index)
                    out.string(requirement.statedName)
                    out.int(requirement.level.index)
                    out.optional(requirement.text)
                }
            }
        }
        return out.bytes
    }

    /// The framework in `bytes` when they are a snapshot of this version made from `yaml`; nil otherwise.
    public static func decode(_ bytes: [UInt8], yaml: String) -> Framework? {
        var input = Reader(bytes: bytes)
        guard bytes.starts(with: magic) else { return nil }
        input.offset = magic.count
        guard input.int() == version, input.int() == yaml.utf8.count, input.int() == Int(bitPattern: UInt(fnv1a(yaml))) else { return nil }
        return input.framework()
    }

    /// FNV-1a, 64 bits, of the text's UTF-8 bytes.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func int(_ value: Int) {
            var rest = UInt(bitPattern: value)
            repeat {
                let low = UInt8(rest & 0x7F)
                rest >>= 7
                bytes.append(rest == 0 ? low : low | 0x80)
            } while rest != 0
        }

        mutating func string(_ text: String) {
            int(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func optional(_ text: String?) {
            guard let text else { return int(0) }
            int(text.utf8.count + 1)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func list<Items: Collection>(_ items: Items, _ write: (inout Writer, Items.Element) -> Void) {
            int(items.count)
            for item in items { write(&self, item) }
        }
    }

    /// Reads what `Writer` wrote; every read is bounds-checked, and nil means the bytes are no snapshot.
    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func int() -> Int? {
            var value: UInt = 0
            var shift: UInt = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return Int(bitPattern: value) }
                shift += 7
            }
            return nil
        }

        mutating func text(_ count: Int) -> String? {
            guard count >= 0, count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return String(decoding: bytes[offset ..< offset + count], as: UTF8.self)
        }

        mutating func string() -> String? { int().flatMap { text($0) } }

        /// `.some(nil)` for an absent string, nil for bytes that are no snapshot.
        mutating func optional() -> String?? {
            guard let count = int() else { return nil }
            return count == 0 ? .some(nil) : text(count - 1).map { .some($0) }
        }

        mutating func list<T>(_ read: (inout Reader) -> T?) -> [T]? {
            guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
            var items: [T] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                guard let item = read(&self) else { return nil }
                items.append(item)
            }
            return items
        }

        mutating func framework() -> Framework? {
            guard let name = string(), let title = optional(), let source = optional(),
                  let levels = list({ r -> RatingScale.Level? in
                      guard let name = r.string(), let zigzag = r.int(), let description = r.optional() else { return nil }
                      return RatingScale.Level(name: name, value: zigzag & 1 == 0 ? zigzag / 2 : -(zigzag + 1) / 2, description: description)
                  }),
                  let grades = list({ r -> Framework.Grade? in
                      guard let name = r.string(), let title = r.optional(), let aliases = r.list({ $0.string() }) else { return nil }
                      return Framework.Grade(name: name, title: title, aliases: aliases)
                  }),
                  let skills = list({ r -> Framework.Skill? in
                      guard let name = r.string(), let aliases = r.list({ $0.string() }), let description = r.optional() else { return nil }
                      return Framework.Skill(name: name, aliases: aliases, description: description)
                  }),
                  let roles = list({ $0.role(skills: skills.count, scale: levels.count, grades: grades.count) }),
                  offset == bytes.count
            else { return nil }
            return Framework(name: name, title: title, source: source, scale: RatingScale(levels: levels),
                             skills: skills, grades: grades, roles: roles)
        }

        mutating func role(skills: Int, scale: Int, grades: Int) -> Framework.Role? {
            guard let name = string(), let aliases = list({ $0.string() }), let description = optional(),
                  let source = optional(), let family = optional(),
                  let levels = list({ $0.level(skills: skills, scale: scale, grades: grades) })
            else { return nil }
            let roleSkills = Set(levels.flatMap { $0.requirements.map(\.skill) }).sorted()
            return Framework.Role(name: name, aliases: aliases, description: description, source: source, levels: levels,
                                  skills: roleSkills, family: family)
        }

        mutating func level(skills: Int, scale: Int, grades: Int) -> Framework.RoleLevel? {
            guard let name = string(), let title = optional(), let summary = optional(),
                  let levelGrades = list({ r in r.int().flatMap { (0..<grades).contains($0) ? GradeID($0) : nil } }),
                  let requirements = list({ r -> Framework.Requirement? in
                      guard let skill = r.int(), (0..<skills).contains(skill), let stated = r.string(),
                            let level = r.int(), (0..<scale).contains(level), let text = r.optional() else { return nil }
                      return Framework.Requirement(skill: SkillID(skill), statedName: stated, level: ScaleLevel(level), text: text)
                  })
            else { return nil }
            var required = IDArray<SkillID, ScaleLevel?>(repeating: nil, count: skills)
            for requirement in requirements { required[requirement.skill] = requirement.level }
            return Framework.RoleLevel(name: name, title: title, summary: summary, grades: levelGrades,
                                       requirements: requirements, requiredLevels: required)
        }
    }
}
