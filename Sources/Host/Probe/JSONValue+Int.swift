import JSON

extension JSONValue {
    /// An integer number (no fraction or exponent) that fits in `Int`.
    var intValue: Int? {
        guard case .number(let text) = self else { return nil }
        return Int(text)
    }
}
