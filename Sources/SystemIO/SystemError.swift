#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system operation: what was tried, on what, and why.
///
/// `message` is a complete sentence fragment for an `error:` line, such as
/// "cannot open `pyproject.toml`: No such file or directory".
public struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The operation that failed: "open", "read", "spawn", "write", …
    public var operation: String
    /// The file or program concerned, when there is one.
    public var path: String?
    /// The `errno` value, or 0 when the failure is not an errno failure (a size limit).
    public var code: Int32
    public var message: String

    public init(operation: String, path: String?, code: Int32, message: String) {
        self.operation = operation
        self.path = path
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// A failure described by `errno`: "`what`: strerror(code)".
    init(_ operation: String, path: String?, code: Int32, _ what: String) {
        self.init(operation: operation, path: path, code: code, message: "\(what): \(Posix.describe(code))")
    }

    /// The same, with the current `errno`.
    static func errno(_ operation: String, path: String?, _ what: String) -> SystemError {
        SystemError(operation, path: path, code: currentErrno, what)
    }

    static var currentErrno: Int32 {
        #if canImport(Glibc)
        Glibc.errno
        #elseif canImport(Musl)
        Musl.errno
        #else
        Darwin.errno
        #endif
    }
}
