import ArgumentParser

/// Exit statuses of `pepcheck external`: 1 for findings, 2 for usage or bad input.
enum ExternalExit: Error {
    case findings
    /// One line, printed as `error: message`.
    case badInput(String)
    /// Diagnostics already rendered (`error[kind]: …` with the file location and snippet).
    case diagnostics(String)

    /// Prints the message (for bad input) and returns the ArgumentParser exit code.
    static func handle(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch ExternalExit.findings {
            throw ExitCode(1)
        } catch ExternalExit.badInput(let message) {
            Output.error("error: \(message)\n")
            throw ExitCode(2)
        } catch ExternalExit.diagnostics(let text) {
            Output.error(text.hasSuffix("\n") ? text : text + "\n")
            throw ExitCode(2)
        }
    }
}
