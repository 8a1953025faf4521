import PEP440
import PEP508

/// Decides marker comparisons in a partly known environment, for the rules that
/// reason about markers (dead dependencies, overlapping requirements).
///
/// Variables missing from `values` are unknown, and so is every comparison whose
/// meaning under PEP 508 is murky (those are PC202's business).
struct MarkerDecider {
    var values: [String: String]
    /// The values of Version variables, when the caller has parsed them already.
    var versions: [String: Version] = [:]
    /// `op literal` specifiers, parsed once rather than per environment tried.
    var specifiers: SpecifierCache = SpecifierCache()

    func decide(_ comparison: MarkerComparison) -> Bool? {
        guard let (variable, _, _) = comparison.variableAndLiteral, let value = values[variable.name] else { return nil }
        return Self.decide(comparison, value: value, version: versions[variable.name], specifiers: specifiers)
    }

    /// A Python candidate decides its two variables and nothing else; no
    /// dictionaries are built for the hundreds of candidates a marker is tried on.
    static func decide(_ comparison: MarkerComparison, python candidate: PythonCandidate, specifiers: SpecifierCache) -> Bool? {
        switch comparison.variableAndLiteral?.variable.name {
        case "python_version"?:
            return decide(comparison, value: candidate.short, version: candidate.shortVersion, specifiers: specifiers)
        case "python_full_version"?:
            return decide(comparison, value: candidate.full, version: candidate.fullVersion, specifiers: specifiers)
        default:
            return nil
        }
    }

    /// `comparison` with its variable's value, `version` being that value parsed when
    /// the caller has it already.
    static func decide(_ comparison: MarkerComparison, value: String, version: Version?, specifiers: SpecifierCache) -> Bool? {
        guard let (variable, literal, variableFirst) = comparison.variableAndLiteral else { return nil }
        let (lhs, rhs) = variableFirst ? (value, literal) : (literal, value)
        let isVersion = variable.type == .version
        switch comparison.op {
        case .equal where !isVersion: return lhs == rhs
        case .notEqual where !isVersion: return lhs != rhs
        case .in: return rhs.contains(lhs)
        case .notIn: return !rhs.contains(lhs)
        default:
            guard isVersion, variableFirst, comparison.op != .arbitraryEqual,
                  let version = version ?? Version(value),
                  let specifier = specifiers.specifier(comparison.op.rawValue, literal) else { return nil }
            return specifier.contains(version, prereleases: true)
        }
    }

    /// A Python that `requires-python` allows, with both marker values parsed.
    struct PythonCandidate {
        var short: String
        var full: String
        var shortVersion: Version
        var fullVersion: Version
    }

    /// Python versions, as (`python_version`, `python_full_version`), that
    /// `requiresPython` allows, enough to meet every region the comparisons cut:
    /// the comparisons only change their answer at the versions they name (and
    /// `requires-python` at its bounds), so each named version with its neighbours
    /// (one minor and one patch either side), the first 2.x and 3.x releases and a
    /// far 3.x stand for every Python in between.
    static func pythonCandidates(requiresPython: SpecifierSet, markerVersions: [String]) -> [PythonCandidate] {
        var triples: Set<[Int]> = [[2, 0, 0], [2, 7, 99], [3, 0, 0], [3, 40, 99]]
        let named = markerVersions + requiresPython.specifiers.map(\.versionText)
        for written in named {
            let numbers = written.split(separator: ".").prefix(3).map { Int($0) }
            guard numbers.count >= 2, let major = numbers[0], let minor = numbers[1] else { continue }
            let patch = numbers.count == 3 ? numbers[2] : nil
            for m in [minor - 1, minor, minor + 1] where m >= 0 {
                for p in [0, 1, 99] { triples.insert([major, m, p]) }
            }
            if let patch {
                for p in [patch - 1, patch, patch + 1] where p >= 0 { triples.insert([major, minor, p]) }
            }
        }
        let fulls = triples.sorted { $0.lexicographicallyPrecedes($1) }.map { $0.map(String.init).joined(separator: ".") }
        return candidates(fulls, requiresPython)
    }

    static func candidates(_ fulls: [String], _ requiresPython: SpecifierSet) -> [PythonCandidate] {
        fulls.compactMap { full -> PythonCandidate? in
            guard let version = Version(full), requiresPython.contains(version, prereleases: true) else { return nil }
            let parts = full.split(separator: ".")
            let short = String(parts[0] + "." + parts[1])
            guard let shortVersion = Version(short) else { return nil }
            return PythonCandidate(short: short, full: full, shortVersion: shortVersion, fullVersion: version)
        }
    }
}

/// Parsed `op literal` specifiers, shared by the deciders of one analysis.
final class SpecifierCache {
    private var parsed: [String: Specifier?] = [:]

    func specifier(_ op: String, _ literal: String) -> Specifier? {
        let key = op + literal
        if let known = parsed[key] { return known }
        let specifier = try? Specifier(parsing: key)
        parsed[key] = specifier
        return specifier
    }
}
