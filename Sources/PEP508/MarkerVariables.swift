/// The registry of marker variables a parser accepts, with their ``FieldType``.
///
/// ``standard`` knows the variables of the dependency specifiers spec, `sys_abi_features`
/// (PEP 780) and the PEP 825 variant markers (see SPEC.md). An embedding tool adds its own
/// with ``register(_:type:)``; a name the registry does not know is a parse error.
public struct MarkerVariables: Sendable {
    // nil rather than empty, so that a parser holding the standard registry holds no
    // reference (an empty dictionary would still be retained and released per parse).
    private var registered: [String: FieldType]?

    /// The variables of the spec and of the extension in SPEC.md.
    public static let standard = MarkerVariables()

    public init() {}

    /// Registers `name` with `type`. Returns false (and changes nothing) when `name` is a
    /// standard variable, a legacy spelling, a keyword (`and`, `or`, `not`, `in`), or not an
    /// ASCII identifier (a letter or `_`, then letters, digits and `_`).
    @discardableResult
    public mutating func register(_ name: String, type: FieldType) -> Bool {
        guard MarkerVariables.isRegistrable(name) else { return false }
        var table = registered ?? [:]
        registered = nil  // so that `table` is the only reference and is changed in place
        table[name] = type
        registered = table
        return true
    }

    /// A copy of this registry with `name` registered.
    public func registering(_ name: String, type: FieldType) -> MarkerVariables {
        var copy = self
        copy.register(name, type: type)
        return copy
    }

    /// The type of `name` (modern or legacy spelling, or registered), or nil if unknown.
    public func type(of name: String) -> FieldType? {
        StandardVariable.named(name)?.type ?? registered?[name]
    }

    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> MarkerVariable? {
        if let standard = StandardVariable.lookup(bytes, range) { return MarkerVariable(standard) }
        guard let registered else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let type = registered[name] else { return nil }
        return MarkerVariable(registered: name, type: type)
    }

    private static func isRegistrable(_ name: String) -> Bool {
        guard StandardVariable.named(name) == nil,
            !["and", "or", "not", "in"].contains(name),
            let first = name.utf8.first
        else { return false }
        let isLetter = { (c: UInt8) in (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x5F }
        guard isLetter(first) else { return false }
        return name.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
    }
}
