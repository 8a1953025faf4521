import Foundation
import Testing

/// `pepcheck external`, run as a user runs it: the built binary, its exit code and
/// both streams. The golden files under Tests/ExternalTests/Golden hold the whole
/// transcript of `external show` for each example project, ecosystem and format.
@Suite("pepcheck external")
struct ExternalCommandTests {
    static let examples = ["cryptography-like", "cuda", "scientific"]
    static let ecosystems = ["debian", "ubuntu", "fedora", "arch", "conda-forge", "nix", "homebrew", "pkg-config"]
    static let environment = "Tests/CLITests/Fixtures/linux-cpython-3.11.json"

    struct GoldenCase: CustomTestStringConvertible, Sendable {
        var example: String
        var ecosystem: String
        var format: String
        var testDescription: String { "\(example) \(ecosystem) \(format)" }
        var arguments: [String] {
            ["external", "show", "Examples/\(example)", "--ecosystem", ecosystem, "--format", format,
             "--env", ExternalCommandTests.environment]
        }
        var file: URL {
            PepcheckProcess.packageRoot.appendingPathComponent("Tests/ExternalTests/Golden/\(example).\(ecosystem).\(format).txt")
        }
    }

    static let goldenCases: [GoldenCase] = examples.flatMap { example in
        ecosystems.flatMap { ecosystem in ["command", "json"].map { GoldenCase(example: example, ecosystem: ecosystem, format: $0) } }
    }

    static func transcript(_ arguments: [String], _ output: PepcheckProcess.Output) -> String {
        "$ pepcheck \(arguments.joined(separator: " "))\n--- stdout\n\(output.stdout)--- stderr\n\(output.stderr)--- exit \(output.status)\n"
    }

    @Test(arguments: goldenCases)
    func showMatchesGolden(_ golden: GoldenCase) throws {
        let output = try PepcheckProcess.run(golden.arguments)
        let expected = try String(contentsOf: golden.file, encoding: .utf8)
        #expect(Self.transcript(golden.arguments, output) == expected)
    }

    /// Where `--env` gives every value of this machine's that the table's markers read, or the
    /// table has no markers, no interpreter is asked: with none on the PATH the answer is the
    /// same and nothing is said about one (it warned that `sys_abi_features`, which no marker
    /// there reads, was not available).
    @Test(arguments: [
        ["external", "show", "Examples/cuda", "--ecosystem", "debian", "--format", "json", "--env", environment],
        ["external", "show", "Examples/scientific", "--ecosystem", "fedora", "--format", "json"],
    ])
    func markersThatReadNoneOfThisMachinesValuesAskNoInterpreter(_ arguments: [String]) throws {
        let usual = try PepcheckProcess.run(arguments)
        let output = try PepcheckProcess.run(arguments, environment: ["PATH": "/nonexistent-pepcheck-path"])
        #expect(output.status == 0)
        #expect(output.stderr == usual.stderr)
        #expect(!output.stderr.contains("interpreter"))
        #expect(output.stdout == usual.stdout)
        #expect(output.stdout.contains(#""depurl""#))
    }

    /// No install argument twice, whatever the example and ecosystem.
    @Test(arguments: goldenCases.filter { $0.format == "command" })
    func commandsHaveNoDuplicates(_ golden: GoldenCase) throws {
        let output = try PepcheckProcess.run(golden.arguments)
        let words = Self.shellWords(output.stdout)
        #expect(Set(words).count == words.count, "\(output.stdout)")
        #expect(output.status == 0)
    }

    /// Every dependency of the JSON outcome is either mapped to packages or named in a
    /// warning on standard error: nothing is lost silently.
    @Test(arguments: goldenCases.filter { $0.format == "json" })
    func everyUnmappedDependencyIsReported(_ golden: GoldenCase) throws {
        let output = try PepcheckProcess.run(golden.arguments)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let dependencies = try #require(object["dependencies"] as? [[String: Any]])
        #expect(!dependencies.isEmpty)
        for dependency in dependencies {
            let depurl = try #require(dependency["depurl"] as? String)
            switch dependency["status"] as? String {
            case "mapped":
                #expect(!((dependency["packages"] as? [String]) ?? []).isEmpty, "\(depurl) mapped to nothing")
            case "not-packaged":
                #expect(output.stderr.contains("warning: \(depurl) is not packaged in \(golden.ecosystem)"))
            case "unmapped":
                #expect(output.stderr.contains("warning: \(depurl) has no mapping for \(golden.ecosystem)"))
            default:
                Issue.record("unknown status for \(depurl)")
            }
        }
        // A version is dropped only where the manager has no syntax for it, with one warning per dependency.
        let dropped = output.stderr.split(separator: "\n").filter { $0.hasSuffix("; dropped") }
        #expect(Set(dropped).count == dropped.count)
        if ["arch", "conda-forge", "fedora", "pkg-config"].contains(golden.ecosystem) {
            #expect(dropped.isEmpty, "\(dropped)")
        }
    }

    /// Splits a command line the way a POSIX shell splits single-quoted words.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        for character in line {
            if character == "'" {
                quoted.toggle()
                inWord = true
            } else if character.isWhitespace && !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    @Test func shellWordsKeepQuotedSpaces() {
        #expect(Self.shellWords("dnf install 'a >= 1' b\n") == ["dnf", "install", "a >= 1", "b"])
    }

    struct Invocation: CustomTestStringConvertible, Sendable {
        var name: String
        var pyproject: String
        var arguments: [String]
        var status: Int32
        var stdout: String
        var stderr: String = ""
        /// The text of `maps/debian.yaml` (for `--mappings maps`), as bytes: a BOM must reach the file.
        var debianMapping: [UInt8] = Array(ExternalCommandTests.brokenMapping.utf8)
        var testDescription: String { name }
    }

    static let brokenMapping = """
        schema-version: "1"
        ecosystem: debian
        mappings:
          - id: "dep:generic/zlib"
            not-packaged: "false"

        """

    static let invocations: [Invocation] = [
        Invocation(name: "metadata with an extra", pyproject: """
            [external]
            dependencies = ["dep:generic/libffi", "dep:generic/zlib; sys_platform == 'win32' or os_name == 'nt'"]
            [external.optional-dependencies]
            Fast_Hash = ["dep:generic/xxhash"]
            """, arguments: ["external", "metadata", "pyproject.toml"], status: 0, stdout: """
            Requires-External-Dep: dep:generic/libffi
            Requires-External-Dep: dep:generic/zlib; sys_platform == "win32" or os_name == "nt"
            Provides-External-Extra: fast-hash
            Requires-External-Dep: dep:generic/xxhash; extra == "fast-hash"

            """),
        Invocation(name: "metadata of a build-only table", pyproject: """
            [external]
            build-requires = ["dep:virtual/compiler/c"]
            """, arguments: ["external", "metadata"], status: 0, stdout: "",
            stderr: "note: no [external] dependencies or optional-dependencies: build and host requirements have no Core Metadata fields\n"),
        Invocation(name: "markers against --env, --include and --extra", pyproject: """
            [external]
            build-requires = ["dep:generic/cmake"]
            host-requires = ["dep:generic/zlib; sys_platform == 'win32'", "dep:generic/libffi; sys_platform == 'linux'"]
            [external.optional-host-requires]
            yaml = ["dep:generic/libyaml; extra == 'yaml'"]
            """, arguments: ["external", "show", ".", "--ecosystem", "debian", "--include", "host", "--extra", "yaml",
                             "--format", "list", "--env", "env.json"],
            status: 0, stdout: "libffi8\nlibffi-dev\nlibyaml-0-2\nlibyaml-dev\n"),
        Invocation(name: "a dependency group", pyproject: """
            [external.dependency-groups]
            docs = ["dep:generic/graphviz"]
            all = [{include-group = "docs"}, "dep:generic/cmake"]
            """, arguments: ["external", "show", "--ecosystem", "arch", "--include", "build", "--group", "all", "--format", "list"],
            status: 0, stdout: "graphviz\ncmake\n"),
        Invocation(name: "an unknown extra", pyproject: "[external]\nhost-requires = []\n",
                   arguments: ["external", "show", "--ecosystem", "debian", "--extra", "gpu"], status: 2, stdout: "",
                   stderr: "error: expected an extra of [external], found `gpu`\n"),
        Invocation(name: "a bad specifier, located in the file", pyproject: """
            [project]
            name = "x"
            [external]
            host-requires = [
                "dep:generic/zlib@~=1.2",
            ]
            """, arguments: ["external", "show", "--ecosystem", "debian"], status: 2, stdout: "", stderr: """
            error[unsupported-version-operator]: expected one of `>=`, `>`, `<`, `<=`, `==`, found `~=`
             --> pyproject.toml:5:23
              |
            5 |     "dep:generic/zlib@~=1.2",
              |                       ^^

            """),
        Invocation(name: "a TOML syntax error", pyproject: "[external\n",
                   arguments: ["external", "metadata"], status: 2, stdout: "", stderr: """
            error[expected-bracket]: expected `]`, found newline
             --> pyproject.toml:1:10
              |
            1 | [external
              |          ^

            """),
        Invocation(name: "no [external] table", pyproject: "[project]\nname = \"x\"\n",
                   arguments: ["external", "show", "--ecosystem", "debian"], status: 0, stdout: "",
                   stderr: "note: pyproject.toml has no [external] table\n"),
        Invocation(name: "an ecosystem without a mapping for one dependency", pyproject: """
            [external]
            host-requires = ["dep:generic/libffi", "dep:generic/not-a-real-library"]
            """, arguments: ["external", "show", "--ecosystem", "homebrew"], status: 0, stdout: "brew install libffi\n",
            stderr: "warning: dep:generic/not-a-real-library has no mapping for homebrew; add one with --mappings DIR\n"),
        Invocation(name: "an unknown ecosystem", pyproject: "[external]\n",
                   arguments: ["external", "show", "--ecosystem", "gentoo"], status: 2, stdout: "",
                   stderr: "error: expected a known ecosystem (arch, conda-forge, debian, fedora, homebrew, nix, pkg-config, ubuntu), found `gentoo`\n"),
        Invocation(name: "a broken mapping file", pyproject: "[external]\nhost-requires = [\"dep:generic/zlib\"]\n",
                   arguments: ["external", "show", "--ecosystem", "debian", "--mappings", "maps"], status: 2, stdout: "",
                   stderr: """
            error[invalid-value]: expected `not-packaged: "true"` or no key, found `false`
             --> maps/debian.yaml:5:19
              |
            5 |     not-packaged: "false"
              |                   ^

            """),
        // `rendered` says `error:` itself; it was printed twice.
        Invocation(name: "an empty DepURL", pyproject: "", arguments: ["external", "map", ""], status: 2, stdout: "",
                   stderr: "error: expected `dep:`, found end of input\n\n^\n"),
        Invocation(name: "a release the tables do not name", pyproject: "",
                   arguments: ["external", "map", "--ecosystem", "debian+99", "dep:generic/zlib"], status: 2, stdout: "",
                   stderr: "error: expected a release of debian (12), found `99`\n"),
        Invocation(name: "an empty release", pyproject: "",
                   arguments: ["external", "map", "--ecosystem", "debian+", "dep:generic/zlib"], status: 2, stdout: "",
                   stderr: "error: expected a release of debian (12), found none after `debian+`\n"),
        Invocation(name: "a release of an ecosystem without releases", pyproject: "",
                   arguments: ["external", "map", "--ecosystem", "homebrew+14", "dep:generic/zlib"], status: 2,
                   stdout: "", stderr: "error: expected no release of homebrew (its tables name none), found `14`\n"),
        Invocation(name: "a release named by an override", pyproject: "",
                   arguments: ["external", "map", "--ecosystem", "ubuntu+22.04", "dep:generic/openssl"], status: 0,
                   stdout: "dep:generic/openssl: libssl3 libssl-dev\n"),
        Invocation(name: "a table starting with a byte order mark", pyproject: "",
                   arguments: ["external", "map", "--ecosystem", "debian", "--mappings", "maps", "dep:generic/zlib"],
                   status: 0, stdout: "dep:generic/zlib: zlib-from-bom\n",
                   debianMapping: [0xEF, 0xBB, 0xBF] + Array("""
                       schema-version: "1"
                       ecosystem: debian
                       mappings:
                         - id: "dep:generic/zlib"
                           packages: [zlib-from-bom]

                       """.utf8)),
        Invocation(name: "a same-as cycle", pyproject: "",
                   arguments: ["external", "map", "--ecosystem", "debian", "--mappings", "maps", "dep:generic/zlib"],
                   status: 2, stdout: "", stderr: """
            error[invalid-value]: expected `same-as` to lead to a mapping, found the cycle `dep:generic/zlib` → `dep:generic/libz` → `dep:generic/zlib`
             --> maps/debian.yaml:5:14
              |
            5 |     same-as: "dep:generic/libz"
              |              ^

            """, debianMapping: Array("""
                schema-version: "1"
                ecosystem: debian
                mappings:
                  - id: "dep:generic/zlib"
                    same-as: "dep:generic/libz"
                  - id: "dep:generic/libz"
                    same-as: "dep:generic/zlib"

                """.utf8)),
    ]

    /// The registry as JSON: every definition, keys in sorted order, written without Foundation.
    @Test func registryAsJSON() throws {
        let output = try PepcheckProcess.run(["external", "registry", "--format", "json"])
        #expect(output.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(items.count >= 395)
        let cxx = try #require(items.first { $0["id"] as? String == "dep:virtual/compiler/cxx" })
        #expect(cxx["aliases"] as? [String] == ["dep:virtual/compiler/cpp"])
        #expect(output.stdout.hasPrefix("[\n  {\n    \"aliases\": [],\n    \"description\": \"Compiler for the C language\",\n"))
    }

    /// `--mappings` can change the commands `external check` runs: the help says so.
    @Test(arguments: ["map", "show", "check"])
    func mappingsHelpNamesTheQueryCommands(_ command: String) throws {
        let output = try PepcheckProcess.run(["external", command, "--help"])
        let words = output.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("`external check` runs the query commands they give"), "\(output.stdout)")
        #expect(output.status == 0)
    }

    @Test(arguments: invocations)
    func invocation(_ invocation: Invocation) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-external-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("maps"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try invocation.pyproject.write(to: directory.appendingPathComponent("pyproject.toml"), atomically: true, encoding: .utf8)
        try #"{"sys_platform": "linux", "os_name": "posix"}"#.write(
            to: directory.appendingPathComponent("env.json"), atomically: true, encoding: .utf8)
        try Data(invocation.debianMapping).write(to: directory.appendingPathComponent("maps/debian.yaml"))
        let output = try PepcheckProcess.run(invocation.arguments, directory: directory)
        #expect(output.stdout == invocation.stdout)
        #expect(output.stderr == invocation.stderr)
        #expect(output.status == invocation.status)
    }

    static let hasDpkg = FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg-query")

    /// `external check` queries dpkg on this Debian machine: libyaml-dev is installed
    /// (pepcheck's YAML module links it), libzmq3-dev is not.
    @Test(.enabled(if: hasDpkg, "needs dpkg-query (a Debian machine)"))
    func checkReportsInstalledAndMissingPackages() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pyproject.toml")

        try "[external]\nhost-requires = [\"dep:generic/libyaml\"]\n".write(to: file, atomically: true, encoding: .utf8)
        let present = try PepcheckProcess.run(["external", "check", file.path, "--ecosystem", "debian"])
        #expect(present.stdout == "ok      libyaml-0-2\nok      libyaml-dev\n")
        #expect(present.status == 0)

        try "[external]\nhost-requires = [\"dep:generic/libyaml\", \"dep:generic/zeromq\"]\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let absent = try PepcheckProcess.run(["external", "check", file.path, "--ecosystem", "debian"])
        #expect(absent.stdout.contains("ok      libyaml-dev\n"))
        #expect(absent.stdout.contains("missing libzmq3-dev\n"))
        #expect(absent.stdout.hasSuffix(" missing, 0 without a package\n"))
        #expect(absent.status == 1)
    }
}
