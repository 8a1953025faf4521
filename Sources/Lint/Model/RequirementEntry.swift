import PEP440
import PEP508

/// One PEP 508 string of the document (`project.dependencies`, an extra, a dependency
/// group, `build-system.requires`) with its parse result.
public struct RequirementEntry: Sendable {
    /// The string as written.
    public var text: TextValue
    /// The parsed requirement, or PEP508's error.
    public var parsed: Result<Requirement, ParseError>
    /// Where the requirement applies: `dependencies`, `optional-dependencies.NAME`,
    /// `dependency-groups.NAME`, `build-system.requires`.
    public var scope: String

    init(text: TextValue, scope: String) {
        self.text = text
        self.scope = scope
        do throws(ParseError) {
            parsed = .success(try Requirement(parsing: text.string))
        } catch {
            parsed = .failure(error)
        }
    }

    public var requirement: Requirement? { try? parsed.get() }

    /// The marker's tree; its comparison spans are scalar offsets of ``text``.
    var marker: MarkerTree? { requirement?.marker?.tree }

    /// The bytes of the file for the scalars `[start, end)` of the requirement string.
    public func sourceRange(_ scalars: Range<Int>) -> Range<Int> {
        text.sourceRange(scalars: scalars.lowerBound, scalars.upperBound)
    }

    /// The bytes of the file for a span PEP508 reported.
    func sourceRange(_ span: SourceSpan) -> Range<Int> {
        text.sourceRange(scalars: span.start, span.end)
    }

    /// The scalar range of the first occurrence of `word` in the string, if any.
    func scalarRange(of word: String) -> Range<Int>? {
        let haystack = Array(text.string.unicodeScalars)
        let needle = Array(word.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }

    /// The scalars `span` of the string.
    func substring(_ span: SourceSpan) -> Substring.UnicodeScalarView {
        let scalars = text.string.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: min(max(span.start, 0), scalars.count))
        let end = scalars.index(start, offsetBy: min(max(span.end - span.start, 0), scalars.distance(from: start, to: scalars.endIndex)))
        return scalars[start..<end]
    }

    /// When PEP508 rejected the marker because a name is not a marker variable: that
    /// name (`platform`, `os.nam`) and its scalar range.
    var unknownVariable: (name: String, scalars: Range<Int>)? {
        guard case .failure(let error) = parsed,
              error.message.hasPrefix("expected a marker variable or quoted string") else { return nil }
        let scalars = text.string.unicodeScalars
        guard error.span.start < scalars.count else { return nil }
        var name = String.UnicodeScalarView()
        for scalar in scalars.dropFirst(error.span.start) {
            guard scalar.isASCII, scalar.properties.isAlphabetic || scalar == "_" || scalar == "."
                || (!name.isEmpty && ("0"..."9").contains(scalar)) else { break }
            name.append(scalar)
        }
        guard !name.isEmpty else { return nil }
        return (String(name), error.span.start..<error.span.start + name.count)
    }
}
