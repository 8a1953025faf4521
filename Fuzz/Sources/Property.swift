#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PEP440

/// Stops the process when `condition` is false. libFuzzer treats the abort as a crash
/// and saves the input. (Not `assert`: the soak runs an optimised build, which drops
/// assertions.)
func require(
    _ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line
) {
    if !condition { violated(message(), file: file, line: line) }
}

func violated(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    writeStandardError("pepcheck-fuzz: property violated at \(file):\(line): \(message)\n")
    abort()
}

func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
}

/// Text for the string-based parsers. Invalid UTF-8 becomes U+FFFD, which the parsers
/// must handle like any other non-ASCII character.
func text(_ bytes: some Collection<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// The lines of an input (at most `limit`), for targets that take several values.
func lines(_ bytes: [UInt8], limit: Int) -> [String] {
    bytes.split(separator: UInt8(ascii: "\n"), maxSplits: limit - 1, omittingEmptySubsequences: false)
        .prefix(limit).map { text($0) }
}

/// The properties every parse error has: a stable kind, a message, a span inside the text
/// (Unicode scalar offsets), and a caret rendering that does not trap.
func checkError(_ error: ParseError, in source: String, kinds: Set<String>, _ what: String) {
    require(kinds.contains(error.kind.rawValue), "\(what): unexpected error kind \(error.kind.rawValue) for \(source.debugDescription)")
    require(!error.message.isEmpty, "\(what): empty error message for \(source.debugDescription)")
    let count = source.unicodeScalars.count
    require(0 <= error.span.start && error.span.start <= error.span.end && error.span.end <= count,
            "\(what): span \(error.span.start)..<\(error.span.end) outside 0...\(count) for \(source.debugDescription)")
    require(!error.rendered(source: source).isEmpty, "\(what): empty rendering")
}

/// The result of evaluating something that may fail: equal when both are the same value
/// or both fail with the same kind of error.
enum Outcome: Equatable, CustomStringConvertible {
    case value(Bool)
    case error(String)

    init(_ body: () throws(ParseError) -> Bool) {
        do { self = .value(try body()) } catch { self = .error(error.kind.rawValue) }
    }

    var description: String {
        switch self {
        case .value(let value): "\(value)"
        case .error(let kind): "error \(kind)"
        }
    }
}

/// Parses `source` with `parse`. On failure, checks the error (``checkError``) and that
/// the failable initialiser `optional` agrees, and returns nil.
func parsed<T: Equatable>(
    _ source: String, kinds: Set<String>, _ what: String,
    _ parse: (String) throws(ParseError) -> T, optional: (String) -> T?
) -> T? {
    do {
        let value = try parse(source)
        require(optional(source) == value, "\(what): the failable initialiser disagrees on \(source.debugDescription)")
        return value
    } catch {
        checkError(error, in: source, kinds: kinds, what)
        require(optional(source) == nil, "\(what): the failable initialiser accepts \(source.debugDescription)")
        return nil
    }
}

/// The round trip `parse(str(x)) == x`: the printed form parses back to an equal value
/// with the same hash and prints the same again. Returns the reparsed value.
@discardableResult
func roundTrip<T: Hashable & CustomStringConvertible>(
    _ value: T, from source: String, _ parse: (String) throws(ParseError) -> T
) -> T {
    let printed = value.description
    let again: T
    do {
        again = try parse(printed)
    } catch {
        violated("\(source.debugDescription) prints as \(printed.debugDescription), which does not parse: \(error)")
    }
    require(again == value && again.hashValue == value.hashValue,
            "\(source.debugDescription) prints as \(printed.debugDescription), which parses to a different value")
    require(again.description == printed,
            "printing is not idempotent: \(printed.debugDescription) reprints as \(again.description.debugDescription)")
    return again
}
