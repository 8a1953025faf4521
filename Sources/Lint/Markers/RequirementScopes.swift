import PEP508

/// The sets of requirements that are installed together, for the rules that compare
/// requirements on the same name: `dependencies` with each extra (an extra adds to
/// them), each dependency group, and `build-system.requires`.
enum RequirementScopes {
    static func all(_ document: PyProject) -> [[RequirementEntry]] {
        var scopes: [[RequirementEntry]] = []
        if let requires = document.buildSystem?.requires { scopes.append(requires) }
        if let project = document.project {
            scopes.append(project.dependencies)
            for extra in project.optionalDependencies where !extra.requirements.isEmpty {
                scopes.append(project.dependencies + extra.requirements)
            }
        }
        for group in document.dependencyGroups {
            scopes.append(group.items.compactMap { if case .requirement(let entry) = $0 { entry } else { nil } })
        }
        return scopes
    }

    /// Pairs `(earlier, later)` of parsed requirements on the same normalised name in
    /// one scope, each pair once even when scopes overlap.
    ///
    /// The scopes of ``all(_:)`` repeat `dependencies` once per extra; here each list
    /// is grouped by name once, and an extra is only paired with itself and with
    /// `dependencies`, which finds the same pairs without copying or renaming anything.
    static func sameNamePairs(_ document: PyProject) -> [(RequirementEntry, Requirement, RequirementEntry, Requirement)] {
        if let known = document.analyses.sameNamePairs { return known }
        let pairs = computeSameNamePairs(document)
        document.analyses.sameNamePairs = pairs
        return pairs
    }

    private static func computeSameNamePairs(_ document: PyProject) -> [(RequirementEntry, Requirement, RequirementEntry, Requirement)] {
        typealias Named = [String: [(RequirementEntry, Requirement)]]
        func grouped(_ entries: [RequirementEntry]) -> (Named, [String]) {
            var byName: Named = [:]
            var order: [String] = []
            for entry in entries {
                guard let requirement = entry.requirement else { continue }
                let name = requirement.normalizedName
                if byName[name] == nil { order.append(name) }
                byName[name, default: []].append((entry, requirement))
            }
            return (byName, order)
        }
        var seen: Set<[Int]> = []
        var pairs: [(RequirementEntry, Requirement, RequirementEntry, Requirement)] = []
        func pair(_ a: (RequirementEntry, Requirement), _ b: (RequirementEntry, Requirement)) {
            guard seen.insert([a.0.text.span.lowerBound, b.0.text.span.lowerBound]).inserted else { return }
            pairs.append((a.0, a.1, b.0, b.1))
        }
        func within(_ group: (Named, [String])) {
            for name in group.1 {
                guard let same = group.0[name], same.count > 1 else { continue }
                for i in same.indices {
                    for j in same.indices where j > i { pair(same[i], same[j]) }
                }
            }
        }
        if let requires = document.buildSystem?.requires { within(grouped(requires)) }
        if let project = document.project {
            let dependencies = grouped(project.dependencies)
            within(dependencies)
            for extra in project.optionalDependencies where !extra.requirements.isEmpty {
                let own = grouped(extra.requirements)
                for name in own.1 {
                    for dependency in dependencies.0[name] ?? [] {
                        for item in own.0[name] ?? [] { pair(dependency, item) }
                    }
                }
                within(own)
            }
        }
        for group in document.dependencyGroups {
            within(grouped(group.items.compactMap { if case .requirement(let entry) = $0 { entry } else { nil } }))
        }
        return pairs
    }

    /// Whether two markers can both be true: tried on every combination of the values
    /// their comparisons name (plus "something else"), unknown counting as possible.
    static func canOverlap(_ a: MarkerTree?, _ b: MarkerTree?) -> Bool {
        guard let a, let b else { return true }
        var values: [String: Set<String>] = [:]
        for comparison in a.comparisons + b.comparisons {
            guard let (variable, literal, _) = comparison.variableAndLiteral else { continue }
            if variable.type == .version {
                // Versions: the literal and its neighbours decide every ordering comparison.
                values[variable.name, default: []].formUnion([literal, lowered(literal), literal + ".1"].compactMap { $0 })
            } else {
                values[variable.name, default: ["\u{1}other"]].insert(literal)
            }
        }
        var environments: [[String: String]] = [[:]]
        for (variable, options) in values.sorted(by: { $0.key < $1.key }) {
            environments = environments.flatMap { env in options.map { env.merging([variable: $0]) { $1 } } }
            if environments.count > 4096 { return true }
        }
        for values in environments {
            let decider = MarkerDecider(values: values)
            if a.evaluate(decider.decide) != false && b.evaluate(decider.decide) != false { return true }
        }
        return false
    }

    // A version just below a literal one, so `< "3.8"` has a witness.
    private static func lowered(_ literal: String) -> String? {
        var parts = literal.split(separator: ".").compactMap { Int($0) }
        guard !parts.isEmpty, parts.count == literal.split(separator: ".").count else { return nil }
        if parts[parts.count - 1] > 0 { parts[parts.count - 1] -= 1 } else if parts.count > 1 && parts[0] > 0 { parts[0] -= 1 } else { return nil }
        return parts.map(String.init).joined(separator: ".")
    }
}
