/// The x86-64 microarchitecture levels of the x86-64 psABI (v1–v4), from `/proc/cpuinfo` flags.
///
/// Each level needs every flag of the levels below it. The flag names are the kernel's
/// (`pni` is SSE3, `abm` is LZCNT, `lahf_lm` is LAHF/SAHF in 64-bit mode, `cx16` is CMPXCHG16B).
enum X86Level {
    static let requirements: [(level: Int, flags: [String])] = [
        (1, ["cmov", "cx8", "fpu", "fxsr", "mmx", "syscall", "sse", "sse2"]),
        (2, ["cx16", "lahf_lm", "popcnt", "pni", "sse4_1", "sse4_2", "ssse3"]),
        (3, ["avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "abm", "movbe", "xsave"]),
        (4, ["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"]),
    ]

    /// The highest level whose flags (and those of every level below) are all present; 0 when
    /// not even v1's are (an emulator that reports no flags).
    static func level(flags: Set<String>) -> Int {
        var reached = 0
        for requirement in requirements {
            guard requirement.flags.allSatisfy(flags.contains) else { break }
            reached = requirement.level
        }
        return reached
    }

    /// The flags a level lacks, for the human report.
    static func missing(for level: Int, flags: Set<String>) -> [String] {
        requirements.filter { $0.level <= level }.flatMap(\.flags).filter { !flags.contains($0) }
    }
}
