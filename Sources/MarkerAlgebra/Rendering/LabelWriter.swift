import PEP440
import PEP508

/// Writing one variable's label (`variable ∈ set`) as comparisons.
extension MarkerAlgebra {
    /// `variable ∈ label` in marker syntax, or nil when it cannot be said exactly.
    func writeLabel(_ variable: UInt32, _ label: UInt32) -> Formula? {
        let key = 1 << 63 | UInt64(variable) << 32 | UInt64(label)
        if let known = labelTexts[key] { return known }
        let result = computeLabel(variable, label)
        labelTexts.set(key, result)
        return result
    }

    private func computeLabel(_ variable: UInt32, _ label: UInt32) -> Formula? {
        if label == 0 { return .constant(false) }
        if label == 1 { return .constant(true) }
        let key = variableKeys[Int(variable)]
        let r = rank[Int(variable)]
        func compare(_ name: String, _ op: String, _ value: String) -> Formula {
            .comparison(name, op, literal: value, rank: r)
        }
        switch key {
        case .python:
            return VersionWriter(name: "python_full_version", shortName: "python_version", rank: r).write(pythonLabels[label])
        case .version(let name):
            let writer = VersionWriter(name: name, shortName: nil, rank: r, compatible: compatibleVariables.contains(variable))
            return writeVersionValues(writer, versionLabels[label])
        case .string(let name):
            // One value: `==` or `!=` it, as writeStrings says, without building the set.
            if let (cofinite, value) = stringLabels.single(label) { return compare(name, cofinite ? "!=" : "==", value.text) }
            // `extra in "…"` is false whatever `extra` is (SPEC.md §2.5), never a substring test.
            return writeStrings(name, stringLabels[label], rank: r, substrings: name != "extra")
        case .member(let name, let literal):
            let positive = label == 3
            if name == "extra" { return compare("extra", positive ? "==" : "!=", literal.text) }
            return .comparison("\(MarkerOperand.literal(literal.text).description) \(positive ? "in" : "not in") \(name)", rank: r)
        case .opaque:
            let texts = variableTexts[Int(variable)]
            guard let text = label == 3 ? texts.positive : texts.negative else { return nil }
            return .comparison(text, rank: r)
        case .raises:
            return nil
        }
    }

    /// A set of strings as `==`/`!=` comparisons, or with `variable in "literal"` (membership
    /// in the literal's substrings) where the set holds every substring of some of its
    /// members and that is shorter (only where `substrings` allows: `in` means that for
    /// every string variable but `extra`). Depends on the set and the variable alone.
    private func writeStrings(_ name: String, _ set: StringSet, rank r: UInt32, substrings: Bool) -> Formula {
        func compare(_ op: String, _ value: String) -> Formula {
            .comparison(name, op, literal: value, rank: r)
        }
        if set.values.count == 1 { return compare(set.cofinite ? "!=" : "==", set.values[0].text) }
        let plain = set.cofinite
            ? Formula.all(set.values.map { compare("!=", $0.text) })
            : Formula.any(set.values.map { compare("==", $0.text) })
        // Every substring includes the empty one, which sorts first.
        guard substrings, set.values.count > 2, set.values.count <= 2048, set.values[0].text.isEmpty else { return plain }
        let (whole, maximal) = Self.substringClosed(set.values.map(\.text))
        guard !maximal.isEmpty else { return plain }
        let used = maximal.sorted { utf8Precedes($0, $1) }.map { compare(set.cofinite ? "not in" : "in", $0) }
        // A member outside every maximal one is exactly a member that is not whole: what is
        // inside a whole member is whole, and every whole member is inside a maximal one.
        let rest = set.values.filter { !whole.contains(Array($0.text.utf8)) }.map { compare(set.cofinite ? "!=" : "==", $0.text) }
        let written = set.cofinite ? Formula.all(used + rest) : Formula.any(used + rest)
        return Formula.isBetter(written, than: plain) ? written : plain
    }

    /// Every substring of `text` (by code points), the empty one included, sorted by bytes:
    /// the values of `variable in "text"` (at most 301 of them: longer literals stay opaque,
    /// see ``substringExpansionLimit``). Substrings are cut from the UTF-8 bytes at code point
    /// boundaries and told apart by their bytes: `"a\u{301}"` and `"\u{E1}"` are both
    /// substrings of `"a\u{301}\u{E1}"`, and a `Set<String>` (canonical equivalence) would
    /// have kept one of them.
    static func substrings(_ text: String) -> [ByteString] {
        let bytes = Array(text.utf8)
        var starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
        starts.append(bytes.count)
        var pieces = Set<ArraySlice<UInt8>>(minimumCapacity: starts.count * (starts.count - 1) / 2 + 1)
        pieces.insert(bytes[0..<0])
        for first in starts.indices.dropLast() {
            for last in (first + 1)..<starts.count {
                pieces.insert(bytes[starts[first]..<starts[last]])
            }
        }
        return pieces.sorted { $0.lexicographicallyPrecedes($1) }.map { ByteString(String(decoding: $0, as: UTF8.self)) }
    }

    /// Of a set of strings (`members`, the empty one among them): the *whole* members, all of
    /// whose substrings (by code points) are members, and the *maximal* ones among them, inside
    /// no other whole member.
    ///
    /// Linear in the members' total length (times hashing): a string is whole when it is a
    /// member and, unless empty, the string without its first and the string without its last
    /// code point are whole (every shorter substring is inside one of those two); a whole
    /// string inside a longer whole one is inside one a code point longer, which then has it
    /// as its first or last part. Enumerating every substring instead costs the cube of the
    /// length per member: 1,177 members (the substrings of 48 characters, the limit then)
    /// took seconds.
    static func substringClosed(_ members: [String]) -> (whole: Set<[UInt8]>, maximal: [String]) {
        // Compared by their UTF-8 bytes: `String` equality is canonical equivalence, under
        // which `"xa\u{301}"` would pass for whole with only the precomposed `"á"` a member.
        // Shorter in bytes first: a string's head and tail are.
        let encoded = members.map { Array($0.utf8) }.sorted { $0.count < $1.count }
        var whole = Set<[UInt8]>(minimumCapacity: encoded.count)
        var covered = Set<[UInt8]>(minimumCapacity: encoded.count)
        for bytes in encoded {
            if !bytes.isEmpty {
                // Without the last code point, and without the first.
                var lastStart = bytes.count - 1
                while lastStart > 0 && bytes[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
                var firstEnd = 1
                while firstEnd < bytes.count && bytes[firstEnd] & 0xC0 == 0x80 { firstEnd += 1 }
                let head = Array(bytes[..<lastStart]), tail = Array(bytes[firstEnd...])
                guard whole.contains(head), whole.contains(tail) else { continue }
                covered.insert(head)
                covered.insert(tail)
            }
            whole.insert(bytes)
        }
        return (whole, members.filter { member in
            let bytes = Array(member.utf8)
            return whole.contains(bytes) && !covered.contains(bytes)
        })
    }

    /// A version variable that may hold unparsable text: the versions written by `writer`,
    /// then the unparsable texts added or removed with String-rule comparisons (`== "u"`
    /// holds only for the text `u`, `!= "u"` for every version and every other text).
    private func writeVersionValues(_ writer: VersionWriter, _ set: VersionValueSet) -> Formula? {
        let compare = { (op: String, value: String) -> Formula in
            .comparison(writer.name, op, literal: value, rank: writer.rank)
        }
        // `== "u"` is a String-rule equality unless `u` is a wildcard (`3.9.*`), which `==`
        // reads as a series of versions; `>=` is a String-rule equality for any such text.
        let equalsText = { (u: String) -> Formula in
            compare(Specifier("==" + u) == nil ? "==" : ">=", u)
        }
        // `!= "u"` holds for every version only when `u` is not a wildcard.
        let exclusions = set.unparsed.cofinite ? set.unparsed.values.map(\.text) : []
        if exclusions.contains(where: { Specifier("!=" + $0) != nil }) { return nil }
        if set.versions.isAll && set.unparsed.cofinite {
            return Formula.all(exclusions.map { compare("!=", $0) })
        }
        guard var core = writer.write(set.versions) else { return nil }
        // A group of only `!=` comparisons also holds for every unparsable text.
        let coversUnparsable = core.kind == .or ? core.parts.contains(where: Self.onlyExclusions) : Self.onlyExclusions(core)
        if coversUnparsable {
            if set.unparsed.cofinite {
                return Formula.all([core] + exclusions.map { compare("!=", $0) })
            }
            core = Formula.all([core, compare(">=", "0.dev0")])
        } else if set.unparsed.cofinite {
            return nil
        }
        return Formula.any([core] + set.unparsed.values.map { equalsText($0.text) })
    }

    private static func onlyExclusions(_ f: Formula) -> Bool {
        switch f.kind {
        case .comparison: return f.text.contains(" != ")
        case .and: return f.parts.allSatisfy(onlyExclusions)
        case .constant(let value): return value
        case .or: return false
        }
    }

    /// The best writing of a label anywhere between `must` and `may` (values outside `must`
    /// but inside `may` change nothing where the literal is used).
    func bestLiteral(_ variable: UInt32, must: UInt32, may: UInt32) -> (formula: Formula, label: UInt32)? {
        let domain = domains[Int(variable)]
        var candidates: [UInt32] = [may, must]
        switch domain {
        case .python:
            candidates.append(pythonLabels.componentsMeeting(may, must))
        case .version:
            let (mayValues, mustValues) = (versionLabels.parts(may), versionLabels.parts(must))
            let versions = pythonLabels.componentsMeeting(mayValues.versions, mustValues.versions)
            candidates.append(versionLabels.label(versions: versions, texts: mustValues.texts))
            candidates.append(versionLabels.label(versions: versions, texts: mayValues.texts))
        case .string, .boolean:
            break
        }
        var best: (formula: Formula, label: UInt32)? = nil
        for label in candidates {
            guard let formula = writeLabel(variable, label) else { continue }
            if best == nil || Formula.isBetter(formula, than: best!.formula) { best = (formula, label) }
        }
        return best
    }
}
