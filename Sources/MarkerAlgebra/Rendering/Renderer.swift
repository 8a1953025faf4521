struct RenderedCandidate {}

extension MarkerAlgebra {
    public func render(_ condition: MarkerCondition) throws(AlgebraError) -> String { "" }
}
