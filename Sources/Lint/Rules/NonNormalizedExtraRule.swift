import PEP508

/// PC111: an extra or dependency group name that is not in normalised form, where it is
/// defined or where a requirement names it (PEP 685).
struct NonNormalizedExtraRule: LintRule {
    static let info = RuleInfo(
        code: "PC111", name: "non-normalized-extra", severity: .warning,
        summary: "An extra or group name is not in normalised form.",
        rationale: "PEP 685 compares extras by normalised name, and older tools compare them as written; the normalised form behaves the same everywhere.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\n[project.optional-dependencies]\nDev_Tools = [\"pytest\"]",
        fix: "Rename to the normalised form (`dev-tools`).")

    func check(_ document: PyProject, _ report: inout Findings) {
        var names = (document.project?.optionalDependencies ?? []).map(\.name)
        names += document.dependencyGroups.map(\.name)
        for name in names where PackageName.isValid(name.value) {
            let normalized = PackageName.normalize(name.value)
            if normalized != name.value {
                report.add(Self.info, name.span, "expected normalised name `\(normalized)`, found `\(name.value)`")
            }
        }
        // Only requirements with an extra not in normalised form are read again for spans.
        for entry in document.requirements
        where entry.requirement?.extras.contains(where: { PackageName.normalize($0) != $0 }) == true {
            var seen: Set<String> = []
            for (extra, scalars) in entry.writtenExtras where seen.insert(extra).inserted {
                let normalized = PackageName.normalize(extra)
                guard normalized != extra else { continue }
                report.add(Self.info, entry.sourceRange(scalars), "expected normalised extra `\(normalized)`, found `\(extra)`")
            }
        }
    }
}
