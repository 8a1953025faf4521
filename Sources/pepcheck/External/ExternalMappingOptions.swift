import ArgumentParser
import External
import YAML

/// Options choosing the mapping tables, ecosystem and package manager.
struct ExternalMappingOptions: ParsableArguments {
    @Option(help: "auto, debian, ubuntu, fedora, arch, conda-forge, nix, homebrew or pkg-config; `+RELEASE` selects a release (debian+12).")
    var ecosystem = "auto"

    @Option(name: .customLong("package-manager"), help: "A package manager of the ecosystem (default: the ecosystem's default).")
    var packageManager: String?

    @Option(help: "A directory of mapping files that override and extend the shipped ones by id, package manager commands included: `external check` runs the query commands they give.")
    var mappings: String?

    /// The `--mappings` directory, every file read and checked; empty without the option.
    private func userCatalog() throws -> MappingCatalog {
        guard let mappings else { return MappingCatalog() }
        do {
            return try MappingCatalog.load(directory: mappings)
        } catch {
            throw ExternalDiagnostics.mappingError(error)
        }
    }

    /// The shipped registry with `--mappings` on top (the shipped ecosystems are not read).
    func catalog() throws -> MappingCatalog {
        let user = try userCatalog()
        do {
            return try MappingCatalog.bundledRegistry().overridden(by: user)
        } catch {
            throw ExternalDiagnostics.mappingError(error)
        }
    }

    /// The resolver for the chosen (or detected) ecosystem. Only the tables it reads are
    /// loaded: the registry, the ecosystem's file and those it inherits from (and, to
    /// detect the ecosystem, the header of each file).
    func resolver() throws -> MappingResolver {
        let user = try userCatalog()
        var ecosystem = ecosystem
        var release: String?
        var manager = packageManager
        let detected = ecosystem == "auto"
        do {
            if detected {
                guard let found = EcosystemDetector.detect(catalog: try MappingCatalog.bundledHeaders().overridden(by: user))
                else {
                    throw ExternalExit.badInput("expected a detectable ecosystem, found none; pass --ecosystem")
                }
                ecosystem = found.ecosystem
                release = found.release
                manager = manager ?? found.packageManager
            } else if let plus = ecosystem.firstIndex(of: "+") {
                release = String(ecosystem[ecosystem.index(after: plus)...])
                ecosystem = String(ecosystem[..<plus])
            }
            let catalog = try MappingCatalog.bundled(for: ecosystem, overriddenBy: user)
            // A machine's release the tables do not name (Debian 13 under tables for 12)
            // gets the plain lists; a release typed on the command line must be known.
            if detected, let found = release, !catalog.releases(of: ecosystem).contains(found) { release = nil }
            return try MappingResolver(catalog: catalog, ecosystem: ecosystem, release: release, packageManager: manager)
        } catch let error as YAMLError {
            throw ExternalDiagnostics.mappingError(error)
        } catch let error as MappingResolver.SetupError {
            throw ExternalExit.badInput(error.message)
        }
    }
}
