import Foundation
import Testing

/// `pepcheck env` and the environment-related options of `eval` and `external check`, run as
/// the built binary.
@Suite("pepcheck env")
struct EnvCommandTests {
    static let fixtures = "Tests/HostTests/Fixtures"
    static let golden = "Tests/HostTests/Golden"

    struct Invocation: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var environment: [String: String] = [:]
        var status: Int32
        var stdout: String? = nil
        var stdoutContains: [String] = []
        var stderr: String? = ""
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static func goldenText(_ fixture: String, _ format: String) -> String {
        (try? String(contentsOfFile: PepcheckProcess.packageRoot.path + "/\(golden)/\(fixture)/\(format).txt", encoding: .utf8)) ?? "<missing>"
    }

    @Test(arguments: [
        Invocation(arguments: ["env", "--root", "\(fixtures)/nvidia-multi-gpu"], status: 0,
                   stdout: goldenText("nvidia-multi-gpu", "human")),
        Invocation(arguments: ["env", "--root", "\(fixtures)/nvidia-multi-gpu", "--format", "conda"], status: 0,
                   stdout: goldenText("nvidia-multi-gpu", "conda")),
        Invocation(arguments: ["env", "--root", "\(fixtures)/aarch64-neoverse-v2", "--format", "variant-configs"], status: 0,
                   stdout: goldenText("aarch64-neoverse-v2", "variant-configs")),
        Invocation(arguments: ["env", "--root", "\(fixtures)/nvidia-no-device", "--format", "variants"], status: 0,
                   stdout: goldenText("nvidia-no-device", "variants"), stderr: "warning: cuInit returned 100 (no CUDA-capable device)\n"),
        // Live: the override variables of the process (under --root, the fixture's `env` replaces them).
        Invocation(arguments: ["env", "--no-python", "--format", "conda"],
                   environment: ["CONDA_OVERRIDE_CUDA": "11.8", "CONDA_OVERRIDE_GLIBC": "2.17"], status: 0,
                   stdoutContains: ["__unix=0=0\n", "__glibc=2.17=0\n", "__cuda=11.8=0\n"], stderr: nil),
        Invocation(arguments: ["env", "--root", "\(fixtures)/musl-alpine", "--no-python", "--format", "markers"], status: 0,
                   stdoutContains: [#""python_version": "0""#, #""platform_release": "6.6.58-0-lts""#]),
        Invocation(arguments: ["env", "--format", "yaml"], status: 2, stdout: "",
                   stderr: nil),
        Invocation(arguments: ["env", "--python", "x", "--no-python"], status: 2, stdout: "", stderr: nil),
        Invocation(arguments: ["env", "--root", "Tests/CLITests/Fixtures/linux-cpython-3.11.json"], status: 0, stdout: nil, stderr: nil),
        Invocation(arguments: ["eval", "--root", "\(fixtures)/aarch64-neoverse-v2", #""free-threading" in sys_abi_features"#],
                   status: 0, stdout: "true\n"),
        Invocation(arguments: ["eval", "--root", "\(fixtures)/musl-alpine", #""debug" in sys_abi_features and "64-bit" in sys_abi_features"#],
                   status: 0, stdout: "true\n"),
        Invocation(arguments: ["eval", "--root", "\(fixtures)/nvidia-multi-gpu", "--variants", "host",
                               #""nvidia :: sm_arch :: 90_real" in variant_properties and "x86_64 :: level" in variant_features"#],
                   status: 0, stdout: "true\n"),
        Invocation(arguments: ["eval", "--root", "\(fixtures)/nvidia-multi-gpu", #""nvidia" in variant_namespaces"#],
                   status: 2, stdout: "", stderr: nil),
        Invocation(arguments: ["eval", "--root", "\(fixtures)/musl-alpine", "--no-python", #"python_version >= "3""#], status: 1,
                   stdout: "false\n",
                   stderr: #"warning: no interpreter answered; not available: implementation_name, implementation_version, python_full_version, platform_python_implementation, python_version, sys_abi_features (versions evaluate as "0", strings as "", sets are unset); give --python PATH or --env FILE"# + "\n"),
        // The file gives what the marker reads: the machine is not asked, nothing is missing.
        Invocation(arguments: ["eval", "--root", "\(fixtures)/musl-alpine", "--no-python", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json",
                               #"python_version >= "3""#], status: 0, stdout: "true\n", stderr: ""),
        // It does not give `platform_release`: asked of the machine, which has no interpreter;
        // the warning leaves out what the file gave.
        Invocation(arguments: ["eval", "--root", "\(fixtures)/musl-alpine", "--no-python", "--env", "Tests/CLITests/Fixtures/minimal-env.json",
                               #"python_version >= "3" and platform_release != """#], status: 0, stdout: "true\n",
                   stderr: #"warning: no interpreter answered; not available: implementation_name, implementation_version, platform_python_implementation, sys_abi_features (versions evaluate as "0", strings as "", sets are unset); give --python PATH or --env FILE"# + "\n"),
        Invocation(arguments: ["eval", "--root", "\(fixtures)/musl-alpine", "--json", #"os_name == "posix""#], status: 0,
                   stdoutContains: [#"{"result":true,"marker":"os_name == \"posix\"","environment":{"python_version":"3.12""#,
                                    #""sys_abi_features":["64-bit","debug","gil-enabled"]"#]),
    ])
    func invocation(_ c: Invocation) throws {
        let output = try PepcheckProcess.run(c.arguments, environment: c.environment)
        #expect(output.status == c.status, "\(output.stderr)")
        if let stdout = c.stdout { #expect(output.stdout == stdout) }
        for text in c.stdoutContains { #expect(output.stdout.contains(text), "\(output.stdout)") }
        if let stderr = c.stderr { #expect(output.stderr == stderr) }
    }

    @Test func variantsFromAWheelsVariantJSON() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("variant-\(getpid()).json")
        try #"{"variants": {"cu128": {"nvidia": {"sm_arch": ["90_real", "120_real"], "cuda_version_lower_bound": ["12.8"]}}}}"#
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try PepcheckProcess.run(["eval", "--root", "\(Self.fixtures)/musl-alpine", "--variants", file.path,
                                              #"variant_label == "cu128" and "nvidia :: sm_arch :: 120_real" in variant_properties and "nvidia::cuda_version_lower_bound" in variant_features"#])
        #expect(output.stdout == "true\n")
        #expect(output.status == 0)
    }

    @Test func aHangingInterpreterIsTimeLimited() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("hanging-python-\(getpid())")
        try "#!/usr/bin/env python3\nimport time\ntime.sleep(60)\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        defer { try? FileManager.default.removeItem(at: script) }
        let start = Date()
        let output = try PepcheckProcess.run(["eval", "--python", script.path, "--probe-timeout", "1", #"os_name == "posix""#])
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(output.stdout == "true\n")
        #expect(output.stderr.contains("timed out after 1 s"))
    }

    /// The driver probe's C declarations against a stand-in driver built from C source.
    @Test func driverProbeAgainstAFakeDriver() throws {
        guard let clang = ["/opt/swift/usr/bin/clang", "/usr/bin/clang", "/usr/bin/cc"].first(where: FileManager.default.isExecutableFile)
        else { print("skipped: no C compiler"); return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fake-nvidia-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let compile = Process()
        compile.executableURL = URL(fileURLWithPath: clang)
        compile.arguments = ["-shared", "-fPIC", "-o", directory.appendingPathComponent("libcuda.so.1").path,
                             PepcheckProcess.packageRoot.path + "/Tests/CLITests/Fixtures/fake-nvidia/fake-driver.c"]
        try compile.run()
        compile.waitUntilExit()
        try #require(compile.terminationStatus == 0)
        try FileManager.default.copyItem(at: directory.appendingPathComponent("libcuda.so.1"),
                                         to: directory.appendingPathComponent("libnvidia-ml.so.1"))
        let output = try PepcheckProcess.run(["__probe-gpu"], environment: ["LD_LIBRARY_PATH": directory.path])
        #expect(output.status == 0)
        let path = directory.path
        #expect(output.stdout == #"{"libcuda":{"path":"\#(path)/libcuda.so.1","cuDriverGetVersion":12040,"cuInit":0,"devices":[{"name":"Tesla T4","compute_capability":"7.5"},{"name":"NVIDIA H100 80GB HBM3","compute_capability":"9.0"}]},"nvml":{"path":"\#(path)/libnvidia-ml.so.1","driver_version":"550.54.15","cuda_driver_version":12040,"devices":[{"name":"Tesla T4","compute_capability":"7.5"},{"name":"NVIDIA H100 80GB HBM3","compute_capability":"9.0","mig":true}]}}"# + "\n")
        let empty = try PepcheckProcess.run(["__probe-gpu"], environment: ["LD_LIBRARY_PATH": directory.path, "CUDA_VISIBLE_DEVICES": ""])
        #expect(empty.stdout.contains(#""cuInit":100,"devices":[]"#))
    }

    @Test func externalCheckComparesCUDAWithTheDriver() throws {
        let arguments = ["external", "check", "Examples/cuda", "--ecosystem", "debian", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json"]
        let old = try PepcheckProcess.run(arguments, environment: ["PEPCHECK_OVERRIDE_CUDA": "12.2"])
        #expect(old.stdout.contains("too old dep:generic/cuda@>=12.4: the NVIDIA driver supports CUDA 12.2 (override)\n"))
        #expect(old.stdout.contains("too old dep:generic/cuda@>=12.4,<13: the NVIDIA driver supports CUDA 12.2 (override)\n"))
        #expect(old.status == 1)
        let new = try PepcheckProcess.run(arguments, environment: ["PEPCHECK_OVERRIDE_CUDA": "13.0"])
        #expect(new.stdout.contains("ok      dep:generic/cuda@>=12.4,<13: the NVIDIA driver supports CUDA 13.0 (override)\n"))
        #expect(!new.stdout.contains("too old"))
    }
}
