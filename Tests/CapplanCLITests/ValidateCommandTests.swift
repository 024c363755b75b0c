import Foundation
import Testing

@Suite("capplan validate")
struct ValidateCommandTests {
    @Test("a misspelt rating exits 65 with a located did-you-mean")
    func misspeltRating() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = write("""
            name,role,level,Change management
            Ann,Infrastructure operations engineer,senior,practioner

            """, to: "team.csv", in: folder)
        let result = capplan("validate", path)
        #expect(result.status == 65)
        #expect(result.stderr.contains("team.csv:2:47: error: unknown rating \"practioner\" for skill \"Change management\"; did you mean \"practitioner\"?"))
    }
}
