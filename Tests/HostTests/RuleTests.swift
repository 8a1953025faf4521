@testable import Host
import Testing

/// The small rules, one table each.
@Suite("env rules")
struct RuleTests {
    struct Level: Sendable { var flags: String; var level: Int }

    @Test(arguments: [
        Level(flags: "", level: 0),
        Level(flags: "cmov cx8 fpu fxsr mmx syscall sse sse2", level: 1),
        Level(flags: "cmov cx8 fpu fxsr mmx syscall sse sse2 cx16 lahf_lm popcnt pni sse4_1 sse4_2 ssse3", level: 2),
        // v3's flags without v2's `cx16` stay at v1: every level needs the ones below.
        Level(flags: "cmov cx8 fpu fxsr mmx syscall sse sse2 lahf_lm popcnt pni sse4_1 sse4_2 ssse3 avx avx2 bmi1 bmi2 f16c fma abm movbe xsave", level: 1),
        Level(flags: "cmov cx8 fpu fxsr mmx syscall sse sse2 cx16 lahf_lm popcnt pni sse4_1 sse4_2 ssse3 avx avx2 bmi1 bmi2 f16c fma abm movbe xsave", level: 3),
        Level(flags: "cmov cx8 fpu fxsr mmx syscall sse sse2 cx16 lahf_lm popcnt pni sse4_1 sse4_2 ssse3 avx avx2 bmi1 bmi2 f16c fma abm movbe xsave avx512f avx512bw avx512cd avx512dq avx512vl", level: 4),
    ])
    func x86Level(_ c: Level) {
        #expect(X86Level.level(flags: Set(c.flags.split(separator: " ").map(String.init))) == c.level)
    }

    @Test(arguments: [(90402, "gfx942"), (90010, "gfx90a"), (110000, "gfx1100"), (100300, "gfx1030"), (120001, "gfx1201"),
                      (0, nil), (91600, nil), (-5, nil)] as [(Int, String?)])
    func gfxTarget(_ version: Int, _ target: String?) {
        #expect(AMDGPU.gfxTarget(version: version) == target)
    }

    @Test(arguments: [(13000, "13.0"), (12040, "12.4"), (11080, "11.8"), (12090, "12.9")] as [(Int, String)])
    func cudaFromDriverAPI(_ value: Int, _ text: String) {
        #expect(CUDAVersion(driverAPI: value)?.description == text)
    }

    @Test(arguments: [("9.0", "9.0"), ("9.0a", "9.0"), ("12.0f", "12.0"), (" 8.9 ", "8.9"), ("9", nil), ("x.y", nil), ("", nil)]
          as [(String, String?)])
    func computeCapability(_ text: String, _ parsed: String?) {
        #expect(ComputeCapability(parsing: text)?.description == parsed)
    }

    @Test(arguments: [("6.18.44-fc-v657-gpu", "6.18.44"), ("5.15.153.1-microsoft-standard-WSL2", "5.15.153.1"),
                      ("1.2.3.4.5", "1.2.3.4"), ("6", "0"), ("6.x", "0"), ("", "0"), ("4.18.0", "4.18.0")])
    func condaKernelVersion(_ release: String, _ version: String) {
        #expect(CondaRenderer.kernelVersion(release) == version)
    }

    @Test(arguments: [("NVIDIA H200", "H200"), ("NVIDIA GeForce RTX 4070", "GeForceRTX4070"), ("Tesla T4", "TeslaT4"),
                      ("nvidia nvidia-x", "x"), (String(repeating: "A", count: 80), String(repeating: "A", count: 64))])
    func condaDeviceModel(_ name: String, _ model: String) {
        #expect(CondaRenderer.deviceModel(name) == model)
    }

    @Test func nvidiaSMICSV() {
        let rows = NvidiaSMIQuery.parse("""
            index, name, compute_cap, driver_version, memory.total [MiB], mig.mode.current, pci.bus_id
            0, NVIDIA H200, 9.0, 580.159.04, 143771 MiB, Disabled, 00000000:00:06.0
            1, Tesla T4, 7.5, 580.159.04, 15360 MiB, [N/A], 00000000:00:07.0
            garbage
            """)
        #expect(rows.map(\.gpu.name) == ["NVIDIA H200", "Tesla T4"])
        #expect(rows.map(\.gpu.computeCapability) == [ComputeCapability(major: 9, minor: 0), ComputeCapability(major: 7, minor: 5)])
        #expect(rows.map(\.gpu.mig) == [false, nil])
        #expect(rows.first?.driverVersion == "580.159.04")
    }

    struct ABI: Sendable { var implementation: String; var abiflags: String?; var gil: Int?; var debug: Int?; var bits: Int?; var features: [String] }

    @Test(arguments: [
        ABI(implementation: "cpython", abiflags: "", gil: nil, debug: 0, bits: 64, features: ["gil-enabled", "64-bit"]),
        ABI(implementation: "cpython", abiflags: "t", gil: 1, debug: 0, bits: 64, features: ["free-threading", "64-bit"]),
        ABI(implementation: "cpython", abiflags: "td", gil: 1, debug: 1, bits: 32, features: ["free-threading", "debug", "32-bit"]),
        // Windows has no sys.abiflags: Py_DEBUG decides.
        ABI(implementation: "cpython", abiflags: nil, gil: 0, debug: 1, bits: 64, features: ["gil-enabled", "debug", "64-bit"]),
        // Only CPython has the GIL and debug groups; an unknown bitness gives no bitness feature.
        ABI(implementation: "pypy", abiflags: "d", gil: nil, debug: 1, bits: 64, features: ["64-bit"]),
        ABI(implementation: "cpython", abiflags: "", gil: 0, debug: 0, bits: nil, features: ["gil-enabled"]),
    ])
    func pep780(_ c: ABI) {
        let answer = InterpreterAnswer(executable: "python", markerEnvironment: [("implementation_name", c.implementation)],
                                       abiflags: c.abiflags, gilDisabled: c.gil, debug: c.debug, pointerBits: c.bits)
        #expect(ABIFeatures.features(of: answer) == c.features)
    }
}
