import JSON

/// What the interpreter probe printed, in the schema of `probes.json`'s `python` key: the
/// marker environment and the values PEP 780's ABI features are computed from.
public struct InterpreterAnswer: Sendable, Equatable {
    public var executable: String
    /// The eleven standard marker fields, computed as the dependency-specifier spec says.
    public var markerEnvironment: [(String, String)]
    /// `sys.abiflags` (POSIX); nil where the interpreter has none (Windows).
    public var abiflags: String?
    /// `sysconfig.get_config_var("Py_GIL_DISABLED")`: nil (None), 0 or 1.
    public var gilDisabled: Int?
    /// `sysconfig.get_config_var("Py_DEBUG")`: nil, 0 or 1.
    public var debug: Int?
    /// `struct.calcsize("P") * 8`.
    public var pointerBits: Int?

    public init(executable: String, markerEnvironment: [(String, String)], abiflags: String?, gilDisabled: Int?,
                debug: Int?, pointerBits: Int?) {
        self.executable = executable
        self.markerEnvironment = markerEnvironment
        self.abiflags = abiflags
        self.gilDisabled = gilDisabled
        self.debug = debug
        self.pointerBits = pointerBits
    }

    public init?(json: JSONValue) {
        guard let executable = json["executable"]?.stringValue,
              case .object(let members)? = json["marker_environment"] else { return nil }
        var environment: [(String, String)] = []
        for (name, value) in members {
            guard let value = value.stringValue else { return nil }
            environment.append((name, value))
        }
        self.init(executable: executable, markerEnvironment: environment, abiflags: json["abiflags"]?.stringValue,
                  gilDisabled: InterpreterAnswer.flag(json["Py_GIL_DISABLED"]),
                  debug: InterpreterAnswer.flag(json["Py_DEBUG"]), pointerBits: json["pointer_bits"]?.intValue)
    }

    /// A config variable: None, an integer, or (on some builds) a boolean.
    private static func flag(_ value: JSONValue?) -> Int? {
        guard let value else { return nil }
        if let bool = value.boolValue { return bool ? 1 : 0 }
        return value.intValue
    }

    public static func == (lhs: InterpreterAnswer, rhs: InterpreterAnswer) -> Bool {
        lhs.executable == rhs.executable && lhs.markerEnvironment.elementsEqual(rhs.markerEnvironment, by: ==)
            && lhs.abiflags == rhs.abiflags && lhs.gilDisabled == rhs.gilDisabled && lhs.debug == rhs.debug
            && lhs.pointerBits == rhs.pointerBits
    }

    /// The value of one marker field.
    public func marker(_ name: String) -> String? {
        markerEnvironment.first(where: { $0.0 == name })?.1
    }
}
