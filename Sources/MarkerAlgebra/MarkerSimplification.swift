import PEP440
import PEP508

extension MarkerAlgebra {
    /// The marker as its simplest spelling found: ``render(_:)`` of its condition (under
    /// `requiresPython` and `assuming` when given), or the marker itself in its normal form
    /// when that canonical text cannot be written or is longer than the marker by more than
    /// two comparisons, or when it raises in every environment (its own raising comparison
    /// says more than the canonical `python_version ~= "0"`). `nil` means always true.
    public func simplify(_ marker: Marker, requiresPython: SpecifierSet? = nil, assuming: MarkerCondition? = nil) throws(AlgebraError) -> Marker? {
        switch try simplification(marker, requiresPython: requiresPython, assuming: assuming) {
        case .unchanged: return marker
        case .alwaysTrue: return nil
        case .written(let text): return (try? Marker(parsing: text, variables: registry)) ?? marker
        }
    }

    /// The text of ``simplify(_:requiresPython:assuming:)``'s answer (`""` for always true),
    /// without reading the text written back into a ``Marker``: for a caller that prints or
    /// stores the simplified marker.
    public func simplifiedText(_ marker: Marker, requiresPython: SpecifierSet? = nil, assuming: MarkerCondition? = nil) throws(AlgebraError) -> String {
        switch try simplification(marker, requiresPython: requiresPython, assuming: assuming) {
        case .unchanged: return marker.description
        case .alwaysTrue: return ""
        case .written(let text): return text
        }
    }

    private enum Simplification {
        case unchanged
        case alwaysTrue
        case written(String)
    }

    private func simplification(_ marker: Marker, requiresPython: SpecifierSet?, assuming: MarkerCondition?) throws(AlgebraError) -> Simplification {
        let tree = marker.tree
        var condition = try self.condition(tree: tree)
        if let requiresPython { condition = try condition.simplified(requiresPython: requiresPython) }
        if let assuming { condition = try condition.simplified(assuming: assuming) }
        if condition.alwaysRaises { return .unchanged }
        let written: Formula
        do {
            written = try write(condition)
        } catch {
            if error.kind == .notExpressible { return .unchanged }
            throw error
        }
        if written.kind == .constant(true) { return .alwaysTrue }
        if written.cost > Self.comparisons(tree) + 2 { return .unchanged }
        return .written(written.text)
    }

    /// The number of comparisons in a marker.
    public static func comparisonCount(_ marker: Marker) -> Int { comparisons(marker.tree) }

    static func comparisons(_ tree: MarkerTree) -> Int {
        switch tree {
        case .comparison: return 1
        case .group(let terms, _): return terms.reduce(0) { $0 + comparisons($1) }
        }
    }
}
