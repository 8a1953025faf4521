import ArgumentParser
import External
import Foundation

/// Options choosing the mapping tables, ecosystem and package manager.
struct ExternalMappingOptions: ParsableArguments {
    @Option(help: "auto, debian, ubuntu, fedora, arch, conda-forge, nix, homebrew or pkg-config; `+RELEASE` selects a release (debian+12).")
    var ecosystem = "auto"

    @Option(name: .customLong("package-manager"), help: "A package manager of the ecosystem (default: the ecosystem's default).")
    var packageManager: String?

    @Option(help: "A directory of mapping files that override and extend the shipped ones by id.")
    var mappings: String?

    /// The shipped catalog with `--mappings` layered on top; exit 2 on a bad file.
    func catalog() throws -> MappingCatalog {
        do {
            let shipped = try MappingCatalog.bundled()
            guard let mappings else { return shipped }
            return shipped.overridden(by: try MappingCatalog.load(directory: URL(fileURLWithPath: mappings)))
        } catch {
            throw ExternalDiagnostics.mappingError(error)
        }
    }

    /// The resolver for the chosen (or detected) ecosystem.
    func resolver(catalog: MappingCatalog) throws -> MappingResolver {
        var ecosystem = ecosystem
        var release: String?
        var manager = packageManager
        if ecosystem == "auto" {
            let osRelease = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)
            guard let detected = EcosystemDetector.detect(
                osRelease: osRelease, environment: ProcessInfo.processInfo.environment, catalog: catalog)
            else {
                throw ExternalExit.badInput("expected a detectable ecosystem, found none; pass --ecosystem")
            }
            ecosystem = detected.ecosystem
            release = detected.release
            manager = manager ?? detected.packageManager
        } else if let plus = ecosystem.firstIndex(of: "+") {
            release = String(ecosystem[ecosystem.index(after: plus)...])
            ecosystem = String(ecosystem[..<plus])
        }
        do {
            return try MappingResolver(catalog: catalog, ecosystem: ecosystem, release: release, packageManager: manager)
        } catch {
            throw ExternalExit.badInput(error.message)
        }
    }
}
