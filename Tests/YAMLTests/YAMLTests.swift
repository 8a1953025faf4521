import Foundation
import Testing
@testable import YAML

private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

private func loadFixture(_ name: String) throws -> YAMLNode {
    let bytes = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent(name)))
    return try YAMLLoader().load(bytes: bytes, file: name)
}

/// The root of `text` loaded as a document, read in place.
private func root(_ text: String, file: String = "t") throws(YAMLError) -> YAMLDocument.Node {
    try YAMLLoader().loadDocument(bytes: Array(text.utf8), file: file).root
}

private func root(bytes: [UInt8]) throws(YAMLError) -> YAMLDocument.Node {
    try YAMLLoader().loadDocument(bytes: bytes, file: "t").root
}

struct RejectionCase: CustomTestStringConvertible, Sendable {
    var file: String
    var code: YAMLError.Code
    var line: Int
    var column: Int
    var offset: Int
    var messageContains: String
    var testDescription: String { file }
}

@Suite struct YAMLLoaderRejections {
    static let cases: [RejectionCase] = [
        .init(file: "anchor.yaml", code: .anchor, line: 3, column: 5, offset: 18, messageContains: "found anchor `&x`"),
        .init(file: "alias.yaml", code: .alias, line: 3, column: 5, offset: 12, messageContains: "found alias `*x`"),
        .init(file: "tag.yaml", code: .tag, line: 1, column: 4, offset: 3, messageContains: "found tag `tag:yaml.org,2002:str`"),
        .init(file: "duplicate-key.yaml", code: .duplicateKey, line: 4, column: 3, offset: 17, messageContains: "found `c` again (first at 3:3)"),
        .init(file: "non-scalar-key.yaml", code: .nonScalarKey, line: 2, column: 3, offset: 7, messageContains: "found a sequence"),
        .init(file: "multiple-documents.yaml", code: .multipleDocuments, line: 2, column: 1, offset: 5, messageContains: "second"),
        .init(file: "invalid-utf8.yaml", code: .invalidUTF8, line: 2, column: 10, offset: 15, messageContains: "found byte `0xFF`"),
        .init(file: "syntax.yaml", code: .syntax, line: 2, column: 2, offset: 10, messageContains: "expected well-formed YAML, found `"),
        .init(file: "empty.yaml", code: .emptyDocument, line: 2, column: 1, offset: 17, messageContains: "empty stream"),
        .init(file: "syntax-indent.yaml", code: .syntax, line: 2, column: 4, offset: 8, messageContains: "mapping values are not allowed"),
        .init(file: "tag-after-unicode.yaml", code: .tag, line: 2, column: 17, offset: 24, messageContains: "found tag `!t`"),
    ]

    @Test(arguments: cases)
    func rejects(_ c: RejectionCase) throws {
        do {
            _ = try loadFixture(c.file)
            Issue.record("\(c.file) loaded")
        } catch let error as YAMLError {
            #expect(error.code == c.code)
            #expect(error.file == c.file)
            #expect(error.line == c.line, "\(error)")
            #expect(error.column == c.column, "\(error)")
            #expect(error.mark.offset == c.offset, "\(error)")
            #expect(error.message.contains(c.messageContains), "\(error.message)")
            #expect(error.description.hasPrefix("\(c.file):\(c.line):\(c.column): error[\(c.code.rawValue)]: "))
        }
    }
}

@Suite struct YAMLLoaderAccepts {
    @Test func everyScalarIsAString() throws {
        let node = try root("a: true\nb: 1.0\nc: null\nd: ~\ne: 0x1F\nf: 'x'\n")
        let pairs = try node.asMapping()
        #expect(pairs.map(\.name) == ["a", "b", "c", "d", "e", "f"])
        #expect(try pairs.map { try $0.value.asString() } == ["true", "1.0", "null", "~", "0x1F", "x"])
    }

    @Test func keepsOrderAndMarks() throws {
        let node = try root("z: 1\ny:\n  - é\n  - [a, b]\nx: {k: v}\n")
        let pairs = Array(try node.asMapping())
        #expect(pairs.map(\.name) == ["z", "y", "x"])
        let list = Array(try node.list("y"))
        #expect(list[0].scalar == "é")
        #expect(list[0].mark == YAMLMark(line: 3, column: 5, offset: 12))
        // The flow sequence starts after the two-byte é: column counts scalars, offset bytes.
        #expect(list[1].mark == YAMLMark(line: 4, column: 5, offset: 19))
        #expect(try list[1].asStringList() == ["a", "b"])
        #expect(node["x"]?["k"]?.scalar == "v")
        #expect(pairs[2].key.mark == YAMLMark(line: 5, column: 1, offset: 26))
    }

    @Test func byteOrderMarkIsNotCounted() throws {
        let node = try root(bytes: [0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8))
        #expect(node["a"]?.mark == YAMLMark(line: 1, column: 4, offset: 6), "\(String(describing: node["a"]?.mark.offset))")
    }

    @Test func sameKeyInSiblingMappingsIsFine() throws {
        let node = try root("- {a: 1}\n- {a: 2}\n")
        #expect(try node.asList().count == 2)
    }
}

@Suite struct YAMLDepthLimit {
    @Test func deepFlowNestingIsRejectedNotCrashed() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: YAMLError.self) { try YAMLLoader().load(text, file: "deep") }
        do {
            _ = try YAMLLoader().load(text, file: "deep")
        } catch {
            #expect(error.code == .tooDeep)
            #expect(error.mark == YAMLMark(line: 1, column: 65, offset: 64))
        }
    }

    @Test func nestingAtTheLimitLoads() throws {
        let depth = YAMLLoader.defaultMaxDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var node = try YAMLLoader().load(text, file: "t")
        var levels = 1
        while case .sequence(let items) = node.value, let first = items.first {
            node = first
            levels += 1
        }
        #expect(levels == depth)
    }

    @Test func customLimit() {
        #expect(throws: YAMLError.self) { try YAMLLoader(maxDepth: 2).load("a: {b: [c]}", file: "t") }
    }
}

struct AccessorCase: CustomTestStringConvertible, Sendable {
    var text: String
    var read: @Sendable (YAMLDocument.Node) throws -> Void
    var code: YAMLError.Code
    var mark: String
    var message: String
    var testDescription: String { message }
}

@Suite struct YAMLAccessors {
    static let cases: [AccessorCase] = [
        .init(text: "a: [x]\n", read: { _ = try $0.string("a") }, code: .unexpectedType, mark: "1:4", message: "expected a string, found a sequence"),
        .init(text: "a: x\n", read: { _ = try $0.list("a") }, code: .unexpectedType, mark: "1:4", message: "expected a sequence, found scalar `x`"),
        .init(text: "a: x\n", read: { _ = try $0.string("b") }, code: .missingKey, mark: "1:1", message: "expected key `b`, found a mapping without it"),
        .init(text: "a: x\nzz: y\n", read: { try $0.checkKeys(allowed: ["a", "b"]) }, code: .unknownKey, mark: "2:1", message: "expected one of `a`, `b`, found `zz`"),
        .init(text: "a: yes\n", read: { _ = try $0.required("a").asBool() }, code: .invalidValue, mark: "1:4", message: "expected `true` or `false`, found `yes`"),
        .init(text: "- a\n", read: { _ = try $0.asMapping() }, code: .unexpectedType, mark: "1:1", message: "expected a mapping, found a sequence"),
        .init(text: "a:\n  - x\n  - {y: z}\n", read: { _ = try $0.stringList("a") }, code: .unexpectedType, mark: "3:5", message: "expected a string, found a mapping"),
    ]

    @Test(arguments: cases)
    func reports(_ c: AccessorCase) throws {
        let node = try root(c.text, file: "f.yaml")
        do {
            try c.read(node)
            Issue.record("no error")
        } catch let error as YAMLError {
            #expect(error.code == c.code)
            #expect(error.mark.description == c.mark)
            #expect(error.message == c.message)
            #expect(error.file == "f.yaml")
        }
    }

    @Test func readsValues() throws {
        let node = try root("a: x\nb: [p, q]\nc: \"true\"\n")
        #expect(try node.string("a") == "x")
        #expect(try node.optionalString("z") == nil)
        #expect(try node.stringList("b") == ["p", "q"])
        #expect(try node.stringList("a", allowScalar: true) == ["x"])
        #expect(try node.stringList("missing") == [])
        #expect(try node.required("c").asBool())
        try node.checkKeys(allowed: ["a", "b", "c"])
    }
}

@Suite struct YAMLByteOrderMark {
    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    // libyaml counted the mark as a column of line 1, so a block mapping of several
    // lines looked mis-indented: "did not find expected <document start>" at line 2.
    @Test func blockMappingOfSeveralLinesLoads() throws {
        let node = try root(bytes: Self.bom + Array("a: b\nc:\n  - d\n".utf8))
        #expect(try node.asMapping().map(\.name) == ["a", "c"])
        #expect(try Array(node.asMapping())[1].key.mark == YAMLMark(line: 2, column: 1, offset: 8))
        #expect(node["c"]?.mark == YAMLMark(line: 3, column: 3, offset: 13))
        #expect(try Array(node.list("c"))[0].mark == YAMLMark(line: 3, column: 5, offset: 15))
    }

    @Test func marksAfterTheMarkCountScalarsAndBytes() throws {
        let node = try root(bytes: Self.bom + Array("é: [ü, x]\n".utf8))
        let items = Array(try node.list("é"))
        #expect(items[1].mark == YAMLMark(line: 1, column: 8, offset: 12))
    }

    @Test func errorsAfterTheMarkAreLocatedInTheFile() throws {
        do {
            _ = try YAMLLoader().load(bytes: Self.bom + Array("a: b\na: c\n".utf8), file: "t")
            Issue.record("loaded")
        } catch {
            #expect(error.code == .duplicateKey)
            #expect(error.mark == YAMLMark(line: 2, column: 1, offset: 8))
            #expect(error.message.contains("first at 1:1"))
        }
    }

    @Test func aMarkAloneIsAnEmptyStream() {
        #expect(throws: YAMLError.self) { try YAMLLoader().load(bytes: Self.bom, file: "t") }
        #expect(throws: YAMLError.self) { try YAMLLoader().load(bytes: [], file: "t") }
    }
}

/// The loader's work, counted: a quadratic regression (scanning every earlier key for
/// duplicates) fails these bounds whatever the machine's speed. The sizes are those of
/// issue 12, where 40,000 entries took 72 s.
@Suite(.timeLimit(.minutes(1))) struct YAMLLinearWork {
    private func loadCounting(_ text: String) throws -> (root: YAMLDocument.Node, statistics: YAMLLoader.Statistics) {
        try Array(text.utf8).withUnsafeBufferPointer { buffer in
            let (document, statistics) = try YAMLLoader().load(buffer: buffer, file: "big", stopBeforeKey: nil)
            return (document.root, statistics)
        }
    }

    @Test func aLargeTableIsOneRecordPerNode() throws {
        let entries = 40_000
        var text = "schema-version: \"1\"\nmappings:\n"
        for index in 0..<entries { text += "  - id: \"dep:generic/p\(index)\"\n    packages: [\"libp\(index)-dev\"]\n" }
        let (root, statistics) = try loadCounting(text)
        #expect(try root.list("mappings").count == entries)
        // Per entry: a mapping, two keys, a scalar, a sequence and its item (6 nodes).
        let nodes = 1 + 4 + 6 * entries
        #expect(statistics.nodes == nodes)
        // Each entry's second key is compared with its first.
        #expect(statistics.keyComparisons == 1 + entries)
        let last = try #require(Array(root.list("mappings")).last)
        #expect(try last.string("id") == "dep:generic/p\(entries - 1)")
        #expect(try last.stringList("packages") == ["libp\(entries - 1)-dev"])
    }

    @Test func aMappingWithManyKeysHashesThem() throws {
        let keys = 40_000
        var text = ""
        for index in 0..<keys { text += "k\(index): v\n" }
        let (root, statistics) = try loadCounting(text)
        #expect(try root.asMapping().count == keys)
        #expect(statistics.keyComparisons <= 8 * keys)
    }

    @Test(arguments: [3, 8, 9, 20, 5_000])
    func duplicatesAreFoundInMappingsOfAnySize(_ size: Int) throws {
        var text = ""
        for index in 0..<size { text += "k\(index): v\n" }
        text += "k\(size - 1): again\n"
        do {
            _ = try YAMLLoader().load(text, file: "t")
            Issue.record("loaded")
        } catch {
            #expect(error.code == .duplicateKey)
            #expect(error.line == size + 1)
            #expect(error.message.contains("first at \(size):1"))
        }
    }

    /// A key may come back in a nested mapping, and after a nested mapping closes its
    /// keys no longer count for its parent.
    @Test func keysAreComparedWithinTheirOwnMapping() throws {
        let node = try root("a: {a: 1, b: {a: 2, b: 3}}\nb: {b: 1}\nc: [{c: 1}, {c: 2}]\n")
        #expect(try node.asMapping().map(\.name) == ["a", "b", "c"])
        #expect(throws: YAMLError.self) { try YAMLLoader().load("a: {b: 1}\nb: 2\na: 3\n", file: "t") }
    }
}

@Suite struct YAMLDocumentNodes {
    @Test func readInPlaceAsTheTreeReadsThem() throws {
        let text = "a: [x, {y: z}]\nb: \"\"\nc: {}\n"
        let document = try YAMLLoader().loadDocument(bytes: Array(text.utf8), file: "t")
        #expect(document.hasPositions)
        #expect(document.tree == (try YAMLLoader().load(text, file: "t")))
        let node = document.root
        #expect(node["a"]?.kindDescription == "a sequence")
        #expect(node["b"]?.scalar == "")
        #expect(node["b"]?.isScalar("") == true)
        #expect(node["a"]?.isScalar("a") == false)
        #expect(node["c"].map { Array(try! $0.asMapping()).isEmpty } == true)
        #expect(node["a"]?.withScalarBytes { $0.count } == nil)
        #expect(node["zz"] == nil)
        #expect(Array(YAMLDocument.Items.empty).isEmpty && YAMLDocument.Pairs.empty.count == 0)
    }
}

@Suite struct YAMLHeader {
    private func header(_ text: String, before key: String) throws(YAMLError) -> YAMLDocument.Node {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            try YAMLLoader().loadHeader(buffer: buffer, file: "t", before: key).root
        }
    }

    @Test func stopsBeforeTheKeyWithoutReadingTheRest() throws {
        // The body is not read: its duplicate key and syntax error go unseen.
        let node = try header("a: 1\nb: [x]\nbody:\n  - 1\nbody: 2\n]]]\n", before: "body")
        #expect(try node.asMapping().map(\.name) == ["a", "b"])
        #expect(try node.stringList("b") == ["x"])
    }

    @Test func aNestedKeyOfThatNameDoesNotStop() throws {
        let node = try header("a:\n  body: 1\nc: 2\n", before: "body")
        #expect(try node.asMapping().map(\.name) == ["a", "c"])
    }

    @Test func withoutTheKeyTheWholeDocumentIsLoadedAndChecked() throws {
        #expect(try header("a: 1\nc: 2\n", before: "body").asMapping().count == 2)
        #expect(throws: YAMLError.self) { try header("a: 1\na: 2\n", before: "body") }
    }
}

@Suite struct YAMLPackedForm {
    static let texts = [
        "a: 1\nb: [x, {y: z}]\nc:\n  - é\n  - \"multi\\nline: [not a list]\"\nd: {}\ne: []\n",
        "- scalar root? no, a sequence\n- 2\n",
        "just a scalar\n",
        "key: \"s:3:quoted header lookalike\"\n",
    ]

    private func unpack(_ packed: String, stopBeforeKey: String? = nil) throws(YAMLError) -> YAMLDocument {
        let bytes = Array(packed.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            try YAMLLoader().loadPacked(buffer: buffer, file: "t", stopBeforeKey: stopBeforeKey)
        }
    }

    /// The tree as a document without positions gives it: every node at the file's start.
    private func unplaced(_ node: YAMLNode) -> YAMLNode {
        let value: YAMLNode.Value
        switch node.value {
        case .scalar: value = node.value
        case .sequence(let items): value = .sequence(items.map(unplaced))
        case .mapping(let pairs): value = .mapping(pairs.map { YAMLPair(key: unplaced($0.key), value: unplaced($0.value)) })
        }
        return YAMLNode(value, mark: YAMLMark(line: 1, column: 1, offset: 0), file: node.file)
    }

    @Test(arguments: texts)
    func roundTripsWithoutPositions(_ text: String) throws {
        let document = try YAMLLoader().loadDocument(bytes: Array(text.utf8), file: "t")
        let unpacked = try unpack(document.packed)
        #expect(!unpacked.hasPositions)
        #expect(unpacked.tree == unplaced(document.tree))
        #expect(unpacked.packed == document.packed)
    }

    @Test func isHeadersAndScalarBytes() throws {
        let document = try YAMLLoader().loadDocument(bytes: Array("a: [x, \"é\"]\nb: {}\n".utf8), file: "t")
        #expect(document.packed == "m2:s1:aq2:s1:xs2:és1:bm0:")
    }

    @Test func stopsBeforeAKeyAsHeaderLoadingDoes() throws {
        let text = "a: 1\nb: [x]\nbody:\n  - 1\nafter: 2\n"
        let bytes = Array(text.utf8)
        let header = try bytes.withUnsafeBufferPointer { try YAMLLoader().loadHeader(buffer: $0, file: "t", before: "body") }
        let document = try YAMLLoader().loadDocument(bytes: bytes, file: "t")
        #expect(try unpack(document.packed, stopBeforeKey: "body").tree == unplaced(header.tree))
        #expect(try unpack(document.packed, stopBeforeKey: "x").tree == unplaced(document.tree))
    }

    @Test(arguments: ["", "s", "s5:abc", "q2:s1:a", "x0:", "s1:ab", "m99999999999:", "m1:s1:a", "s1:as1:b", "s-1:a",
                      "q1:", "q:", "s01234567890:"])
    func malformedDataIsAnErrorNotACrash(_ packed: String) {
        #expect(throws: YAMLError.self) { try unpack(packed) }
    }

    @Test func deepNestingIsBounded() {
        let packed = String(repeating: "q1:", count: 100) + "s1:a"
        #expect(throws: YAMLError.self) { try unpack(packed) }
        #expect(throws: Never.self) { try unpack(String(repeating: "q1:", count: 63) + "s1:a") }
    }
}
