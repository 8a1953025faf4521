import Host
import Testing

/// Overrides, on the H200-like fixture of this target (several GPUs).
@Suite("env overrides")
struct OverrideTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var environment: [String: String]
        var format: String
        /// Lines that must be present, and lines that must not.
        var present: [String]
        var absent: [String] = []
        var testDescription: String { environment.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ") + " \(format)" }
    }

    @Test(arguments: [
        Case(environment: [:], format: "conda", present: ["__cuda=12.4=0", "__cuda_arch=7.5=TeslaT4", "__glibc=2.35=0", "__archspec=1=zen4"]),
        Case(environment: ["PEPCHECK_OVERRIDE_CUDA": "12.8"], format: "conda", present: ["__cuda=12.8=0"]),
        Case(environment: ["PEPCHECK_OVERRIDE_CUDA": ""], format: "conda", present: ["__glibc=2.35=0"], absent: ["__cuda=12.4=0"]),
        Case(environment: ["PEPCHECK_OVERRIDE_CUDA": "12.8", "CONDA_OVERRIDE_CUDA": "11.2"], format: "conda", present: ["__cuda=11.2=0"]),
        Case(environment: ["CONDA_OVERRIDE_CUDA": ""], format: "conda", present: [], absent: ["__cuda=12.4=0"]),
        Case(environment: ["PEPCHECK_OVERRIDE_CUDA_ARCH": "8.0,8.6"], format: "conda", present: ["__cuda_arch=8.0=0"]),
        Case(environment: ["CONDA_OVERRIDE_CUDA_ARCH": "8.6=RTX3090"], format: "conda", present: ["__cuda_arch=8.6=RTX3090"]),
        Case(environment: ["CONDA_OVERRIDE_CUDA_ARCH": "8.6=RTX 3090"], format: "conda", present: ["__cuda_arch=8.6=0"]),
        Case(environment: ["CONDA_OVERRIDE_CUDA_ARCH": "sm86"], format: "conda", present: [], absent: ["__cuda_arch=7.5=TeslaT4"]),
        Case(environment: ["PEPCHECK_OVERRIDE_GLIBC": "2.28"], format: "conda", present: ["__glibc=2.28=0"]),
        Case(environment: ["PEPCHECK_OVERRIDE_GLIBC": ""], format: "conda", present: ["__unix=0=0"], absent: ["__glibc=2.35=0"]),
        Case(environment: ["CONDA_OVERRIDE_GLIBC": "2.17", "CONDA_OVERRIDE_LINUX": "5.4.0-rc1"], format: "conda",
             present: ["__glibc=2.17=0", "__linux=5.4.0=0"]),
        Case(environment: ["PEPCHECK_OVERRIDE_ARCHSPEC": "x86_64_v3"], format: "conda", present: ["__archspec=1=x86_64_v3"]),
        Case(environment: ["CONDA_OVERRIDE_ARCHSPEC": "skylake"], format: "conda", present: ["__archspec=1=skylake"]),
        Case(environment: ["PEPCHECK_OVERRIDE_X86_64_LEVEL": "v2"], format: "variants",
             present: ["x86_64 :: level :: v2", "x86_64 :: level :: v1"], absent: ["x86_64 :: level :: v3"]),
        Case(environment: ["PEPCHECK_OVERRIDE_X86_64_LEVEL": ""], format: "variants", present: [],
             absent: ["x86_64 :: level :: v4", "x86_64 :: avx2 :: on"]),
        Case(environment: ["NV_VARIANT_PROVIDER_FORCE_SM_ARCH": "12.0"], format: "variants",
             present: ["nvidia :: sm_arch :: 120_real", "nvidia :: sm_arch :: 120_virtual"], absent: ["nvidia :: sm_arch :: 90_real"]),
        Case(environment: ["NV_VARIANT_PROVIDER_FORCE_CUDA_DRIVER_VERSION": "12.8"], format: "variants",
             present: ["nvidia :: cuda_version_lower_bound :: 12.8", "nvidia :: cuda_version_upper_bound :: 12.9"],
             absent: ["nvidia :: cuda_version_upper_bound :: 12.8"]),
        // Outside the provider's range (11.0–15.20) the namespace is empty, unless forced.
        Case(environment: ["PEPCHECK_OVERRIDE_CUDA": "10.2"], format: "variants", present: [],
             absent: ["nvidia :: cuda_version_lower_bound :: 10.2", "nvidia :: sm_arch :: 90_real"]),
        Case(environment: ["PEPCHECK_OVERRIDE_CUDA": "12.4", "PEPCHECK_OVERRIDE_CUDA_ARCH": "4.0"], format: "variants",
             present: ["nvidia :: cuda_version_lower_bound :: 12.4"], absent: ["nvidia :: sm_arch :: 40_real"]),
        Case(environment: ["AMD_VARIANT_PROVIDER_FORCE_GFX_ARCH": "gfx1100", "AMD_VARIANT_PROVIDER_FORCE_ROCM_VERSION": "7.0.0"],
             format: "variants", present: ["amd :: gfx_arch :: gfx1100", "amd :: rocm_version :: 7.0"]),
        Case(environment: ["PEPCHECK_OVERRIDE_ROCM": "6.2.0", "PEPCHECK_OVERRIDE_AMDGPU_ARCH": "gfx90a,gfx942"], format: "variants",
             present: ["amd :: gfx_arch :: gfx90a", "amd :: gfx_arch :: gfx942", "amd :: rocm_version :: 6.2"]),
    ])
    func override(_ c: Case) throws {
        let report = try HostFixtures.report("nvidia-multi-gpu", environment: c.environment)
        let lines = GoldenTests.render(report, c.format).split(separator: "\n").map(String.init)
        for line in c.present { #expect(lines.contains(line), "missing \(line) in \(lines)") }
        for line in c.absent { #expect(!lines.contains(line), "unexpected \(line)") }
    }

    @Test func overrideSourceIsRecorded() throws {
        let report = try HostFixtures.report("nvidia-multi-gpu", environment: ["PEPCHECK_OVERRIDE_CUDA": "12.8"])
        #expect(report.nvidia.cudaVersion?.source == .override)
        #expect(report.nvidia.cudaVersion?.detail == "PEPCHECK_OVERRIDE_CUDA")
    }

    @Test func invalidOverrideIsANoteAndKeepsTheFact() throws {
        let report = try HostFixtures.report("nvidia-multi-gpu", environment: ["PEPCHECK_OVERRIDE_CUDA": "twelve"])
        #expect(report.nvidia.cudaVersion?.value.description == "12.4")
        #expect(report.notes.contains { $0.code == "invalid-override" })
    }
}
