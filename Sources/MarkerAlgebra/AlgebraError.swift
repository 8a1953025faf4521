import PEP440

/// Why an algebra operation gave no answer: a value with a stable kind, a message and, for
/// errors in marker text, the span of the fault.
public struct AlgebraError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// The operation took more steps than ``MarkerAlgebra/Options/budget`` allows.
        case budgetExceeded = "budget-exceeded"
        /// The condition has no exact spelling in marker syntax (PEP 508 has no `not`, and
        /// some complements of PEP 440 ranges, such as that of `> "3.9"` with its post-releases,
        /// need infinitely many comparisons).
        case notExpressible = "not-expressible"
        /// Marker text that does not parse (``span`` points at the fault).
        case invalidMarker = "invalid-marker"
        /// A `requires-python` value that does not parse (``span`` points at the fault).
        case invalidSpecifier = "invalid-specifier"
        /// Two conditions of different algebras were combined.
        case mixedAlgebras = "mixed-algebras"
    }

    public var kind: Kind
    public var message: String
    public var span: SourceSpan?

    public init(kind: Kind, message: String, span: SourceSpan? = nil) {
        self.kind = kind
        self.message = message
        self.span = span
    }

    init(_ error: ParseError, kind: Kind) {
        self.init(kind: kind, message: error.message, span: error.span)
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
