import PEP440

extension ErrorKind {
    /// A dependency specifier that does not follow the grammar. Every error thrown by
    /// ``Requirement/init(parsing:variables:)`` has this kind, including errors in its
    /// version specifiers and its marker (as pypa/packaging raises `InvalidRequirement`).
    public static let invalidRequirement = ErrorKind(rawValue: "invalid-requirement")
    /// A marker expression that does not follow the grammar, or names an unknown variable.
    public static let invalidMarker = ErrorKind(rawValue: "invalid-marker")
    /// A comparison the marker language does not define, such as `os_name ~= "posix"`.
    public static let undefinedComparison = ErrorKind(rawValue: "undefined-comparison")
    /// A marker variable the evaluation environment has no value for.
    public static let undefinedEnvironmentName = ErrorKind(rawValue: "undefined-environment-name")
}
