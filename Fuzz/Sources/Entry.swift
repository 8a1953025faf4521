#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// libFuzzer's entry points. One executable holds every target so that the sanitizer
// build happens once; `PEPCHECK_FUZZ_TARGET` picks the target (Scripts/fuzz sets it).

/// The target chosen at start-up; set once, before libFuzzer runs any input.
nonisolated(unsafe) private var selected: FuzzTarget?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    let name = getenv("PEPCHECK_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget.named(name) else {
        var message = name.isEmpty
            ? "pepcheck-fuzz: expected PEPCHECK_FUZZ_TARGET to name a target, found nothing\n"
            : "pepcheck-fuzz: expected PEPCHECK_FUZZ_TARGET to name a target, found `\(name)`\n"
        message += "targets:\n"
        for target in FuzzTarget.all { message += "  \(target.name) — \(target.summary)\n" }
        writeStandardError(message)
        exit(2)
    }
    selected = target
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected.unsafelyUnwrapped.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
