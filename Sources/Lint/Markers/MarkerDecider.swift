import PEP440
import PEP508

/// Decides marker comparisons in a partly known environment, for the rules that
/// reason about markers (dead dependencies, overlapping requirements).
///
/// Variables missing from `values` are unknown, and so is every comparison whose
/// meaning under PEP 508 is murky (those are PC202's business).
struct MarkerDecider {
    var values: [String: String]

    func decide(_ comparison: MarkerComparison) -> Bool? {
        guard let (variable, literal, variableFirst) = comparison.variableAndLiteral,
              let value = values[variable.name] else { return nil }
        let (lhs, rhs) = variableFirst ? (value, literal) : (literal, value)
        let isVersion = variable.type == .version
        switch comparison.op {
        case .equal where !isVersion: return lhs == rhs
        case .notEqual where !isVersion: return lhs != rhs
        case .in: return rhs.contains(lhs)
        case .notIn: return !rhs.contains(lhs)
        default:
            guard isVersion, variableFirst, comparison.op != .arbitraryEqual,
                  let version = Version(value),
                  let specifier = try? Specifier(parsing: comparison.op.rawValue + literal) else { return nil }
            return specifier.contains(version, prereleases: true)
        }
    }

    /// Python versions, as (`python_version`, `python_full_version`), that
    /// `requiresPython` allows: every 2.x and 3.x minor release with a few patch
    /// levels, plus the versions a marker names.
    static func pythonCandidates(requiresPython: SpecifierSet, markerVersions: [String]) -> [(short: String, full: String)] {
        var fulls: [String] = []
        for (major, minors) in [(2, 0...7), (3, 0...40)] {
            for minor in minors {
                for patch in [0, 1, 9, 99] { fulls.append("\(major).\(minor).\(patch)") }
            }
        }
        for written in markerVersions {
            let parts = written.split(separator: ".")
            guard parts.count >= 2, parts.allSatisfy({ Int($0) != nil }) else { continue }
            fulls.append(parts.count == 2 ? written + ".0" : written)
        }
        return fulls.compactMap { full in
            guard let version = Version(full), requiresPython.contains(version, prereleases: true) else { return nil }
            let parts = full.split(separator: ".")
            return (parts[0] + "." + parts[1], full)
        }
    }
}
