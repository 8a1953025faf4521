import Diagnostics
import MarkerAlgebra
import PEP508
import TOML

/// Applies the fixes lint findings carry (``Diagnostic/fix``: new bytes for the finding's
/// span) to a file's bytes, as `pepcheck lint --fix` does.
///
/// Safe by construction rather than by trust in the rules:
///
/// - Only edits inside one requirement string are applied; every other byte of the file
///   stays as it is.
/// - The edits of one string are applied together and the string is read back (as TOML,
///   then as a requirement): it must still be one string of the same form, naming the same
///   project, extras, versions and URL, with a marker that means the same wherever the
///   requirement is installed (``DocumentAlgebra/sameWithin(_:_:_:)``). Otherwise only its
///   first edit is tried, then none.
/// - Edits that overlap an earlier one wait for the next round: the file is linted again and
///   what is still fixable is fixed, up to ``rounds`` rounds, so fixes of one string by
///   several rules (PC203's name, PC205's term, PC207's rewrite) never clash. Fixes converge:
///   each removes comparisons or legacy names, and the algebra's text is canonical, so a
///   second `--fix` finds nothing more.
struct Fixer {
    static let rounds = 10

    let linter: Linter

    typealias Outcome = FixOutcome

    func fix(_ source: SourceFile) -> Outcome {
        var current = source
        var fixed: [Diagnostic] = []
        for _ in 0..<Self.rounds {
            let diagnostics = linter.lint(current)
            let candidates = diagnostics.filter { $0.fix != nil }
            guard !candidates.isEmpty, let (bytes, applied) = apply(candidates, to: current), !applied.isEmpty else {
                return Outcome(bytes: current.bytes, fixed: fixed, remaining: diagnostics)
            }
            fixed += applied
            current = SourceFile(path: source.path, bytes: bytes)
        }
        return Outcome(bytes: current.bytes, fixed: fixed, remaining: linter.lint(current))
    }

    /// One round: the new bytes and the findings whose fixes went in; nil when the file
    /// cannot be read as a document.
    func apply(_ candidates: [Diagnostic], to source: SourceFile) -> ([UInt8], [Diagnostic])? {
        let document = PyProject(source: source)
        guard document.syntaxError == nil else { return nil }
        let entries = document.allRequirements.sorted { $0.text.span.lowerBound < $1.text.span.lowerBound }
        // Each fix to the string whose content holds its span, in order.
        var byEntry: [Int: [Diagnostic]] = [:]
        for candidate in candidates.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) {
            var low = 0, high = entries.count
            while low < high {
                let mid = (low + high) / 2
                if entries[mid].text.span.lowerBound <= candidate.span.lowerBound { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { continue }
            let string = entries[low - 1].text.toml
            guard string.contentStart <= candidate.span.lowerBound, candidate.span.upperBound <= string.contentEnd else { continue }
            byEntry[low - 1, default: []].append(candidate)
        }
        let algebra = DocumentAlgebra.of(document)
        var edits: [(span: Range<Int>, text: [UInt8])] = []
        var applied: [Diagnostic] = []
        for index in byEntry.keys.sorted() {
            // Overlapping edits wait for the next round.
            var chosen: [Diagnostic] = []
            for candidate in byEntry[index]! where chosen.last.map({ $0.span.upperBound <= candidate.span.lowerBound }) ?? true {
                chosen.append(candidate)
            }
            let entry = entries[index]
            for attempt in [chosen, Array(chosen.prefix(1))] where !attempt.isEmpty {
                if keepsMeaning(entry, attempt, document, algebra) {
                    edits += attempt.map { ($0.span, Array($0.fix!.utf8)) }
                    applied += attempt
                    break
                }
                if attempt.count == 1 { break }
            }
        }
        guard !edits.isEmpty else { return (source.bytes, []) }
        var bytes = source.bytes
        for edit in edits.sorted(by: { $0.span.lowerBound > $1.span.lowerBound }) {
            bytes.replaceSubrange(edit.span, with: edit.text)
        }
        return (bytes, applied)
    }

    /// Whether `entry`'s string, with `edits` applied, is still one TOML string of the same
    /// form holding a requirement that means the same where it is installed.
    private func keepsMeaning(_ entry: RequirementEntry, _ edits: [Diagnostic], _ document: PyProject, _ algebra: DocumentAlgebra) -> Bool {
        guard let old = entry.requirement, let context = algebra.context(of: entry) else { return false }
        let literal = entry.text.span
        var bytes = Array(document.source.bytes[literal])
        for edit in edits.reversed() {
            bytes.replaceSubrange((edit.span.lowerBound - literal.lowerBound)..<(edit.span.upperBound - literal.lowerBound),
                                  with: Array(edit.fix!.utf8))
        }
        guard bytes.first == document.source.bytes[literal.lowerBound],
              let value = try? TOMLDocument(parsing: Array("v = ".utf8) + bytes + [0x0A]),
              value.root.entries.count == 1, let text = value["v"]?.string,
              let new = try? Requirement(parsing: text) else { return false }
        guard new.normalizedName == old.normalizedName, new.normalizedExtras == old.normalizedExtras,
              new.specifier == old.specifier, new.url == old.url else { return false }
        // The same normal form (a legacy name spelt the modern way) means the same.
        if new.marker?.description == old.marker?.description { return true }
        guard let before = meaning(old.marker, algebra), let after = meaning(new.marker, algebra) else { return false }
        return algebra.sameWithin(context, before, after)
    }

    private func meaning(_ marker: Marker?, _ algebra: DocumentAlgebra) -> MarkerCondition? {
        guard let marker else { return algebra.algebra.always }
        return algebra.condition(of: marker)
    }
}

/// What ``Linter/fix(_:)`` made of one file's contents.
public struct FixOutcome: Sendable {
    /// The file after the fixes (the input when nothing was fixed).
    public var bytes: [UInt8]
    /// The findings that were fixed, as reported on the bytes they were fixed in.
    public var fixed: [Diagnostic]
    /// The findings of the fixed file.
    public var remaining: [Diagnostic]
}
