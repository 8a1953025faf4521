/// Arm architecture versions as the aarch64 variant provider spells them.
enum AArch64Version {
    /// archspec's generic Arm targets to the provider's values: `aarch64` is `8a`,
    /// `armv8.2a` is `8.2a`.
    static func name(archspec: String) -> String {
        if archspec == "aarch64" { return "8a" }
        if archspec.hasPrefix("armv"), archspec.hasSuffix("a") { return String(archspec.dropFirst(4)) }
        return archspec
    }
}
