import PEP508

/// PC401: dependency groups that include each other in a cycle (`a` includes `b`,
/// `b` includes `a`), which PEP 735 forbids.
struct DependencyGroupCycleRule: LintRule {
    static let info = RuleInfo(
        code: "PC401", name: "dependency-group-cycle", severity: .error,
        summary: "Dependency groups include each other in a cycle.",
        rationale: "PEP 735: groups MUST NOT include cycles; tools fail or loop when expanding them.",
        example: "[dependency-groups]\ntest = [\"pytest\", {include-group = \"dev\"}]\ndev = [{include-group = \"test\"}]",
        fix: "Remove one of the includes; move shared requirements into a third group.")

    func check(_ document: PyProject, _ report: inout Findings) {
        var edges: [String: [String]] = [:]
        for group in document.dependencyGroups {
            for case .include(let include) in group.items {
                edges[group.normalizedName, default: []].append(PackageName.normalize(include.value))
            }
        }
        // Every include edge `group → target` from which the group is reachable again
        // lies on a cycle; each is reported with the path that closes it.
        for group in document.dependencyGroups {
            for case .include(let include) in group.items {
                let target = PackageName.normalize(include.value)
                guard let path = Self.path(from: target, to: group.normalizedName, edges: edges) else { continue }
                report.add(Self.info, include.span,
                           "expected an include outside a cycle, found `\(([group.normalizedName] + path).joined(separator: " → "))`")
            }
        }
    }

    /// The shortest include path from `start` to `goal` (both ends included).
    private static func path(from start: String, to goal: String, edges: [String: [String]]) -> [String]? {
        var previous: [String: String] = [start: start]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            if node == goal {
                var path = [node]
                var current = node
                while current != start, let before = previous[current] { path.insert(before, at: 0); current = before }
                return path
            }
            for next in edges[node] ?? [] where previous[next] == nil {
                previous[next] = node
                queue.append(next)
            }
        }
        return nil
    }
}
