import PEP508

/// PC401: dependency groups that include each other in a cycle (`a` includes `b`,
/// `b` includes `a`), which PEP 735 forbids.
///
/// One finding per cycle, whatever its length: the groups that include each other form
/// a strongly connected component of the include graph (Tarjan's algorithm, iterative,
/// so a chain of 100,000 includes neither recurses nor repeats work), and each
/// component is reported once, on its first include that stays inside it, with the
/// shortest cycle through that include (one breadth-first search within the
/// component). The whole rule is linear in the groups and includes.
/// Example: `test = [{include-group = "dev"}]`, `dev = [{include-group = "test"}]`.
/// Fix: remove one include.
struct DependencyGroupCycleRule: LintRule {
    static let info = RuleInfo(
        code: "PC401", name: "dependency-group-cycle", severity: .error,
        summary: "Dependency groups include each other in a cycle.",
        rationale: "PEP 735: groups MUST NOT include cycles; tools fail or loop when expanding them.",
        example: "[dependency-groups]\ntest = [\"pytest\", {include-group = \"dev\"}]\ndev = [{include-group = \"test\"}]",
        fix: "Remove one of the includes; move shared requirements into a third group.")

    /// One include, `from` → `to` (node numbers), where it is written.
    private struct Include {
        var from: Int
        var to: Int
        var span: Range<Int>
    }

    func check(_ document: PyProject, _ report: inout Findings) {
        // Nodes: the groups by normalised name (repeated names are PC403's business and
        // share a node); includes of unknown groups are PC402's.
        var node: [String: Int] = [:]
        var names: [String] = []
        for group in document.dependencyGroups where node[group.normalizedName] == nil {
            node[group.normalizedName] = names.count
            names.append(group.normalizedName)
        }
        var includes: [Include] = []
        var edges = Array(repeating: [Int](), count: names.count)
        for group in document.dependencyGroups {
            let from = node[group.normalizedName]!
            for case .include(let include) in group.items {
                guard let to = node[PackageName.normalize(include.value)] else { continue }
                includes.append(Include(from: from, to: to, span: include.span))
                edges[from].append(to)
            }
        }
        let component = Self.components(edges)
        var members: [Int: [Int]] = [:]
        for node in names.indices { members[component[node], default: []].append(node) }
        var reported = Set<Int>()
        for include in includes where component[include.from] == component[include.to]
            && reported.insert(component[include.from]).inserted {
            let path = Self.shortestPath(from: include.to, to: include.from, edges: edges) {
                component[$0] == component[include.from]
            }
            let cycle = ([include.from] + path).map { names[$0] }
            let inCycle = members[component[include.from]] ?? []
            // A component with more groups than the cycle shown holds other cycles too.
            let notes = inCycle.count > path.count
                ? ["\(inCycle.count) groups include each other: " + Listing.names(inCycle.map { names[$0] })]
                : []
            report.add(Self.info, include.span,
                       "expected an include outside a cycle, found `\(cycle.joined(separator: " → "))`", notes: notes)
        }
    }

    /// The strongly connected component of every node (Tarjan's algorithm with an
    /// explicit stack).
    static func components(_ edges: [[Int]]) -> [Int] {
        let count = edges.count
        var index = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var component = Array(repeating: -1, count: count)
        var stack: [Int] = []
        var next = 0
        var components = 0
        for root in 0..<count where index[root] < 0 {
            // Each frame: a node and how many of its edges have been followed.
            var frames: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let (v, e) = frames.last {
                if e < edges[v].count {
                    frames[frames.count - 1].edge += 1
                    let w = edges[v][e]
                    if index[w] < 0 {
                        index[w] = next; low[w] = next; next += 1
                        stack.append(w); onStack[w] = true
                        frames.append((w, 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { low[parent] = min(low[parent], low[v]) }
                guard low[v] == index[v] else { continue }
                while let w = stack.popLast() {
                    onStack[w] = false
                    component[w] = components
                    if w == v { break }
                }
                components += 1
            }
        }
        return component
    }

    /// The shortest path from `start` to `goal` (both included) through nodes that pass
    /// `inside`.
    private static func shortestPath(from start: Int, to goal: Int, edges: [[Int]], inside: (Int) -> Bool) -> [Int] {
        var previous: [Int: Int] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if node == goal { break }
            for next in edges[node] where inside(next) && previous[next] == nil {
                previous[next] = node
                queue.append(next)
            }
        }
        var path = [goal]
        var current = goal
        while current != start, let before = previous[current] {
            path.append(before)
            current = before
        }
        return path.reversed()
    }
}
