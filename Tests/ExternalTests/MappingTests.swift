import Foundation
import Testing
import YAML
@testable import External

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

private func catalog(withOverride: Bool = false) throws -> MappingCatalog {
    let base = try MappingCatalog.load(directory: fixtures.appendingPathComponent("mappings").path)
    guard withOverride else { return base }
    return base.overridden(by: try MappingCatalog.load(directory: fixtures.appendingPathComponent("override").path))
}

private func url(_ text: String) -> DepURL { DepURL(text)! }

struct MappingCase: CustomTestStringConvertible, Sendable {
    var ecosystem: String
    var release: String? = nil
    var manager: String? = nil
    var dependency: String
    var category: DependencyCategory
    var status: DependencyOutcome.Status
    var testDescription: String { "\(dependency) \(category) on \(ecosystem)\(release.map { "+" + $0 } ?? "")" }
}

@Suite struct MappingResolution {
    static let cases: [MappingCase] = [
        .init(ecosystem: "debian", dependency: "dep:generic/openblas", category: .host,
              status: .mapped(packages: ["libopenblas-dev"], via: nil)),
        .init(ecosystem: "debian", dependency: "dep:generic/openblas", category: .run,
              status: .mapped(packages: ["libopenblas0"], via: nil)),
        // Release override, and fallback to the plain entry for another release.
        .init(ecosystem: "debian", release: "11", dependency: "dep:generic/openblas", category: .run,
              status: .mapped(packages: ["libopenblas0-pthread"], via: nil)),
        .init(ecosystem: "debian", release: "12", dependency: "dep:generic/openblas", category: .run,
              status: .mapped(packages: ["libopenblas0"], via: nil)),
        // Inherits: ubuntu has no openblas entry, debian's applies.
        .init(ecosystem: "ubuntu", release: "24.04", dependency: "dep:generic/openblas", category: .host,
              status: .mapped(packages: ["libopenblas-dev"], via: nil)),
        // ubuntu's own entry wins over debian's; its release override applies.
        .init(ecosystem: "ubuntu", dependency: "dep:virtual/compiler/c", category: .build,
              status: .mapped(packages: ["gcc-13"], via: nil)),
        .init(ecosystem: "ubuntu", release: "22.04", dependency: "dep:virtual/compiler/c", category: .build,
              status: .mapped(packages: ["gcc-12"], via: nil)),
        // Aliases: registry `aliases`, and `provides` of a non-virtual id.
        .init(ecosystem: "debian", dependency: "dep:generic/libopenblas", category: .host,
              status: .mapped(packages: ["libopenblas-dev"], via: url("dep:generic/openblas"))),
        .init(ecosystem: "debian", dependency: "dep:github/apache/arrow", category: .host,
              status: .mapped(packages: ["libarrow-dev"], via: url("dep:generic/arrow"))),
        // Virtual ids: the ecosystem's own mapping first, else the first packaged provider.
        .init(ecosystem: "conda-forge", dependency: "dep:virtual/interface/blas", category: .host,
              status: .mapped(packages: ["libblas"], via: nil)),
        .init(ecosystem: "debian", dependency: "dep:virtual/interface/blas", category: .host,
              status: .mapped(packages: ["libopenblas-dev"], via: url("dep:generic/openblas"))),
        .init(ecosystem: "debian", dependency: "dep:virtual/interface/lapack@>=3.7.1", category: .run,
              status: .mapped(packages: ["libopenblas0"], via: url("dep:generic/openblas"))),
        // An empty list for the requested category, others filled: reported, not mapped to nothing.
        .init(ecosystem: "debian", dependency: "dep:generic/zlib", category: .build,
              status: .notPackaged(note: "no package for the build category; the mapping lists host and run packages")),
        .init(ecosystem: "debian", dependency: "dep:generic/libz", category: .host,
              status: .mapped(packages: ["zlib1g-dev", "zlib1g"], via: nil)),
        // not-packaged vs unmapped.
        .init(ecosystem: "debian", dependency: "dep:generic/cuda", category: .host,
              status: .notPackaged(note: "NVIDIA's own apt repository only")),
        .init(ecosystem: "ubuntu", dependency: "dep:generic/cuda", category: .host,
              status: .notPackaged(note: "NVIDIA's own apt repository only")),
        .init(ecosystem: "debian", dependency: "dep:generic/unknown-lib", category: .host, status: .unmapped),
        .init(ecosystem: "conda-forge", dependency: "dep:generic/cuda", category: .host, status: .unmapped),
        .init(ecosystem: "conda-forge", dependency: "dep:virtual/interface/lapack", category: .host,
              status: .mapped(packages: ["openblas"], via: url("dep:generic/openblas"))),
        // Qualifiers unknown to the table fall back to the package identity.
        .init(ecosystem: "debian", dependency: "dep:generic/zlib?arch=arm64", category: .run,
              status: .mapped(packages: ["zlib1g"], via: nil)),
    ]

    @Test(arguments: cases)
    func resolves(_ c: MappingCase) throws {
        let resolver = try MappingResolver(catalog: try catalog(), ecosystem: c.ecosystem, release: c.release,
                                           packageManager: c.manager)
        #expect(resolver.outcome(for: url(c.dependency), category: c.category).status == c.status)
    }

    @Test func versionsRenderedOrDroppedWithOneWarning() throws {
        let requests: [(url: DepURL, category: DependencyCategory)] = [
            (url("dep:generic/zlib@>=1.2,<2"), .host), (url("dep:generic/openblas@0.3.21"), .host),
            (url("dep:generic/zlib@>=1.2,<2"), .run),
        ]
        let conda = try MappingResolver(catalog: try catalog(), ecosystem: "conda-forge").resolve(requests)
        #expect(conda.packages == ["zlib>=1.2,<2", "openblas==0.3.21"])
        #expect(conda.warnings.isEmpty)

        let pkgconf = try MappingResolver(catalog: try catalog(), ecosystem: "conda-forge", packageManager: "pkgconf")
            .resolve(requests)
        #expect(pkgconf.packages == ["zlib >= 1.2", "zlib < 2", "openblas"])
        #expect(pkgconf.warnings == ["dep:generic/openblas@0.3.21: pkgconf cannot express the version constraint `0.3.21`; dropped"])

        // apt has no version syntax: each constrained dependency warns once, even when
        // it maps to several packages or is requested in several categories.
        let apt = try MappingResolver(catalog: try catalog(), ecosystem: "debian").resolve(requests)
        #expect(apt.packages == ["zlib1g-dev", "zlib1g", "libopenblas-dev"])
        #expect(apt.warnings == [
            "dep:generic/zlib@>=1.2,<2: apt cannot express the version constraint `>=1.2,<2`; dropped",
            "dep:generic/openblas@0.3.21: apt cannot express the version constraint `0.3.21`; dropped",
        ])
    }

    @Test func virtualVersionThroughProviderIsDropped() throws {
        let result = try MappingResolver(catalog: try catalog(), ecosystem: "conda-forge")
            .resolve([(url("dep:virtual/interface/lapack@>=3.7.1"), .host)])
        #expect(result.packages == ["openblas"])
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].hasPrefix("dep:virtual/interface/lapack@>=3.7.1: the version constraint `>=3.7.1`"))
    }

    @Test func deduplicatesInStableOrderAndBuildsCommands() throws {
        let result = try MappingResolver(catalog: try catalog(), ecosystem: "debian").resolve([
            (url("dep:virtual/compiler/c"), .build), (url("dep:generic/zlib"), .host),
            (url("dep:generic/libz"), .host), (url("dep:generic/zlib"), .run), (url("dep:generic/cuda"), .host),
            (url("dep:generic/nothing"), .host),
        ])
        #expect(result.packages == ["gcc", "zlib1g-dev", "zlib1g"])
        #expect(result.installCommand == ["apt-get", "install", "--yes", "gcc", "zlib1g-dev", "zlib1g"])
        #expect(result.packageManager.install?.requiresElevation == true)
        #expect(result.queryCommands.map(\.command) == [
            ["dpkg-query", "--show", "--showformat=${Status}", "gcc"],
            ["dpkg-query", "--show", "--showformat=${Status}", "zlib1g-dev"],
            ["dpkg-query", "--show", "--showformat=${Status}", "zlib1g"],
        ])
        #expect(result.notPackaged.map(\.dependency) == [url("dep:generic/cuda")])
        #expect(result.unmapped.map(\.dependency) == [url("dep:generic/nothing")])
        #expect(result.outcomes.count == 6)
    }

    @Test func userDirectoryOverridesAndExtends() throws {
        let merged = try catalog(withOverride: true)
        let resolver = try MappingResolver(catalog: merged, ecosystem: "debian")
        #expect(resolver.outcome(for: url("dep:virtual/compiler/c"), category: .build).status
                == .mapped(packages: ["clang"], via: nil))
        #expect(resolver.outcome(for: url("dep:generic/newthing"), category: .run).status
                == .mapped(packages: ["newthing"], via: nil))
        // Entries the override does not name survive; so do the package managers.
        #expect(resolver.outcome(for: url("dep:generic/zlib"), category: .run).status
                == .mapped(packages: ["zlib1g"], via: nil))
        #expect(resolver.packageManager.name == "apt")
        #expect(merged.ecosystems["debian"]?.name == "Debian (patched)")
        #expect(merged.definition(for: url("dep:generic/newthing"))?.description == "Added by a user directory")
        #expect(merged.definitions.count == 10)
    }

    @Test func unknownEcosystemAndManager() throws {
        #expect(throws: MappingResolver.SetupError.self) { try MappingResolver(catalog: try catalog(), ecosystem: "gentoo") }
        #expect(throws: MappingResolver.SetupError.self) {
            try MappingResolver(catalog: try catalog(), ecosystem: "debian", packageManager: "dnf")
        }
        // ubuntu inherits debian's package managers.
        #expect(try MappingResolver(catalog: try catalog(), ecosystem: "ubuntu").packageManager.name == "apt")
    }
}

struct SetupCase: CustomTestStringConvertible, Sendable {
    var ecosystem: String
    var release: String?
    var message: String?
    var testDescription: String { "\(ecosystem)+\(release ?? "(none)")" }
}

/// What `MappingResolver` accepts before it maps anything: releases the tables name,
/// and no `same-as` cycle in the files it reads.
@Suite struct MappingSetup {
    static let cases: [SetupCase] = [
        .init(ecosystem: "debian", release: nil, message: nil),
        // Declared by the file, or named by an override key.
        .init(ecosystem: "debian", release: "12", message: nil),
        .init(ecosystem: "debian", release: "11", message: nil),
        .init(ecosystem: "debian", release: "99", message: "expected a release of debian (12, 11), found `99`"),
        .init(ecosystem: "debian", release: "", message: "expected a release of debian (12, 11), found none after `debian+`"),
        // ubuntu's own releases, and override keys for ubuntu in the file it inherits;
        // debian's releases are not ubuntu's.
        .init(ecosystem: "ubuntu", release: "22.04", message: nil),
        .init(ecosystem: "ubuntu", release: "11", message: "expected a release of ubuntu (24.04, 22.04), found `11`"),
        .init(ecosystem: "conda-forge", release: "1",
              message: "expected no release of conda-forge (its tables name none), found `1`"),
    ]

    @Test(arguments: cases)
    func releases(_ c: SetupCase) throws {
        let catalog = try catalog()
        do throws(MappingResolver.SetupError) {
            _ = try MappingResolver(catalog: catalog, ecosystem: c.ecosystem, release: c.release)
            #expect(c.message == nil)
        } catch {
            #expect(error.message == c.message)
        }
    }

    /// Each file alone is free of cycles; layered, they close one.
    @Test func aCycleClosedByAnOverrideIsAnError() throws {
        var base = MappingCatalog()
        try base.add(fileNamed: "debian.yaml", bytes: Array("""
            schema-version: "1"
            ecosystem: debian
            package-managers: [{name: apt, default: "true"}]
            mappings:
              - {id: "dep:generic/a", same-as: "dep:generic/b"}
              - {id: "dep:generic/b", packages: [b]}

            """.utf8))
        var user = MappingCatalog()
        try user.add(fileNamed: "debian.yaml", bytes: Array("""
            schema-version: "1"
            ecosystem: debian
            mappings:
              - {id: "dep:generic/b", same-as: "dep:generic/a"}

            """.utf8), displayPath: "maps/debian.yaml")
        #expect(throws: MappingResolver.SetupError(message: "maps/debian.yaml: expected `same-as` to lead to a mapping, "
            + "found the cycle `dep:generic/a` → `dep:generic/b` → `dep:generic/a`")) {
            try MappingResolver(catalog: base.overridden(by: user), ecosystem: "debian")
        }
        #expect(try MappingResolver(catalog: base, ecosystem: "debian")
            .outcome(for: url("dep:generic/a"), category: .run).status == .mapped(packages: ["b"], via: nil))
    }
}

struct BadMappingCase: CustomTestStringConvertible, Sendable {
    var file: String
    var code: String
    var position: String
    var message: String
    var testDescription: String { file }
}

@Suite struct MappingFileErrors {
    static let cases: [BadMappingCase] = [
        .init(file: "unknown-key.yaml", code: "unknown-key", position: "6:5", message: "found `colour`"),
        .init(file: "duplicate-id.yaml", code: "duplicate-key", position: "6:9",
              message: "expected each id once, found `dep:generic/a` again (first at 4:5)"),
        .init(file: "bad-id.yaml", code: "invalid-value", position: "4:9", message: "expected a DepURL, found `pkg:generic/a`"),
        .init(file: "no-placeholder.yaml", code: "invalid-value", position: "5:24",
              message: "expected exactly one argument with a `{}` placeholder, found 0"),
        .init(file: "schema-version.yaml", code: "invalid-value", position: "1:17",
              message: "expected schema-version `1`, found `2`"),
        .init(file: "same-as-cycle.yaml", code: "invalid-value", position: "7:14",
              message: "expected `same-as` to lead to a mapping, found the cycle `dep:generic/a` → `dep:generic/b` → `dep:generic/a`"),
        .init(file: "same-as-self.yaml", code: "invalid-value", position: "5:14",
              message: "found the cycle `dep:generic/a` → `dep:generic/a`"),
        .init(file: "releases-scalar.yaml", code: "unexpected-type", position: "3:11",
              message: "expected a sequence, found scalar `12`"),
        .init(file: "not-packaged-bool.yaml", code: "invalid-value", position: "5:19",
              message: "expected `true` or `false`, found `yes`"),
    ]

    @Test(arguments: cases)
    func reports(_ c: BadMappingCase) throws {
        let path = fixtures.appendingPathComponent("bad").appendingPathComponent(c.file)
        var catalog = MappingCatalog()
        do {
            try catalog.add(fileNamed: c.file, bytes: [UInt8](try Data(contentsOf: path)))
            Issue.record("accepted")
        } catch let error as YAMLError {
            #expect(error.code.rawValue == c.code)
            #expect(error.mark.description == c.position, "\(error)")
            #expect(error.message.contains(c.message), "\(error.message)")
            #expect(error.file == c.file)
        }
    }
}

struct DetectionCase: CustomTestStringConvertible, Sendable {
    var name: String
    var osRelease: String?
    var environment: [String: String]
    var expected: EcosystemDetector.Detection?
    var testDescription: String { name }
}

@Suite struct EcosystemDetection {
    static let cases: [DetectionCase] = [
        .init(name: "debian", osRelease: "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n",
              environment: [:], expected: .init(ecosystem: "debian", release: "12", packageManager: nil)),
        .init(name: "ubuntu", osRelease: "ID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"24.04\"\n", environment: [:],
              expected: .init(ecosystem: "ubuntu", release: "24.04", packageManager: nil)),
        .init(name: "mint via ID_LIKE", osRelease: "ID=linuxmint\nID_LIKE='ubuntu debian'\nVERSION_ID=21.3\n",
              environment: [:], expected: .init(ecosystem: "ubuntu", release: nil, packageManager: nil)),
        .init(name: "unknown os", osRelease: "ID=plan9\n", environment: [:], expected: nil),
        .init(name: "no os-release", osRelease: nil, environment: [:], expected: nil),
        .init(name: "conda wins", osRelease: "ID=debian\n", environment: ["CONDA_PREFIX": "/opt/conda"],
              expected: .init(ecosystem: "conda-forge", release: nil, packageManager: nil)),
        .init(name: "pixi", osRelease: "ID=debian\n", environment: ["PIXI_PROJECT_ROOT": "/p", "CONDA_PREFIX": "/p/.pixi"],
              expected: .init(ecosystem: "conda-forge", release: nil, packageManager: "pixi")),
        .init(name: "nix shell", osRelease: "ID=debian\n", environment: ["IN_NIX_SHELL": "impure"],
              expected: .init(ecosystem: "nix", release: nil, packageManager: nil)),
        .init(name: "empty CONDA_PREFIX ignored", osRelease: "ID=debian\nVERSION_ID=11", environment: ["CONDA_PREFIX": ""],
              expected: .init(ecosystem: "debian", release: "11", packageManager: nil)),
        .init(name: "comments and escapes", osRelease: "# c\nID=\"deb\\ian\"\n", environment: [:],
              expected: .init(ecosystem: "debian", release: nil, packageManager: nil)),
    ]

    @Test(arguments: cases)
    func detects(_ c: DetectionCase) throws {
        #expect(EcosystemDetector.detect(osRelease: c.osRelease, environment: c.environment, catalog: try catalog()) == c.expected)
    }
}
