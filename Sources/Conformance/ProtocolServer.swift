import PEP440
import PEP508
import JSON

/// pepcheck's side of the adapter protocol: turns one request into one
/// response, in process. `pepcheck conformance serve` puts it behind standard
/// input and output; the runner calls it directly when no adapter is given.
public struct ProtocolServer: ConformanceImplementation {
    public var name: String { "pepcheck" }

    public init() {}

    public mutating func respond(to request: JSONValue) -> Result<JSONValue, AdapterFailure> {
        .success(response(to: request))
    }

    /// The longest request line `conformance serve` reads; a longer one is answered
    /// with ``lineTooLong(length:)`` without being kept in memory.
    public static let maximumLineLength = 16 << 20

    /// The response to one line of the protocol. A line that is not one JSON object
    /// in UTF-8 (blank, not UTF-8, not JSON, a key given twice) gets a `bad-request`
    /// response with a null id.
    public func respond(toLine line: [UInt8]) -> JSONValue {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            return Self.failure(id: .null, kind: "bad-request", message: "expected a JSON object on one line, found an empty line", span: nil)
        }
        let request: JSONValue
        do {
            request = try JSONParser.parse(bytes: line, rejectingDuplicateKeys: true)
        } catch {
            return Self.failure(id: .null, kind: "bad-request", message: "expected a JSON object on one line: \(error)", span: nil)
        }
        return response(to: request)
    }

    public func respond(toLine line: String) -> JSONValue {
        respond(toLine: Array(line.utf8))
    }

    /// The response to a request line of `length` bytes, past ``maximumLineLength``.
    public static func lineTooLong(length: Int) -> JSONValue {
        failure(id: .null, kind: "bad-request",
                message: "expected a request line of at most \(maximumLineLength) bytes (16 MiB), found \(length) bytes",
                span: nil)
    }

    public func response(to request: JSONValue) -> JSONValue {
        let id = request["id"] ?? .null
        guard case .object = request else {
            return Self.failure(id: id, kind: "bad-request", message: "expected a JSON object, found \(request.serialized)", span: nil)
        }
        guard let op = request["op"]?.stringValue else {
            return Self.failure(id: id, kind: "bad-request", message: "expected a string `op`", span: nil)
        }
        do {
            let result = try ProtocolOperations.perform(op, request)
            return .object([("id", id), ("ok", .bool(true)), ("result", result)])
        } catch {
            return Self.failure(id: id, kind: error.kind, message: error.message, span: error.span)
        }
    }

    static func failure(id: JSONValue, kind: String, message: String, span: (Int, Int)?) -> JSONValue {
        let spanValue: JSONValue = span.map { .array([JSONValue($0.0), JSONValue($0.1)]) } ?? .null
        return .object([
            ("id", id), ("ok", .bool(false)),
            ("error", .object([("kind", .string(kind)), ("message", .string(message)), ("span", spanValue)])),
        ])
    }
}

/// An error response's content.
public struct ProtocolError: Error, CustomStringConvertible {
    public var kind: String
    public var message: String
    public var span: (Int, Int)?

    public var description: String { message }

    init(kind: String, message: String, span: (Int, Int)? = nil) {
        self.kind = kind
        self.message = message
        self.span = span
    }

    init(_ error: ParseError) {
        self.init(kind: error.kind.rawValue, message: error.message, span: (error.span.start, error.span.end))
    }
}
