import PEP440

/// `lhs op rhs`: a single comparison of a marker expression.
public struct MarkerComparison: Hashable, Sendable, CustomStringConvertible {
    public var lhs: MarkerOperand
    public var op: MarkerOperator
    public var rhs: MarkerOperand
    /// Where the comparison was parsed from (Unicode scalar offsets of the parsed text).
    /// Evaluation errors carry this span. Not part of equality.
    public var span: SourceSpan

    public init(lhs: MarkerOperand, op: MarkerOperator, rhs: MarkerOperand, span: SourceSpan = SourceSpan(start: 0, end: 0)) {
        self.lhs = lhs
        self.op = op
        self.rhs = rhs
        self.span = span
    }

    public var description: String { "\(lhs) \(op) \(rhs)" }

    public static func == (a: MarkerComparison, b: MarkerComparison) -> Bool {
        a.lhs == b.lhs && a.op == b.op && a.rhs == b.rhs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lhs)
        hasher.combine(op)
        hasher.combine(rhs)
    }
}
