import ArgumentParser
import Conformance
import Host
import PEP508
import JSON
import SystemIO

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate an environment marker.",
        discussion: """
            Prints true or false and exits 0 for true, 1 for false, 2 for an invalid marker or environment. \
            Without --env, the values are this machine's: the marker environment of python3 on the PATH \
            (or --python PATH), sys_abi_features included (PEP 780); with --no-python or no interpreter, \
            what uname can answer, and a warning on standard error naming the values that were not \
            available. This machine is asked only for values the marker reads that --env does not give \
            (with --json, for all of them). The variant_* markers (PEP 825) describe a selected wheel \
            and stay unset unless --variants gives them.
            """
    )

    enum Context: String, ExpressibleByArgument, CaseIterable {
        case metadata
        case lockFile = "lock-file"
        case requirement
    }

    @Argument(help: "The marker, e.g. 'python_version >= \"3.9\" and sys_platform == \"linux\"'.")
    var marker: String

    @Option(name: .long, help: "A JSON file {name: string or [string]} whose values replace this machine's.")
    var env: String?

    @Option(name: .long, help: "A requested extra (repeatable): `extra` matches any of them, `extras` holds them all.")
    var extra: [String] = []

    @Option(name: .long, help: "Evaluation context: metadata, lock-file or requirement.")
    var context: Context = .metadata

    @Flag(name: .long, help: "Print {\"result\": bool, \"marker\": \"…\", \"environment\": {...}} as JSON: the marker in canonical form and the values it was evaluated with.")
    var json = false

    @Option(help: ArgumentHelp("""
        Values for variant_properties, variant_features and variant_namespaces: `host` for every property \
        this machine supports (true when some variant this machine can install has it), or a file: a \
        wheel's variant.json or `namespace :: feature :: value` lines.
        """, valueName: "host|FILE"))
    var variants: String?

    @OptionGroup var host: HostSelectionOptions

    func run() throws {
        let parsed: Marker
        do {
            parsed = try Marker(parsing: marker)
        } catch {
            Output.error(error.rendered(source: marker) + "\n")
            throw ExitCode(ExitStatus.usage)
        }
        var overrides = MarkerEnvironment()
        if let env {
            guard let data = try? FileSystem.readFile(env) else {
                Output.error("error: cannot read the environment file `\(env)`\n")
                throw ExitCode(ExitStatus.usage)
            }
            do {
                overrides = try ProtocolOperations.markerEnvironment(JSONParser.parse(bytes: data))
            } catch {
                Output.error("error: \(env): \(error)\n")
                throw ExitCode(ExitStatus.usage)
            }
        }
        var environment = try HostMarkers.environment(over: overrides, file: env, reading: [parsed], choice: host.choice,
                                                      everything: json)
        if let variants {
            do {
                try VariantSelection.apply(variants, choice: host.choice, to: &environment)
            } catch {
                Output.error("error: \(error)\n")
                throw ExitCode(ExitStatus.usage)
            }
        }
        if !extra.isEmpty { environment["extras"] = .set(Set(extra)) }
        let markerContext: MarkerContext = switch context {
        case .metadata: .metadata
        case .lockFile: .lockFile
        case .requirement: .requirement
        }

        // `extra` holds one name at a time; a dependency applies when it
        // applies for any requested extra, as installers evaluate it.
        let extras: [String?] = extra.isEmpty ? [nil] : extra.map { Optional($0) }
        var result = false
        do {
            for name in extras {
                var scoped = environment
                if let name { scoped["extra"] = .string(name) }
                if try parsed.evaluate(in: scoped, context: markerContext) { result = true; break }
            }
        } catch {
            Output.error(error.rendered(source: marker) + "\n")
            throw ExitCode(ExitStatus.usage)
        }
        if json {
            try Output.print(JSONValue.object([("result", .bool(result)), ("marker", .string(parsed.description)),
                                               ("environment", HostMarkers.json(environment))]).serialized)
        } else {
            try Output.print(result ? "true" : "false")
        }
        if !result { throw ExitCode(ExitStatus.findings) }
    }
}
