import JSON

/// `probes.json` of a fixture root: what the libraries, commands and interpreter of a captured
/// machine answered. An absent key means that source was unavailable there.
public struct ProbeAnswers: Sendable {
    public var environment: [String: String]
    public var libcuda: LibcudaAnswer?
    public var nvml: NVMLAnswer?
    /// Keyed by the command line, words joined by single spaces.
    public var commands: [String: CommandAnswer]
    public var python: InterpreterAnswer?
    public var libc: LibcAnswer?
    public var uname: UnameAnswer?

    public struct Error: Swift.Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(parsing bytes: [UInt8]) throws(Error) {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes: bytes)
        } catch {
            throw Error(description: "\(error)")
        }
        guard case .object = document else { throw Error(description: "expected a JSON object") }
        var environment: [String: String] = [:]
        if case .object(let members)? = document["env"] {
            for (name, value) in members {
                guard let value = value.stringValue else {
                    throw Error(description: "expected a string for env.\(name)")
                }
                environment[name] = value
            }
        }
        self.environment = environment
        libcuda = document["libcuda"].map(LibcudaAnswer.init(json:))
        nvml = document["nvml"].map(NVMLAnswer.init(json:))
        var commands: [String: CommandAnswer] = [:]
        if case .object(let members)? = document["commands"] {
            for (line, answer) in members { commands[line] = CommandAnswer(json: answer) }
        }
        self.commands = commands
        if let python = document["python"] {
            guard let answer = InterpreterAnswer(json: python) else {
                throw Error(description: "expected python.executable and python.marker_environment (strings)")
            }
            self.python = answer
        }
        libc = document["libc"].flatMap(LibcAnswer.init(json:))
        uname = document["uname"].flatMap(UnameAnswer.init(json:))
    }
}
