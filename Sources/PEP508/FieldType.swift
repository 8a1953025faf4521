/// How a marker variable is compared (the "Marker field types" of the dependency
/// specifiers spec, plus the special `extra`).
public enum FieldType: Hashable, Sendable {
    /// An opaque string: `==`, `!=`, `in`, `not in` as Python strings; `<=`/`>=` as `==`;
    /// `<`/`>` are False; `~=`/`===` are an `undefined-comparison` error.
    case string
    /// A PEP 440 version when both sides parse (`===` is always a string match),
    /// otherwise the ``string`` rules; `in`/`not in` are False.
    case version
    /// Like ``version``, except that `in`/`not in` are string containment.
    case versionOrString
    /// A set of strings: only `"literal" in variable` and `"literal" not in variable`
    /// are defined; every other form is False.
    case set
    /// The legacy `extra` variable: `==`/`!=` compare PEP 685 normalised names, every other
    /// operator is False.
    case extra
}
