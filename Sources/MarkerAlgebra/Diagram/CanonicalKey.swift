/// A key for a condition that does not depend on the algebra it lives in.
extension MarkerCondition {
    /// The condition's diagrams spelled out: nodes in a canonical order (children first,
    /// edges by label text), labels by content, versions without trailing zero release
    /// numbers. Two conditions of any algebras mean the same exactly when their keys are
    /// equal (within one algebra, compare the conditions themselves: that is O(1)).
    public var canonicalKey: String {
        algebra.canonicalKey(value) + "|" + algebra.canonicalKey(raises)
    }
}

extension MarkerAlgebra {
    func canonicalKey(_ f: UInt32) -> String {
        var ids: [UInt32: Int] = [:]
        var lines: [String] = []
        func visit(_ f: UInt32) -> String {
            if f == Ref.true { return "1" }
            if f == Ref.false { return "0" }
            if let id = ids[f] { return "#\(id)" }
            let variable = node(f).variable
            let edges = edgeList(f).map { (label: labelKey(variable, $0.label), child: $0.child) }
                .sorted { utf8Precedes($0.label, $1.label) }
            let parts = edges.map { "\($0.label)→\(visit($0.child))" }
            let id = lines.count
            ids[f] = id
            lines.append("\(variableKeys[Int(variable)]){\(parts.joined(separator: ";"))}")
            return "#\(id)"
        }
        let root = visit(f)
        return lines.joined(separator: "\n") + "\n" + root
    }

    private func labelKey(_ variable: UInt32, _ label: UInt32) -> String {
        func versions(_ set: VersionSet) -> String {
            (set.startsIn ? "+" : "-") + set.cuts.map { "\($0.kind.rawValue)\(VersionWriter.spell($0.version))" }.joined(separator: ",")
        }
        switch domains[Int(variable)] {
        case .python: return versions(pythonLabels[label])
        case .version: return versions(versionLabels[label].versions) + "/" + versionLabels[label].unparsed.description
        case .string: return stringLabels[label].description
        case .boolean: return label == 3 ? "T" : "F"
        }
    }
}
