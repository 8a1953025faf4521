import JSON
/// Something that answers protocol requests: pepcheck itself, in process, or
/// another implementation's adapter behind a pipe.
public protocol ConformanceImplementation {
    /// A name for reports.
    var name: String { get }
    /// The response to one request, or why there is none. A failure that
    /// ``AdapterFailure/isFatal`` ends the run.
    mutating func respond(to request: JSONValue) -> Result<JSONValue, AdapterFailure>
}

/// Why an adapter gave no usable response.
public struct AdapterFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    /// The adapter cannot answer any further case (it could not start, or died more
    /// often than the restart cap allows): the run ends here.
    public var isFatal: Bool
    public init(_ reason: String, isFatal: Bool = false) {
        self.reason = reason
        self.isFatal = isFatal
    }
    public var description: String { reason }

    static let exited = "the adapter exited before it answered"
    var adapterExited: Bool { reason == AdapterFailure.exited }
}
