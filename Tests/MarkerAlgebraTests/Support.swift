import Foundation
import PEP440
import PEP508

@testable import MarkerAlgebra

/// A seeded generator, so that every property test is reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Versions chosen to sit on every kind of boundary a specifier draws.
let tricky = [
    "3.8", "3.8.0", "3.8.10", "3.9", "3.9.0", "3.9.0rc1", "3.9.0a1", "3.9.dev0", "3.9.0.dev3", "3.9.1", "3.9.post1",
    "3.9.0.post0.dev0", "3.9+local", "3.9.0+ubuntu.1", "3.9.1+1", "3.9rc1.post2", "3.9rc1+x", "3.9rc2.dev0",
    "3.9.0.0.1", "3.10", "3.10.2", "3.11.4", "3.11.4+local", "3.13.0rc1", "3.12.0.dev1", "2.7.18", "1!3.9.0",
    "1!0.1", "0", "0.dev0", "4", "10.0", "3", "3.0", "3.1.dev0", "3.9.post1.dev2", "3.9.post2", "3.9.0b2",
]

/// Marker comparisons of every shape, in addition to the corpus's.
let syntheticAtoms: [String] = {
    var out: [String] = []
    let ops = ["==", "!=", "<", "<=", ">", ">=", "~=", "===", "in", "not in"]
    let versionLiterals = [
        "3.8", "3.9", "3.9.0", "3.9rc1", "3.9.1", "3.*", "3.9.*", "3", "3.9+local", "3.9.post1", "3.9.dev0",
        "1!3.9", "foo", "3.10", "2.7", "3.8.10", "3.11.4+local",
    ]
    for name in ["python_version", "python_full_version", "implementation_version"] {
        for op in ops {
            for literal in versionLiterals.prefix(op == "in" || op == "not in" ? 3 : versionLiterals.count) {
                out.append("\(name) \(op) \"\(literal)\"")
                if literal.count % 3 == 0 || op == "<" || op == "~=" { out.append("\"\(literal)\" \(op) \(name)") }
            }
        }
    }
    for name in ["platform_release", "platform_version"] {
        for op in ops {
            for literal in ["5.15", "5.15.0-91-generic", "6", "#1 SMP", "5.*", "linuxkit", "23.1.0", "5.15+x"] {
                out.append("\(name) \(op) \"\(literal)\"")
                if op == "in" || op == "not in" || op == "<" { out.append("\"\(literal)\" \(op) \(name)") }
            }
        }
    }
    for (name, literals) in [
        ("sys_platform", ["linux", "win32", "lin", "", "darwin"]), ("os_name", ["nt", "posix"]),
        ("platform_machine", ["x86_64", "aarch64"]), ("implementation_name", ["cpython", "pypy"]),
        ("platform_python_implementation", ["CPython", "PyPy"]), ("platform_system", ["Linux", "Windows"]),
    ] {
        for op in ops {
            for literal in literals {
                out.append("\(name) \(op) \"\(literal)\"")
                if op == "in" || op == "not in" || op == "==" { out.append("\"\(literal)\" \(op) \(name)") }
            }
        }
    }
    for op in ops {
        for literal in ["test", "Test_Extra", "dev", ""] {
            out.append("extra \(op) \"\(literal)\"")
            if op == "==" || op == "in" { out.append("\"\(literal)\" \(op) extra") }
        }
    }
    for name in ["extras", "dependency_groups", "sys_abi_features", "variant_features"] {
        for literal in ["dev", "Test_Extra", "t", "x86_64 :: level :: v3"] {
            out.append("\"\(literal)\" in \(name)")
            out.append("\"\(literal)\" not in \(name)")
        }
        out.append("\(name) == \"dev\"")
    }
    out += [
        "\"a\" == \"a\"", "python_version == python_full_version", "variant_label == \"cu12\"",
        "variant_label != \"cu12\"",
    ]
    return out
}()

/// The comparisons of the corpus's markers.
func corpusAtoms() -> [String] {
    var atoms = Set<String>()
    for marker in corpusMarkers() {
        collect(marker.tree, into: &atoms)
    }
    return atoms.sorted()
}

private func collect(_ tree: MarkerTree, into atoms: inout Set<String>) {
    switch tree {
    case .comparison(let c): atoms.insert(c.description)
    case .group(let terms, _): for t in terms { collect(t, into: &atoms) }
    }
}

/// The markers of `../shared/corpus/requires-dist.txt` (empty when it is absent).
func corpusMarkers() -> [Marker] {
    corpusLines().compactMap { try? Requirement(parsing: $0).marker }
}

func corpusLines() -> [String] {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/corpus/requires-dist.txt").standardized.path
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").map(String.init)
}

let sharedCorpusAvailable = !corpusLines().isEmpty

/// Random markers: `and`/`or` trees over the given atoms.
func randomMarker(_ atoms: [String], _ rng: inout SplitMix, depth: Int = 3, width: Int = 3) -> String {
    if depth == 0 || rng.next() % 3 == 0 { return atoms[Int(rng.next() % UInt64(atoms.count))] }
    let n = 2 + Int(rng.next() % UInt64(width - 1))
    var text = ""
    for i in 0..<n {
        if i > 0 { text += rng.next() % 2 == 0 ? " and " : " or " }
        let part = randomMarker(atoms, &rng, depth: depth - 1, width: width)
        text += part.contains(" and ") || part.contains(" or ") ? "(\(part))" : part
    }
    return text
}

/// Environments the algebra reasons about: every variable has a value of the right shape,
/// `python_full_version` is a version and `python_version` its first two numbers.
func randomEnvironment(_ rng: inout SplitMix, literals: [String] = []) -> MarkerEnvironment {
    func pick(_ values: [String]) -> String { values[Int(rng.next() % UInt64(values.count))] }
    func subset(_ values: [String]) -> Set<String> { Set(values.filter { _ in rng.next() % 3 == 0 }) }
    var env = MarkerEnvironment()
    let fulls = tricky + ["3.11.4+", "3.9.0", "3.10.0", "3.12.1", "3.8.18"]
    var full = pick(fulls)
    if full.hasSuffix("+") { full += "" }
    env["python_full_version"] = .string(full)
    let parsed = Version(full.hasSuffix("+") ? full + "local" : full)!
    env["python_version"] = .string(PythonVersions.truncation(parsed).text)
    let versionish = tricky + ["foo", "3.8.*", "5.15.0-91-generic", "#1 SMP", "5.*", "linuxkit", "5.15", "5.15+x", "6", "23.1.0", "5.15.0", "3.9+local", "3.11.4+local"]
    env["implementation_version"] = .string(pick(versionish))
    env["platform_release"] = .string(pick(versionish))
    env["platform_version"] = .string(pick(versionish))
    let strings = ["linux", "win32", "darwin", "lin", "", "nt", "posix", "x86_64", "aarch64", "cpython", "pypy", "CPython", "PyPy", "Linux", "Windows", "cu12", "other", "linux2"] + literals
    for name in ["sys_platform", "os_name", "platform_machine", "implementation_name", "platform_python_implementation", "platform_system", "variant_label"] {
        env[name] = .string(pick(strings))
    }
    let names = ["", "test", "Test_Extra", "test-extra", "dev", "docs", "all", "tests", "testing"] + literals
    env["extra"] = .string(pick(names))
    for name in ["extras", "dependency_groups", "sys_abi_features"] {
        env[name] = .set(subset(names + ["t"]))
    }
    for name in ["variant_features", "variant_namespaces", "variant_properties"] {
        env[name] = .set(subset(["x86_64::level::v3", "dev", "t"]))
    }
    return env
}

/// `Marker.evaluate` as an ``Outcome``.
func reference(_ marker: Marker, _ env: MarkerEnvironment, _ context: MarkerContext = .metadata) -> Outcome {
    do { return .value(try marker.evaluate(in: env, context: context)) } catch { return .raises }
}

/// An environment as `name=value` pairs, for failure messages.
func describe(_ env: MarkerEnvironment) -> String {
    env.names.map { name -> String in
        switch env[name] {
        case .string(let s)?: return "\(name)=\(s)"
        case .set(let s)?: return "\(name)=\(s.sorted())"
        case nil: return name
        }
    }.joined(separator: " ")
}
