import CapplanCore
import Testing

/// `--framework-before` (SPEC §9): BEFORE measured against an older framework. Skills are matched
/// by name or alias, folded; a requirement the new framework raised is a `requirement` cause, not
/// a `rating` one; frameworks on different scales cannot be compared.
@Suite("comparing across two frameworks")
struct CrossFrameworkTests {
    static let old = """
        capplan_framework: 1
        name: Ladder 2025
        skills:
          - name: Coding
          - name: Problem solving
          - name: Testing
          - name: Retired skill
        roles:
          - name: Engineer
            levels:
              - name: junior
                requires:
                  - {skill: Coding, level: awareness}
                  - {skill: Testing, level: awareness}
                  - {skill: Retired skill, level: awareness}
              - name: senior
                requires:
                  - {skill: Coding, level: practitioner}
                  - {skill: Problem solving, level: working}

        """
    /// Problem solving renamed Problem management (the old name an alias), Testing raised to working
    /// for juniors, Security added, Retired skill gone; skills in another order.
    static let new = """
        capplan_framework: 1
        name: Ladder 2026
        skills:
          - name: Security
          - name: coding
          - name: Problem management
            aliases: [Problem solving]
          - name: Testing
        roles:
          - name: engineer
            levels:
              - name: junior
                requires:
                  - {skill: Coding, level: awareness}
                  - {skill: Testing, level: working}
                  - {skill: Security, level: awareness}
              - name: senior
                requires:
                  - {skill: Coding, level: practitioner}
                  - {skill: Problem management, level: working}

        """

    static func framework(_ yaml: String) throws -> Framework { try FrameworkReader.read(yaml, file: "f.yaml").0 }

    static func analysis(_ csv: String, _ framework: Framework) throws -> TeamAnalysis {
        let roster = try RosterReader(framework: framework).read(bytes: Array(csv.utf8), file: "team.csv").0
        return TeamAnalysis(framework: framework, roster: roster, options: AnalysisOptions(scale: framework.scale))
    }

    @Test("skills match by name or alias, folded: AFTER's order, then BEFORE's own; roles by name")
    func correspondence() throws {
        let (old, new) = (try Self.framework(Self.old), try Self.framework(Self.new))
        let match = try FrameworkCorrespondence(before: old, after: new)
        #expect(match.skills.map { match.name($0) } == ["Security", "coding", "Problem management", "Testing", "Retired skill"])
        #expect(match.skills.map { $0.before.map { old.skills[$0].name } ?? "-" } == ["-", "Coding", "Problem solving", "Testing", "Retired skill"])
        #expect(match.isSameRole(before: RoleID(0), after: RoleID(0)))
    }

    @Test("a raised requirement is `requirement`, a moved rating `rating`, both `both`; a skill only one framework has is compared too")
    func causes() throws {
        let (old, new) = (try Self.framework(Self.old), try Self.framework(Self.new))
        let header = "name,role,level,Coding,Testing,Problem solving,Security\n"
        // Jo: junior throughout, Testing awareness (met before, 1 short after: the framework's doing).
        // Kim: junior throughout, Testing awareness → working and Coding none → awareness.
        // Lee: senior, Problem solving working → practitioner (same requirement under its new name).
        let before = try Self.analysis(header + "Jo,Engineer,junior,awareness,awareness,,\nKim,Engineer,junior,none,none,,\nLee,Engineer,senior,practitioner,,working,\n", old)
        let after = try Self.analysis(header + "Jo,Engineer,junior,awareness,awareness,,\nKim,Engineer,junior,awareness,working,,awareness\nLee,Engineer,senior,practitioner,,practitioner,\n", new)
        let comparison = SnapshotComparison(before: .init(analysis: before), after: .init(analysis: after),
                                            frameworks: try FrameworkCorrespondence(before: old, after: new))
        let gaps = comparison.gapChanges.map { change in
            "\(comparison.person(change.pair).name)|\(comparison.frameworks.name(change.skill))|\(change.before?.gap.map(String.init) ?? "")|\(change.after?.gap.map(String.init) ?? "")|\(change.cause.rawValue)"
        }
        #expect(gaps == [
            "Jo|Security|||requirement",          // newly required, not assessed
            "Jo|Testing|0|1|requirement",         // awareness met awareness; working is asked now
            "Jo|Retired skill|||requirement",     // no longer required (it was not assessed)
            "Kim|Security||0|both",               // newly required, and newly rated
            "Kim|coding|1|0|rating",
            "Kim|Testing|1|0|both",               // none against awareness; working against working
            "Kim|Retired skill|||requirement",
        ])
        let ratings = comparison.ratingChanges.map { "\(comparison.person($0.pair).name)|\(comparison.frameworks.name($0.skill))|\($0.kind.rawValue)" }
        #expect(ratings == ["Kim|Security|newly_assessed", "Kim|coding|improved", "Kim|Testing|improved", "Lee|Problem management|improved"])
    }

    @Test("levels match by name across frameworks: a level added below moves positions, not people; a real move is still one")
    func levelsByName() throws {
        // The newer ladder adds an apprentice level below junior: junior moves from position 1 to 2.
        let withApprentice = Self.new.replacingOccurrences(of: "    levels:\n      - name: junior\n", with: """
                levels:
                  - name: apprentice
                    requires:
                      - {skill: Coding, level: awareness}
                  - name: junior

            """)
        let (old, new) = (try Self.framework(Self.old), try Self.framework(withApprentice))
        #expect(new.roles[RoleID(0)].levels.map(\.name) == ["apprentice", "junior", "senior"])
        let frameworks = try FrameworkCorrespondence(before: old, after: new)
        #expect(frameworks.level(before: RoleLevelID(role: RoleID(0), rank: 0)) == RoleLevelID(role: RoleID(0), rank: 1))
        let header = "name,role,level,Coding\n"
        let before = try Self.analysis(header + "Jo,Engineer,junior,awareness\nKim,Engineer,junior,awareness\nLee,Engineer,senior,expert\n", old)
        let after = try Self.analysis(header + "Jo,Engineer,junior,awareness\nKim,Engineer,senior,practitioner\nLee,Engineer,junior,expert\n", new)
        let comparison = SnapshotComparison(before: .init(analysis: before), after: .init(analysis: after), frameworks: frameworks)
        let people = comparison.peopleChanges.map { "\(comparison.person($0.pair).name)|\($0.kind.rawValue)" }
        #expect(people == ["Kim|promoted", "Lee|level_lowered"])
    }

    @Test("frameworks rated on different scales cannot be compared")
    func scalesDiffer() throws {
        let fivePoint = Self.new.replacingOccurrences(of: "name: Ladder 2026\n", with: """
            name: Ladder 2026
            scale:
              - {name: none, value: 0}
              - {name: awareness, value: 1}
              - {name: working, value: 2}
              - {name: practitioner, value: 3}
              - {name: master, value: 4}

            """)
        let (old, new) = (try Self.framework(Self.old), try Self.framework(fivePoint))
        #expect(throws: ComparisonError.scalesDiffer(before: ["none", "awareness", "working", "practitioner", "expert"],
                                                     after: ["none", "awareness", "working", "practitioner", "master"])) {
            _ = try FrameworkCorrespondence(before: old, after: new)
        }
        #expect(FrameworkCorrespondence.sameScale(old.scale, old.scale))
    }
}
