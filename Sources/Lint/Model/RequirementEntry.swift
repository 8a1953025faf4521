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
    /// The marker as the rules see it (see `MarkerExpression`).
    var marker: MarkerExpression?

    init(text: TextValue, scope: String) {
        self.text = text
        self.scope = scope
        do throws(ParseError) {
            parsed = .success(try Requirement(parsing: text.string))
        } catch {
            parsed = .failure(error)
        }
        marker = MarkerScanner.marker(ofRequirement: text.string)
    }

    public var requirement: Requirement? { try? parsed.get() }

    /// The bytes of the file for the scalars `[start, end)` of the requirement string.
    public func sourceRange(_ scalars: Range<Int>) -> Range<Int> {
        text.sourceRange(scalars: scalars.lowerBound, scalars.upperBound)
    }

    /// The scalar range of the name at the start of the string (after leading spaces).
    var nameScalars: Range<Int> {
        let scalars = Array(text.string.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        var end = start
        while end < scalars.count, scalars[end].isASCII,
              scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || "._-".unicodeScalars.contains(scalars[end]) {
            end += 1
        }
        return start..<end
    }

    /// The scalar range of the first occurrence of `word` in the string, if any.
    func scalarRange(of word: String) -> Range<Int>? {
        let haystack = Array(text.string.unicodeScalars)
        let needle = Array(word.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
        return nil
    }
}
