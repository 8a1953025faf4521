#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PEP440
import PEP508
import SystemIO

/// Times the core on the real `Requires-Dist` corpus, in process, and prints
/// nanoseconds per operation (best of several rounds).
///
///     pepcheck-bench [--json] [--only NAME,...] [--rounds N] [CORPUS]
///
/// `--only` runs the named benchmarks alone (with `--rounds 1` this suits
/// `valgrind --tool=callgrind`, whose instruction counts are deterministic).
/// Besides the three shared with Scripts/bench_peers.py there are PEP440-only
/// ones: specifier-parse, specifier-set-parse, version-compare, specifier-contains.
///
/// The inputs and the environment match Scripts/bench_peers.py, which times
/// pypa/packaging and pep508-rs, so that Scripts/bench-compare can divide.
@main
enum Bench {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let json = arguments.contains("--json")
        arguments.removeAll { $0 == "--json" }
        var only: Set<String>?
        var rounds = 7
        while let i = arguments.firstIndex(where: { $0 == "--only" || $0 == "--rounds" }), i + 1 < arguments.count {
            if arguments[i] == "--only" {
                only = Set(arguments[i + 1].split(separator: ",").map(String.init))
            } else {
                rounds = max(1, Int(arguments[i + 1]) ?? 7)
            }
            arguments.removeSubrange(i...i + 1)
        }
        let path = arguments.first ?? "../shared/corpus/requires-dist.txt"
        guard let data = try? FileSystem.readFile(path) else {
            try? TextOutput.standardError.write("pepcheck-bench: cannot read \(path)\n")
            exit(2)
        }
        let lines = String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }

        let requirements = lines.filter { (try? Requirement(parsing: $0)) != nil }
        let markers = requirements.compactMap { try? Requirement(parsing: $0).marker }
        let environment = linuxCPython311

        var results: [(String, Double, Int)] = []
        func run(_ name: String, _ operations: Int, _ body: () -> Int) {
            guard only?.contains(name) ?? true else { return }
            results.append((name, measure(operations, rounds: rounds, body), operations))
        }
        run("requirement-parse", requirements.count) {
            var count = 0
            for line in requirements {
                if let r = try? Requirement(parsing: line) { count &+= r.name.utf8.count }
            }
            return count
        }
        run("marker-evaluate", markers.count) {
            var count = 0
            for marker in markers where (try? marker.evaluate(in: environment, context: .metadata)) == true {
                count &+= 1
            }
            return count
        }
        let parsedSets = requirements.compactMap { try? Requirement(parsing: $0).specifier }
        let specifiers = parsedSets.flatMap(\.specifiers)
        let versions = specifiers.map(\.versionText)
        run("version-parse", versions.count) {
            var count = 0
            for text in versions where (try? Version(parsing: text)) != nil { count &+= 1 }
            return count
        }

        // PEP440 alone: the same specifiers and versions, without PEP508 around them.
        let specifierTexts = specifiers.map(\.description)
        run("specifier-parse", specifierTexts.count) {
            var count = 0
            for text in specifierTexts where (try? Specifier(parsing: text)) != nil { count &+= 1 }
            return count
        }
        let setTexts = parsedSets.filter { !$0.isEmpty }.map(\.description)
        run("specifier-set-parse", setTexts.count) {
            var count = 0
            for text in setTexts where (try? SpecifierSet(parsing: text)) != nil { count &+= 1 }
            return count
        }
        let parsedVersions = versions.compactMap { Version($0) }
        run("version-compare", parsedVersions.count * 16) {
            var count = 0
            for (i, v) in parsedVersions.enumerated() {
                for j in 0..<16 where v < parsedVersions[(i &+ j &* 37) % parsedVersions.count] { count &+= 1 }
            }
            return count
        }
        let nonEmptySets = parsedSets.filter { !$0.isEmpty }
        run("specifier-contains", nonEmptySets.count * 16) {
            var count = 0
            for (i, set) in nonEmptySets.enumerated() {
                for j in 0..<16 where set.contains(parsedVersions[(i &+ j &* 41) % parsedVersions.count]) { count &+= 1 }
            }
            return count
        }

        for (name, ns, ops) in results {
            if json {
                print("{\"name\":\"\(name)\",\"ns_per_op\":\(ns),\"ops\":\(ops)}")
            } else {
                print(padded(name, 20, left: false) + padded(tenths(ns), 9, left: true) + " ns/op  (\(ops) inputs)")
            }
        }
    }

    /// `value` with one decimal, as `%.1f` prints it.
    static func tenths(_ value: Double) -> String {
        let scaled = Int((value * 10).rounded())
        return "\(scaled / 10).\(scaled % 10)"
    }

    /// `text` padded with spaces to `width`, on the left (right-aligned) or the right.
    static func padded(_ text: String, _ width: Int, left: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }

    /// Best of several rounds of `body`, in nanoseconds per operation. The
    /// body returns a value that is printed nowhere but keeps the optimiser
    /// from dropping the work.
    static func measure(_ operations: Int, rounds: Int = 7, _ body: () -> Int) -> Double {
        var best = Double.infinity
        var sink = 0
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            let elapsed = clock.measure { sink &+= body() }
            let ns = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
            best = min(best, ns / Double(max(operations, 1)))
        }
        if sink == Int.min { print(sink) }
        return best
    }

    static let linuxCPython311: MarkerEnvironment = {
        var environment = MarkerEnvironment()
        let values = [
            "implementation_name": "cpython",
            "implementation_version": "3.11.7",
            "os_name": "posix",
            "platform_machine": "x86_64",
            "platform_python_implementation": "CPython",
            "platform_release": "6.1.0-18-amd64",
            "platform_system": "Linux",
            "platform_version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)",
            "python_full_version": "3.11.7",
            "python_version": "3.11",
            "sys_platform": "linux",
            "extra": "",
        ]
        for (name, value) in values { environment[name] = .string(value) }
        return environment
    }()
}
