import Foundation
import PEP440
@testable import PEP508

/// Paths relative to the package root, for tests that read ../shared.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.appendingPathComponent("../shared").standardizedFileURL
    static let corpus = shared.appendingPathComponent("corpus/requires-dist.txt")
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus.path) }
}

/// The environments the differential check and the evaluation tables use; the same values
/// are in Scripts/pep508-differential.py.
enum Environments {
    static func make(_ python: String, _ full: String, _ platform: String) -> MarkerEnvironment {
        let (os, system, machine, release, version): (String, String, String, String, String)
        switch platform {
        case "win32": (os, system, machine, release, version) = ("nt", "Windows", "AMD64", "10", "10.0.19045")
        case "darwin": (os, system, machine, release, version) = ("posix", "Darwin", "arm64", "23.1.0", "Darwin Kernel Version 23.1.0: Mon Oct  9 21:27:24 PDT 2023; root:xnu-10002.41.9~6/RELEASE_ARM64_T6000")
        default: (os, system, machine, release, version) = ("posix", "Linux", "x86_64", "6.1.0-13-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)")
        }
        return [
            "implementation_name": "cpython", "implementation_version": .string(full),
            "os_name": .string(os), "platform_machine": .string(machine),
            "platform_release": .string(release), "platform_system": .string(system),
            "platform_version": .string(version), "python_full_version": .string(full),
            "platform_python_implementation": "CPython", "python_version": .string(python),
            "sys_platform": .string(platform),
        ]
    }

    static let all: [(String, MarkerEnvironment)] = [
        ("linux-3.8", make("3.8", "3.8.18", "linux")),
        ("linux-3.11", make("3.11", "3.11.7", "linux")),
        ("linux-3.13", make("3.13", "3.13.0", "linux")),
        ("win32-3.12", make("3.12", "3.12.1", "win32")),
        ("darwin-3.10", make("3.10", "3.10.13", "darwin")),
    ]
}
