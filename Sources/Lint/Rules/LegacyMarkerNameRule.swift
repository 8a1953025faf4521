import PEP508

/// PC203: a pre-PEP 508 variable spelling (`os.name`, `sys.platform`,
/// `python_implementation`) that pypa/packaging still accepts but the spec does not.
struct LegacyMarkerNameRule: LintRule {
    static let info = RuleInfo(
        code: "PC203", name: "legacy-marker-name", severity: .warning,
        summary: "A marker uses a legacy variable name.",
        rationale: "Only some tools accept the PEP 345 spellings; uv and strict PEP 508 parsers reject them.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"pywin32; os.name == 'nt'\"]",
        fix: "Use the PEP 508 name (`os_name`, `sys_platform`, `platform_python_implementation`).")

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.requirements where Self.mayHoldLegacyName(entry) {
            guard let comparisons = entry.marker?.comparisons, !comparisons.isEmpty else { continue }
            // PEP508 stores the modern name; the source text shows the spelling used. The
            // scalars are read once per requirement, each comparison's name from them.
            let scalars = entry.scalars
            for comparison in comparisons {
                let start = min(max(comparison.span.start, 0), scalars.count)
                let end = min(max(comparison.span.end, start), scalars.count)
                for (operand, atStart) in [(comparison.lhs, true), (comparison.rhs, false)] {
                    guard case .variable(let variable) = operand else { continue }
                    var count = 0
                    if atStart {
                        while start + count < end, Self.isNameScalar(scalars[start + count]) { count += 1 }
                    } else {
                        while end - count > start, Self.isNameScalar(scalars[end - count - 1]) { count += 1 }
                    }
                    let first = atStart ? start : end - count
                    var written = String.UnicodeScalarView()
                    written.append(contentsOf: scalars[first..<first + count])
                    guard count > 0, String(written) != variable.name else { continue }
                    report.add(Self.info, entry.sourceRange(first..<first + count),
                               "expected `\(variable.name)`, found legacy name `\(String(written))`", fix: variable.name)
                }
            }
        }
    }

    /// Whether the requirement's text may hold a legacy spelling (`os.name`, `sys.platform`,
    /// `platform.…`, `python_implementation`): a byte test before the marker is read.
    private static func mayHoldLegacyName(_ entry: RequirementEntry) -> Bool {
        let dotted = entry.text.string.utf8.withContiguousStorageIfAvailable { bytes in
            func endsWith(_ word: StaticString, at end: Int) -> Bool {
                let count = word.utf8CodeUnitCount
                return end >= count && bytes[(end - count)..<end].elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: count))
            }
            for i in bytes.indices where bytes[i] == UInt8(ascii: ".")
                && (endsWith("os", at: i) || endsWith("sys", at: i) || endsWith("platform", at: i)) {
                return true
            }
            return false
        } ?? true
        return dotted || entry.textContains("python_implementation")
    }

    /// The characters of a marker variable name, legacy spellings included (`os.name`).
    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", ".": true
        default: false
        }
    }
}
