import Diagnostics
import Testing
@testable import Lint

/// The rules on the marker algebra (PC204 to PC207, PC302): what each reports, where, with
/// which help, notes and fix, and where each stays silent. A finding is written as
/// `highlighted bytes | message | help… | notes… | fix`.
@Suite struct MarkerRuleTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var requiresPython: String? = ">=3.9"
        var dependencies: [String] = []
        var extras: [String: [String]] = [:]
        var groups: [String: [String]] = [:]
        var buildRequires: [String]? = nil
        var code: String
        var findings: [String]
        var description: String { name }

        var toml: String {
            func list(_ items: [String]) -> String { "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
            var text = "[project]\nname = \"demo\"\nversion = \"1\"\n"
            if let requiresPython { text += "requires-python = \"\(requiresPython)\"\n" }
            text += "dependencies = \(list(dependencies))\n"
            if !extras.isEmpty {
                text += "[project.optional-dependencies]\n" + extras.keys.sorted().map { "\($0) = \(list(extras[$0]!))\n" }.joined()
            }
            if let buildRequires { text += "[build-system]\nrequires = \(list(buildRequires))\n" }
            if !groups.isEmpty {
                text += "[dependency-groups]\n" + groups.keys.sorted().map { "\($0) = \(list(groups[$0]!))\n" }.joined()
            }
            return text
        }
    }

    static func findings(_ c: Case) -> [String] {
        let source = SourceFile(path: "pyproject.toml", text: c.toml)
        return Linter(overrides: Configuration(select: [c.code])).lint(source).filter { $0.code == c.code }.map { d in
            ([String(decoding: source.bytes[d.span], as: UTF8.self), d.message] + d.help.map { "help: " + $0 }
                + d.notes.map { "note: " + $0 } + [d.fix.map { "fix: " + $0 } ?? "no fix"]).joined(separator: " | ")
        }
    }

    static let dead: [Case] = [
        Case(name: "below requires-python", dependencies: ["a; python_version < '3.8'"], code: "PC204",
             findings: ["python_version < '3.8' | expected a marker true for some Python in `>=3.9`, found one that is always false | no fix"]),
        Case(name: "python_full_version ends where the range starts", dependencies: ["a; python_full_version < '3.9'"], code: "PC204",
             findings: ["python_full_version < '3.9' | expected a marker true for some Python in `>=3.9`, found one that is always false | no fix"]),
        Case(name: "`<3.9` excludes 3.9's pre-releases", dependencies: ["a; python_version == '3.9' and python_full_version < '3.9'"],
             code: "PC204",
             findings: ["python_version == '3.9' and python_full_version < '3.9' | expected a marker that some environment satisfies, found one that is always false | no fix"]),
        Case(name: "3.9's pre-releases are outside >=3.9", dependencies: ["a; python_full_version < '3.9.0'"], code: "PC204",
             findings: ["python_full_version < '3.9.0' | expected a marker true for some Python in `>=3.9`, found one that is always false | no fix"]),
        Case(name: "the range starts inside the minor", requiresPython: ">=3.8.10",
             dependencies: ["a; python_version < '3.9'"], code: "PC204", findings: []),
        Case(name: "a contradiction in itself", requiresPython: nil, dependencies: ["a; os_name == 'nt' and os_name == 'posix'"],
             code: "PC204",
             findings: ["os_name == 'nt' and os_name == 'posix' | expected a marker that some environment satisfies, found one that is always false | no fix"]),
        Case(name: "two extras at once", requiresPython: nil, dependencies: ["a; extra == 'x' and extra == 'y'"], code: "PC204",
             findings: ["extra == 'x' and extra == 'y' | expected a marker that some environment satisfies, found one that is always false | no fix"]),
        Case(name: "another extra's marker", extras: ["test": ["a; extra == 'docs'"]], code: "PC204",
             findings: ["extra == 'docs' | expected a marker that can hold with `extra == \"test\"`, found one that is always false | note: a requirement of `optional-dependencies.test` is published with `and extra == \"test\"` | no fix"]),
        Case(name: "alive on some Python", dependencies: ["a; python_version < '3.10'", "b; python_full_version >= '3.9.1'"],
             code: "PC204", findings: []),
        Case(name: "build requirements have no requires-python", buildRequires: ["a; python_version < '3.8'"], code: "PC204", findings: []),
        Case(name: "an unsatisfiable requires-python is PC303's", requiresPython: ">=3.9,<3.8", dependencies: ["a; python_version < '3.8'"],
             code: "PC204", findings: []),
        Case(name: "the same extra", extras: ["test": ["a; extra == 'TEST' or os_name == 'nt'"]], code: "PC204", findings: []),
        // Strings are not ordered (SPEC.md): false by the spec, true in packaging. PC202 speaks; PC204 does not.
        Case(name: "a comparison PC202 reports", dependencies: ["a; os_name > 'a'"], code: "PC204", findings: []),
        Case(name: "an opaque comparison", dependencies: ["a; 'arm' in platform_machine and platform_machine == 'x86_64'"],
             code: "PC204", findings: []),
    ]

    static let redundant: [Case] = [
        Case(name: "the whole marker", dependencies: ["tomli; python_version >= '3.8'"], code: "PC205",
             findings: ["; python_version >= '3.8' | expected a condition that `requires-python = \">=3.9\"` leaves open, found one that is always true | help: remove the marker | fix: "]),
        Case(name: "the first term of a chain", dependencies: ["a; python_version >= '3.8' and os_name == 'nt'"], code: "PC205",
             findings: ["python_version >= '3.8' and  | expected a condition that `requires-python = \">=3.9\"` leaves open, found one that is always true | help: remove `python_version >= '3.8' and` | fix: "]),
        Case(name: "a later term, written differently", dependencies: ["a; os_name == 'nt' and python_full_version != '3.8.*'"],
             code: "PC205",
             findings: [" and python_full_version != '3.8.*' | expected a condition that `requires-python = \">=3.9\"` leaves open, found one that is always true | help: remove `and python_full_version != '3.8.*'` | fix: "]),
        Case(name: "a parenthesised group", dependencies: ["a; os_name == 'nt' and (python_version > '3' or os_name == 'x')"],
             code: "PC205",
             findings: [" and (python_version > '3' or os_name == 'x') | expected a condition that `requires-python = \">=3.9\"` leaves open, found one that is always true | help: remove `and (python_version > '3' or os_name == 'x')` | fix: "]),
        Case(name: "a disjunct is not removable alone", dependencies: ["a; python_version >= '3.10' or os_name == 'nt'"],
             code: "PC205", findings: []),
        Case(name: "an or of an always-true term is always true", dependencies: ["a; python_version >= '3.8' or os_name == 'nt'"],
             code: "PC205",
             findings: ["; python_version >= '3.8' or os_name == 'nt' | expected a condition that `requires-python = \">=3.9\"` leaves open, found one that is always true | help: remove the marker | fix: "]),
        Case(name: "python_full_version above the range's start", dependencies: ["a; python_full_version >= '3.9.1'"], code: "PC205", findings: []),
        Case(name: "an extra's own extra", requiresPython: nil, extras: ["test": ["pytest ; extra == 'test'"]], code: "PC206",
             findings: [" ; extra == 'test' | expected a condition that `optional-dependencies.test` leaves open, found one that is always true | help: remove the marker | note: a requirement of `optional-dependencies.test` is published with `and extra == \"test\"` | fix: "]),
        Case(name: "an extra's own extra in a chain", requiresPython: nil, extras: ["test": ["a; sys_platform == 'linux' and extra == 'Test'"]],
             code: "PC206",
             findings: [" and extra == 'Test' | expected a condition that `optional-dependencies.test` leaves open, found one that is always true | help: remove `and extra == 'Test'` | note: a requirement of `optional-dependencies.test` is published with `and extra == \"test\"` | fix: "]),
        Case(name: "each term to its own rule", extras: ["test": ["a; python_version >= '3.8' and extra == 'test'"]], code: "PC206",
             findings: [" and extra == 'test' | expected a condition that `optional-dependencies.test` leaves open, found one that is always true | help: remove `and extra == 'test'` | note: a requirement of `optional-dependencies.test` is published with `and extra == \"test\"` | fix: "]),
        Case(name: "each term to its own rule (PC205)", extras: ["test": ["a; python_version >= '3.8' and extra == 'test'"]], code: "PC205",
             findings: ["python_version >= '3.8' and  | expected a condition that `requires-python = \">=3.9\"` leaves open, found one that is always true | help: remove `python_version >= '3.8' and` | fix: "]),
        Case(name: "only both together", extras: ["test": ["a; python_version >= '3.9' and extra == 'test' or os_name == 'nt'"]],
             code: "PC206",
             findings: ["; python_version >= '3.9' and extra == 'test' or os_name == 'nt' | expected a condition that `optional-dependencies.test` with `requires-python = \">=3.9\"` leaves open, found one that is always true | help: remove the marker | note: a requirement of `optional-dependencies.test` is published with `and extra == \"test\"` | fix: "]),
        Case(name: "requires-python alone", extras: ["test": ["a; python_version >= '3.9' or extra == 'test'"]], code: "PC205",
             findings: ["; python_version >= '3.9' or extra == 'test' | expected a condition that `requires-python = \">=3.9\"` leaves open, found one that is always true | help: remove the marker | fix: "]),
        Case(name: "extra in dependencies is no repetition", requiresPython: nil, dependencies: ["a; extra == 'test'"],
             extras: ["test": ["b"]], code: "PC206", findings: []),
        Case(name: "extra in a dependency group is no repetition", requiresPython: nil, groups: ["test": ["a; extra == 'test'"]],
             code: "PC206", findings: []),
    ]

    static let simpler: [Case] = [
        Case(name: "one bound implies the other", dependencies: ["a; python_version < '3.11' and python_version < '3.12'"], code: "PC207",
             findings: ["python_version < '3.11' and python_version < '3.12' | expected the marker's shortest form (1 comparison), found 2 comparisons | help: write `python_version < '3.11'` | fix: python_version < '3.11'"]),
        Case(name: "factored", requiresPython: nil,
             dependencies: ["a; (os_name == 'nt' and python_version < '3.11') or (os_name == 'posix' and python_version < '3.11')"],
             code: "PC207",
             findings: ["(os_name == 'nt' and python_version < '3.11') or (os_name == 'posix' and python_version < '3.11') | expected the marker's shortest form (3 comparisons), found 4 comparisons | help: write `python_version < '3.11' and (os_name == 'nt' or os_name == 'posix')` | fix: python_version < '3.11' and (os_name == 'nt' or os_name == 'posix')"]),
        Case(name: "a branch requires-python rules out", dependencies: ["a; python_version < '3.8' or os_name == 'nt'"], code: "PC207",
             findings: ["python_version < '3.8' or os_name == 'nt' | expected the marker's shortest form (1 comparison), found 2 comparisons | help: write `os_name == 'nt'` | fix: os_name == 'nt'"]),
        Case(name: "always true by itself", requiresPython: nil, dependencies: ["a; os_name == 'nt' or os_name != 'nt'"], code: "PC207",
             findings: ["; os_name == 'nt' or os_name != 'nt' | expected a marker that excludes some environment, found one that is always true | help: remove the marker | fix: "]),
        Case(name: "double quotes stay double (escaped)", requiresPython: nil,
             dependencies: ["a; os_name == \\\"nt\\\" or os_name == \\\"nt\\\""], code: "PC207",
             findings: ["os_name == \\\"nt\\\" or os_name == \\\"nt\\\" | expected the marker's shortest form (1 comparison), found 2 comparisons | help: write `os_name == \"nt\"` | fix: os_name == \\\"nt\\\""]),
        Case(name: "what PC205 removes is not counted twice", dependencies: ["a; python_version >= '3.8' and python_version < '3.11'"],
             code: "PC207", findings: []),
        Case(name: "already the shortest", requiresPython: nil,
             dependencies: ["a; sys_platform == 'linux' and (platform_machine == 'x86_64' or platform_machine == 'aarch64')"],
             code: "PC207", findings: []),
        Case(name: "python_version and python_full_version differ on pre-releases", requiresPython: nil,
             dependencies: ["a; python_version >= '3.9' and python_full_version >= '3.9'"], code: "PC207",
             findings: ["python_version >= '3.9' and python_full_version >= '3.9' | expected the marker's shortest form (1 comparison), found 2 comparisons | help: write `python_full_version >= '3.9'` | fix: python_full_version >= '3.9'"]),
        Case(name: "a dead marker is PC204's", dependencies: ["a; python_version < '3.8' and python_version < '3.7'"], code: "PC207",
             findings: []),
        Case(name: "a comparison PC202 reports", requiresPython: nil, dependencies: ["a; os_name > 'a' and os_name > 'a'"], code: "PC207",
             findings: []),
    ]

    static let conflicts: [Case] = [
        Case(name: "overlapping on one platform", requiresPython: nil, dependencies: ["numpy>=2", "numpy<1; sys_platform == 'win32'"],
             code: "PC302",
             findings: ["\"numpy<1; sys_platform == 'win32'\" | expected a range overlapping `>=2` for `numpy`, found `<1` | note: first required as `numpy>=2` on line 4 | note: both apply where `sys_platform == \"win32\"` | no fix"]),
        Case(name: "python_version and python_full_version", requiresPython: nil,
             dependencies: ["a>=2; python_version >= '3.10'", "a<1; python_full_version < '3.11'"], code: "PC302",
             findings: ["\"a<1; python_full_version < '3.11'\" | expected a range overlapping `>=2` for `a`, found `<1` | note: first required as `a>=2; python_version >= \"3.10\"` on line 4 | note: both apply where `python_version == \"3.10\" and python_full_version == \"3.10.14\"` | no fix"]),
        Case(name: "disjoint where the full version ends at the minor", requiresPython: nil,
             dependencies: ["a>=2; python_version >= '3.10'", "a<1; python_full_version < '3.10'"], code: "PC302", findings: []),
        Case(name: "kept apart by requires-python", requiresPython: ">=3.10",
             dependencies: ["a>=2", "a<1; python_version < '3.10' or sys_platform == 'emscripten' and python_version < '3.10'"],
             code: "PC302", findings: []),
        Case(name: "an extra's requirement against dependencies", requiresPython: nil, dependencies: ["a>=2; os_name == 'nt'"],
             extras: ["old": ["a<1"]], code: "PC302",
             findings: ["\"a<1\" | expected a range overlapping `>=2` for `a`, found `<1` | note: first required as `a>=2; os_name == \"nt\"` on line 4 | note: both apply where `os_name == \"nt\" and extra == \"old\"` | no fix"]),
        Case(name: "another extra's marker in an extra never applies", requiresPython: nil, dependencies: ["a>=2"],
             extras: ["old": ["a<1; extra == 'legacy'"]], code: "PC302", findings: []),
        // The algebra finds no witness for a substring test with the literal on the left, so
        // it cannot show the overlap: nothing is said rather than something unchecked.
        Case(name: "an opaque comparison without a witness", requiresPython: nil,
             dependencies: ["a>=2", "a<1; 'arm' in platform_machine"], code: "PC302", findings: []),
        Case(name: "an opaque comparison with a witness", requiresPython: nil,
             dependencies: ["a>=2; os_name == 'nt'", "a<1; '3.8' < python_version"], code: "PC302",
             findings: ["\"a<1; '3.8' < python_version\" | expected a range overlapping `>=2` for `a`, found `<1` | note: first required as `a>=2; os_name == \"nt\"` on line 4 | note: both apply where `os_name == \"nt\" and python_version == \"3.12\"` | no fix"]),
        Case(name: "a comparison PC202 reports: nothing said", requiresPython: nil,
             dependencies: ["a>=2", "a<1; os_name > 'a'"], code: "PC302", findings: []),
    ]

    @Test(arguments: dead + redundant + simpler + conflicts)
    func rule(_ c: Case) {
        #expect(Self.findings(c) == c.findings)
    }

    /// Thousands of distinct markers: each rule stays within the document's budget, and
    /// says nothing once it is spent rather than something unchecked.
    @Test func distinctMarkersStopAtTheAnalysisBudget() {
        let count = DocumentAlgebra.analysisBudget + 500
        let dependencies = (0..<count).map { "p\($0); os_name == 'nt' and os_name == 'nt' and sys_platform == 's\($0)'" }
        // Short enough that the analyses run out before the bytes do.
        #expect(DocumentAlgebra.analysisBudget * dependencies.map { $0.split(separator: ";")[1].utf8.count }.max()! < DocumentAlgebra.bytesBudget)
        let source = SourceFile(path: "pyproject.toml", text: Case(name: "", dependencies: dependencies, code: "PC207", findings: []).toml)
        let findings = Linter().lint(source)
        #expect(findings.count == DocumentAlgebra.analysisBudget)
        #expect(findings.allSatisfy { $0.code == "PC207" && $0.fix != nil })
    }

    /// 10,000 requirements with distinct markers, each shorter written (PC207): the markers
    /// are read in document order until a budget is spent, and from then on nothing is said
    /// about new ones — never a finding that was not checked.
    @Test func tenThousandDistinctMarkersStopAtABudget() {
        let count = 10_000
        let dependencies = (0..<count).map {
            "p\($0); python_version < '3.\(10 + $0 % 5)' and python_version < '3.\(11 + $0 % 5)' and sys_platform == 's\($0)'"
        }
        let source = SourceFile(path: "pyproject.toml", text: Case(name: "", dependencies: dependencies, code: "PC207", findings: []).toml)
        let findings = Linter().lint(source)
        #expect(findings.allSatisfy { $0.code == "PC207" && $0.fix != nil })
        // Exactly the first ones, up to the byte budget (whichever budget ends first).
        let lengths = dependencies.map { $0.split(separator: ";", maxSplits: 1)[1].utf8.count }
        var analysable = 0, bytes = 0
        while analysable < count, bytes + lengths[analysable] <= DocumentAlgebra.bytesBudget { bytes += lengths[analysable]; analysable += 1 }
        #expect(findings.count == min(analysable, DocumentAlgebra.analysisBudget))
        #expect(findings.count > 1_000)
        let highlighted = findings.map { String(decoding: source.bytes[$0.span], as: UTF8.self) }
        #expect(highlighted == dependencies.prefix(findings.count).map { String($0.split(separator: "; ", maxSplits: 1)[1]) })
    }

    /// Markers of 100 KB (long version literals, a long string literal, thousands of
    /// comparisons, deep parentheses) are not analysed, and do not stop the analysis of the
    /// short marker after them.
    @Test(arguments: [
        "python_full_version != '" + Array(repeating: "1", count: 780).joined(separator: ".") + "' and python_version >= '3.8'",
        "python_full_version != '3." + String(repeating: "9", count: 100_000) + "' and python_version >= '3.8'",
        "os_name == '" + String(repeating: "a", count: 100_000) + "' or os_name == '" + String(repeating: "a", count: 100_000) + "'",
        (0..<4_000).map { "python_version >= '3.\($0)'" }.joined(separator: " or "),
        String(repeating: "(", count: 3_000) + "os_name == 'nt'" + String(repeating: ")", count: 3_000),
        (0..<60).map { "python_full_version != '\(String(repeating: "7", count: 1_600))\($0)'" }.joined(separator: " and "),
    ])
    func aHundredKilobyteMarkerIsNotAnalysed(_ marker: String) {
        let source = SourceFile(path: "pyproject.toml", text: Case(
            name: "", dependencies: ["a; " + marker, "b; os_name == 'nt' or os_name == 'nt'"], code: "PC207", findings: []).toml)
        let findings = Linter().lint(source).filter { ["PC204", "PC205", "PC206", "PC207", "PC302"].contains($0.code) }
        #expect(findings.map { String(decoding: source.bytes[$0.span], as: UTF8.self) } == ["os_name == 'nt' or os_name == 'nt'"])
        #expect(findings.map(\.code) == ["PC207"])
    }

    /// A marker repeated on many requirements is analysed once, and reported on each.
    @Test func aRepeatedMarkerIsAnalysedOnce() {
        let count = DocumentAlgebra.analysisBudget * 3
        let dependencies = (0..<count).map { "p\($0); python_version < '3.8'" }
        let source = SourceFile(path: "pyproject.toml", text: Case(name: "", dependencies: dependencies, code: "PC204", findings: []).toml)
        let findings = Linter().lint(source)
        #expect(findings.count == count)
        #expect(findings.allSatisfy { $0.code == "PC204" })
    }

    @Test(arguments: [
        ("python_version < \"3.11\" and (os_name == \"nt\" or os_name == \"posix\")", "'",
         "python_version < '3.11' and (os_name == 'nt' or os_name == 'posix')"),
        ("platform_machine == \"it's\" or os_name == \"nt\"", "'", "platform_machine == \"it's\" or os_name == 'nt'"),
        ("os_name == 'a\"b'", "\"", "os_name == 'a\"b'"),
        ("os_name == \"nt\"", "\"", "os_name == \"nt\""),
    ])
    func requote(_ marker: String, _ quote: String, _ expected: String) {
        #expect(MarkerLocation.requote(marker, with: quote.unicodeScalars.first!) == expected)
    }

    @Test(arguments: [
        ("os_name == \"a\\b\"", StringEdit.Style.basic, "os_name == \\\"a\\\\b\\\""),
        ("os_name == \"a\\b\"", .multilineBasic, "os_name == \\\"a\\\\b\\\""),
        ("os_name == \"a\\b\"", .literal, "os_name == \"a\\b\""),
        ("os_name == 'nt'", .literal, nil),
        ("os_name == 'nt'", .multilineLiteral, "os_name == 'nt'"),
        ("os_name == '''nt'''", .multilineLiteral, nil),
        ("os_name == \"\u{7F}\"", .basic, "os_name == \\\"\\u007F\\\""),
    ] as [(String, StringEdit.Style, String?)])
    func encoding(_ text: String, _ style: StringEdit.Style, _ expected: String?) {
        #expect(StringEdit.encode(text, as: style) == expected)
    }
}
