/// A CUDA version as the driver reports it: `cuDriverGetVersion`'s 13000 is 13.0, 12040 is 12.4.
public struct CUDAVersion: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// From the driver API's integer (`1000 * major + 10 * minor`), as conda and the NVIDIA
    /// variant provider read it. nil for zero or negative values.
    public init?(driverAPI value: Int) {
        guard value > 0 else { return nil }
        self.init(major: value / 1000, minor: (value % 1000) / 10)
    }

    /// From `12.4` or `12` (an override); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.allSatisfy(\.isASCIIDigit) }),
              let major = Int(parts[0]), let minor = parts.count == 2 ? Int(parts[1]) : 0 else { return nil }
        self.init(major: major, minor: minor)
    }

    public var description: String { "\(major).\(minor)" }

    public static func < (lhs: CUDAVersion, rhs: CUDAVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
