#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SystemIO

/// The command line as the system gave it. `CommandLine.arguments` replaces bytes that are
/// not UTF-8 with U+FFFD, so such a path would name another file or none, and a marker or
/// version would be read with characters nobody wrote: pepcheck refuses them instead.
enum ArgumentEncoding {
    /// The first argument that is not UTF-8 (position 1 is the first after the program
    /// name), nil when all are.
    static func firstUndecodable() -> (position: Int, name: UndecodableName)? {
        for position in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[position], String(validatingCString: argument) == nil else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self), count: strlen(argument))
            return (position, UndecodableName(bytes: Array(bytes)))
        }
        return nil
    }
}
