import ArgumentParser
import Foundation

/// Exit statuses of `pepcheck external`: 1 for findings, 2 for usage or bad input.
enum ExternalExit: Error {
    case findings
    case badInput(String)

    /// Prints the message (for bad input) and returns the ArgumentParser exit code.
    static func handle(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch ExternalExit.findings {
            throw ExitCode(1)
        } catch ExternalExit.badInput(let message) {
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            throw ExitCode(2)
        }
    }
}
