import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The marker environment of this machine, as the `pepcheck eval` command and
/// `pepcheck external show` use it when no `--env` file is given.
///
/// Marker values describe a *Python interpreter*, not the machine, so the
/// values come from `python3` when one is on the `PATH`, computed the way the
/// dependency-specifier spec defines them. Without Python, the fields the OS
/// can answer come from `uname(2)` and the rest take the spec's "cannot be
/// calculated" values: `"0"` for Version fields, `""` otherwise.
public enum HostEnvironment {
    /// Where the values came from.
    public enum Source: String, Sendable {
        case python
        case uname
    }

    /// The spec's marker fields with this machine's values.
    public static func current(python: String = "python3") -> (values: [String: String], source: Source) {
        if let values = fromPython(python) { return (values, .python) }
        return (fromUname(), .uname)
    }

    // The program prints NUL-separated pairs so that no value (platform.version
    // holds arbitrary text) can break the framing.
    static let probe = """
        import os, platform, sys
        def fmt(info):
            v = '{0.major}.{0.minor}.{0.micro}'.format(info)
            if info.releaselevel != 'final':
                v += info.releaselevel[0] + str(info.serial)
            return v
        env = {
            'implementation_name': sys.implementation.name,
            'implementation_version': fmt(sys.implementation.version),
            'os_name': os.name,
            'platform_machine': platform.machine(),
            'platform_release': platform.release(),
            'platform_system': platform.system(),
            'platform_version': platform.version(),
            'python_full_version': platform.python_version(),
            'platform_python_implementation': platform.python_implementation(),
            'python_version': '.'.join(platform.python_version_tuple()[:2]),
            'sys_platform': sys.platform,
        }
        sys.stdout.write(''.join(k + '\\0' + v + '\\0' for k, v in env.items()))
        """

    static func fromPython(_ python: String) -> [String: String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", probe]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return parsePairs(Array(data))
    }

    static func parsePairs(_ bytes: [UInt8]) -> [String: String]? {
        let fields = bytes.split(separator: 0, omittingEmptySubsequences: false)
        // A trailing NUL leaves one empty field at the end.
        guard fields.count >= 2, fields.count % 2 == 1 else { return nil }
        var values: [String: String] = [:]
        var i = 0
        while i + 1 < fields.count {
            values[String(decoding: fields[i], as: UTF8.self)] = String(decoding: fields[i + 1], as: UTF8.self)
            i += 2
        }
        return values.isEmpty ? nil : values
    }

    static func fromUname() -> [String: String] {
        var info = utsname()
        _ = uname(&info)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
        }
        let system = field(info.sysname)
        return [
            "implementation_name": "",
            "implementation_version": "0",
            "os_name": "posix",
            "platform_machine": field(info.machine),
            "platform_release": field(info.release),
            "platform_system": system,
            "platform_version": field(info.version),
            "python_full_version": "0",
            "platform_python_implementation": "",
            "python_version": "0",
            "sys_platform": system == "Darwin" ? "darwin" : system.lowercased(),
        ]
    }
}
