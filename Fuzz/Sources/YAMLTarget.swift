import External
import YAML

/// A YAML document through the loader, then as a mapping table (both as `registry.yaml`
/// and as an ecosystem file). Errors are located inside the input. A document that
/// loads, written back out as flow-style YAML with every scalar double-quoted, loads to
/// the same tree (so the loader neither loses nor invents content); and every node's
/// mark lies inside the input.
enum YAMLTarget {
    static let file = "fuzz.yaml"

    static func run(_ bytes: [UInt8]) {
        let root: YAMLNode
        do {
            root = try YAMLLoader().load(bytes: bytes, file: file)
        } catch {
            checkMark(error.mark, bytes, "error \(error.code)")
            require(!error.message.isEmpty && !error.description.isEmpty, "an error without a message")
            return
        }
        var pending = [root]
        while let node = pending.popLast() {
            checkMark(node.mark, bytes, "node")
            switch node.value {
            case .scalar: break
            case .sequence(let items): pending += items
            case .mapping(let pairs):
                for pair in pairs { pending += [pair.key, pair.value] }
                require(Set(pairs.map(\.name)).count == pairs.count, "a mapping with duplicate keys loaded")
            }
        }
        var emitted = ""
        emit(root, into: &emitted)
        do {
            let again = try YAMLLoader().load(emitted, file: file)
            require(same(root, again), "the document re-emitted as \(emitted.debugDescription) loads differently")
        } catch {
            violated("the document re-emitted as \(emitted.debugDescription) does not load: \(error)")
        }
        // The mapping-table readers: errors are values, never traps.
        for name in ["registry.yaml", "ecosystem.yaml"] {
            var catalog = MappingCatalog()
            do {
                try catalog.add(fileNamed: name, bytes: bytes)
            } catch {
                checkMark(error.mark, bytes, "\(name) error \(error.code)")
            }
        }
    }

    static func checkMark(_ mark: YAMLMark, _ bytes: [UInt8], _ what: String) {
        require(mark.line >= 1 && mark.column >= 1 && mark.offset >= 0 && mark.offset <= bytes.count,
                "\(what): mark \(mark.line):\(mark.column) at byte \(mark.offset) outside the input of \(bytes.count) bytes")
    }

    /// Flow style, scalars double-quoted with everything outside printable ASCII escaped
    /// (so that no line break or BOM inside a scalar is folded or dropped), keys explicit
    /// (`? key`: an implicit key may not be longer than 1024 characters).
    static func emit(_ node: YAMLNode, into out: inout String) {
        switch node.value {
        case .scalar(let text):
            out += "\""
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x20...0x7E: out.unicodeScalars.append(scalar)
                case 0...0xFFFF: out += "\\u" + hex(scalar.value, width: 4)
                default: out += "\\U" + hex(scalar.value, width: 8)
                }
            }
            out += "\""
        case .sequence(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                emit(item, into: &out)
            }
            out += "]"
        case .mapping(let pairs):
            out += "{"
            for (index, pair) in pairs.enumerated() {
                out += index > 0 ? ", ? " : "? "
                emit(pair.key, into: &out)
                out += ": "
                emit(pair.value, into: &out)
            }
            out += "}"
        }
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Equal content, marks aside.
    static func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        switch (a.value, b.value) {
        case let (.scalar(x), .scalar(y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case let (.sequence(x), .sequence(y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case let (.mapping(x), .mapping(y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        default: return false
        }
    }
}
