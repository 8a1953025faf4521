import ArgumentParser
import PEP440

struct VersionCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two versions: prints `A < B`, `A == B` or `A > B` with the normalised forms."
    )

    @Argument(help: "The left version.")
    var left: String

    @Argument(help: "The right version.")
    var right: String

    func run() throws {
        let a: Version
        let b: Version
        do {
            a = try Version(parsing: left)
        } catch {
            Output.error(error.rendered(source: left) + "\n")
            throw ExitCode(ExitStatus.usage)
        }
        do {
            b = try Version(parsing: right)
        } catch {
            Output.error(error.rendered(source: right) + "\n")
            throw ExitCode(ExitStatus.usage)
        }
        let sign = a < b ? "<" : a == b ? "==" : ">"
        try Output.print("\(a) \(sign) \(b)")
    }
}
