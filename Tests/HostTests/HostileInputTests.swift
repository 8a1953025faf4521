@testable import Host
import Testing

/// Truncated and garbage versions of every file the detector reads, and of every probe's
/// answer: detection and rendering finish without trapping.
@Suite("env on hostile input")
struct HostileInputTests {
    /// A world that records which files were read and can replace one file's bytes.
    final class Recorder: @unchecked Sendable {
        var paths: [String] = []
    }

    struct MutatedWorld: HostWorld {
        let base: any HostWorld
        let target: String?
        let bytes: [UInt8]
        let recorder: Recorder?

        func read(_ path: String, limit: Int) -> [UInt8]? {
            recorder?.paths.append(path)
            if path == target { return Array(bytes.prefix(limit)) }
            return base.read(path, limit: limit)
        }
        func contents(ofDirectory path: String) -> [String]? { base.contents(ofDirectory: path) }
        func exists(_ path: String) -> Bool { base.exists(path) }
        var environment: [String: String] { base.environment }
        func uname() -> UnameAnswer? { base.uname() }
        func libc() -> LibcAnswer? { base.libc() }
        func driverProbe(timeoutMilliseconds: Int) -> DriverProbeOutcome { base.driverProbe(timeoutMilliseconds: timeoutMilliseconds) }
        func run(_ command: [String], timeoutMilliseconds: Int) -> CommandAnswer? {
            base.run(command, timeoutMilliseconds: timeoutMilliseconds)
        }
        func interpreter(_ executable: String?, timeoutMilliseconds: Int) -> InterpreterOutcome {
            base.interpreter(executable, timeoutMilliseconds: timeoutMilliseconds)
        }
    }

    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func mutations(of original: [UInt8]) -> [[UInt8]] {
        var generator = Generator(state: UInt64(original.count))
        var result: [[UInt8]] = []
        for cut in Set([0, 1, original.count / 3, original.count / 2, max(0, original.count - 1)]) where cut <= original.count {
            result.append(Array(original.prefix(cut)))
        }
        result.append((0..<512).map { _ in UInt8.random(in: 0...255, using: &generator) })
        result.append([0xFF, 0xFE, 0xC0, 0x80] + original + [0xED, 0xA0, 0x80])
        result.append(original.map { $0 == 0x3A ? 0x0A : $0 })                 // colons to newlines
        result.append(original.map { $0 == 0x0A ? 0x3A : $0 })                 // newlines to colons
        result.append(Array(repeating: 0x39, count: 20_000))                   // one long number
        result.append(Array("gfx_target_version 999999999999999999999\nflags : \(String(repeating: "x ", count: 5000))\n".utf8))
        var flipped = original
        for _ in 0..<min(16, flipped.count) { flipped[Int.random(in: 0..<flipped.count, using: &generator)] ^= 0x5A }
        result.append(flipped)
        return result
    }

    static let fixtures = HostFixtures.own + HostFixtures.shared

    @Test(arguments: fixtures)
    func everyFileTheDetectorReads(_ fixture: String) throws {
        if HostFixtures.shared.contains(fixture) && !HostFixtures.sharedAvailable { return }
        let world = try FixtureWorld(directory: HostFixtures.location(fixture).directory)
        let recorder = Recorder()
        _ = HostDetector(world: MutatedWorld(base: world, target: nil, bytes: [], recorder: recorder)).detect()
        let paths = Array(Set(recorder.paths)).sorted()
        #expect(paths.contains("/proc/cpuinfo"))
        var runs = 0
        for path in paths {
            for bytes in HostileInputTests.mutations(of: world.read(path, limit: 1 << 24) ?? []) {
                let report = HostDetector(world: MutatedWorld(base: world, target: path, bytes: bytes, recorder: nil)).detect()
                for format in GoldenTests.formats { _ = GoldenTests.render(report, format) }
                runs += 1
            }
        }
        #expect(runs >= paths.count * 8)
    }

    @Test func probeAnswersAndChildOutputs() throws {
        let fixture = HostFixtures.location("nvidia-multi-gpu").directory
        let original = try #require(LiveWorld().read(fixture + "/probes.json", limit: 1 << 20))
        var parsed = 0
        let prefixes = (0..<original.count).filter { $0 % 97 == 0 }.map { Array(original.prefix($0)) }
        for bytes in HostileInputTests.mutations(of: original) + prefixes {
            if let answers = try? ProbeAnswers(parsing: bytes) {
                parsed += 1
                _ = answers.commands.count
            }
            _ = DriverProbeOutcome(parsing: bytes)
            _ = NvidiaSMIQuery.parse(String(decoding: bytes, as: UTF8.self))
        }
        // The untouched file and nothing truncated parse.
        #expect(parsed >= 1)
        #expect((try? ProbeAnswers(parsing: original)) != nil)
    }
}
