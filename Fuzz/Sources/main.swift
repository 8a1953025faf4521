import CLibFuzzer
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// One executable holds every target so that the sanitizer build happens once;
// `PEPCHECK_FUZZ_TARGET` picks the target (Scripts/fuzz sets it). The program has its own
// `main` and hands over to libFuzzer's driver: SwiftPM links executables through their
// `main`, and build tools of the package must stay ordinary programs.

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
FuzzTarget.selected = target

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzTarget.selected.unsafelyUnwrapped.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
})
