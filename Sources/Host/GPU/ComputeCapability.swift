/// A CUDA compute capability, `major.minor` (`9.0`, `8.9`, `12.0`).
public struct ComputeCapability: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// From `9.0`; a trailing sub-architecture letter (`9.0a`) is dropped, as CEP 46 says.
    /// nil for anything else.
    public init?(parsing text: String) {
        var text = Substring(text.trimmingASCIIWhitespace())
        if let last = text.last, last == "a" || last == "f" { text = text.dropLast() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
              let major = Int(parts[0]), let minor = Int(parts[1]) else { return nil }
        self.init(major: major, minor: minor)
    }

    public var description: String { "\(major).\(minor)" }

    public static func < (lhs: ComputeCapability, rhs: ComputeCapability) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
