import PEP440
import Testing
@testable import PEP508

struct FormatCase: Sendable, CustomTestStringConvertible {
    var input: String
    var output: String
    var testDescription: String { input }
}

struct EvalCase: Sendable, CustomTestStringConvertible {
    var marker: String
    var environment: [String: MarkerValue]
    var context: MarkerContext = .metadata
    /// true/false, or nil when the error kind below is expected.
    var result: Bool?
    var error: String? = nil
    var testDescription: String { marker }
}

@Suite struct MarkerFormatting {
    // Outputs are pypa/packaging 26.3's str(Marker(input)).
    static let cases: [FormatCase] = [
        .init(input: "python_version>'3.6'", output: "python_version > \"3.6\""),
        .init(input: "(os_name=='a')", output: "os_name == \"a\""),
        .init(input: "((os_name=='a'))", output: "os_name == \"a\""),
        .init(input: "(os_name=='a' and os_name=='b')", output: "os_name == \"a\" and os_name == \"b\""),
        .init(input: "(os_name=='a' and os_name=='b') or os_name=='c'", output: "(os_name == \"a\" and os_name == \"b\") or os_name == \"c\""),
        .init(input: "os_name=='a' and (os_name=='b')", output: "os_name == \"a\" and os_name == \"b\""),
        .init(input: "os_name=='a' and ((os_name=='b' or os_name=='c'))", output: "os_name == \"a\" and (os_name == \"b\" or os_name == \"c\")"),
        .init(input: "os_name=='a' and (os_name=='b' and os_name=='c')", output: "os_name == \"a\" and (os_name == \"b\" and os_name == \"c\")"),
        .init(input: "os.name == 'posix'", output: "os_name == \"posix\""),
        .init(input: "sys.platform == 'linux'", output: "sys_platform == \"linux\""),
        .init(input: "platform.version == '1'", output: "platform_version == \"1\""),
        .init(input: "platform.machine == 'x'", output: "platform_machine == \"x\""),
        .init(input: "platform.python_implementation == 'x'", output: "platform_python_implementation == \"x\""),
        .init(input: "python_implementation == 'x'", output: "platform_python_implementation == \"x\""),
        .init(input: "'3.6' <= python_version", output: "\"3.6\" <= python_version"),
        .init(input: "os_name == 'a\"b'", output: "os_name == 'a\"b'"),
        .init(input: "extra == 'Foo.Bar'", output: "extra == \"foo-bar\""),
        .init(input: "'Foo.Bar' == extra", output: "\"foo-bar\" == extra"),
        .init(input: "'Dev_Group' in dependency_groups", output: "\"dev-group\" in dependency_groups"),
        .init(input: "dependency_groups == 'Dev_Group'", output: "dependency_groups == \"Dev_Group\""),
        .init(input: "\"a\"in os_name", output: "\"a\" in os_name"),
        .init(input: "'a' not \t in os_name", output: "\"a\" not in os_name"),
        .init(input: "os_name=='a'or(os_name=='b')", output: "os_name == \"a\" or os_name == \"b\""),
        .init(input: "python_version == python_full_version", output: "python_version == python_full_version"),
        .init(input: "'a' == 'b'", output: "\"a\" == \"b\""),
        // Extension (SPEC.md): variant values normalised to PEP 825's `a :: b :: c` form.
        .init(input: "'foo::bar::baz' in variant_properties", output: "\"foo :: bar :: baz\" in variant_properties"),
        .init(input: "'foo  ::\tbar' in variant_features", output: "\"foo :: bar\" in variant_features"),
        .init(input: "' x86_64::level ' in variant_features", output: "\"x86_64 :: level\" in variant_features"),
        .init(input: "' nvidia ' in variant_namespaces", output: "\"nvidia\" in variant_namespaces"),
        .init(input: "'free-threading' in sys_abi_features", output: "\"free-threading\" in sys_abi_features"),
        .init(input: "variant_label == 'x::y'", output: "variant_label == \"x::y\""),
    ]

    @Test(arguments: cases)
    func description(_ c: FormatCase) throws {
        let marker = try Marker(parsing: c.input)
        #expect(marker.description == c.output)
        #expect(try Marker(parsing: marker.description) == marker)
    }

    @Test func combining() throws {
        let a = try Marker(parsing: "os_name == 'a' or os_name == 'b'")
        let b = try Marker(parsing: "python_version > '3'")
        #expect(a.and(b).description == "(os_name == \"a\" or os_name == \"b\") and python_version > \"3\"")
        #expect(a.or(b).description == "(os_name == \"a\" or os_name == \"b\") or python_version > \"3\"")
    }
}

@Suite struct MarkerParseErrors {
    static let cases: [InvalidInput] = [
        .init(input: "", start: 0, end: 0, message: "expected a marker variable or quoted string, found end of input"),
        .init(input: "gpu_features == 'x'", start: 0, end: 12, message: "expected a marker variable or quoted string, found `gpu_features`"),
        .init(input: "os_name == 'a' and", start: 18, end: 18, message: "expected a marker variable or quoted string, found end of input"),
        .init(input: "os_name 'a'", start: 8, end: 11, message: "expected a marker operator (`<=`, `<`, `!=`, `==`, `===`, `>=`, `>`, `~=`, `in`, `not in`), found `'a'`"),
        .init(input: "'a' inos_name", start: 4, end: 13, message: "expected a marker operator (`<=`, `<`, `!=`, `==`, `===`, `>=`, `>`, `~=`, `in`, `not in`), found `inos_name`"),
        .init(input: "'a' notin os_name", start: 4, end: 9, message: ""),
        .init(input: "platform.release == '1'", start: 0, end: 16, message: ""),
        .init(input: "os_name == 'a' ) ", start: 15, end: 16, message: "expected `and`, `or` or end of input, found `)`"),
        .init(input: "os_name ! 'a'", start: 8, end: 9, message: ""),
        .init(input: "'é' == os_name or ?", start: 18, end: 19, message: "expected a marker variable or quoted string, found `?`"),
    ]

    @Test(arguments: cases)
    func rejects(_ c: InvalidInput) {
        do {
            _ = try Marker(parsing: c.input)
            Issue.record("accepted \(c.input)")
        } catch {
            #expect(error.kind == .invalidMarker)
            #expect(error.span == SourceSpan(start: c.start, end: c.end))
            if !c.message.isEmpty { #expect(error.message == c.message) }
        }
    }

    @Test func nestingLimit() throws {
        let ok = String(repeating: "(", count: 64) + "os_name == 'a'" + String(repeating: ")", count: 64)
        #expect(try Marker(parsing: ok).description == "os_name == \"a\"")
        let deep = String(repeating: "(", count: 100_000) + "os_name == 'a'" + String(repeating: ")", count: 100_000)
        do {
            _ = try Marker(parsing: deep)
            Issue.record("accepted 100000 nested parentheses")
        } catch {
            #expect(error.kind == .invalidMarker)
            #expect(error.span == SourceSpan(start: 64, end: 65))
            #expect(error.message == "expected at most 64 nested parentheses, found `(`")
        }
    }

    @Test func megabyteInputs() throws {
        let clause = "os_name == 'a' or "
        let long = String(repeating: clause, count: 1_000_000 / clause.utf8.count) + "os_name == 'b'"
        let marker = try Marker(parsing: long)
        #expect(try marker.evaluate(in: ["os_name": "b"]) == true)
        let name = String(repeating: "a", count: 1_000_000)
        #expect(try Requirement(parsing: name).name.utf8.count == 1_000_000)
        let junk = String(repeating: "é(", count: 500_000)
        #expect(throws: ParseError.self) { try Requirement(parsing: "a;" + junk) }
        #expect(throws: ParseError.self) { try Marker(parsing: String(repeating: "\"", count: 1_000_001)) }
    }
}

@Suite struct MarkerEvaluation {
    static let linux: [String: MarkerValue] = [
        "python_version": "3.11", "python_full_version": "3.11.7", "implementation_version": "3.11.7",
        "os_name": "posix", "sys_platform": "linux", "platform_system": "Linux",
        "platform_release": "6.1.0-13-amd64", "platform_version": "#1 SMP PREEMPT_DYNAMIC Debian",
        "platform_machine": "x86_64", "platform_python_implementation": "CPython", "implementation_name": "cpython",
    ]

    static func env(_ extra: [String: MarkerValue]) -> [String: MarkerValue] {
        linux.merging(extra) { $1 }
    }

    static let cases: [EvalCase] = [
        // String fields.
        .init(marker: "os_name == 'posix'", environment: linux, result: true),
        .init(marker: "os_name != 'posix'", environment: linux, result: false),
        .init(marker: "os_name <= 'posix'", environment: linux, result: true),
        .init(marker: "os_name >= 'posiy'", environment: linux, result: false),
        .init(marker: "os_name < 'zzz'", environment: linux, result: false),
        .init(marker: "os_name > 'a'", environment: linux, result: false),
        .init(marker: "'os' in os_name", environment: linux, result: true),
        .init(marker: "os_name in 'posix nt'", environment: linux, result: true),
        .init(marker: "'' in os_name", environment: linux, result: true),
        .init(marker: "'POS' not in os_name", environment: linux, result: true),
        .init(marker: "os_name ~= 'posix'", environment: linux, result: nil, error: "undefined-comparison"),
        .init(marker: "os_name === 'posix'", environment: linux, result: nil, error: "undefined-comparison"),
        // Version fields.
        .init(marker: "python_version >= '3.8'", environment: linux, result: true),
        .init(marker: "python_version < '3.11'", environment: linux, result: false),
        .init(marker: "python_version == '3.*'", environment: linux, result: true),
        .init(marker: "python_full_version == '3.11'", environment: linux, result: false),
        .init(marker: "python_version == '3.11.0'", environment: linux, result: true),
        .init(marker: "'3.8' < python_version", environment: linux, result: true),
        .init(marker: "python_version ~= '3.9'", environment: linux, result: true),
        .init(marker: "python_version ~= '3'", environment: linux, result: nil, error: "undefined-comparison"),
        .init(marker: "python_version === '3.11'", environment: linux, result: true),
        .init(marker: "implementation_version === 'ABC'", environment: env(["implementation_version": "abc"]), result: true),
        .init(marker: "'3.1' in python_full_version", environment: linux, result: false),
        .init(marker: "'3.1' not in python_full_version", environment: linux, result: false),
        .init(marker: "python_version == 'foo'", environment: env(["python_version": "foo"]), result: true),
        .init(marker: "python_version != '3.8'", environment: env(["python_version": "foo"]), result: true),
        .init(marker: "python_version > '3.8'", environment: env(["python_version": "foo"]), result: false),
        .init(marker: "python_full_version > '3.13'", environment: env(["python_full_version": "3.13.1+"]), result: true),
        .init(marker: "python_full_version == '3.13.1+local'", environment: env(["python_full_version": "3.13.1+"]), result: true),
        .init(marker: "python_full_version >= '3.13.0'", environment: env(["python_full_version": "3.13.0rc1"]), result: false),
        .init(marker: "python_full_version >= '3.13.0rc1'", environment: env(["python_full_version": "3.13.0rc1"]), result: true),
        .init(marker: "python_full_version < '3.13'", environment: env(["python_full_version": "3.13.0rc1"]), result: false),
        // Version | String fields.
        .init(marker: "platform_release >= '22'", environment: env(["platform_release": "23.1.0"]), result: true),
        .init(marker: "platform_release >= '6'", environment: linux, result: false),
        .init(marker: "platform_release == '6.1.0-13-amd64'", environment: linux, result: true),
        .init(marker: "'amd64' in platform_release", environment: linux, result: true),
        .init(marker: "'SMP' in platform_version", environment: linux, result: true),
        .init(marker: "platform_version >= '13'", environment: env(["platform_version": "14.2"]), result: true),
        // Set fields.
        .init(marker: "'Test' in extras", environment: env(["extras": ["test"]]), context: .lockFile, result: true),
        .init(marker: "'test' in extras", environment: env(["extras": ["Te_st"]]), context: .lockFile, result: false),
        .init(marker: "'te-st' in extras", environment: env(["extras": ["Te_st"]]), context: .lockFile, result: true),
        .init(marker: "'test' not in extras", environment: linux, context: .lockFile, result: true),
        .init(marker: "'dev' in dependency_groups", environment: linux, context: .lockFile, result: false),
        .init(marker: "extras == 'test'", environment: env(["extras": ["test"]]), context: .lockFile, result: false),
        .init(marker: "'test' == extras", environment: env(["extras": ["test"]]), context: .lockFile, result: false),
        .init(marker: "'test' != extras", environment: env(["extras": ["test"]]), context: .lockFile, result: false),
        .init(marker: "extras in 'test'", environment: env(["extras": ["test"]]), context: .lockFile, result: false),
        .init(marker: "'test' in extras", environment: linux, context: .metadata, result: nil, error: "undefined-environment-name"),
        .init(marker: "'test' in extras", environment: env(["extras": "test"]), context: .lockFile, result: nil, error: "undefined-comparison"),
        .init(marker: "'free-threading' in sys_abi_features", environment: env(["sys_abi_features": ["free-threading", "64-bit"]]), result: true),
        .init(marker: "'debug' not in sys_abi_features", environment: env(["sys_abi_features": ["free-threading"]]), result: true),
        .init(marker: "'free-threading' in sys_abi_features", environment: linux, result: nil, error: "undefined-environment-name"),
        // extra.
        .init(marker: "extra == 'Foo_Bar'", environment: env(["extra": "foo.bar"]), result: true),
        .init(marker: "'foo-bar' == extra", environment: env(["extra": "FOO_BAR"]), result: true),
        .init(marker: "extra != 'test'", environment: linux, result: true),
        .init(marker: "extra == 'test'", environment: linux, result: false),
        .init(marker: "extra == ''", environment: linux, result: true),
        .init(marker: "extra >= 'test'", environment: env(["extra": "test"]), result: false),
        .init(marker: "'es' in extra", environment: env(["extra": "test"]), result: false),
        .init(marker: "extra ~= 'test'", environment: env(["extra": "test"]), result: false),
        .init(marker: "extra == 'b'", environment: env(["extra": ["a", "b"]]), result: true),
        .init(marker: "extra != 'b'", environment: env(["extra": ["a", "b"]]), result: false),
        .init(marker: "extra == 'test'", environment: linux, context: .requirement, result: nil, error: "undefined-environment-name"),
        .init(marker: "extra == 'test'", environment: env(["extra": "test"]), context: .lockFile, result: nil, error: "undefined-environment-name"),
        // Variants (PEP 825).
        .init(marker: "'foo :: bar' in variant_features", environment: env(["variant_features": ["foo::bar"]]), result: true),
        .init(marker: "'foo::bar::baz' in variant_properties", environment: env(["variant_properties": ["foo :: bar :: baz"]]), result: true),
        .init(marker: "'foo' in variant_namespaces", environment: env(["variant_namespaces": []]), result: false),
        .init(marker: "' foo :: bar ' in variant_features", environment: env(["variant_features": ["foo::bar"]]), result: true),
        .init(marker: "'foo::bar' in variant_features", environment: env(["variant_features": ["\tfoo :: bar "]]), result: true),
        .init(marker: "variant_label == ''", environment: env(["variant_label": ""]), result: true),
        // Composition: and binds tighter; every comparison is evaluated.
        .init(marker: "os_name == 'nt' and os_name == 'x' or os_name == 'posix'", environment: linux, result: true),
        .init(marker: "os_name == 'posix' or sys_platform == 'x' and os_name == 'nt'", environment: linux, result: true),
        .init(marker: "(os_name == 'posix' or sys_platform == 'x') and os_name == 'nt'", environment: linux, result: false),
        .init(marker: "os_name == 'posix' or implementation_name == 'x'", environment: ["os_name": "posix"], result: nil, error: "undefined-environment-name"),
        // No variable, or two.
        .init(marker: "'a' == 'a'", environment: linux, result: nil, error: "undefined-comparison"),
        .init(marker: "os_name == sys_platform", environment: linux, result: nil, error: "undefined-comparison"),
        .init(marker: "os_name == 'posix'", environment: ["os_name": ["posix"]], result: nil, error: "undefined-comparison"),
    ]

    @Test(arguments: cases)
    func evaluates(_ c: EvalCase) throws {
        let marker = try Marker(parsing: c.marker)
        let environment = MarkerEnvironment(c.environment)
        do {
            let value = try marker.evaluate(in: environment, context: c.context)
            #expect(value == c.result)
            #expect(c.error == nil)
        } catch {
            #expect(error.kind.rawValue == c.error)
            #expect(c.result == nil)
        }
    }

    // Literals of up to 16 bytes are kept in the comparison, longer ones are read from the
    // parsed text: both sides of that boundary, on either side of the operator, inside a
    // requirement and alone.
    @Test(arguments: [15, 16, 17, 40])
    func literalLengths(_ length: Int) throws {
        let value = String(repeating: "x", count: length - 1) + "y"
        let environment: MarkerEnvironment = ["platform_machine": .string(value), "extra": "dev"]
        for text in [
            "platform_machine == '\(value)'", "'\(value)' == platform_machine",
            "platform_machine in 'a \(value) b'", "'\(value.dropLast())' in platform_machine",
            "extra == 'dev' and platform_machine != '\(value)z'",
        ] {
            for marker in [try Marker(parsing: text), try #require(Requirement(parsing: "name; " + text).marker)] {
                #expect(try marker.evaluate(in: environment), "\(text)")
                #expect(marker.description == String(text.map { $0 == "'" ? "\"" : $0 }))
            }
        }
        let undefined = try Marker(parsing: "'\(value)' == '\(value)'")
        #expect(throws: ParseError.self) { try undefined.evaluate(in: environment) }
        #expect(undefined.description == "\"\(value)\" == \"\(value)\"")
    }

    // A marker of one comparison is stored compactly (or as a one-term program); wrapping it
    // in parentheses forces the general path. Both must mean the same.
    @Test(arguments: [
        "extra == 'test'", "extra == 'Dev_Tools'", "'dev-tools' == extra", "extra != 'x'", "extra > 'x'",
        "os_name == 'posix'", "'posix' == os_name", "os_name in 'posix nt'", "'pos' in os_name",
        "os_name not in 'nt'", "os_name ~= 'posix'", "python_version >= '3.8'", "'3.8' <= python_version",
        "python_version in '3.8 3.11'", "python_version === '3.11'", "platform_release > '6'",
        "platform_version == 'a very long platform version string'", "'a' == 'a'", "os_name == sys_platform",
        "'x' in extras", "'X_Y' not in dependency_groups", "'nvidia::cuda' in variant_properties",
        "sys_platform  ==  'linux'  ", "implementation_name=='cpython'",
    ])
    func singleComparisonMatchesGeneralPath(_ text: String) throws {
        let single = try Marker(parsing: text)
        let general = try Marker(parsing: "(" + text + ")")
        let inRequirement = try #require(Requirement(parsing: "name ; " + text).marker)
        #expect(single.description == general.description)
        #expect(inRequirement == single)
        let environments: [MarkerEnvironment] = [
            ["os_name": "posix", "sys_platform": "linux", "python_version": "3.11", "platform_release": "6.1",
             "platform_version": "a very long platform version string", "implementation_name": "cpython",
             "extra": "dev-tools", "extras": ["x"], "dependency_groups": ["x-y"],
             "variant_properties": ["nvidia :: cuda"]],
            ["os_name": "nt", "python_version": "3.7", "extra": "test"],
        ]
        for environment in environments {
            for context in [MarkerContext.metadata, .lockFile] {
                let a = Result { () throws(ParseError) in try single.evaluate(in: environment, context: context) }
                let b = Result { () throws(ParseError) in try general.evaluate(in: environment, context: context) }
                switch (a, b) {
                case (.success(let x), .success(let y)): #expect(x == y)
                case (.failure(let x), .failure(let y)):
                    #expect(x.kind == y.kind)
                    #expect(x.message == y.message)
                default: Issue.record("\(text): \(a) against \(b)")
                }
            }
        }
    }

    @Test func evaluationErrorSpan() throws {
        let marker = try Marker(parsing: "os_name == 'posix' and  os_name ~= 'x'")
        do {
            _ = try marker.evaluate(in: ["os_name": "posix"])
            Issue.record("expected an error")
        } catch {
            #expect(error.span == SourceSpan(start: 24, end: 38))
        }
    }
}

@Suite struct MarkerExtension {
    @Test func registeredSetVariable() throws {
        var variables = MarkerVariables.standard
        let registered = variables.register("gpu_features", type: .set)
        #expect(registered)
        for rejected in ["os_name", "os.name", "and", "9lives", ""] {
            let accepted = variables.register(rejected, type: .set)
            #expect(!accepted, "\(rejected)")
        }
        #expect(variables.type(of: "gpu_features") == .set)
        #expect(MarkerVariables.standard.type(of: "gpu_features") == nil)
        let marker = try Marker(parsing: "'cuda' in gpu_features and gpu_features == 'cuda'", variables: variables)
        #expect(marker.description == "\"cuda\" in gpu_features and gpu_features == \"cuda\"")
        var environment = MarkerEnvironment()
        environment["gpu_features"] = ["cuda"]
        #expect(try marker.evaluate(in: environment) == false)
        let membership = try Marker(parsing: "'cuda' in gpu_features", variables: variables)
        #expect(try membership.evaluate(in: environment) == true)
        #expect(throws: ParseError.self) { try Marker(parsing: "'cuda' in gpu_features") }
        let requirement = try Requirement(parsing: "torch; 'Cuda' in gpu_features", variables: variables)
        #expect(requirement.description == "torch; \"Cuda\" in gpu_features")
    }

    @Test func registeredStringAndVersionVariables() throws {
        let variables = MarkerVariables.standard
            .registering("glibc_version", type: .version)
            .registering("libc", type: .string)
        let marker = try Marker(parsing: "glibc_version >= '2.28' and libc == 'glibc'", variables: variables)
        #expect(try marker.evaluate(in: ["glibc_version": "2.31", "libc": "glibc"]) == true)
        #expect(try marker.evaluate(in: ["glibc_version": "2.17", "libc": "glibc"]) == false)
    }

    @Test func environmentAccessors() {
        var environment: MarkerEnvironment = ["os.name": "posix", "custom": ["a"]]
        #expect(environment["os_name"] == "posix")
        #expect(environment.names == ["os_name", "custom"])
        environment["os_name"] = nil
        #expect(environment["os.name"] == nil)
    }
}
