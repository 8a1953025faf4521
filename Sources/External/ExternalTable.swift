import PEP440
import PEP508

/// The PEP 725 `[external]` table: seven keys, each value a list of external dependency
/// specifiers (or, for the `optional-*` keys and `dependency-groups`, named lists).
public struct ExternalTable: Hashable, Sendable {
    /// A named list: an extra of an `optional-*` key.
    public struct Extra: Hashable, Sendable {
        public var name: String
        public var dependencies: [ExternalDependency]
    }

    /// One item of a dependency group: a specifier or an `{include-group = "name"}` table.
    public enum GroupItem: Hashable, Sendable {
        case dependency(ExternalDependency)
        case includeGroup(String)
    }

    /// A PEP 735-style group of external dependencies.
    public struct Group: Hashable, Sendable {
        public var name: String
        public var items: [GroupItem]
    }

    public static let keys = [
        "build-requires", "host-requires", "dependencies", "optional-build-requires", "optional-host-requires",
        "optional-dependencies", "dependency-groups",
    ]

    public var buildRequires: [ExternalDependency] = []
    public var hostRequires: [ExternalDependency] = []
    public var dependencies: [ExternalDependency] = []
    public var optionalBuildRequires: [Extra] = []
    public var optionalHostRequires: [Extra] = []
    public var optionalDependencies: [Extra] = []
    public var dependencyGroups: [Group] = []

    public init() {}

    /// Reads the table, collecting every problem instead of stopping at the first.
    public static func read(_ value: ExternalValue) -> (table: ExternalTable, issues: [ExternalTableIssue]) {
        var reader = ExternalTableReader()
        let table = reader.read(value)
        return (table, reader.issues)
    }

    /// PEP 685 normalisation of extra and group names: lower case, runs of `-_.` as `-`.
    public static func normalize(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar == "." {
                pendingDash = true
            } else {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Core Metadata 2.6 fields: `Requires-External-Dep` for `dependencies`, then per
    /// `optional-dependencies` extra a `Provides-External-Extra` followed by its
    /// specifiers with `extra == "name"` added to their marker. Build and host
    /// requirements and dependency groups do not appear in Core Metadata (PEP 725).
    public func metadataFields() -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = dependencies.map { ("Requires-External-Dep", $0.description) }
        for extra in optionalDependencies {
            let name = Self.normalize(extra.name)
            fields.append(("Provides-External-Extra", name))
            for dependency in extra.dependencies {
                fields.append(("Requires-External-Dep", dependency.description(extra: name)))
            }
        }
        return fields
    }

    /// The DepURLs to map, with their categories: the chosen categories' required lists,
    /// the named extras of the matching `optional-*` keys, and the named groups (their
    /// members count as `run`; PEP 725 gives groups no category).
    ///
    /// With an `environment`, a specifier whose marker is false there is left out; an
    /// extra's members are evaluated with `extra` set to that extra's name, everything
    /// else with `extra` set to `""` unless the environment gives one. Without one,
    /// markers are not evaluated. Throws on an unknown extra or group, an include
    /// cycle, or a marker that cannot be evaluated.
    public func selection(include: Set<DependencyCategory>, extras: [String], groups: [String],
                          environment: MarkerEnvironment? = nil)
        throws(ExternalSelectionError) -> [(url: DepURL, category: DependencyCategory)]
    {
        var result: [(url: DepURL, category: DependencyCategory)] = []
        let wanted = Set(extras.map(Self.normalize))
        var found: Set<String> = []
        let sections: [(DependencyCategory, [ExternalDependency], [Extra])] = [
            (.build, buildRequires, optionalBuildRequires), (.host, hostRequires, optionalHostRequires),
            (.run, dependencies, optionalDependencies),
        ]
        for (category, required, optional) in sections {
            let chosen = optional.filter { wanted.contains(Self.normalize($0.name)) }
            found.formUnion(chosen.map { Self.normalize($0.name) })
            guard include.contains(category) else { continue }
            for dependency in required where try Self.applies(dependency, in: environment, extra: nil) {
                result.append((dependency.url, category))
            }
            for extra in chosen {
                for dependency in extra.dependencies
                where try Self.applies(dependency, in: environment, extra: Self.normalize(extra.name)) {
                    result.append((dependency.url, category))
                }
            }
        }
        if let missing = extras.first(where: { !found.contains(Self.normalize($0)) }) {
            throw ExternalSelectionError(message: "expected an extra of [external], found `\(missing)`")
        }
        for group in groups {
            for dependency in try members(ofGroup: group, visiting: [])
            where try Self.applies(dependency, in: environment, extra: nil) {
                result.append((dependency.url, .run))
            }
        }
        return result
    }

    private static func applies(_ dependency: ExternalDependency, in environment: MarkerEnvironment?, extra: String?)
        throws(ExternalSelectionError) -> Bool
    {
        guard let marker = dependency.marker, var scoped = environment else { return true }
        if let extra {
            scoped["extra"] = .string(extra)
        } else if scoped["extra"] == nil {
            scoped["extra"] = .string("")
        }
        do throws(ParseError) {
            return try marker.evaluate(in: scoped)
        } catch {
            throw ExternalSelectionError(message: "\(dependency): \(error.message)")
        }
    }

    private func members(ofGroup name: String, visiting: [String]) throws(ExternalSelectionError) -> [ExternalDependency] {
        let key = Self.normalize(name)
        guard let group = dependencyGroups.first(where: { Self.normalize($0.name) == key }) else {
            throw ExternalSelectionError(message: "expected a group of [external.dependency-groups], found `\(name)`")
        }
        if visiting.contains(key) {
            throw ExternalSelectionError(
                message: "expected groups without include cycles, found `\((visiting + [key]).joined(separator: " -> "))`")
        }
        var urls: [ExternalDependency] = []
        for item in group.items {
            switch item {
            case .dependency(let dependency): urls.append(dependency)
            case .includeGroup(let other): urls += try members(ofGroup: other, visiting: visiting + [key])
            }
        }
        return urls
    }
}

/// A requested extra or group that the table does not define, or a group include cycle.
public struct ExternalSelectionError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
