/// PC301: the same project more than once, with the same extras and marker, in one list
/// of requirements (`dependencies`, an extra, a dependency group, `build-system.requires`).
///
/// One finding per repeated requirement, on its second occurrence, with the first and
/// the other places in notes: a list of 4,000 `"pkg"` gives one finding, not 4,000 (or
/// one per pair). Requirements are grouped by name in one pass (``SameNameGroup``), then
/// by list, extras and marker in a dictionary, so the rule is linear.
/// Example: `dependencies = ["requests>=2", "Requests<3"]`. Fix: `requests>=2,<3`.
struct DuplicateRequirementRule: LintRule {
    static let info = RuleInfo(
        code: "PC301", name: "duplicate-requirement", severity: .warning,
        summary: "A project is required twice under the same marker.",
        rationale: "The two entries are intersected by installers, so one of them is redundant or a mistake; updating one and forgetting the other is a common source of conflicts.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"requests>=2\", \"Requests<3\"]",
        fix: "Merge them into one requirement (`requests>=2,<3`).")

    /// Places listed in the notes before "and N more".
    static let listedPlaces = Listing.limit

    private struct Key: Hashable {
        var list: Int
        var extras: [String]
        var marker: String?
    }

    func check(_ document: PyProject, _ report: inout Findings) {
        // Only repeats within one list: an extra or group restating a base dependency
        // (often to narrow its range) is deliberate, and extras differ in what they install.
        for group in SameNameGroup.all(in: document) {
            var repeats: [Key: [Int]] = [:]
            var order: [Key] = []
            for (index, member) in group.members.enumerated() {
                let key = Key(list: member.list, extras: member.requirement.normalizedExtras,
                              marker: member.requirement.marker?.description)
                if repeats[key] == nil { order.append(key) }
                repeats[key, default: []].append(index)
            }
            for key in order {
                guard let indices = repeats[key], indices.count > 1 else { continue }
                let first = group.members[indices[0]]
                let second = group.members[indices[1]]
                let found = indices.count == 2 ? "a second one" : "\(indices.count)"
                var notes = ["first required as `\(first.requirement)` on line \(line(first, document))"]
                if indices.count > 2 {
                    // Only the listed places are looked up: a line number costs a search.
                    let listed = indices.dropFirst(2).prefix(Self.listedPlaces).map { String(line(group.members[$0], document)) }
                    let more = indices.count - 2 - listed.count
                    notes.append("required again on line\(indices.count > 3 ? "s" : "") " + listed.joined(separator: ", ")
                                 + (more > 0 ? " and \(more) more" : ""))
                }
                report.add(Self.info, second.entry.text.span,
                           "expected one requirement on `\(second.requirement.name)`, found \(found)", notes: notes)
            }
        }
    }

    private func line(_ member: SameNameGroup.Member, _ document: PyProject) -> Int {
        document.source.line(of: member.entry.text.span.lowerBound)
    }
}
