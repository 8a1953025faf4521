// swift-tools-version:6.0
import PackageDescription

// The two core modules (PEP440, PEP508) depend on nothing, not even Foundation:
// resolvers embed them and they sit on every hot path.
let package = Package(
    name: "pepcheck",
    products: [
        .library(name: "PEP440", targets: ["PEP440"]),
        .library(name: "PEP508", targets: ["PEP508"]),
        .library(name: "TOML", targets: ["TOML"]),
        .library(name: "External", targets: ["External"]),
        .library(name: "MarkerAlgebra", targets: ["MarkerAlgebra"]),
        .library(name: "Lint", targets: ["Lint"]),
        .library(name: "Conformance", targets: ["Conformance"]),
        .library(name: "Host", targets: ["Host"]),
        .library(name: "SystemIO", targets: ["SystemIO"]),
        .executable(name: "pepcheck", targets: ["pepcheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries, found through pkg-config.
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),

        // Core.
        .target(name: "PEP440"),
        .target(name: "PEP508", dependencies: ["PEP440"]),
        .target(name: "MarkerAlgebra", dependencies: ["PEP440", "PEP508"]),

        // Supporting libraries.
        .target(name: "SystemIO"),
        .target(name: "JSON"),
        .target(name: "Diagnostics", dependencies: ["JSON", "PEP440"]),
        .target(name: "TOML"),
        .target(name: "YAML", dependencies: ["CYAML"]),
        .target(name: "Reports", dependencies: ["CLibXML2", "Diagnostics"]),
        .target(name: "Host", dependencies: ["PEP508", "JSON", "SystemIO"], exclude: ["CPU/ArchspecLicense"]),
        // The mapping tables are compiled into the module (no resource bundle): the plugin
        // loads Mappings/*.yaml at build time and embeds their trees in a Swift source.
        .target(
            name: "External",
            dependencies: ["PEP440", "PEP508", "TOML", "YAML", "JSON", "Diagnostics", "SystemIO"],
            exclude: ["Mappings/README.md", "Mappings/SCHEMA.md", "Mappings/VERIFIED.md"],
            plugins: ["EmbedMappingTables"]),
        .target(
            name: "Lint",
            dependencies: ["PEP440", "PEP508", "MarkerAlgebra", "TOML", "External", "Diagnostics", "SystemIO"]),
        .target(name: "Conformance", dependencies: ["PEP440", "PEP508", "MarkerAlgebra", "JSON", "Reports", "SystemIO"]),

        // Executables: thin shells over the libraries.
        .executableTarget(
            name: "pepcheck",
            dependencies: [
                "PEP440", "PEP508", "MarkerAlgebra", "Lint", "External", "Conformance", "Host", "Diagnostics", "JSON",
                "Reports", "SystemIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "pepcheck-bench", dependencies: ["PEP440", "PEP508", "SystemIO"]),
        .executableTarget(name: "pepcheck-algebra-bench", dependencies: ["MarkerAlgebra", "PEP440", "PEP508"]),

        // Build tools.
        .executableTarget(name: "embed-mapping-tables", dependencies: ["YAML"]),
        .plugin(name: "EmbedMappingTables", capability: .buildTool(), dependencies: ["embed-mapping-tables"]),

        // Tests.
        .testTarget(name: "PEP440Tests", dependencies: ["PEP440"]),
        .testTarget(name: "PEP508Tests", dependencies: ["PEP508"]),
        .testTarget(name: "MarkerAlgebraTests", dependencies: ["MarkerAlgebra", "PEP440", "PEP508"]),
        .testTarget(name: "TOMLTests", dependencies: ["TOML"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"], exclude: ["Fixtures"]),
        .testTarget(name: "ExternalTests", dependencies: ["External"], exclude: ["Fixtures", "Reference", "Golden"]),
        .testTarget(name: "LintTests", dependencies: ["Lint"], exclude: ["Fixtures", "Snapshots", "corpus-expectations.txt"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "JSON", "Reports"]),
        .testTarget(name: "ConformanceTests", dependencies: ["Conformance", "JSON", "Reports", "SystemIO"]),
        .testTarget(name: "HostTests", dependencies: ["Host", "JSON"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "CLITests", dependencies: ["pepcheck", "SystemIO"], exclude: ["Fixtures"]),
        .testTarget(name: "SystemIOTests", dependencies: ["SystemIO"]),
    ]
)

// libFuzzer targets (Fuzz/README.md). Only `Scripts/fuzz` builds them, with PEPCHECK_FUZZ=1,
// its own scratch path and the fuzzer and address sanitizers: the normal build does not see them.
if Context.environment["PEPCHECK_FUZZ"] == "1" {
    package.targets += [
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .executableTarget(
            name: "pepcheck-fuzz",
            dependencies: [
                "CLibFuzzer", "PEP440", "PEP508", "MarkerAlgebra", "JSON", "Diagnostics", "TOML", "YAML", "Reports",
                "External", "Lint", "Conformance",
            ],
            path: "Fuzz/Sources"),
    ]
}
