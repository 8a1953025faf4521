/// One value about the machine and where it came from.
public struct Fact<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var source: FactSource
    /// The file, function, command or variable the value was read from, when one names it
    /// better than the source alone (`/sys/module/nvidia/version`, `PEPCHECK_OVERRIDE_CUDA`).
    public var detail: String?

    public init(_ value: Value, source: FactSource, detail: String? = nil) {
        self.value = value
        self.source = source
        self.detail = detail
    }

    /// The same provenance with another value.
    public func map<Other>(_ transform: (Value) -> Other) -> Fact<Other> {
        Fact<Other>(transform(value), source: source, detail: detail)
    }
}
