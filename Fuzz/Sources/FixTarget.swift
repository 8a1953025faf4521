import Diagnostics
import Lint
import PEP440
import PEP508
import TOML

/// A pyproject.toml fixed in memory as `pepcheck lint --fix` fixes a file (through
/// `Linter.fix`, the library call the command makes before it writes), and the fixed
/// document checked without the fixer's own machinery:
///
/// - it is valid TOML, and fixing it again changes nothing and leaves the same findings
///   (idempotence); none of those findings offers a fix inside a requirement string
///   (a rule offering one that `--fix` refuses as unsafe);
/// - every byte outside the rewritten strings is unchanged: the two documents have the
///   same strings in the same places, and only requirement strings differ, each in its
///   own quoting;
/// - each rewritten requirement means the same: same name, extras, versions and URL, and
///   the old and new markers evaluate alike (PEP508's evaluator, value or error kind) in
///   every environment of a grid where the requirement is installed (``environments``).
enum FixTarget {
    static let path = "pyproject.toml"
    static let linter = Linter()

    static func run(_ bytes: [UInt8]) {
        let outcome = linter.fix(SourceFile(path: path, bytes: bytes))
        checkNothingLeftToFix(outcome)
        guard !outcome.fixed.isEmpty else {
            require(outcome.bytes == bytes, "nothing was fixed, yet the bytes changed")
            return
        }
        let fixed = outcome.bytes
        require(outcome.fixed.allSatisfy { $0.fix != nil }, "a finding without a fix counted as fixed")
        let before: TOMLDocument, after: TOMLDocument
        do { before = try TOMLDocument(parsing: bytes) } catch { violated("a document that is not valid TOML was fixed (\(error))") }
        do {
            after = try TOMLDocument(parsing: fixed)
        } catch {
            violated("the fixed document is not valid TOML (\(error)): \(text(fixed).debugDescription)")
        }

        let again = linter.fix(SourceFile(path: path, bytes: fixed))
        require(again.fixed.isEmpty && again.bytes == fixed,
                "fixing the fixed document fixes \(again.fixed.map(\.code)) again: \(text(fixed).debugDescription)")
        require(again.remaining == outcome.remaining, "the fixed document lints differently from the findings --fix reported")

        let old = PyProject(source: SourceFile(path: path, bytes: bytes))
        let new = PyProject(source: SourceFile(path: path, bytes: fixed))
        let oldEntries = Dictionary(old.allRequirements.map { ($0.text.span.lowerBound, $0) }) { first, _ in first }
        let newEntries = Dictionary(new.allRequirements.map { ($0.text.span.lowerBound, $0) }) { first, _ in first }
        let requiresPython = old.project?.requiresPython.flatMap { try? SpecifierSet(parsing: $0.string) }

        let oldStrings = strings(before), newStrings = strings(after)
        require(oldStrings.count == newStrings.count, "the fixed document has \(newStrings.count) strings, the original \(oldStrings.count)")
        var oldEnd = 0, newEnd = 0, rewritten = 0
        for (a, b) in zip(oldStrings, newStrings) {
            require(bytes[oldEnd..<a.lowerBound] == fixed[newEnd..<b.lowerBound],
                    "bytes outside the strings changed, before \(text(fixed[b]).debugDescription)")
            oldEnd = a.upperBound
            newEnd = b.upperBound
            guard bytes[a] != fixed[b] else { continue }
            rewritten += 1
            require(bytes[a.lowerBound] == fixed[b.lowerBound], "a fix changed a string's quoting: \(text(fixed[b]))")
            guard let entry = oldEntries[a.lowerBound], let newEntry = newEntries[b.lowerBound] else {
                violated("a string that is not a requirement was rewritten: \(text(bytes[a])) to \(text(fixed[b]))")
            }
            require(entry.scope == newEntry.scope, "a requirement moved from \(entry.scope) to \(newEntry.scope)")
            sameMeaning(entry, newEntry, requiresPython: requiresPython)
        }
        require(bytes[oldEnd...] == fixed[newEnd...], "bytes after the last string changed")
        require(rewritten > 0, "\(outcome.fixed.count) findings fixed, yet no string changed")
    }

    /// No finding of the fixed file offers a fix inside a requirement string: `--fix`
    /// applies them all, so one left means a rule offered a fix that `--fix` refuses as
    /// unsafe (another meaning, or a string that no longer reads). Fixes elsewhere (PC110's
    /// name) are suggestions `--fix` never applies.
    static func checkNothingLeftToFix(_ outcome: FixOutcome) {
        let offered = outcome.remaining.filter { $0.fix != nil }
        guard !offered.isEmpty else { return }
        let document = PyProject(source: SourceFile(path: path, bytes: outcome.bytes))
        let contents = document.allRequirements.map { $0.text.toml.contentStart..<$0.text.toml.contentEnd }
        for finding in offered where contents.contains(where: { $0.lowerBound <= finding.span.lowerBound && finding.span.upperBound <= $0.upperBound }) {
            violated("\(finding.code) offers a fix that --fix does not apply (\(finding.message); fix \(finding.fix!.debugDescription) for "
                + "\(text(outcome.bytes[finding.span]).debugDescription)) in \(text(outcome.bytes).debugDescription)")
        }
    }

    /// The spans (quotes included) of every string value of the document, in order.
    static func strings(_ document: TOMLDocument) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var pending = [TOMLValue(kind: .table(document.root), span: 0..<0)]
        while let value = pending.popLast() {
            switch value.kind {
            case .table(let table), .inlineTable(let table): pending += table.entries.map(\.value)
            case .array(let elements): pending += elements
            case .string: spans.append(value.span)
            default: break
            }
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    static func sameMeaning(_ old: RequirementEntry, _ new: RequirementEntry, requiresPython: SpecifierSet?) {
        let change = "\(old.text.string.debugDescription) became \(new.text.string.debugDescription) (\(old.scope))"
        guard let a = old.requirement else { violated("a requirement that does not parse was rewritten: \(change)") }
        guard let b = new.requirement else { violated("a fixed requirement does not parse: \(change)") }
        require(a.normalizedName == b.normalizedName && a.normalizedExtras == b.normalizedExtras && a.url == b.url,
                "a fix changed the name, extras or URL: \(change)")
        require(a.specifier == b.specifier, "a fix changed the versions: \(change)")
        let trees = [a.marker?.tree, b.marker?.tree].compactMap { $0 }
        for environment in environments(comparedIn: trees, scope: old.scope, requiresPython: requiresPython) {
            let was = a.marker.map { marker in Outcome { () throws(ParseError) in try marker.evaluate(in: environment) } } ?? .value(true)
            let now = b.marker.map { marker in Outcome { () throws(ParseError) in try marker.evaluate(in: environment) } } ?? .value(true)
            require(was == now, "\(change): \(was) before, \(now) after, in \(environment)")
        }
    }

    /// Pythons of the grid, before those the markers name are added.
    static let pythons = ["2.7.18", "3.6.0", "3.7.1", "3.8.0", "3.8.10", "3.9.0rc1", "3.9.0", "3.9.1", "3.10.0", "3.10.14",
                          "3.11.0", "3.11.7", "3.12.0", "3.13.1", "3.14.0", "4.0.0"]
    /// The most environments one requirement is evaluated in (a sample of the grid past it).
    static let gridLimit = 2_048

    /// Environments where a requirement of `scope` is installed, built on a complete Linux
    /// CPython: each Python of ``pythons`` and each the markers compare with (as `X.Y.Z` and
    /// the next micro), those `requires-python` allows unless it is a build requirement;
    /// `extra` the list's extra in `optional-dependencies.NAME`, otherwise empty or one the
    /// markers name; every other variable the markers compare with takes each literal it
    /// is compared with and one more value (a string variable), or no element, one, or all
    /// of them (a set variable).
    static func environments(comparedIn trees: [MarkerTree], scope: String, requiresPython: SpecifierSet?) -> [MarkerEnvironment] {
        var strings: [String: Set<String>] = [:]
        var sets: [String: Set<String>] = [:]
        var versions = Set(pythons)
        var pending = trees
        while let node = pending.popLast() {
            switch node {
            case .group(let terms, _):
                pending += terms
            case .comparison(let comparison):
                let pair: (MarkerVariable, String)? = switch (comparison.lhs, comparison.rhs) {
                case let (.variable(variable), .literal(literal)), let (.literal(literal), .variable(variable)): (variable, literal)
                default: nil
                }
                guard let (variable, literal) = pair else { continue }
                switch variable.name {
                case "python_version", "python_full_version":
                    versions.formUnion(pythonVersions(near: literal))
                case _ where variable.type == .set:
                    sets[variable.name, default: []].insert(literal)
                default:
                    strings[variable.name, default: ["other"]].insert(literal)
                }
            }
        }
        let optional = "optional-dependencies."
        if scope.hasPrefix(optional) {
            strings["extra"] = [PackageName.normalize(scope.dropFirst(optional.count))]
        } else {
            strings["extra", default: []].insert("")
        }
        let installed = scope == "build-system.requires" ? nil : requiresPython
        let allowed = versions.sorted().filter { version in
            installed.map { range in Version(version).map { range.contains($0, prereleases: true) } ?? false } ?? true
        }
        guard !allowed.isEmpty else { return [] }

        // One axis per variable, then the grid, or a spread-out sample of it.
        var axes: [[(String, MarkerValue)]] = [allowed.map { ("python_full_version", .string($0)) }]
        for (name, values) in strings.sorted(by: { $0.key < $1.key }) {
            axes.append(values.sorted().map { (name, .string($0)) })
        }
        for (name, values) in sets.sorted(by: { $0.key < $1.key }) {
            let options = [Set<String>()] + values.sorted().map { [$0] } + (values.count > 1 ? [values] : [])
            axes.append(options.map { (name, .set($0)) })
        }
        var total = 1
        for axis in axes { total = total.multipliedReportingOverflow(by: axis.count).overflow ? Int.max : total * axis.count }
        let count = min(total, gridLimit)
        return (0..<count).map { i in
            // Every point when the grid is small; otherwise points spread by a large odd stride.
            var index = total <= gridLimit ? i : Int((UInt64(i) &* 0x9E37_79B9_7F4A_7C15) % UInt64(total))
            var environment = MarkerEnvironments.completeLinux
            for axis in axes {
                let (name, value) = axis[index % axis.count]
                index /= axis.count
                environment[name] = value
            }
            if case .string(let full) = environment["python_full_version"] {
                environment["python_version"] = .string(full.split(separator: ".").prefix(2).joined(separator: "."))
            }
            return environment
        }
    }

    /// `X.Y.Z` for a literal of one to three release numbers, and the next micro version.
    static func pythonVersions(near literal: String) -> [String] {
        let parts = literal.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return []
        }
        var numbers = parts.map { Int($0)! }
        while numbers.count < 3 { numbers.append(0) }
        let next = [numbers[0], numbers[1], numbers[2] + 1]
        return [numbers, next].map { $0.map(String.init).joined(separator: ".") }
    }
}
