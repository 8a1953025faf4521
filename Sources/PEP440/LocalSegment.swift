/// One dot-separated part of a local version label (`ubuntu`, `1`).
///
/// Ordering follows PEP 440: numeric parts compare as numbers and sort above any alphanumeric
/// part; alphanumeric parts compare case-insensitively (they are stored lowercased).
public enum LocalSegment: Hashable, Comparable, Sendable, CustomStringConvertible {
    case number(VersionNumber)
    /// Lowercased ASCII letters and digits, containing at least one letter.
    case text(String)

    public var description: String {
        switch self {
        case .number(let n): n.description
        case .text(let s): s
        }
    }

    public static func < (lhs: LocalSegment, rhs: LocalSegment) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): a < b
        case (.text, .number): true
        case (.number, .text): false
        case (.text(let a), .text(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
        }
    }
}
