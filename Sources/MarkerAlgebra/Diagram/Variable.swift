/// A variable of the decision diagrams.
///
/// Marker variables map onto these: `python_version` and `python_full_version` share
/// ``python``; other version fields are ``version(_:)``, string fields and `extra` (one
/// string) are ``string(_:)``. Membership in a set field (`"dev" in extras`, and `extra` when
/// it is read as a set) is a Boolean ``member(_:_:)``. Comparisons whose truth the algebra
/// does not model (substring tests, `===`, a version literal on the left) are Boolean
/// ``opaque(_:_:)`` atoms, and the condition under which such a comparison raises is
/// ``raises(_:_:)``.
enum VariableKey: Hashable, Sendable {
    case python
    case version(String)
    case string(String)
    case member(String, ByteString)
    case opaque(String, String)
    case raises(String, String)

    /// How the values of the variable are represented on edges.
    var domain: Domain {
        switch self {
        case .python: .python
        case .version: .version
        case .string: .string
        case .member, .opaque, .raises: .boolean
        }
    }

    /// The marker variable this one is about.
    var markerName: String {
        switch self {
        case .python: "python_full_version"
        case .version(let n), .string(let n), .member(let n, _), .opaque(let n, _), .raises(let n, _): n
        }
    }

    /// The documented variable order: Python first (so `requires-python` only ever meets the
    /// root), then the other version fields, the string fields, set memberships, and the
    /// atoms the algebra does not see into.
    static func precedes(_ a: VariableKey, _ b: VariableKey) -> Bool {
        let (ga, gb) = (a.group, b.group)
        if ga != gb { return ga < gb }
        switch (a, b) {
        case (.version(let x), .version(let y)):
            return ordered(x, y, ["implementation_version", "platform_release", "platform_version"])
        case (.string(let x), .string(let y)):
            return ordered(x, y, stringOrder)
        case (.member(let x, let s), .member(let y, let t)):
            return x != y ? utf8Precedes(x, y) : s < t
        case (.opaque(let x, let s), .opaque(let y, let t)), (.raises(let x, let s), .raises(let y, let t)):
            return x != y ? utf8Precedes(x, y) : utf8Precedes(s, t)
        default:
            return false
        }
    }

    static let stringOrder = [
        "sys_platform", "platform_system", "os_name", "platform_machine", "platform_python_implementation",
        "implementation_name", "variant_label", "extra",
    ]

    private var group: Int {
        switch self {
        case .python: 0
        case .version: 1
        case .string: 2
        case .member: 3
        case .opaque: 4
        case .raises: 5
        }
    }

    /// Standard names in `order` first, in that order; then the rest by name.
    private static func ordered(_ x: String, _ y: String, _ order: [String]) -> Bool {
        switch (order.firstIndex(of: x), order.firstIndex(of: y)) {
        case (let i?, let j?): return i < j
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return utf8Precedes(x, y)
        }
    }
}

/// How a variable's values are represented on edges.
enum Domain: Sendable {
    /// Full Python versions (a ``VersionSet``).
    case python
    /// Any text, split into versions and unparsable texts (a ``VersionValueSet``).
    case version
    /// Any text (a ``StringSet``).
    case string
    /// True or false: label 2 is {false}, 3 is {true}.
    case boolean
}
