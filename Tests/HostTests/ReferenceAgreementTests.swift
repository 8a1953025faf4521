import Host
import Testing

/// The two real machines, against what the reference tools reported on them
/// (`../shared/fixtures/hosts/README.md` and the captured `commands/`).
@Suite("env agrees with the reference tools on real machines")
struct ReferenceAgreementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var archspec: String
        var level: Int
        var cuda: String?
        var computeCapabilities: [String]
        var driver: String?
        var abi: [String]
        var testDescription: String { fixture }
    }

    static let cases = [
        Case(fixture: "nvidia-h200-ubuntu24-container", archspec: "icelake", level: 4, cuda: "13.0",
             computeCapabilities: ["9.0"], driver: "580.159.04", abi: ["gil-enabled", "64-bit"]),
        Case(fixture: "cpu-only-debian12-vm", archspec: "x86_64_v4", level: 4, cuda: nil, computeCapabilities: [],
             driver: nil, abi: ["gil-enabled", "64-bit"]),
    ]

    @Test(arguments: cases)
    func facts(_ c: Case) throws {
        guard HostFixtures.sharedAvailable else { print("skipped: ../shared is absent"); return }
        let report = try HostFixtures.report(c.fixture)
        #expect(report.cpu.archspec?.value == c.archspec)
        #expect(report.cpu.x86_64Level?.value == c.level)
        #expect(report.nvidia.cudaVersion?.value.description == c.cuda)
        #expect((report.nvidia.computeCapabilities?.value ?? []).map(\.description) == c.computeCapabilities)
        #expect(report.nvidia.driverVersion?.value == c.driver)
        #expect(report.interpreter.sysABIFeatures?.value == c.abi)
    }

    /// provider-variant-x86-64 0.0.1.post2's output as captured on the machine
    /// (`py-provider-x86-64.txt`: `level [...]`, then `feature ['on']` lines).
    @Test(arguments: HostFixtures.shared)
    func x86VariantsAsTheProviderPrinted(_ fixture: String) throws {
        guard HostFixtures.sharedAvailable else { print("skipped: ../shared is absent"); return }
        let captured = try #require(LiveWorld().read(HostFixtures.location(fixture).directory + "/commands/py-provider-x86-64.txt",
                                                     limit: 1 << 20))
        var expected: [String] = []
        for line in String(decoding: captured, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("[exit") {
            let parts = line.split(separator: " ", maxSplits: 1)
            let values = parts[1].filter { $0 != "[" && $0 != "]" && $0 != "'" }.split(separator: ",")
            for value in values { expected.append("x86_64 :: \(parts[0]) :: \(value.trimmingCharacters())") }
        }
        let ours = VariantProviders.properties(try HostFixtures.report(fixture)).filter { $0.hasPrefix("x86_64 ::") }
        #expect(ours == expected)
        #expect(ours.count > 4)
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String { String(drop(while: { $0 == " " })) }
}
