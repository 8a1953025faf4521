/// PEP 780's ABI features of an interpreter.
enum ABIFeatures {
    /// Computed as PEP 780 says: `free-threading` or `gil-enabled` (CPython only: from
    /// `Py_GIL_DISABLED`), `debug` (CPython only: `"d" in sys.abiflags` on POSIX, `Py_DEBUG`
    /// where there are no ABI flags), `32-bit` or `64-bit` (the pointer size; neither when unknown).
    static func features(of answer: InterpreterAnswer) -> [String] {
        var features: [String] = []
        if answer.marker("implementation_name") == "cpython" {
            features.append(answer.gilDisabled == 1 ? "free-threading" : "gil-enabled")
            let debug = answer.abiflags.map { $0.contains("d") } ?? (answer.debug == 1)
            if debug { features.append("debug") }
        }
        switch answer.pointerBits {
        case 32: features.append("32-bit")
        case 64: features.append("64-bit")
        default: break
        }
        return features
    }
}
