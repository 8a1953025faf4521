#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MarkerAlgebra
import PEP440
import PEP508

/// Times the marker algebra, in process, per operation, and prints one JSON object per
/// benchmark: median, 90th percentile and maximum nanoseconds per operation (of the best
/// round for the median), total milliseconds of the best round, and the output's size in
/// comparisons. Scripts/bench-algebra times dep-logic and poetry-core on the same inputs.
///
///     pepcheck-algebra-bench [--rounds N] [--pairs N] [--only NAME,…] [--outputs] CORPUS LOCK-MARKERS
///
/// CORPUS is a file of requirement lines (their markers are used), LOCK-MARKERS one marker
/// per line (`#` lines are comments). Pairs are sampled deterministically (`--pairs`, default
/// 2000 per set), the same way Scripts/bench_algebra_peers.py samples them.
@main
enum AlgebraBench {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var rounds = 5
        var pairCount = 2000
        while let i = arguments.firstIndex(where: { $0 == "--rounds" || $0 == "--pairs" }), i + 1 < arguments.count {
            let value = Int(arguments[i + 1]) ?? 0
            if arguments[i] == "--rounds" { rounds = max(1, value) } else { pairCount = max(1, value) }
            arguments.removeSubrange(i...i + 1)
        }
        arguments.removeAll { $0 == "--why" || $0 == "--outputs" }
        if let i = arguments.firstIndex(of: "--only"), i + 1 < arguments.count { arguments.removeSubrange(i...i + 1) }
        guard arguments.count == 2, let corpusText = read(arguments[0]), let lockText = read(arguments[1]) else {
            let usage = "usage: pepcheck-algebra-bench [--rounds N] [--pairs N] CORPUS LOCK-MARKERS\n"
            _ = usage.withCString { write(2, $0, strlen($0)) }
            exit(2)
        }
        let corpus = usable(unique(lines(corpusText).compactMap { (try? Requirement(parsing: $0))?.marker?.description }), arguments[0])
        let locks = usable(unique(lines(lockText).filter { !$0.hasPrefix("#") }), arguments[1])
        if CommandLine.arguments.contains("--outputs") {
            printOutputs(corpus, locks, pairCount)
            return
        }
        // The timer and harness cost of one timed region, included in every figure (the peers'
        // script reports its own).
        report("floor", pairCount, rounds) { time in
            for _ in 0..<pairCount {
                let start = now()
                opNothing()
                time(now() - start)
            }
            return 0
        }
        for (name, markers) in [("corpus", corpus), ("lock", locks)] {
            // The exact inputs, so that Scripts/bench_algebra_peers.py times the same markers.
            print("{\"name\": \"\(name)-markers\", \"markers\": [\(markers.map(jsonString).joined(separator: ", "))]}")
            let parsed = markers.map { text in must("parse `\(text)`") { try Marker(parsing: text) } }
            let pairs = samplePairs(markers.count, pairCount)
            // Parsing alone: part of `simplify` on both sides, so a floor under it.
            report("\(name)-parse", markers.count, rounds) { time in
                var size = 0
                for marker in markers {
                    let start = now()
                    let parsed = opParse(marker)
                    time(now() - start)
                    size += MarkerAlgebra.comparisonCount(parsed)
                }
                return size
            }
            report("\(name)-simplify", markers.count, rounds) { time in
                let algebra = MarkerAlgebra()
                var size = 0
                for marker in markers {
                    let start = now()
                    let simplified = opSimplify(algebra, marker)
                    time(now() - start)
                    size += comparisons(simplified)
                }
                return size
            }
            for op in ["and", "or", "implies"] {
                report("\(name)-\(op)", pairs.count, rounds) { time in
                    let algebra = MarkerAlgebra()
                    let conditions = parsed.map { marker in must("read `\(marker)`") { try algebra.condition(marker) } }
                    var size = 0
                    for (i, j) in pairs {
                        let (a, b) = (conditions[i], conditions[j])
                        let start = now()
                        let answer: Bool
                        switch op {
                        case "and": answer = opAnd(a, b)
                        case "or": answer = opOr(a, b)
                        default: answer = opImplies(a, b)
                        }
                        time(now() - start)
                        size += answer ? 1 : 0  // (for these, the number of true answers)
                    }
                    return size
                }
            }
            // Sizes per marker (comparisons), plain and under requires-python >=3.8 (as uv is
            // asked with --python-version 3.8), for Scripts/bench-algebra's size table.
            let algebra = MarkerAlgebra()
            let plain = parsed.map { marker in
                must("simplify `\(marker)`") { try algebra.simplify(marker) }.map(MarkerAlgebra.comparisonCount) ?? 0
            }
            let underRange = parsed.map { marker in
                must("simplify `\(marker)`") { try algebra.simplify(marker, requiresPython: pythonRange) }
                    .map(MarkerAlgebra.comparisonCount) ?? 0
            }
            print("{\"name\": \"\(name)-sizes\", \"plain\": \(plain), \"rp38\": \(underRange)}")
            report("\(name)-and-render", pairs.count, rounds) { time in
                let algebra = MarkerAlgebra()
                let conditions = parsed.map { marker in must("read `\(marker)`") { try algebra.condition(marker) } }
                var size = 0
                for (i, j) in pairs {
                    let start = now()
                    let text = opAndRender(algebra, conditions[i], conditions[j])
                    time(now() - start)
                    size += comparisons(text)
                }
                return size
            }
        }
    }

    /// `--outputs`: every text the benchmark writes (simplify, also under requires-python
    /// >=3.8, and the `and` and `or` of each pair), to check that a change keeps them.
    static func printOutputs(_ corpus: [String], _ locks: [String], _ pairCount: Int) {
        for (name, markers) in [("corpus", corpus), ("lock", locks)] {
            let algebra = MarkerAlgebra()
            let conditions = markers.map { text in must("read `\(text)`") { try algebra.condition(parsing: text) } }
            for marker in markers {
                let parsed = must("parse `\(marker)`") { try Marker(parsing: marker) }
                let plain = (try? algebra.simplify(parsed)).map { $0?.description ?? "" } ?? "<error>"
                let under = (try? algebra.simplify(parsed, requiresPython: pythonRange)).map { $0?.description ?? "" } ?? "<error>"
                print("\(name) simplify: \(marker) => \(plain) | >=3.8: \(under)")
            }
            for (i, j) in samplePairs(markers.count, pairCount) {
                let and = (try? algebra.render(conditions[i].and(conditions[j]))) ?? "<error>"
                let or = (try? algebra.render(conditions[i].or(conditions[j]))) ?? "<error>"
                print("\(name) \(i) \(j): and => \(and) | or => \(or)")
            }
        }
    }

    // The timed operations, each in a function of its own so that an instruction count can
    // select exactly them (`valgrind --tool=callgrind --toggle-collect='*opAnd*'`).

    @inline(never) static func opNothing() {}

    // (Each returns something different, so that the optimiser does not merge them.)

    // The inputs are checked by `usable` beforehand; an error here (a spent budget) is the
    // algebra's, and `must` reports it instead of trapping.

    @inline(never) static func opAnd(_ a: MarkerCondition, _ b: MarkerCondition) -> Bool {
        must("and") { try a.and(b) }.isAlwaysFalse
    }

    @inline(never) static func opOr(_ a: MarkerCondition, _ b: MarkerCondition) -> Bool {
        must("or") { try a.or(b) }.isAlwaysTrue
    }

    @inline(never) static func opImplies(_ a: MarkerCondition, _ b: MarkerCondition) -> Bool {
        must("implies") { try a.implies(b) }
    }

    @inline(never) static func opParse(_ text: String) -> Marker {
        must("parse") { try Marker(parsing: text) }
    }

    /// Text in, text out, parsing included, as the peers' `simplify` is `str(parse_marker(text))`.
    @inline(never) static func opSimplify(_ algebra: MarkerAlgebra, _ text: String) -> String {
        must("simplify") { try algebra.simplifiedText(opParse(text)) }
    }

    @inline(never) static func opAndRender(_ algebra: MarkerAlgebra, _ a: MarkerCondition, _ b: MarkerCondition) -> String {
        (try? algebra.render(a.and(b))) ?? ""
    }

    /// `requires-python >= 3.8`, as uv is asked with `--python-version 3.8`.
    static let pythonRange: SpecifierSet = must("parse `>=3.8`") { try SpecifierSet(parsing: ">=3.8") }

    /// The markers of `markers` that parse and that the algebra reads; each other one is
    /// named on standard error and left out (of both sides: the peers time what is printed).
    static func usable(_ markers: [String], _ file: String) -> [String] {
        let algebra = MarkerAlgebra()
        return markers.filter { text in
            guard let marker = try? Marker(parsing: text), (try? algebra.condition(marker)) != nil else {
                complain("pepcheck-algebra-bench: \(file): left out `\(text)`: not a marker the algebra reads")
                return false
            }
            return true
        }
    }

    /// The number of comparisons in marker text written by the algebra (0 for the empty one).
    static func comparisons(_ text: String) -> Int {
        text.isEmpty ? 0 : MarkerAlgebra.comparisonCount(opParse(text))
    }

    /// The value of `body`; on an error, a message naming `what` and exit 2.
    static func must<T, E: Error>(_ what: @autoclosure () -> String, _ body: () throws(E) -> T) -> T {
        do {
            return try body()
        } catch {
            complain("pepcheck-algebra-bench: cannot \(what()): \(error)")
            exit(2)
        }
    }

    static func complain(_ message: String) {
        let line = message + "\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Runs `body` `rounds` times; each call reports every operation's time through
    /// `time`. Each operation counts with its best time over the rounds (a shared machine
    /// preempts a process for milliseconds now and then); prints their median, 90th
    /// percentile and maximum, and the best round's total.
    static func report(_ name: String, _ count: Int, _ rounds: Int, _ body: (_ time: (UInt64) -> Void) -> Int) {
        if let i = CommandLine.arguments.firstIndex(of: "--only"), i + 1 < CommandLine.arguments.count,
            !CommandLine.arguments[i + 1].split(separator: ",").contains(Substring(name))
        {
            return
        }
        var best: [UInt64] = []
        var bestTotal = UInt64.max
        var size = 0
        for _ in 0..<rounds {
            var times: [UInt64] = []
            times.reserveCapacity(count)
            size = body { times.append($0) }
            bestTotal = min(bestTotal, times.reduce(0, +))
            best = best.isEmpty ? times : zip(best, times).map { min($0, $1) }
        }
        if let slowest = best.max(), CommandLine.arguments.contains("--why") {
            print("# \(name): slowest op #\(best.firstIndex(of: slowest)!) \(slowest) ns")
        }
        best.sort()
        let median = best.isEmpty ? 0 : best[best.count / 2]
        let p90 = best.isEmpty ? 0 : best[best.count * 9 / 10]
        print("{\"name\": \"\(name)\", \"ops\": \(best.count), \"median_ns\": \(median), \"p90_ns\": \(p90), \"max_ns\": \(best.last ?? 0), \"total_ms\": \(Double(bestTotal) / 1e6), \"output_comparisons\": \(size)}")
    }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// The same pairs as Scripts/bench_algebra_peers.py: a linear congruential walk.
    static func samplePairs(_ n: Int, _ count: Int) -> [(Int, Int)] {
        guard n > 1 else { return [] }
        if n * n <= count { return (0..<n).flatMap { i in (0..<n).map { (i, $0) } } }
        var state: UInt64 = 12345
        var out: [(Int, Int)] = []
        for _ in 0..<count {
            state = (state &* 6364136223846793005 &+ 1442695040888963407) % (1 << 63)
            let i = Int((state >> 17) % UInt64(n))
            state = (state &* 6364136223846793005 &+ 1442695040888963407) % (1 << 63)
            let j = Int((state >> 17) % UInt64(n))
            out.append((i, j))
        }
        return out
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy { $0 == " " } }
    }

    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
