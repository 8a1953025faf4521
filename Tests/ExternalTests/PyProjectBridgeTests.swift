import Testing
import TOML
@testable import External

/// The TOML → [external] bridge: values and spans in bytes of the file, including inside
/// strings with escapes.
@Suite struct PyProjectBridge {
    struct Case: CustomTestStringConvertible, Sendable {
        var toml: String
        var kind: String
        /// The source text the issue's span covers.
        var covers: String
        var testDescription: String { toml }
    }

    @Test(arguments: [
        Case(toml: "[external]\nhost-requires = [\"dep:generic/zlib@~=1.2\"]\n", kind: "unsupported-version-operator", covers: "~="),
        // `\u0040` is `@`: the span still lands on the source text of the operator.
        Case(toml: "[external]\nhost-requires = [\"dep:generic/zlib\\u0040!=1\"]\n", kind: "unsupported-version-operator", covers: "!="),
        Case(toml: "[external]\nbuild-requires = [1]\n", kind: "invalid-external-table", covers: "1"),
        Case(toml: "[external]\nfoo = []\n", kind: "invalid-external-table", covers: "foo"),
        Case(toml: "external = {dependencies = \"dep:generic/zlib\"}\n", kind: "invalid-external-table", covers: "\"dep:generic/zlib\""),
    ])
    func issueSpansPointIntoTheFile(_ test: Case) throws {
        let document = try TOMLDocument(parsing: test.toml)
        let (_, issues) = try #require(ExternalTable.read(pyproject: document))
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.kind.rawValue == test.kind)
        let bytes = Array(test.toml.utf8)
        #expect(String(decoding: bytes[issue.span], as: UTF8.self) == test.covers)
    }

    @Test func readsEveryKeyAndReportsAMissingTable() throws {
        let document = try TOMLDocument(parsing: """
            [external]
            build-requires = ["dep:virtual/compiler/c"]
            host-requires = ['dep:generic/openssl@>=3']
            dependencies = ["dep:generic/libffi; sys_platform == 'linux'"]
            [external.optional-dependencies]
            gpu = ["dep:generic/cuda"]
            [external.dependency-groups]
            dev = ["dep:generic/cmake", {include-group = "gpu-dev"}]
            gpu-dev = ["dep:generic/nccl"]
            """)
        let (table, issues) = try #require(ExternalTable.read(pyproject: document))
        #expect(issues.isEmpty)
        #expect(table.buildRequires.map(\.description) == ["dep:virtual/compiler/c"])
        #expect(table.hostRequires.map(\.description) == ["dep:generic/openssl@>=3"])
        #expect(table.dependencies.map(\.description) == ["dep:generic/libffi; sys_platform == \"linux\""])
        #expect(table.optionalDependencies.map(\.name) == ["gpu"])
        #expect(table.dependencyGroups.map(\.name) == ["dev", "gpu-dev"])
        #expect(ExternalTable.read(pyproject: try TOMLDocument(parsing: "[project]\nname = 'x'\n")) == nil)
    }
}

/// Resolution rules that the golden files rely on, over the bundled tables.
@Suite struct ResolutionRegressions {
    struct Case: CustomTestStringConvertible, Sendable {
        var ecosystem: String
        var dependencies: [String]
        var packages: [String]
        var warnings: Int
        var testDescription: String { "\(ecosystem): \(dependencies.joined(separator: " "))" }
    }

    @Test(arguments: [
        // One argument per package, constraints combined.
        Case(ecosystem: "conda-forge", dependencies: ["dep:generic/cuda@>=12.4", "dep:generic/cuda@>=12.4,<13"],
             packages: ["cuda-toolkit>=12.4,<13"], warnings: 0),
        // pacman takes each clause as its own target.
        Case(ecosystem: "arch", dependencies: ["dep:generic/cuda@>=12.4,<13"], packages: ["cuda>=12.4", "cuda<13"], warnings: 0),
        Case(ecosystem: "fedora", dependencies: ["dep:generic/cmake@>=3.26", "dep:generic/cmake"],
             packages: ["cmake >= 3.26"], warnings: 0),
        // apt has only `=`: a range is dropped with one warning per dependency.
        Case(ecosystem: "debian", dependencies: ["dep:generic/cmake@>=3.26", "dep:generic/cmake@>=3.26"],
             packages: ["cmake"], warnings: 1),
        Case(ecosystem: "debian", dependencies: ["dep:generic/cmake@3.28"], packages: ["cmake=3.28"], warnings: 0),
        Case(ecosystem: "homebrew", dependencies: ["dep:generic/cmake@3.28"], packages: ["cmake"], warnings: 1),
    ])
    func packagesAndWarnings(_ test: Case) throws {
        let resolver = try MappingResolver(catalog: try MappingCatalog.bundled(), ecosystem: test.ecosystem)
        let resolution = resolver.resolve(test.dependencies.map { (DepURL($0)!, DependencyCategory.build) })
        #expect(resolution.packages == test.packages)
        #expect(resolution.warnings.count == test.warnings, "\(resolution.warnings)")
    }

    /// A library asked for as a build tool has no build package: reported, not mapped to nothing.
    @Test func emptyCategoryIsNotPackaged() throws {
        let resolver = try MappingResolver(catalog: try MappingCatalog.bundled(), ecosystem: "debian")
        let outcome = resolver.outcome(for: DepURL("dep:generic/zlib")!, category: .build)
        #expect(outcome.status == .notPackaged(
            note: "no package for the build category; the mapping lists host and run packages"))
    }
}
