import External
import Host
import PEP440

/// `external check`: CUDA dependencies with a version (`dep:generic/cuda@>=12.4` and its
/// aliases in the mapping tables) against the CUDA version this machine's NVIDIA driver
/// supports. A driver older than the lowest version a dependency allows cannot run what it
/// builds.
enum CUDADriverCheck {
    static let cuda = DepURL("dep:generic/cuda")!

    struct Finding {
        var line: String
        var tooOld: Bool
    }

    /// One line per versioned CUDA dependency; nothing when there is none.
    static func check(_ outcomes: [DependencyOutcome], catalog: () throws -> MappingCatalog, choice: HostChoice) throws -> [Finding] {
        let candidates = outcomes.map(\.dependency).filter { $0.version != nil && $0.name.lowercased().contains("cuda") }
        guard !candidates.isEmpty else { return [] }
        let catalog = try catalog()
        var seen: Set<String> = []
        let dependencies = candidates.filter { catalog.canonical($0) == cuda && seen.insert($0.description).inserted }
        guard !dependencies.isEmpty else { return [] }
        let report = try choice.detector().detect()
        guard let driver = report.nvidia.cudaVersion else {
            return dependencies.map { Finding(line: "note    \($0): no NVIDIA driver found to run it", tooOld: false) }
        }
        let supported = Version("\(driver.value.major).\(driver.value.minor)")!
        return dependencies.map { dependency in
            let source = "\(driver.value) (\(driver.source.rawValue))"
            if let minimum = lowestAllowed(dependency.version!), supported < minimum.version || (minimum.exclusive && supported == minimum.version) {
                return Finding(line: "too old \(dependency): the NVIDIA driver supports CUDA \(source)", tooOld: true)
            }
            return Finding(line: "ok      \(dependency): the NVIDIA driver supports CUDA \(source)", tooOld: false)
        }
    }

    /// The greatest lower bound of the constraints (`>=`, `>`, `==`, a bare version).
    static func lowestAllowed(_ version: DepURLVersion) -> (version: Version, exclusive: Bool)? {
        var result: (version: Version, exclusive: Bool)?
        for constraint in version.constraints {
            guard let bound = Version(constraint.version.replacingStar()) else { continue }
            let exclusive: Bool
            switch constraint.op {
            case .greaterThanOrEqual, .equal: exclusive = false
            case .greaterThan: exclusive = true
            case .lessThan, .lessThanOrEqual: continue
            }
            if result == nil || bound > result!.version || (bound == result!.version && exclusive) { result = (bound, exclusive) }
        }
        if version.isBare, let bare = version.constraints.first.flatMap({ Version($0.version) }) { result = (bare, false) }
        return result
    }
}

extension String {
    /// `12.*` compares as `12`.
    fileprivate func replacingStar() -> String {
        hasSuffix(".*") ? String(dropLast(2)) : self
    }
}
