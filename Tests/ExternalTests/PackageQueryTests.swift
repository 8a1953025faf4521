import External
import Testing

@Suite struct PackageQueryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var command: [String]
        var present: Bool
        var testDescription: String { command.joined(separator: " ") }
    }

    @Test(arguments: [
        Case(command: ["true"], present: true),
        Case(command: ["false"], present: false),
        Case(command: ["pepcheck-no-such-package-manager", "-q", "x"], present: false),
        Case(command: [], present: false),
        // A query that prompts gets end of file, not our terminal.
        Case(command: ["sh", "-c", "read answer; test -z \"$answer\""], present: true),
        // A query that hangs is "not present" once its time is up.
        Case(command: ["sh", "-c", "sleep 30"], present: false),
        Case(command: ["sh", "-c", "kill -9 $$"], present: false),
    ])
    func isPresent(_ c: Case) {
        let start = ContinuousClock.now
        #expect(PackageQuery.isPresent(c.command, timeoutMilliseconds: 300) == c.present)
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
