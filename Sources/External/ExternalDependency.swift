import PEP440
import PEP508

/// A PEP 725 external dependency specifier: a DepURL, optionally followed by `;` and a
/// PEP 508 environment marker (`dep:generic/xcb; platform_system == "Linux"`).
public struct ExternalDependency: Hashable, Sendable, LosslessStringConvertible {
    public var url: DepURL
    public var marker: Marker?

    public init(url: DepURL, marker: Marker? = nil) {
        self.url = url
        self.marker = marker
    }

    /// Parses a specifier; error spans are Unicode scalar offsets of `text`.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        let scalars = Array(String(text).unicodeScalars)
        // A DepURL cannot hold a raw `;` (PURL percent-encodes it), so the first one
        // starts the marker.
        let semicolon = scalars.firstIndex(of: ";") ?? scalars.count
        var start = 0
        var end = semicolon
        while start < end && ScalarText.isWhitespace(scalars[start]) { start += 1 }
        while end > start && ScalarText.isWhitespace(scalars[end - 1]) { end -= 1 }
        url = try DepURLParser(Array(scalars[start..<end]), base: start).parse()
        guard semicolon < scalars.count else {
            marker = nil
            return
        }
        let markerText = String(String.UnicodeScalarView(scalars[(semicolon + 1)...]))
        do throws(ParseError) {
            marker = try Marker(parsing: markerText)
        } catch {
            var moved = error
            moved.span = SourceSpan(start: semicolon + 1 + error.span.start, end: semicolon + 1 + error.span.end)
            throw moved
        }
    }

    public init?(_ description: String) {
        guard let parsed = try? ExternalDependency(parsing: description) else { return nil }
        self = parsed
    }

    /// `dep:...` or `dep:...; marker`, with both parts in canonical form.
    public var description: String {
        guard let marker else { return url.description }
        return "\(url); \(marker)"
    }

    /// The specifier with `extra == "name"` added to its marker, as Core Metadata
    /// writes the members of an optional group.
    public func description(extra: String) -> String {
        let condition = "extra == \"\(extra)\""
        guard let marker else { return "\(url); \(condition)" }
        let text = marker.description
        // `a or b and extra == x` would bind the extra to `b` only.
        let joined = text.contains(" or ") ? "(\(text)) and \(condition)" : "\(text) and \(condition)"
        return "\(url); \(joined)"
    }
}
