/// Maps DepURLs to the packages of one ecosystem (and release) for one package manager.
///
/// Lookup order for a dependency: drop its version and follow registry aliases to the
/// canonical id; look the id up in the ecosystem file, then in the file it `inherits`
/// from; in either file, an override keyed by the selected `<ecosystem>+<release>` replaces the plain lists and
/// `same-as` redirects to another id. A virtual id (`dep:virtual/...`) the ecosystem
/// does not map to any package is served by the first registry definition that
/// `provides` it and that the ecosystem packages (PEP 804: ecosystems choose the
/// implementation). A provider's versions are not the interface's, so a version
/// constraint on a virtual dependency served by a provider is dropped with a warning.
public struct MappingResolver: Sendable {
    public let catalog: MappingCatalog
    public let mapping: EcosystemMapping
    public let release: String?
    public let packageManager: PackageManager

    /// Why a resolver could not be set up.
    public struct SetupError: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Checks the choices against the catalog: a known ecosystem and package manager, a
    /// release the tables name (``MappingCatalog/releases(of:)``), and no `same-as` cycle
    /// in the files mapping reads (one file's cycle is found when it is read; merging a
    /// user's file over a shipped one can close another).
    public init(catalog: MappingCatalog, ecosystem: String, release: String? = nil, packageManager: String? = nil)
        throws(SetupError)
    {
        guard let mapping = catalog.ecosystems[ecosystem] else {
            let known = catalog.ecosystemIDs.joined(separator: ", ")
            throw SetupError(message: "expected a known ecosystem (\(known)), found `\(ecosystem)`")
        }
        if let release {
            let known = catalog.releases(of: ecosystem)
            guard known.contains(release) else {
                let found = release.isEmpty ? "none after `\(ecosystem)+`" : "`\(release)`"
                throw SetupError(message: known.isEmpty
                    ? "expected no release of \(ecosystem) (its tables name none), found \(found)"
                    : "expected a release of \(ecosystem) (\(known.joined(separator: ", "))), found \(found)")
            }
        }
        for file in catalog.inheritanceChain(of: ecosystem) {
            if let cycle = file.sameAsCycle() {
                throw SetupError(message: "\(file.source): " + MappingFileReader.sameAsCycleMessage(cycle))
            }
        }
        var managers = mapping.packageManagers
        var parent = mapping.inherits
        var visited: Set<String> = [ecosystem]
        while managers.isEmpty, let name = parent, visited.insert(name).inserted, let next = catalog.ecosystems[name] {
            managers = next.packageManagers
            parent = next.inherits
        }
        let withManagers = EcosystemMapping(
            ecosystem: mapping.ecosystem, name: mapping.name, inherits: mapping.inherits,
            osReleaseIDs: mapping.osReleaseIDs, packageManagers: managers, entries: [], source: mapping.source)
        guard let manager = withManagers.packageManager(named: packageManager) else {
            let known = managers.map(\.name).joined(separator: ", ")
            throw SetupError(message: "expected a package manager of \(ecosystem) (\(known)), found `\(packageManager ?? "none")`")
        }
        self.catalog = catalog
        self.mapping = mapping
        self.release = release
        self.packageManager = manager
    }

    /// What one file chain says about an id.
    private enum Lookup {
        case packages(PackageSpecs)
        case notPackaged(String?)
    }

    private func lookup(_ id: DepURL) -> Lookup? {
        var file: EcosystemMapping? = mapping
        var visitedFiles: Set<String> = []
        while let current = file, visitedFiles.insert(current.ecosystem).inserted {
            if let found = lookup(id, in: current) { return found }
            file = current.inherits.flatMap { catalog.ecosystems[$0] }
        }
        return nil
    }

    private func lookup(_ id: DepURL, in file: EcosystemMapping) -> Lookup? {
        var current = id
        var seen: Set<DepURL> = []
        while seen.insert(current).inserted {
            guard let entry = file.entryAnswering(current) else { return nil }
            switch entry.kind {
            case .sameAs(let target):
                current = target.withoutVersion
            case .notPackaged(let note):
                return .notPackaged(note)
            case .packages(let specs):
                if let release, let override = entry.releases["\(mapping.ecosystem)+\(release)"] {
                    return .packages(override)
                }
                return .packages(specs)
            }
        }
        return nil
    }

    /// Maps one dependency needed in `category`. An entry that lists packages, but none
    /// for `category` (a library asked for as a build tool), is reported as not packaged
    /// for that category rather than mapped to nothing.
    public func outcome(for url: DepURL, category: DependencyCategory) -> DependencyOutcome {
        let found = mappedOutcome(for: url, category: category)
        guard case .mapped(let packages, let via) = found.status, packages.isEmpty else { return found }
        let specs = via.flatMap { lookupSpecs($0) } ?? lookupSpecs(catalog.canonical(url)) ?? PackageSpecs()
        let others = DependencyCategory.allCases.filter { !specs[$0].isEmpty }.map(\.rawValue)
        let note = "no package for the \(category.rawValue) category; the mapping lists "
            + others.joined(separator: " and ") + " packages"
        return DependencyOutcome(dependency: url, category: category, status: .notPackaged(note: note))
    }

    private func lookupSpecs(_ id: DepURL) -> PackageSpecs? {
        if case .packages(let specs) = lookup(id) { return specs }
        return nil
    }

    private func mappedOutcome(for url: DepURL, category: DependencyCategory) -> DependencyOutcome {
        let canonical = catalog.canonical(url)
        let via = canonical == url.withoutVersion ? nil : canonical
        let direct = lookup(canonical)
        if case .packages(let specs) = direct, !specs.isEmpty {
            return DependencyOutcome(dependency: url, category: category,
                                     status: .mapped(packages: specs[category], via: via))
        }
        if canonical.isVirtual {
            for provider in catalog.providers(of: canonical) {
                if case .packages(let specs) = lookup(provider), !specs.isEmpty {
                    return DependencyOutcome(dependency: url, category: category,
                                             status: .mapped(packages: specs[category], via: provider))
                }
            }
        }
        switch direct {
        case .notPackaged(let note):
            return DependencyOutcome(dependency: url, category: category, status: .notPackaged(note: note))
        case .packages:
            // PEP 804: an empty list means the ecosystem has no package for it.
            return DependencyOutcome(dependency: url, category: category, status: .notPackaged(note: nil))
        case nil:
            return DependencyOutcome(dependency: url, category: category, status: .unmapped)
        }
    }

    /// Maps every dependency, rendering versions in the package manager's syntax.
    ///
    /// A package asked for by several dependencies appears once, with their version
    /// constraints combined (`>=12.4` and `>=12.4,<13` give `>=12.4,<13`); a constraint the
    /// manager cannot write is dropped with one warning naming the dependency.
    public func resolve(_ requests: [(url: DepURL, category: DependencyCategory)]) -> Resolution {
        var outcomes: [DependencyOutcome] = []
        var names: [String] = []
        var constraints: [String: [DepURLVersion.Constraint]] = [:]
        var warnings: [String] = []
        var warned: Set<DepURL> = []
        let syntax = packageManager.versionSyntax
        for request in requests {
            let outcome = self.outcome(for: request.url, category: request.category)
            outcomes.append(outcome)
            guard case .mapped(let mapped, let via) = outcome.status else { continue }
            var version = request.url.version
            if let constraint = version, let provider = via, request.url.isVirtual {
                if warned.insert(request.url).inserted {
                    warnings.append("\(request.url): the version constraint `\(constraint)` applies to the interface, "
                        + "not to its provider \(provider); dropped")
                }
                version = nil
            }
            for package in mapped {
                if constraints[package] == nil {
                    names.append(package)
                    constraints[package] = []
                }
                guard let version else { continue }
                guard syntax?.arguments(package, version: version) != nil else {
                    if warned.insert(request.url).inserted {
                        warnings.append("\(request.url): \(packageManager.name) cannot express the version "
                            + "constraint `\(version)`; dropped")
                    }
                    continue
                }
                for clause in version.constraints where !constraints[package]!.contains(clause) {
                    constraints[package]!.append(clause)
                }
            }
        }
        var packages: [String] = []
        var seen: Set<String> = []
        for name in names {
            let clauses = constraints[name] ?? []
            let combined = clauses.isEmpty ? nil : DepURLVersion(combining: clauses)
            var arguments = syntax?.arguments(name, version: combined)
            if arguments == nil, let combined {
                warnings.append("\(name): \(packageManager.name) cannot express the combined version constraint "
                    + "`\(combined)`; dropped")
            }
            if arguments == nil { arguments = syntax?.arguments(name, version: nil) ?? [name] }
            for argument in arguments ?? [] where seen.insert(argument).inserted { packages.append(argument) }
        }
        return Resolution(ecosystem: mapping.ecosystem, release: release, packageManager: packageManager,
                          outcomes: outcomes, packages: packages, packageNames: names, warnings: warnings)
    }
}
