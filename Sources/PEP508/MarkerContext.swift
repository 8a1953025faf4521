/// Where a marker is evaluated; decides the defaults of `extra`, `extras` and
/// `dependency_groups` (as pypa/packaging 26.3's `EvaluateContext`).
public enum MarkerContext: Hashable, Sendable {
    /// Core metadata (`Requires-Dist`): `extra` defaults to `""` when the environment
    /// has no value for it.
    case metadata
    /// `packages.marker` of a lock file: `extras` and `dependency_groups` default to empty
    /// sets, and any comparison with `extra` is an `undefined-environment-name` error
    /// (the spec: the legacy `extra` syntax is not permitted in lock files).
    case lockFile
    /// Everything else: no defaults.
    case requirement
}
