import SystemIO

/// Picks the ecosystem for `--ecosystem auto` from facts passed in (for testability):
/// the text of `/etc/os-release` and the process environment.
///
/// Order: an active conda or pixi environment (`CONDA_PREFIX`, `PIXI_*`) selects
/// `conda-forge` (package manager `pixi` under pixi); a Nix shell (`IN_NIX_SHELL`)
/// selects `nix`; otherwise the os-release `ID`, then each `ID_LIKE` value, is matched
/// against the ecosystems' `os-release-ids` (or their id), and `VERSION_ID` becomes the
/// release. Environments win over the OS because they are what the user activated.
public enum EcosystemDetector {
    /// The detected ecosystem, release and preferred package manager.
    public struct Detection: Hashable, Sendable {
        public var ecosystem: String
        public var release: String?
        public var packageManager: String?
    }

    /// Detects the ecosystem of this machine and process: `/etc/os-release` (else
    /// `/usr/lib/os-release`, as os-release(5) says) and the process environment.
    public static func detect(catalog: MappingCatalog) -> Detection? {
        let text = ["/etc/os-release", "/usr/lib/os-release"].lazy
            .compactMap { try? FileSystem.readRegularFile($0, limit: 1 << 20) }.first
            .map { String(decoding: $0, as: UTF8.self) }
        return detect(osRelease: text, environment: Environment.all, catalog: catalog)
    }

    public static func detect(osRelease: String?, environment: [String: String], catalog: MappingCatalog) -> Detection? {
        let isPixi = environment.keys.contains { $0.hasPrefix("PIXI_") }
        if isPixi || !(environment["CONDA_PREFIX"] ?? "").isEmpty {
            let pixiKnown = catalog.ecosystems["conda-forge"]?.packageManager(named: "pixi") != nil
            return Detection(ecosystem: "conda-forge", release: nil, packageManager: isPixi && pixiKnown ? "pixi" : nil)
        }
        if !(environment["IN_NIX_SHELL"] ?? "").isEmpty {
            return Detection(ecosystem: "nix", release: nil, packageManager: nil)
        }
        guard let osRelease else { return nil }
        let release = OSRelease(parsing: osRelease)
        for candidate in [release.id].compactMap({ $0 }) + release.idLike {
            let match = catalog.ecosystems.values.sorted { $0.ecosystem < $1.ecosystem }.first {
                $0.ecosystem == candidate || $0.osReleaseIDs.contains(candidate)
            }
            if let match {
                // A VERSION_ID belongs to the distribution named by ID, not to its ID_LIKE parent.
                let version = candidate == release.id ? release.versionID : nil
                return Detection(ecosystem: match.ecosystem, release: version, packageManager: nil)
            }
        }
        return nil
    }
}
