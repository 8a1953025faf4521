/// Something detection found that is not a fact: a probe that timed out, a GPU without a
/// working driver, a variable that changes what other tools see.
public struct HostNote: Sendable, Equatable {
    public enum Severity: String, Sendable {
        case info
        case warning
    }

    public var severity: Severity
    /// A stable kebab-case code, e.g. `probe-timeout`, `gpu-without-driver`.
    public var code: String
    public var message: String

    public init(_ severity: Severity, _ code: String, _ message: String) {
        self.severity = severity
        self.code = code
        self.message = message
    }
}
