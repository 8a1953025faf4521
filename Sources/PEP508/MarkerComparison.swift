import PEP440

/// `lhs op rhs`: a single comparison of a marker expression.
public struct MarkerComparison: Hashable, Sendable, CustomStringConvertible {
    public var lhs: MarkerOperand {
        get { left }
        set {
            left = newValue
            prepared = Prepared.prepare(left, op, right, extraNormalized: nil)
        }
    }
    public var op: MarkerOperator {
        get { operation }
        set {
            operation = newValue
            prepared = Prepared.prepare(left, operation, right, extraNormalized: nil)
        }
    }
    public var rhs: MarkerOperand {
        get { right }
        set {
            right = newValue
            prepared = Prepared.prepare(left, op, right, extraNormalized: nil)
        }
    }
    /// Where the comparison was parsed from (Unicode scalar offsets of the parsed text).
    /// Evaluation errors carry this span. Not part of equality.
    public var span: SourceSpan

    // The storage behind `lhs`, `op` and `rhs`, named apart so that the synthesised
    // memberwise initialiser exists: an initialiser assigning the fields one by one made the
    // optimiser copy the new comparison (retaining and releasing its strings).
    private var left: MarkerOperand
    private var operation: MarkerOperator
    private var right: MarkerOperand
    /// Everything evaluation needs that does not depend on the environment, computed once
    /// when the comparison is built (or changed) so that evaluating parses nothing.
    private(set) var prepared: Prepared

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

    /// The literal as a version, parsed once when the variable (of a version type) is on
    /// the right; nil otherwise or when it is not a valid version.
    var literalVersion: Version? { prepared.literalVersion }

    /// The literal compared with the variable ("" when there is no such pair).
    var literal: String {
        if case .literal(let value) = prepared.variableOnLeft ? rhs : lhs { return value }
        return ""
    }

    /// The variable compared with the literal (nil when there is no such pair).
    var variable: MarkerVariable? {
        guard prepared.type != nil else { return nil }
        return prepared.variableOnLeft ? lhs.variable : rhs.variable
    }

    /// The PEP 685 normalised literal, for `extra`.
    var extraName: String {
        prepared.extraNormalized ? literal : PackageName.normalize(literal)
    }

    /// Small on purpose (no strings of its own): comparisons are copied while a marker is
    /// built, and every reference-counted field would be retained and released each time.
    struct Prepared: Sendable {
        /// The variable's type when one operand is a variable and the other a literal; nil
        /// for a comparison without a variable or between two variables (D3:
        /// `undefined-comparison`).
        let type: FieldType?
        let variableOnLeft: Bool
        /// Whether the literal is already PEP 685 normalised (only read for `extra`).
        let extraNormalized: Bool
        /// The slot of a standard variable in ``MarkerEnvironment``, or -1.
        let slot: Int
        /// `op literal` as a specifier (the variable, of a version type, is on the left).
        let specifier: Specifier?
        /// The literal as a version (the variable, of a version type, is on the right).
        /// Two optionals rather than one enum: evaluation reads them in place, where an
        /// enum's payload would be copied out.
        let literalVersion: Version?

        private init(
            type: FieldType?, variableOnLeft: Bool, extraNormalized: Bool, slot: Int,
            specifier: Specifier? = nil, literalVersion: Version? = nil
        ) {
            (self.type, self.variableOnLeft, self.extraNormalized, self.slot) = (type, variableOnLeft, extraNormalized, slot)
            (self.specifier, self.literalVersion) = (specifier, literalVersion)
        }

        /// A function rather than an initialiser: initialisers take their arguments owned, so
        /// the operands would be copied to call one. `extraNormalized` is the parser's word
        /// that an `extra` literal is normalised (nil: check).
        static func prepare(_ lhs: MarkerOperand, _ op: MarkerOperator, _ rhs: MarkerOperand, extraNormalized: Bool?) -> Prepared {
            // Field by field rather than by matching a tuple of the operands, which would copy
            // (and retain) both.
            guard let (type, slot, onLeft) = Prepared.variable(lhs, rhs) else {
                return Prepared(type: nil, variableOnLeft: false, extraNormalized: true, slot: -1)
            }
            let needsLiteral = type == .extra && extraNormalized == nil
                || (type == .version || type == .versionOrString) && op != .in && op != .notIn && op != .arbitraryEqual
            guard needsLiteral, case .literal(let literal) = onLeft ? rhs : lhs else {
                return Prepared(type: type, variableOnLeft: onLeft, extraNormalized: extraNormalized ?? true, slot: slot)
            }
            if type == .extra {
                return Prepared(
                    type: type, variableOnLeft: onLeft, extraNormalized: PackageName.normalize(literal) == literal,
                    slot: slot)
            }
            if onLeft {
                return Prepared(
                    type: type, variableOnLeft: true, extraNormalized: true, slot: slot,
                    specifier: Prepared.specifier(op, literal))
            }
            return Prepared(
                type: type, variableOnLeft: false, extraNormalized: true, slot: slot, literalVersion: Version(literal))
        }

        /// The type and slot of the variable when exactly one operand is a variable and the
        /// other a literal, and whether the variable is on the left.
        private static func variable(_ lhs: MarkerOperand, _ rhs: MarkerOperand) -> (FieldType, Int, Bool)? {
            switch lhs {
            case .variable(let v):
                guard case .literal = rhs else { return nil }
                return (v.type, v.standard?.rawValue ?? -1, true)
            case .literal:
                guard case .variable(let v) = rhs else { return nil }
                return (v.type, v.standard?.rawValue ?? -1, false)
            }
        }

        /// `Specifier(op.rawValue + literal)` without building the joined `String`: the
        /// bytes are joined on the stack and parsed in place, and the specifier keeps no
        /// text of its own (evaluation only matches versions).
        static func specifier(_ op: MarkerOperator, _ literal: String) -> Specifier? {
            var bytes = literal
            return bytes.withUTF8 { l in
                op.rawValue.utf8.withContiguousStorageIfAvailable { o in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: o.count + l.count) { joined in
                        _ = joined.initialize(fromContentsOf: o)
                        _ = joined[o.count...].initialize(fromContentsOf: l)
                        defer { joined.deinitialize() }
                        return try? Specifier.parse(
                            UnsafeBufferPointer(joined), start: 0, end: joined.count, keepingText: false)
                    }
                } ?? Specifier(op.rawValue + literal)
            }
        }
    }
}

extension MarkerComparison {
    public init(lhs: MarkerOperand, op: MarkerOperator, rhs: MarkerOperand, span: SourceSpan = SourceSpan(start: 0, end: 0)) {
        self.init(span: span, left: lhs, operation: op, right: rhs, prepared: Prepared.prepare(lhs, op, rhs, extraNormalized: nil))
    }

    /// For the parser, which has just normalised an `extra` literal itself.
    init(parsed lhs: consuming MarkerOperand, _ op: MarkerOperator, _ rhs: consuming MarkerOperand, span: SourceSpan, extraNormalized: Bool?) {
        let prepared = Prepared.prepare(lhs, op, rhs, extraNormalized: extraNormalized)
        self.init(span: span, left: lhs, operation: op, right: rhs, prepared: prepared)
    }
}
