extension Roster {
    /// The name a joiner at `level` is shown by: `joiner 2 (Software developer: Senior developer)`,
    /// `number` counting from 1 in the order the joiners are given.
    public static func joinerName(_ number: Int, _ level: RoleLevelID, framework: Framework) -> String {
        "joiner \(number) (\(framework.roles[level.role].name): \(framework[level].name))"
    }

    /// The same roster with a person appended for each of `levels`, in order (SPEC §10, "Joiners"):
    /// rated exactly at each requirement of their role level, not assessed in any other skill,
    /// with no grade or team, willing to mentor, named by `joinerName`.
    public func adding(joiners levels: [RoleLevelID], framework: Framework) -> Roster {
        var people = Array(self.people)
        var ratings = self.ratings
        var inRoster = skillsInRoster.elements
        for (index, level) in levels.enumerated() {
            var row = [Int8](repeating: -1, count: skillCount)
            for requirement in framework[level].requirements {
                row[requirement.skill.index] = Int8(requirement.level.index)
                inRoster[requirement.skill.index] = true
            }
            ratings += row
            people.append(Person(id: nil, name: Roster.joinerName(index + 1, level, framework: framework), roleLevel: level,
                                 grade: nil, gradeName: nil, team: nil, mentors: true, mentorCapacity: nil,
                                 attributes: [:], line: 0))
        }
        var roster = Roster(file: file, people: people, skillCount: skillCount, ratings: ratings, skillsInRoster: inRoster)
        roster.columns = columns
        return roster
    }
}
