import JSON

/// What a command printed and how it ended.
public struct CommandAnswer: Sendable, Equatable {
    public var stdout: String
    /// The exit status; nil when the command was killed (a signal or the time limit).
    public var exit: Int32?
    /// Why it did not finish: `timed out after 10 s`, `killed by signal 9`.
    public var failure: String?

    public init(stdout: String, exit: Int32?, failure: String? = nil) {
        self.stdout = stdout
        self.exit = exit
        self.failure = failure
    }

    init(json: JSONValue) {
        stdout = json["stdout"]?.stringValue ?? ""
        exit = json["exit"]?.intValue.flatMap { Int32(exactly: $0) }
        failure = json["failure"]?.stringValue
    }
}
