import PEP440
import Testing

@testable import MarkerAlgebra

/// The interned label tables (sets as sorted lists of element numbers) against the value
/// types they stand for.
@Suite("Interned labels")
struct LabelTableTests {
    /// Cuts on every kind of boundary, in an order that adds elements between earlier ones.
    static let cuts: [VersionCut] = tricky.compactMap(Version.init).flatMap { v in
        [VersionCut.before(v), .after(v), .afterRelease(of: v)]
    }

    static func randomVersions(_ rng: inout SplitMix, from pool: [VersionCut]) -> VersionSet {
        var chosen: [VersionCut] = []
        for cut in pool where rng.next() % 4 == 0 {
            if !chosen.contains(where: { VersionCut.compare($0, cut) == 0 }) { chosen.append(cut) }
        }
        chosen.sort { VersionCut.compare($0, $1) < 0 }
        return VersionSet(startsIn: rng.next() % 2 == 0, cuts: chosen)
    }

    static func randomStrings(_ rng: inout SplitMix) -> StringSet {
        let values = ["", "a", "b", "linux", "win32", "é", "e\u{301}", "Z", "darwin", "x86_64"]
        let chosen = Set(values.filter { _ in rng.next() % 3 == 0 }.map(ByteString.init))
        return StringSet(cofinite: rng.next() % 2 == 0, values: chosen.sorted())
    }

    /// Every operation on every pair agrees with the values' own operations, and numbers
    /// are equal exactly when the sets are.
    static func check<Table: InternedSets>(_ table: Table, _ sets: [Table.Value]) {
        let ids = sets.map { table.intern($0) }
        for (i, a) in sets.enumerated() {
            #expect(table[ids[i]] == a)
            #expect(table.intern(a) == ids[i])
            #expect(table[table.not(ids[i])] == a.complement)
            #expect(table.not(table.not(ids[i])) == ids[i])
            for (j, b) in sets.enumerated() {
                #expect(table[table.and(ids[i], ids[j])] == a.intersection(b))
                #expect(table[table.or(ids[i], ids[j])] == a.union(b))
                #expect((ids[i] == ids[j]) == (a == b))
            }
        }
        #expect(table.intern(.empty) == 0 && table.intern(.all) == 1)
    }

    @Test func bytewiseOrderIsUTF8Order() {
        let texts = ["", "a", "ab", "abc", "b", "é", "e\u{301}", "Z", "z", "\u{10FFFF}", "😀", "a\u{0}", "aaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaab", "aaaaaaaaaaaaaaaa"]
        for a in texts {
            for b in texts {
                #expect(utf8Precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) < \(b)")
            }
        }
    }

    @Test func versionOperationsAgreeWithTheSets() {
        var rng = SplitMix(seed: 71)
        // Labels made while cuts are still being added (ranks shift under them).
        var sets: [VersionSet] = []
        for round in 1...4 {
            let pool = Array(Self.cuts.prefix(Self.cuts.count * round / 4)).shuffled(using: &rng)
            for _ in 0..<20 { sets.append(Self.randomVersions(&rng, from: pool)) }
        }
        Self.check(LabelTable<VersionCut>(), sets)
    }

    @Test func stringOperationsAgreeWithTheSets() {
        var rng = SplitMix(seed: 72)
        Self.check(StringLabels(table: LabelTable<ByteString>()), (0..<60).map { _ in Self.randomStrings(&rng) })
    }

    @Test func versionValueOperationsAgreeWithTheSets() {
        var rng = SplitMix(seed: 73)
        let sets = (0..<40).map { _ in
            VersionValueSet(versions: Self.randomVersions(&rng, from: Self.cuts), unparsed: Self.randomStrings(&rng))
        }
        Self.check(MarkerAlgebra().versionLabels, sets)
    }
}

/// What ``LabelTableTests/check(_:_:)`` needs of a label table.
protocol InternedSets {
    associatedtype Value: SetValue
    func intern(_ value: Value) -> UInt32
    subscript(id: UInt32) -> Value { get }
    func and(_ a: UInt32, _ b: UInt32) -> UInt32
    func or(_ a: UInt32, _ b: UInt32) -> UInt32
    func not(_ a: UInt32) -> UInt32
}

protocol SetValue: Equatable {
    static var empty: Self { get }
    static var all: Self { get }
    func intersection(_ other: Self) -> Self
    func union(_ other: Self) -> Self
    var complement: Self { get }
}

extension VersionSet: SetValue {}
extension StringSet: SetValue {}
extension VersionValueSet: SetValue {}

extension LabelTable: InternedSets where Element == VersionCut {}
extension VersionValueTable: InternedSets {}

/// A second table type for strings (a type conforms to a protocol only once).
struct StringLabels: InternedSets {
    let table: LabelTable<ByteString>
    func intern(_ value: StringSet) -> UInt32 { table.intern(value) }
    subscript(id: UInt32) -> StringSet { table[id] }
    func and(_ a: UInt32, _ b: UInt32) -> UInt32 { table.and(a, b) }
    func or(_ a: UInt32, _ b: UInt32) -> UInt32 { table.or(a, b) }
    func not(_ a: UInt32) -> UInt32 { table.not(a) }
}
