import JSON
/// Something that answers protocol requests: pepcheck itself, in process, or
/// another implementation's adapter behind a pipe.
public protocol ConformanceImplementation {
    /// A name for reports.
    var name: String { get }
    /// The response to one request; an error only when the implementation is
    /// beyond answering (an adapter that died and could not be restarted).
    mutating func respond(to request: JSONValue) -> Result<JSONValue, AdapterFailure>
}

/// Why an adapter gave no usable response.
public struct AdapterFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }

    static let exited = "the adapter exited before it answered"
    var adapterExited: Bool { reason == AdapterFailure.exited }
}
