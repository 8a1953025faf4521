import ArgumentParser
import PEP440

struct SpecifierContainsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contains",
        abstract: "Does the specifier set contain the version? Prints true or false; exit 0 for true, 1 for false, 2 for invalid input."
    )

    @Argument(help: "A specifier set, e.g. '>=1.0,!=1.3.*'.")
    var specifier: String

    @Argument(help: "A version (or, for a set with `===`, any text).")
    var version: String

    @Flag(inversion: .prefixedNo, help: "Whether pre-releases may match (default: the PEP 440 rules decide).")
    var prereleases: Bool?

    func run() throws {
        let set: SpecifierSet
        let candidate: Version
        do {
            set = try SpecifierSet(parsing: specifier)
        } catch {
            Output.error(error.rendered(source: specifier) + "\n")
            throw ExitCode(ExitStatus.usage)
        }
        let result: Bool
        do {
            candidate = try Version(parsing: version)
            result = set.contains(candidate, prereleases: prereleases)
        } catch {
            // `===` compares text, so a candidate that is no PEP 440 version can still match
            // it (`===foobar` contains `foobar`); for any other set such text is an input error.
            guard set.specifiers.contains(where: { $0.operator == .arbitrary }) else {
                Output.error(error.rendered(source: version) + "\n")
                throw ExitCode(ExitStatus.usage)
            }
            result = set.contains(version, prereleases: prereleases)
        }
        try Output.print(result ? "true" : "false")
        if !result { throw ExitCode(ExitStatus.findings) }
    }
}
