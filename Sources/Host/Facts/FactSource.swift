/// Where a fact about the machine came from.
///
/// Every value `pepcheck env` reports carries one, as conda's virtual packages and the
/// wheel-variant providers do, so that a surprising answer can be traced to a file, a
/// library call or an override.
public enum FactSource: String, Sendable, Hashable, CaseIterable {
    /// A `PEPCHECK_OVERRIDE_*` variable (or an ecosystem's own override variable).
    case override
    /// `libnvidia-ml.so.1`, called in the child probe.
    case nvml
    /// `libcuda.so.1`, called in the child probe.
    case libcuda
    /// A file under `/proc`.
    case procfs
    /// A file under `/sys`.
    case sysfs
    /// Any other file: `/etc/os-release`, `/opt/rocm/.info/version`, `/dev/kfd`.
    case file
    /// The CSV output of `nvidia-smi --query-gpu=…`.
    case nvidiaSMI = "nvidia-smi"
    /// The interpreter probe.
    case python
    /// `uname(2)`.
    case uname
    /// The C library: `gnu_get_libc_version`, or the musl loader.
    case libc
    /// An environment variable such as `ROCM_PATH`.
    case environment
    /// Computed from other facts (the x86-64 level from the CPU flags).
    case derived
}
