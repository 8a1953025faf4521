import Diagnostics
import Testing

struct ColorCase: Sendable, CustomStringConvertible {
    var choice: ColorChoice
    var environment: [String: String]
    var isTerminal: Bool
    var expected: Bool
    var description: String { "\(choice) \(environment) tty=\(isTerminal)" }
}

@Suite struct ColorChoiceTests {
    static let cases: [ColorCase] = [
        ColorCase(choice: .auto, environment: [:], isTerminal: true, expected: true),
        ColorCase(choice: .auto, environment: [:], isTerminal: false, expected: false),
        ColorCase(choice: .auto, environment: ["NO_COLOR": "1"], isTerminal: true, expected: false),
        ColorCase(choice: .auto, environment: ["NO_COLOR": ""], isTerminal: true, expected: true),
        ColorCase(choice: .auto, environment: ["TERM": "dumb"], isTerminal: true, expected: false),
        ColorCase(choice: .auto, environment: ["FORCE_COLOR": "1"], isTerminal: false, expected: true),
        ColorCase(choice: .auto, environment: ["FORCE_COLOR": "0"], isTerminal: false, expected: false),
        ColorCase(choice: .auto, environment: ["CLICOLOR_FORCE": "1"], isTerminal: false, expected: true),
        ColorCase(choice: .auto, environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"], isTerminal: true, expected: false),
        ColorCase(choice: .always, environment: ["NO_COLOR": "1"], isTerminal: false, expected: true),
        ColorCase(choice: .never, environment: ["FORCE_COLOR": "1"], isTerminal: true, expected: false),
    ]

    @Test(arguments: cases)
    func resolve(_ c: ColorCase) {
        #expect(c.choice.resolve(environment: c.environment, isTerminal: c.isTerminal) == c.expected)
    }
}

struct SummaryCase: Sendable, CustomStringConvertible {
    var summary: Summary
    var expected: String
    var description: String { expected }
}

@Suite struct SummaryTests {
    static let cases: [SummaryCase] = [
        SummaryCase(summary: Summary(errors: 0, warnings: 0, infos: 0, files: 0), expected: "No problems found."),
        SummaryCase(summary: Summary(errors: 1, warnings: 0, infos: 0, files: 1), expected: "Found 1 error in 1 file."),
        SummaryCase(summary: Summary(errors: 3, warnings: 1, infos: 0, files: 2),
                    expected: "Found 3 errors and 1 warning in 2 files."),
        SummaryCase(summary: Summary(errors: 0, warnings: 2, infos: 1, files: 1),
                    expected: "Found 2 warnings and 1 note in 1 file."),
        SummaryCase(summary: Summary(errors: 2, warnings: 2, infos: 2, files: 3),
                    expected: "Found 2 errors, 2 warnings and 2 notes in 3 files."),
        SummaryCase(summary: Summary(Fixtures.all), expected: "Found 1 error, 1 warning and 1 note in 2 files."),
    ]

    @Test(arguments: cases)
    func text(_ c: SummaryCase) {
        #expect(c.summary.description == c.expected)
    }
}
