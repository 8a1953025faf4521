/// A value set that labels the edges of a decision-diagram node.
protocol LabelValue: Hashable {
    static var empty: Self { get }
    static var all: Self { get }
    func intersection(_ other: Self) -> Self
    func union(_ other: Self) -> Self
    var complement: Self { get }
}

extension VersionSet: LabelValue {}
extension VersionValueSet: LabelValue {}
extension StringSet: LabelValue {}

/// Interned labels of one domain: equal sets get the same number, so nodes compare their
/// edges by number, and set operations are computed once per pair.
///
/// Number 0 is the empty set and 1 the whole domain in every table.
final class LabelTable<Value: LabelValue> {
    @exclusivity(unchecked) private(set) var values: [Value] = []
    @exclusivity(unchecked) private var index: [Value: UInt32] = [:]
    @exclusivity(unchecked) private var intersections: [UInt64: UInt32] = [:]
    @exclusivity(unchecked) private var unions: [UInt64: UInt32] = [:]
    @exclusivity(unchecked) private var complements: [UInt32: UInt32] = [:]

    init() {
        _ = intern(.empty)
        _ = intern(.all)
    }

    subscript(id: UInt32) -> Value { values[Int(id)] }

    func intern(_ value: Value) -> UInt32 {
        if let id = index[value] { return id }
        let id = UInt32(values.count)
        values.append(value)
        index[value] = id
        return id
    }

    func and(_ a: UInt32, _ b: UInt32) -> UInt32 {
        if a == b || b == 1 { return a }
        if a == 0 || b == 0 { return 0 }
        if a == 1 { return b }
        let key = a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
        if let known = intersections[key] { return known }
        let id = intern(values[Int(a)].intersection(values[Int(b)]))
        intersections[key] = id
        return id
    }

    func or(_ a: UInt32, _ b: UInt32) -> UInt32 {
        if a == b || b == 0 { return a }
        if a == 1 || b == 1 { return 1 }
        if a == 0 { return b }
        let key = a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
        if let known = unions[key] { return known }
        let id = intern(values[Int(a)].union(values[Int(b)]))
        unions[key] = id
        return id
    }

    func not(_ a: UInt32) -> UInt32 {
        if a <= 1 { return 1 - a }
        if let known = complements[a] { return known }
        let id = intern(values[Int(a)].complement)
        complements[a] = id
        complements[id] = a
        return id
    }
}
