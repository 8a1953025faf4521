/// A finite or co-finite set of strings (compared by code points).
struct StringSet: Hashable, Sendable, CustomStringConvertible {
    /// When true the set is every string except `values`.
    var cofinite: Bool
    /// Sorted by bytes, without repeats.
    var values: [ByteString]

    static let empty = StringSet(cofinite: false, values: [])
    static let all = StringSet(cofinite: true, values: [])

    init(cofinite: Bool, values: [ByteString]) {
        self.cofinite = cofinite
        self.values = values
    }

    init(_ values: some Sequence<String>) {
        cofinite = false
        self.values = Array(Set(values.map(ByteString.init))).sorted()
    }

    static func only(_ value: String) -> StringSet { StringSet(cofinite: false, values: [ByteString(value)]) }

    var isEmpty: Bool { !cofinite && values.isEmpty }
    var isAll: Bool { cofinite && values.isEmpty }

    func contains(_ value: String) -> Bool {
        contains(ByteString(value))
    }

    func contains(_ value: ByteString) -> Bool {
        Self.sortedContains(values, value) != cofinite
    }

    var complement: StringSet { StringSet(cofinite: !cofinite, values: values) }

    func intersection(_ other: StringSet) -> StringSet {
        switch (cofinite, other.cofinite) {
        case (false, false): return StringSet(cofinite: false, values: values.filter { Self.sortedContains(other.values, $0) })
        case (false, true): return StringSet(cofinite: false, values: values.filter { !Self.sortedContains(other.values, $0) })
        case (true, false): return other.intersection(self)
        case (true, true): return StringSet(cofinite: true, values: Self.merged(values, other.values))
        }
    }

    func union(_ other: StringSet) -> StringSet { complement.intersection(other.complement).complement }

    /// Keeps only the values `keep` accepts (the set's meaning changes only outside them).
    func filtered(_ keep: (ByteString) -> Bool) -> StringSet {
        StringSet(cofinite: cofinite, values: values.filter(keep))
    }

    static func sortedContains(_ values: [ByteString], _ value: ByteString) -> Bool {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < values.count && values[low] == value
    }

    static func merged(_ a: [ByteString], _ b: [ByteString]) -> [ByteString] {
        var out: [ByteString] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }

    var description: String {
        let listed = values.map { "\"\($0.text)\"" }.joined(separator: ", ")
        return cofinite ? (values.isEmpty ? "*" : "* − {\(listed)}") : "{\(listed)}"
    }
}
