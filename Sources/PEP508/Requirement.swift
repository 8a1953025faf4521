import PEP440

/// A dependency specifier (PEP 508): `name[extras] specifiers ; marker` or
/// `name[extras] @ url ; marker`.
///
/// ``description`` is pypa/packaging 26.3's `str(Requirement)`. Equality follows packaging:
/// names and extras compare normalised, specifier sets as sets, markers by their text.
public struct Requirement: Hashable, Sendable, LosslessStringConvertible {
    /// The name as written.
    public var name: String
    /// The distinct extras as written, sorted.
    public var extras: [String]
    /// The version clauses (empty for URL requirements and bare names).
    public var specifier: SpecifierSet
    /// The URL of a direct reference.
    public var url: String?
    /// The environment marker.
    public var marker: Marker? {
        get { storedMarker }
        set { storedMarker = newValue }
    }

    /// ``marker``'s storage, named apart so that the synthesised memberwise initialiser
    /// (`init(name:extras:specifier:url:storedMarker:)`) exists beside the public one. The
    /// parser builds requirements through it: an initialiser that assigns the fields one by
    /// one made the optimiser copy the new value (retaining and releasing every field).
    var storedMarker: Marker?
}

extension Requirement {
    /// Creates a requirement from its parts.
    public init(name: String, extras: [String] = [], specifier: SpecifierSet = SpecifierSet(), url: String? = nil, marker: Marker? = nil) {
        self.init(name: name, extras: extras, specifier: specifier, url: url, storedMarker: marker)
    }

    /// Parses a dependency specifier.
    ///
    /// - Parameter variables: the marker variables the marker may name.
    /// - Throws: ``ParseError`` of kind `invalid-requirement` (also for errors inside the
    ///   version specifiers and the marker), with a span in `text`.
    @inlinable
    public init(parsing text: some StringProtocol, variables: MarkerVariables = .standard) throws(ParseError) {
        // Inlinable so that the caller specialises it: converting a `String` to `String`
        // is then free and no generic metadata is looked up per call.
        try self.init(utf8Text: UTF8Input.string(text), variables: variables)
    }

    @usableFromInline
    init(utf8Text text: String, variables: MarkerVariables) throws(ParseError) {
        // Parsed in place when the string is contiguous (native strings, the usual case).
        // A marker with a long literal keeps the text.
        guard text.isContiguousUTF8 else {
            var contiguous = text
            contiguous.makeContiguousUTF8()
            try self.init(utf8Text: contiguous, variables: variables)
            return
        }
        let result: Result<Requirement, ParseError>
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            // A borrowed span: a `utf8` view (or a local copy) would retain and release the
            // string around the parse.
            result = text.utf8Span.span.withUnsafeBufferPointer { Requirement.parse($0, variables) }
        } else {
            result = text.utf8.withContiguousStorageIfAvailable { Requirement.parse($0, variables) }!
        }
        // A switch moves the value out; `Result.get()` would copy it and release the original.
        switch consume result {
        case .success(let value):
            if case .program(let program)? = value.storedMarker?.storage { program.adopt(text) }
            self = value
        case .failure(let error): throw error
        }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ variables: MarkerVariables) -> Result<Requirement, ParseError> {
        var parser = Parser(bytes, variables: variables, isMarker: false)
        do throws(ParseError) { return .success(try parser.parseSpecification()) } catch { return .failure(error) }
    }

    /// Parses `description` with the standard variables, or returns nil.
    public init?(_ description: String) {
        guard let requirement = try? Requirement(parsing: description) else { return nil }
        self = requirement
    }

    /// The PEP 503 normalised name.
    public var normalizedName: String { PackageName.normalize(name) }

    /// The PEP 685 normalised extras, distinct and sorted.
    public var normalizedExtras: [String] { Array(Set(extras.map { PackageName.normalize($0) })).sorted() }

    public var description: String {
        var out = name
        if !extras.isEmpty {
            out += "["
            out += extras.sorted().joined(separator: ",")
            out += "]"
        }
        if !specifier.isEmpty { out += specifier.description }
        if let url {
            out += " @ "
            out += url
            if marker != nil { out += " " }
        }
        if let marker {
            out += "; "
            out += marker.description
        }
        return out
    }

    public static func == (a: Requirement, b: Requirement) -> Bool {
        a.normalizedName == b.normalizedName && a.normalizedExtras == b.normalizedExtras
            && a.specifier == b.specifier && a.url == b.url && a.marker == b.marker
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(normalizedName)
        hasher.combine(normalizedExtras)
        hasher.combine(specifier)
        hasher.combine(url)
        hasher.combine(marker)
    }
}
