/// One AMD GPU of the kernel's KFD topology.
public struct AMDGPU: Sendable, Equatable {
    /// The topology node number.
    public var node: Int
    /// The LLVM target, e.g. `gfx942`, from `gfx_target_version`.
    public var gfxTarget: String

    public init(node: Int, gfxTarget: String) {
        self.node = node
        self.gfxTarget = gfxTarget
    }

    /// `gfx_target_version` is `major * 10000 + minor * 100 + stepping`; the target name
    /// writes minor and stepping as one hexadecimal digit each: 90402 is gfx942, 90010 is
    /// gfx90a, 110000 is gfx1100. nil for 0 (a CPU node) or values that name no target.
    static func gfxTarget(version: Int) -> String? {
        guard version > 0 else { return nil }
        let major = version / 10000
        let minor = (version / 100) % 100
        let stepping = version % 100
        guard major > 0, minor < 16, stepping < 16 else { return nil }
        return "gfx\(major)" + String(minor, radix: 16) + String(stepping, radix: 16)
    }
}
