import JSON
/// One case of the suite: a request and every response that is acceptable.
public struct ConformanceCase: Sendable {
    public var id: String
    public var topic: String
    public var request: JSONValue
    /// One element for `expect`; several for `expect_any`, where the spec
    /// allows more than one answer.
    public var expectations: [JSONValue]
    public var authority: String?
    public var note: String?

    public init(id: String, topic: String, request: JSONValue, expectations: [JSONValue], authority: String? = nil, note: String? = nil) {
        self.id = id
        self.topic = topic
        self.request = request
        self.expectations = expectations
        self.authority = authority
        self.note = note
    }
}
