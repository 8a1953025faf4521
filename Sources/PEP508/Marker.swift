import PEP440

/// An environment marker such as `python_version < "3.11" and sys_platform == "linux"`.
///
/// ``description`` is pypa/packaging 26.3's `str(Marker)`: one space around operators and
/// connectives, literals in double quotes (single quotes when the literal holds a double
/// quote), legacy variable names in their modern spelling, redundant outer parentheses
/// dropped. Two markers are equal when their descriptions are.
public struct Marker: Hashable, Sendable, LosslessStringConvertible {
    /// The expression as written (parentheses become nested groups).
    public var tree: MarkerTree {
        get {
            switch storage {
            case .compact(let comparison):
                return .group([.comparison(MarkerProgram.comparison(comparison.term, in: nil))], [])
            case .program(let program):
                return program.tree
            }
        }
        set { storage = .program(MarkerProgram(newValue)) }
    }

    /// The stored form, ready to evaluate; ``tree`` is rebuilt from it.
    var storage: Storage

    /// Most parsed markers are one comparison of a standard variable with a short literal
    /// (`extra == "test"`): that is kept as plain data, with nothing allocated.
    enum Storage: Sendable {
        case compact(MarkerProgram.Compact)
        case program(MarkerProgram)
    }

    /// Wraps a tree.
    public init(_ tree: MarkerTree) {
        storage = .program(MarkerProgram(tree))
    }

    init(storage: Storage) {
        self.storage = storage
    }

    /// Parses a marker expression.
    ///
    /// - Parameter variables: the variables the expression may name; anything else is an
    ///   `invalid-marker` error on the identifier.
    /// - Throws: ``ParseError`` of kind `invalid-marker`. Parentheses nested deeper than 64
    ///   are an error.
    @inlinable
    public init(parsing text: some StringProtocol, variables: MarkerVariables = .standard) throws(ParseError) {
        // Inlinable so that the caller specialises it (see ``Requirement/init(parsing:variables:)``).
        try self.init(utf8Text: UTF8Input.string(text), variables: variables)
    }

    @usableFromInline
    init(utf8Text text: String, variables: MarkerVariables) throws(ParseError) {
        // Parsed in place when the string is contiguous (native strings, the usual case).
        // A program with a long literal keeps the text.
        guard text.isContiguousUTF8 else {
            var contiguous = text
            contiguous.makeContiguousUTF8()
            self = try Marker(utf8Text: contiguous, variables: variables)
            return
        }
        let result: Result<Storage, ParseError>
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            // A borrowed span: a `utf8` view (or a local copy) would retain and release the
            // string around the parse.
            result = text.utf8Span.span.withUnsafeBufferPointer { Marker.parse($0, variables) }
        } else {
            result = text.utf8.withContiguousStorageIfAvailable { Marker.parse($0, variables) }!
        }
        // A switch moves the value out; `Result.get()` would copy it and release the original.
        switch consume result {
        case .success(let value):
            if case .program(let program) = value { program.adopt(text) }
            self.init(storage: value)
        case .failure(let error): throw error
        }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ variables: MarkerVariables) -> Result<Storage, ParseError> {
        var parser = Parser(bytes, variables: variables, isMarker: true)
        do throws(ParseError) { return .success(try parser.parseFullMarker()) } catch { return .failure(error) }
    }

    /// Parses `description` with the standard variables, or returns nil.
    public init?(_ description: String) {
        guard let marker = try? Marker(parsing: description) else { return nil }
        self = marker
    }

    public var description: String { tree.description }

    public static func == (a: Marker, b: Marker) -> Bool { a.description == b.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    /// `self and other`, as pypa/packaging's `Marker.__and__`.
    public func and(_ other: Marker) -> Marker {
        Marker(.group([tree, other.tree], [.and]))
    }

    /// `self or other`, as pypa/packaging's `Marker.__or__`.
    public func or(_ other: Marker) -> Marker {
        Marker(.group([tree, other.tree], [.or]))
    }
}
