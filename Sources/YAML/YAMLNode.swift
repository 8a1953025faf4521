/// One node of a loaded YAML document, with the place it starts.
///
/// Every scalar is a `String`: the loader never guesses booleans, numbers or nulls.
/// Mappings keep their keys in document order.
public struct YAMLNode: Hashable, Sendable {
    /// The shape and content of a node.
    public enum Value: Hashable, Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    /// Where the node starts (libyaml's start mark).
    public var mark: YAMLMark
    /// The file name used in error messages.
    public var file: String

    public init(_ value: Value, mark: YAMLMark, file: String) {
        self.value = value
        self.mark = mark
        self.file = file
    }

    /// A word for the node's shape, for messages: `a scalar`, `a sequence`, `a mapping`.
    public var kindDescription: String {
        switch value {
        case .scalar: "a scalar"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }

    /// An error located at this node.
    public func error(_ code: YAMLError.Code, _ message: String) -> YAMLError {
        YAMLError(code: code, message: message, file: file, mark: mark)
    }
}

extension YAMLNode {
    /// The collection of `pending[start...]` (keys and values alternating for a mapping),
    /// moved out of `pending` without copying: the loaders keep the children of every
    /// open collection on one stack.
    static func collecting(
        _ pending: inout [YAMLNode], from start: Int, isMapping: Bool, mark: YAMLMark, file: String
    ) -> YAMLNode {
        var count = pending.count - start
        let value: Value
        if isMapping {
            if count % 2 == 1 {
                pending.removeLast()
                count -= 1
            }
            // Popped from the end (a move, no retain), then put back in document order.
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(count / 2)
            for _ in 0..<count / 2 {
                let mapped = pending.removeLast()
                pairs.append(YAMLPair(key: pending.removeLast(), value: mapped))
            }
            pairs.reverse()
            value = .mapping(pairs)
        } else {
            var items: [YAMLNode] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(pending.removeLast()) }
            items.reverse()
            value = .sequence(items)
        }
        return YAMLNode(value, mark: mark, file: file)
    }
}
