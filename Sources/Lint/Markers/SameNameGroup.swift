import PEP508

/// The parsed requirements on one project (by normalised name) that can be installed
/// together, for the rules that compare them (PC301, PC302).
///
/// Requirements are installed together within a context: `build-system.requires`;
/// `[project]`, where `dependencies` are installed with each extra (two different extras
/// are not compared: each is optional); each dependency group. The groups come from one
/// pass with a dictionary per context, so grouping is linear in the number of
/// requirements; what a rule does within a group is its own business, and it keeps to a
/// budget there (a group can hold every requirement of the file).
struct SameNameGroup {
    struct Member {
        var entry: RequirementEntry
        var requirement: Requirement
        /// The list of its context the requirement is in: in `[project]`, 0 is
        /// `dependencies` and 1… the extras in order; elsewhere always 0.
        var list: Int
    }

    /// The normalised name.
    var name: String
    /// In document order; at least two.
    var members: [Member]

    /// Whether members `a` and `b` are installed together: in one list, or one of them in
    /// `dependencies` (list 0).
    func installedTogether(_ a: Int, _ b: Int) -> Bool {
        members[a].list == members[b].list || members[a].list == 0 || members[b].list == 0
    }

    /// Every group of two or more requirements of `document`, computed once.
    static func all(in document: PyProject) -> [SameNameGroup] {
        if let known = document.analyses.sameNameGroups { return known }
        var groups: [SameNameGroup] = []
        if let requires = document.buildSystem?.requires { collect([requires], count: requires.count, into: &groups) }
        if let project = document.project {
            let lists = [project.dependencies] + project.optionalDependencies.map(\.requirements)
            collect(lists, count: lists.reduce(0) { $0 + $1.count }, into: &groups)
        }
        for group in document.dependencyGroups {
            let requirements = group.requirements
            collect([requirements], count: requirements.count, into: &groups)
        }
        document.analyses.sameNameGroups = groups
        return groups
    }

    /// The groups of one context, given as its lists, in one pass: a name seen once
    /// waits in `single`; its second requirement opens a group.
    private static func collect(_ lists: [[RequirementEntry]], count: Int, into groups: inout [SameNameGroup]) {
        // Non-negative: the group of the name; negative: -1 - its position in `single`.
        var slots: [String: Int] = Dictionary(minimumCapacity: count)
        var single: [(entry: RequirementEntry, list: Int)] = []
        single.reserveCapacity(count)
        var found: [SameNameGroup] = []
        func member(_ entry: RequirementEntry, _ list: Int) -> Member? {
            guard case .success(let requirement) = entry.parsed else { return nil }
            return Member(entry: entry, requirement: requirement, list: list)
        }
        for (list, entries) in lists.enumerated() {
            for entry in entries {
                guard let name = entry.normalizedName else { continue }
                switch slots[name] {
                case nil:
                    slots[name] = -1 - single.count
                    single.append((entry, list))
                case let slot? where slot < 0:
                    let first = single[-1 - slot]
                    guard let a = member(first.entry, first.list), let b = member(entry, list) else { continue }
                    slots[name] = found.count
                    found.append(SameNameGroup(name: name, members: [a, b]))
                case let slot?:
                    if let b = member(entry, list) { found[slot].members.append(b) }
                }
            }
        }
        groups += found
    }
}
