import CapplanCore

/// What the fuzzers share: the frameworks they read against (parsed once per process) and the
/// turning of libFuzzer's buffer into bytes.
public enum FuzzSupport {
    /// The built-in DDaT framework.
    public static let ddat: Framework = {
        do { return try BuiltInFramework.load() } catch { fatalError("the built-in framework does not load: \(error)") }
    }()

    /// A small custom framework unlike DDaT: two roles, level titles, a scale valued 1, 2, 3, 5 with
    /// no "none" and two levels sharing an initial (so `p` is ambiguous), grades with titles and aliases.
    public static let custom: Framework = {
        do throws(InvalidInputError) { return try FrameworkReader.read(customYAML, file: "custom.yaml").0 } catch {
            fatalError("the fuzzers' custom framework does not load:\n\(error.diagnostics.rendered())")
        }
    }()

    public static let customYAML = """
        capplan_framework: 1
        name: Fuzz kitchen
        scale:
          - name: novice
            value: 1
          - name: practised
            value: 2
          - name: proficient
            value: 3
          - name: master
            value: 5
        grades:
          - L1
          - name: L2
            title: Level 2
            aliases: [Two]
          - L3
        skills:
          - name: Cooking
            aliases: [Cookery]
          - name: Plating
          - name: Stock control
            aliases: [Inventory]
        roles:
          - name: Chef
            aliases: [Cook]
            levels:
              - name: junior
                title: Junior chef
                grades: [L1, L2]
                requires:
                  - skill: Cooking
                    level: practised
              - name: senior
                title: Senior chef
                grades: [L3]
                requires:
                  - skill: cookery
                    level: master
                  - skill: Plating
                    level: proficient
          - name: Porter
            levels:
              - name: trainee
                requires:
                  - skill: Stock control
                    level: novice
              - name: lead
                title: Lead porter
                grades: L2
                requires:
                  - skill: inventory
                    level: proficient
                  - skill: Cooking
                    level: novice

        """

    /// libFuzzer's input as an array (an empty input may come with a null pointer).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Reads `bytes` as a roster with `reader` and checks what any reader must give: a ratings
    /// array of people × skills holding scale indices or -1, no errors unless it throws, and an
    /// error when it does; the diagnostics are rendered either way.
    public static func readRoster(_ reader: RosterReader, _ bytes: [UInt8]) {
        do {
            let (roster, warnings) = try reader.read(bytes: bytes, file: "fuzz.csv")
            precondition(roster.ratings.count == roster.people.count * roster.skillCount)
            precondition(roster.ratings.allSatisfy { $0 >= -1 && Int($0) < reader.framework.scale.levels.count })
            precondition(!warnings.hasErrors, "a roster read without throwing has errors")
            render(warnings)
        } catch {
            precondition(error.diagnostics.hasErrors, "InvalidInputError without an error")
            render(error.diagnostics)
        }
    }

    /// Renders what a reader found, as the commands print it, so the diagnostics' text is fuzzed too.
    public static func render(_ diagnostics: Diagnostics) {
        let text = diagnostics.rendered()
        precondition(diagnostics.isEmpty || !text.isEmpty, "diagnostics rendered as nothing")
        _ = diagnostics.tally
    }
}
