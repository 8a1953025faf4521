#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private let systemUname = Glibc.uname
#elseif canImport(Musl)
import Musl
private let systemRead = Musl.read
private let systemUname = Musl.uname
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private let systemUname = Darwin.uname
#endif

/// This machine.
///
/// Files are read with plain system calls and only when they are regular files (a FIFO in
/// place of `/proc/cpuinfo` cannot block detection); the driver libraries are loaded only in
/// a child process (``driverProbe(timeoutMilliseconds:)``), never in this one.
public struct LiveWorld: HostWorld {
    /// Runs the child probes; nil where this build cannot start processes.
    public var processes: (any ProcessLauncher)?

    public init(processes: (any ProcessLauncher)? = ChildProcessLauncher()) {
        self.processes = processes
    }

    public func read(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    public func contents(ofDirectory path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    public var environment: [String: String] {
        var values: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                values[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return values
    }

    public func uname() -> UnameAnswer? {
        var info = utsname()
        guard systemUname(&info) == 0 else { return nil }
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
        }
        return UnameAnswer(sysname: field(info.sysname), release: field(info.release), version: field(info.version),
                           machine: field(info.machine))
    }

    public func libc() -> LibcAnswer? {
        // Looked up at run time: a musl build has no gnu_get_libc_version, and a static
        // binary must not fail to link for want of it.
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "gnu_get_libc_version") {
            typealias Function = @convention(c) () -> UnsafePointer<CChar>?
            let function = unsafeBitCast(symbol, to: Function.self)
            if let version = function() {
                return LibcAnswer(family: "glibc", version: String(cString: version), detail: "gnu_get_libc_version")
            }
        }
        for directory in ["/lib", "/usr/lib"] {
            guard let loader = contents(ofDirectory: directory)?.first(where: { $0.hasPrefix("ld-musl-") && $0.hasSuffix(".so.1") })
            else { continue }
            let path = directory + "/" + loader
            return LibcAnswer(family: "musl", version: processes?.muslVersion(loader: path), detail: path)
        }
        return nil
    }

    public func driverProbe(timeoutMilliseconds: Int) -> DriverProbeOutcome {
        guard let processes else { return DriverProbeOutcome(failure: "this build cannot start the driver probe") }
        return processes.driverProbe(environment: environment, timeoutMilliseconds: timeoutMilliseconds)
    }

    public func run(_ command: [String], timeoutMilliseconds: Int) -> CommandAnswer? {
        processes?.run(command, timeoutMilliseconds: timeoutMilliseconds)
    }

    public func interpreter(_ executable: String?, timeoutMilliseconds: Int) -> InterpreterOutcome {
        guard let processes else { return .unavailable("this build cannot start an interpreter") }
        return processes.interpreter(executable, timeoutMilliseconds: timeoutMilliseconds)
    }
}
