/// Standard error, for code written before ``Output``.
@available(*, deprecated, message: "use Output.error(_:)")
enum Stderr {
    static func write(_ text: String) {
        Output.error(text)
    }
}
