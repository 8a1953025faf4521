/// Where the env commands print. One place, so that moving to the `Output` helper is a
/// one-line change.
enum EnvOutput {
    static func print(_ text: String) {
        Swift.print(text)
    }

    static func error(_ text: String) {
        Stderr.write(text + "\n")
    }
}
