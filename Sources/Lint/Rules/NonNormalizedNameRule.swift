import PEP508

/// PC110: `project.name` is valid but not in normalised form (lower case, `-` only).
struct NonNormalizedNameRule: LintRule {
    static let info = RuleInfo(
        code: "PC110", name: "non-normalized-name", severity: .warning,
        summary: "`project.name` is not in normalised form.",
        rationale: "Indexes and installers compare normalised names; writing the normalised form avoids two spellings of one project in lock files, URLs and wheel names.",
        example: "[project]\nname = \"My_Project\"\nversion = \"1\"",
        fix: "Write the normalised name: lower case, runs of `-`, `_`, `.` replaced by `-` (`my-project`).")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let name = document.project?.name, PackageName.isValid(name.string) else { return }
        let normalized = PackageName.normalize(name.string)
        guard normalized != name.string else { return }
        report.add(Self.info, name.span, "expected normalised name `\(normalized)`, found `\(name.string)`",
                   fix: "\"\(normalized)\"")
    }
}
