import ArgumentParser
import PEP440

struct VersionNormalizeCommand: ParsableCommand, TrailingArguments {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the normalised form of each version (exit 2 if any is invalid)."
    )

    @Argument(help: "Versions, e.g. 'V1.0-Alpha_2'.")
    var versions: [String]

    var trailingArguments: [String] {
        get { versions }
        set { versions = newValue }
    }

    func run() throws {
        var failed = false
        for text in versions {
            do {
                try Output.print(try Version(parsing: text).description)
            } catch let error as ParseError {
                failed = true
                Output.error(error.rendered(source: text) + "\n")
            }
        }
        if failed { throw ExitCode(ExitStatus.usage) }
    }
}
