#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading files without Foundation: the YAML files of a `--mappings` directory, their
/// bytes, `/etc/os-release`, and the environment. Only regular files (or links to them)
/// are read, so that a FIFO or a device named `x.yaml` is an error rather than a hang;
/// a file is read up to ``limit``.
enum LocalFiles {
    /// The largest table read (a table of 40,000 entries is 2.5 MB).
    static let limit = 256 << 20

    /// Why a directory or file could not be read, in the voice of ``YAMLError`` messages.
    struct Failure: Error {
        var message: String
    }

    /// The names of the `*.yaml` and `*.yml` entries of `path`, sorted bytewise.
    static func yamlNames(in path: String) throws(Failure) -> [String] {
        guard let directory = opendir(path) else {
            throw Failure(message: "expected a readable directory, found `\(path)` (\(errorText()))")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The bytes of the regular file at `path`.
    static func contents(of path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw Failure(message: "expected a readable file, found `\(path)` (\(errorText()))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Failure(message: "expected a readable file, found `\(path)` (\(errorText()))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw Failure(message: "expected a regular file, found `\(path)`, which is not one")
        }
        guard Int(status.st_size) <= limit else {
            throw Failure(message: "expected a file of at most \(limit >> 20) MiB, found `\(path)` of \(status.st_size) bytes")
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let result = bytes.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + count, raw.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "expected a readable file, found `\(path)` (\(errorText()))")
            }
            if result == 0 { break }
            count += result
            guard count <= limit else {
                throw Failure(message: "expected a file of at most \(limit >> 20) MiB, found `\(path)` growing past it")
            }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }

    /// The process environment.
    static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        return result
    }
}
