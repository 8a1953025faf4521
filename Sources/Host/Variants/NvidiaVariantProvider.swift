/// The `nvidia` namespace as wheelnext's nvidia-variant-provider 0.0.2 computes it.
///
/// - `cuda_version_lower_bound`: from the driver's CUDA version `M.m` down: `M.m` … `M.0`, `M`,
///   then for each older major down to 11: `.20` … `.0` and the bare major.
/// - `cuda_version_upper_bound` (exclusive): from `15.20` down to `M.(m+1)`, each newer major
///   ending with its bare number.
/// - `sm_arch` (multi-valued): for the highest compute capability `X.Y`: `XY_real` …
///   `X0_real`, then `X0_virtual`; none below 5.0.
///
/// As the provider, a CUDA version outside 11.0–15.20 gives no properties at all, and
/// `NV_VARIANT_PROVIDER_FORCE_CUDA_DRIVER_VERSION` / `NV_VARIANT_PROVIDER_FORCE_SM_ARCH` replace
/// the detected values when they are non-empty (no range check on a forced version).
enum NvidiaVariantProvider {
    static let majors = 11...15
    static let maxMinor = 20

    static func configs(_ report: HostReport, notes: inout [HostNote]) -> [VariantFeatureConfig] {
        let environment = report.environment
        let cuda: (major: Int, minor: Int)
        if let forced = environment["NV_VARIANT_PROVIDER_FORCE_CUDA_DRIVER_VERSION"], !forced.isEmpty {
            guard let version = releaseNumbers(forced) else {
                notes.append(HostNote(.warning, "invalid-override",
                                      "ignored NV_VARIANT_PROVIDER_FORCE_CUDA_DRIVER_VERSION=\(forced): not a version"))
                return []
            }
            cuda = version
        } else {
            guard let version = report.nvidia.cudaVersion?.value,
                  (majors.lowerBound, 0) <= (version.major, version.minor),
                  (version.major, version.minor) <= (majors.upperBound, maxMinor) else { return [] }
            cuda = (version.major, version.minor)
        }
        var configs: [VariantFeatureConfig] = []
        var lower: [String] = []
        for major in stride(from: cuda.major, through: majors.lowerBound, by: -1) {
            let top = major < cuda.major ? maxMinor : cuda.minor
            if top >= 0 { lower += stride(from: top, through: 0, by: -1).map { "\(major).\($0)" } }
            lower.append("\(major)")
        }
        if !lower.isEmpty { configs.append(VariantFeatureConfig(name: "cuda_version_lower_bound", values: lower)) }
        var upper: [String] = []
        for major in stride(from: majors.upperBound, through: cuda.major, by: -1) {
            if major > cuda.major {
                upper += stride(from: maxMinor, through: 0, by: -1).map { "\(major).\($0)" }
                upper.append("\(major)")
            } else {
                upper += stride(from: maxMinor, to: cuda.minor, by: -1).map { "\(major).\($0)" }
            }
        }
        if !upper.isEmpty { configs.append(VariantFeatureConfig(name: "cuda_version_upper_bound", values: upper)) }

        var sm: (major: Int, minor: Int)?
        if let forced = environment["NV_VARIANT_PROVIDER_FORCE_SM_ARCH"], !forced.isEmpty {
            let parts = forced.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2, let major = Int(parts[0].trimmingASCIIWhitespace()), let minor = Int(parts[1].trimmingASCIIWhitespace()) {
                sm = (major, minor)
            } else {
                notes.append(HostNote(.warning, "invalid-override", "ignored NV_VARIANT_PROVIDER_FORCE_SM_ARCH=\(forced): not major.minor"))
            }
        } else if let highest = report.nvidia.computeCapabilities?.value.max() {
            sm = (highest.major, highest.minor)
        }
        if let sm, (sm.major, sm.minor) >= (5, 0), sm.minor >= 0 {
            let values = stride(from: sm.minor, through: 0, by: -1).map { "\(sm.major)\($0)_real" } + ["\(sm.major)0_virtual"]
            configs.append(VariantFeatureConfig(name: "sm_arch", values: values, multiValue: true))
        }
        return configs
    }

    /// `13.0`, `12`, `12.4.1` as PEP 440 release numbers (major, minor); nil otherwise.
    private static func releaseNumbers(_ text: String) -> (major: Int, minor: Int)? {
        let parts = text.trimmingASCIIWhitespace().split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.count <= 9 && $0.allSatisfy(\.isASCIIDigit) }),
              let major = Int(parts[0]) else { return nil }
        return (major, parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    }
}
