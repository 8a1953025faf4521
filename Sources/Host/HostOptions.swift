/// What to detect and how long child probes may take.
public struct HostOptions: Sendable {
    public enum Interpreter: Sendable, Equatable {
        /// `python3` on the `PATH`.
        case `default`
        /// A given interpreter.
        case path(String)
        /// No interpreter (`--no-python`): the marker fields come from `uname(2)`.
        case none
    }

    public var interpreter: Interpreter
    /// The limit of each child probe (driver libraries, `nvidia-smi`, the interpreter).
    public var timeoutMilliseconds: Int

    public init(interpreter: Interpreter = .default, timeoutMilliseconds: Int = 10_000) {
        self.interpreter = interpreter
        self.timeoutMilliseconds = timeoutMilliseconds
    }
}
