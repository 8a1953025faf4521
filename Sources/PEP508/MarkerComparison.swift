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
        self.prepared = Prepared(lhs, op, rhs)
        self.lhs = lhs
        self.op = op
        self.rhs = rhs
        self.span = span
    }

    /// For the parser, which has just normalised an `extra` literal itself.
    init(parsed lhs: MarkerOperand, _ op: MarkerOperator, _ rhs: MarkerOperand, span: SourceSpan, extraNormalized: Bool?) {
        self.prepared = Prepared(lhs, op, rhs, extraNormalized: extraNormalized)
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

    /// `op rhs` as a version specifier, parsed once when the variable is on the left and
    /// has a version type; nil otherwise or when it is not a valid specifier.
    var specifier: Specifier? {
        if case .specifier(let specifier) = prepared.versions { return specifier }
        return nil
    }

    /// The literal as a version, parsed once when the variable (of a version type) is on
    /// the right; nil otherwise or when it is not a valid version.
    var literalVersion: Version? {
        if case .literal(let version) = prepared.versions { return version }
        return nil
    }

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
        enum Versions: Sendable {
            case none
            /// `op literal` as a specifier (the variable is on the left).
            case specifier(Specifier)
            /// The literal as a version (the variable is on the right).
            case literal(Version)
        }

        /// The variable's type when one operand is a variable and the other a literal; nil
        /// for a comparison without a variable or between two variables (D3:
        /// `undefined-comparison`).
        let type: FieldType?
        let variableOnLeft: Bool
        /// Whether the literal is already PEP 685 normalised (only read for `extra`).
        let extraNormalized: Bool
        /// The slot of a standard variable in ``MarkerEnvironment``, or -1.
        let slot: Int
        let versions: Versions

        init(_ lhs: MarkerOperand, _ op: MarkerOperator, _ rhs: MarkerOperand, extraNormalized: Bool? = nil) {
            let variable: MarkerVariable
            let literal: String
            switch (lhs, rhs) {
            case (.variable(let v), .literal(let l)): (variable, literal, variableOnLeft) = (v, l, true)
            case (.literal(let l), .variable(let v)): (variable, literal, variableOnLeft) = (v, l, false)
            default:
                (type, variableOnLeft, self.extraNormalized, slot, versions) = (nil, false, true, -1, .none)
                return
            }
            type = variable.type
            slot = variable.standard?.rawValue ?? -1
            if variable.type == .extra {
                self.extraNormalized = extraNormalized ?? (PackageName.normalize(literal) == literal)
            } else {
                self.extraNormalized = true
            }
            if variable.type == .version || variable.type == .versionOrString,
                op != .in, op != .notIn, op != .arbitraryEqual
            {
                if variableOnLeft {
                    versions = Prepared.specifier(op, literal).map { .specifier($0) } ?? .none
                } else {
                    versions = Version(literal).map { .literal($0) } ?? .none
                }
            } else {
                versions = .none
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
