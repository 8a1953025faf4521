/// What the linter knows about the marker variables of the dependency specifiers spec
/// (and `extras` / `dependency_groups` from the lock file spec).
enum MarkerVariable {
    enum Kind: Sendable {
        /// Compared as strings: `==`, `!=`, `in`, `not in` make sense.
        case string
        /// A PEP 440 version: version operators make sense.
        case version
        /// Usually not a valid PEP 440 version (`5.15.0-91-generic`), so version
        /// operators silently fall back to something else.
        case platformRelease
        /// A set of names: only `in` and `not in`.
        case set
        /// `extra`: compared by normalised name.
        case extra
    }

    static let kinds: [String: Kind] = [
        "os_name": .string, "sys_platform": .string, "platform_machine": .string,
        "platform_python_implementation": .string, "platform_system": .string,
        "platform_version": .string, "implementation_name": .string,
        "platform_release": .platformRelease,
        "python_version": .version, "python_full_version": .version, "implementation_version": .version,
        "extra": .extra, "extras": .set, "dependency_groups": .set,
    ]

    /// Pre-PEP 508 spellings that pypa/packaging still accepts, and what to write instead.
    static let legacyNames: [String: String] = [
        "os.name": "os_name", "sys.platform": "sys_platform", "platform.version": "platform_version",
        "platform.machine": "platform_machine", "platform.python_implementation": "platform_python_implementation",
        "python_implementation": "platform_python_implementation", "platform.release": "platform_release",
        "platform.system": "platform_system",
    ]
}
