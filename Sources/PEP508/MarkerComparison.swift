import PEP440

/// `lhs op rhs`: a single comparison of a marker expression.
public struct MarkerComparison: Hashable, Sendable, CustomStringConvertible {
    public var lhs: MarkerOperand { didSet { prepared = Prepared(lhs, op, rhs) } }
    public var op: MarkerOperator { didSet { prepared = Prepared(lhs, op, rhs) } }
    public var rhs: MarkerOperand { didSet { prepared = Prepared(lhs, op, rhs) } }
    /// Where the comparison was parsed from (Unicode scalar offsets of the parsed text).
    /// Evaluation errors carry this span. Not part of equality.
    public var span: SourceSpan
    /// Everything evaluation needs that does not depend on the environment, computed once
    /// when the comparison is built (or changed) so that evaluating parses nothing.
    private(set) var prepared: Prepared

    public init(lhs: MarkerOperand, op: MarkerOperator, rhs: MarkerOperand, span: SourceSpan = SourceSpan(start: 0, end: 0)) {
        self.lhs = lhs
        self.op = op
        self.rhs = rhs
        self.span = span
        self.prepared = Prepared(lhs, op, rhs)
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

    /// `op rhs` as a version specifier, parsed once when the variable is on the left and
    /// has a version type; nil otherwise or when it is not a valid specifier.
    var specifier: Specifier? { prepared.specifier }

    struct Prepared: Sendable {
        /// The variable operand when the other operand is a literal; nil for a comparison
        /// without a variable or between two variables (D3: `undefined-comparison`).
        let variable: MarkerVariable?
        /// The variable's type (copied out so evaluation does not copy the variable).
        let type: FieldType?
        let literal: String
        let variableOnLeft: Bool
        /// The slot of a standard variable in ``MarkerEnvironment``, or -1.
        let slot: Int
        /// See ``MarkerComparison/specifier``.
        let specifier: Specifier?
        /// The literal as a version, when the variable (of a version type) is on the right.
        let literalVersion: Version?
        /// The PEP 685 normalised literal, for `extra`.
        let extraName: String

        init(_ lhs: MarkerOperand, _ op: MarkerOperator, _ rhs: MarkerOperand) {
            var variable: MarkerVariable?
            var literal = ""
            var variableOnLeft = false
            switch (lhs, rhs) {
            case (.variable(let v), .literal(let l)): (variable, literal, variableOnLeft) = (v, l, true)
            case (.literal(let l), .variable(let v)): (variable, literal, variableOnLeft) = (v, l, false)
            default: break
            }
            self.variable = variable
            type = variable?.type
            self.literal = literal
            self.variableOnLeft = variableOnLeft
            slot = variable?.standard?.rawValue ?? -1
            var specifier: Specifier?
            var literalVersion: Version?
            if let type = variable?.type, type == .version || type == .versionOrString,
                op != .in, op != .notIn, op != .arbitraryEqual
            {
                if variableOnLeft {
                    specifier = Prepared.specifier(op, literal)
                } else {
                    literalVersion = Version(literal)
                }
            }
            self.specifier = specifier
            self.literalVersion = literalVersion
            extraName = variable?.type == .extra ? PackageName.normalize(literal) : ""
        }

        /// `Specifier(op.rawValue + literal)` without building the joined `String`: the
        /// bytes are joined on the stack and parsed in place.
        static func specifier(_ op: MarkerOperator, _ literal: String) -> Specifier? {
            var bytes = literal
            return bytes.withUTF8 { l in
                op.rawValue.utf8.withContiguousStorageIfAvailable { o in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: o.count + l.count) { joined in
                        _ = joined.initialize(fromContentsOf: o)
                        _ = joined[o.count...].initialize(fromContentsOf: l)
                        defer { joined.deinitialize() }
                        return try? Specifier.parse(UnsafeBufferPointer(joined), start: 0, end: joined.count)
                    }
                } ?? Specifier(op.rawValue + literal)
            }
        }
    }
}
