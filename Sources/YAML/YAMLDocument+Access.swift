// Typed readers for schema code: each failure is a YAMLError located at the node.

extension YAMLDocument.Node {
    /// The scalar's text, or an `unexpected-type` error.
    public func asString() throws(YAMLError) -> String {
        guard let text = scalar else {
            throw error(.unexpectedType, "expected a string, found \(kindDescription)")
        }
        return text
    }

    /// The sequence's items, or an `unexpected-type` error.
    public func asList() throws(YAMLError) -> YAMLDocument.Items {
        guard record.kind == .sequence else {
            throw error(.unexpectedType, "expected a sequence, found \(describeFound())")
        }
        return YAMLDocument.Items(of: self)
    }

    /// The mapping's entries in document order, or an `unexpected-type` error.
    public func asMapping() throws(YAMLError) -> YAMLDocument.Pairs {
        guard record.kind == .mapping else {
            throw error(.unexpectedType, "expected a mapping, found \(describeFound())")
        }
        return YAMLDocument.Pairs(of: self)
    }

    /// `true` or `false` spelled exactly so; anything else is `invalid-value`.
    ///
    /// The loader never guesses booleans; schemas opt in where they want one.
    public func asBool() throws(YAMLError) -> Bool {
        switch try asString() {
        case "true": return true
        case "false": return false
        case let other: throw error(.invalidValue, "expected `true` or `false`, found `\(other)`")
        }
    }

    /// A sequence of strings; a single scalar is accepted as a one-item list when
    /// `allowScalar` is set.
    public func asStringList(allowScalar: Bool = false) throws(YAMLError) -> [String] {
        if allowScalar, let text = scalar { return [text] }
        let items = try asList()
        var result: [String] = []
        result.reserveCapacity(items.count)
        for item in items { result.append(try item.asString()) }
        return result
    }

    /// The value under `key` in a mapping, or `nil` when absent (or not a mapping).
    public subscript(key: String) -> YAMLDocument.Node? {
        guard record.kind == .mapping else { return nil }
        for pair in YAMLDocument.Pairs(of: self) where pair.key.isScalar(key) { return pair.value }
        return nil
    }

    /// The value under a required `key`, or a `missing-key` error at the mapping.
    public func required(_ key: String) throws(YAMLError) -> YAMLDocument.Node {
        _ = try asMapping()
        guard let node = self[key] else {
            throw error(.missingKey, "expected key `\(key)`, found a mapping without it")
        }
        return node
    }

    /// The string under a required `key`.
    public func string(_ key: String) throws(YAMLError) -> String {
        try required(key).asString()
    }

    /// The string under an optional `key`.
    public func optionalString(_ key: String) throws(YAMLError) -> String? {
        _ = try asMapping()
        return try self[key]?.asString()
    }

    /// The items of the sequence under a required `key`.
    public func list(_ key: String) throws(YAMLError) -> YAMLDocument.Items {
        try required(key).asList()
    }

    /// The strings of the sequence under an optional `key`; `[]` when absent.
    public func stringList(_ key: String, allowScalar: Bool = false) throws(YAMLError) -> [String] {
        _ = try asMapping()
        return try self[key]?.asStringList(allowScalar: allowScalar) ?? []
    }

    /// Rejects keys outside `allowed` with an `unknown-key` error at the first such key.
    public func checkKeys(allowed: Set<String>) throws(YAMLError) {
        for pair in try asMapping() where !allowed.contains(pair.name) {
            let expected = allowed.sorted().map { "`\($0)`" }.joined(separator: ", ")
            throw pair.key.error(.unknownKey, "expected one of \(expected), found `\(pair.name)`")
        }
    }

    private func describeFound() -> String {
        if let text = scalar { return "scalar `\(text)`" }
        return kindDescription
    }
}
