import ArgumentParser
import Conformance
import PEP440
import PEP508

struct ParseCommand: ParsableCommand, TrailingArguments {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse PEP 508 requirements and print their canonical form.",
        discussion: "Exit 0 when every requirement parses, 2 when any does not (each error is drawn with carets on standard error)."
    )

    @Argument(help: "Requirements, e.g. 'requests[security]>=2.8; python_version < \"3.12\"'.")
    var requirements: [String]

    var trailingArguments: [String] {
        get { requirements }
        set { requirements = newValue }
    }

    @Flag(name: .long, help: "Print one JSON object per requirement: name, extras, specifier, url, marker, normalized.")
    var json = false

    func run() throws {
        var failed = false
        for text in requirements {
            do {
                let requirement = try Requirement(parsing: text)
                if json {
                    try Output.print(ProtocolOperations.requirementResult(requirement).serialized)
                } else {
                    try Output.print(requirement.description)
                }
            } catch let error as ParseError {
                failed = true
                Output.error(error.rendered(source: text) + "\n")
            }
        }
        if failed { throw ExitCode(ExitStatus.usage) }
    }
}
