import ArgumentParser
import External
import PEP440

/// `pepcheck external map`: map DepURLs given on the command line.
struct ExternalMapCommand: ParsableCommand, TrailingArguments {
    static let configuration = CommandConfiguration(
        commandName: "map", abstract: "Map DepURLs to an ecosystem's packages (exit 1 if one has none).")

    @Argument(help: "DepURLs, optionally with a version (dep:generic/zlib@>=1.2).")
    var depurls: [String]

    var trailingArguments: [String] {
        get { depurls }
        set { depurls = newValue }
    }

    @OptionGroup var mapping: ExternalMappingOptions

    @Option(help: "The category to map for: build, host or run.")
    var category = "host"

    func run() throws {
        try ExternalExit.handle {
            guard let category = DependencyCategory(rawValue: category) else {
                throw ExternalExit.badInput("expected --category build, host or run, found `\(category)`")
            }
            var requests: [(url: DepURL, category: DependencyCategory)] = []
            for text in depurls {
                do throws(ParseError) {
                    requests.append((try DepURL(parsing: text), category))
                } catch {
                    // `rendered` starts with `error: ` itself.
                    throw ExternalExit.diagnostics(error.rendered(source: text))
                }
            }
            let resolver = try mapping.resolver()
            let resolution = resolver.resolve(requests)
            for outcome in resolution.outcomes {
                switch outcome.status {
                case .mapped(let packages, let via):
                    let through = via.map { " (via \($0))" } ?? ""
                    try Output.print("\(outcome.dependency): \(packages.joined(separator: " "))\(through)")
                case .notPackaged(let note):
                    try Output.print("\(outcome.dependency): not packaged in \(resolution.ecosystem)\(note.map { " (\($0))" } ?? "")")
                case .unmapped:
                    try Output.print("\(outcome.dependency): unmapped in \(resolution.ecosystem)")
                }
            }
            for warning in resolution.warnings { Output.error("warning: \(warning)\n") }
            if !resolution.notPackaged.isEmpty || !resolution.unmapped.isEmpty { throw ExternalExit.findings }
        }
    }
}
