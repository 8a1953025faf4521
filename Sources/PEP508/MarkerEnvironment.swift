import PEP440

/// The values marker variables evaluate against: a map from variable name to
/// ``MarkerValue``.
///
/// Values are prepared once, when they are stored: a `python_full_version` ending in `+`
/// (an untagged CPython build) gets `local` appended as pypa/packaging does, versions are
/// parsed, and the values of `extra`, `extras`, `dependency_groups` and the variant sets
/// are normalised like the literals they are compared with.
public struct MarkerEnvironment: Hashable, Sendable {
    /// A class so that evaluation looks a value up with one retain instead of copying
    /// its string, set and version.
    final class Entry: Hashable, Sendable {
        let value: MarkerValue
        /// The string (after preparation) for string-like values.
        let string: String
        /// The prepared set for set values.
        let set: Set<String>
        let isSet: Bool
        let version: Version?

        init(_ variable: StandardVariable?, _ value: MarkerValue) {
            self.value = value
            let normalization = variable?.normalization ?? .none
            switch value {
            case .string(var string):
                if variable == .pythonFullVersion, string.utf8.last == 0x2B { string += "local" }
                string = normalization.apply(string)
                self.string = string
                self.set = []
                self.isSet = false
                self.version = Version(string)
            case .set(let set):
                self.string = ""
                self.set = normalization == .none ? set : Set(set.map { normalization.apply($0) })
                self.isSet = true
                self.version = nil
            }
        }
    }

    private var standard: [Entry?] = Array(repeating: nil, count: StandardVariable.allCases.count)
    private var registered: [String: Entry] = [:]

    /// An empty environment.
    public init() {}

    /// An environment holding `values`.
    public init(_ values: [String: MarkerValue]) {
        for (name, value) in values { self[name] = value }
    }

    /// The value of `name` as stored (before preparation). A legacy spelling such as
    /// `os.name` names the same value as `os_name`.
    public subscript(name: String) -> MarkerValue? {
        get {
            if let variable = StandardVariable.named(name) { return standard[variable.rawValue]?.value }
            return registered[name]?.value
        }
        set {
            if let variable = StandardVariable.named(name) {
                standard[variable.rawValue] = newValue.map { Entry(variable, $0) }
            } else {
                registered[name] = newValue.map { Entry(nil, $0) }
            }
        }
    }

    /// The names that have a value.
    public var names: [String] {
        StandardVariable.allCases.filter { standard[$0.rawValue] != nil }.map(\.name)
            + registered.keys.sorted()
    }

    func entry(slot: Int) -> Entry? { standard[slot] }

    func entry(registered name: String) -> Entry? { registered[name] }
}

extension MarkerEnvironment: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, MarkerValue)...) {
        for (name, value) in elements { self[name] = value }
    }
}

extension MarkerEnvironment.Entry {
    /// Entries are built from their value alone (the slot decides the variable).
    static func == (a: MarkerEnvironment.Entry, b: MarkerEnvironment.Entry) -> Bool { a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
