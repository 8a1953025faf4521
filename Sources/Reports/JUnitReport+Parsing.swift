import CLibXML2

extension JUnitReport {
    /// Reads a JUnit document (root `<testsuites>`, or a single `<testsuite>`) with
    /// libxml2. Network access and DTD loading are off. The counts the document
    /// declares must agree with its test cases, so a report that miscounts is
    /// rejected rather than silently corrected.
    public static func parse(xml: [UInt8]) throws(ReportError) -> JUnitReport {
        XMLSupport.initialize()
        guard xml.count <= Int(Int32.max) else {
            throw ReportError(kind: .invalidXML, message: "document of \(xml.count) bytes is too large")
        }
        guard !xml.isEmpty else {
            throw ReportError(kind: .invalidXML, message: "expected an XML document, found an empty input")
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = xml.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress!, Int32(chars.count), "junit.xml", nil, options)
            }
        }
        guard let document else {
            let detail = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0) } }
            throw ReportError(
                kind: .invalidXML,
                message: "not well-formed XML" + (detail.map { ": " + $0.trimmingTrailingNewlines } ?? ""))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw ReportError(kind: .invalidJUnit, message: "expected a root element, found none")
        }
        switch Node(root).name {
        case "testsuites":
            let node = Node(root)
            let suites = try node.elements.filter { $0.name == "testsuite" }.map { node throws(ReportError) in
                try suite(node)
            }
            let report = JUnitReport(name: node.attribute("name") ?? "", suites: suites, time: try node.time())
            try node.checkCounts(tests: report.tests, failures: report.failures, errors: report.errors,
                                 skipped: report.skipped)
            return report
        case "testsuite":
            let only = try suite(Node(root))
            return JUnitReport(name: only.name, suites: [only], time: only.time)
        case let other:
            throw ReportError(kind: .invalidJUnit, message: "expected `testsuites` or `testsuite`, found `\(other)`")
        }
    }

    /// Reads a JUnit document from a string.
    public static func parse(xml: String) throws(ReportError) -> JUnitReport {
        try parse(xml: Array(xml.utf8))
    }

    private static func suite(_ node: Node) throws(ReportError) -> TestSuite {
        var cases: [TestCase] = []
        for element in node.elements where element.name == "testcase" {
            cases.append(try testCase(element))
        }
        let suite = TestSuite(
            name: node.attribute("name") ?? "", cases: cases, time: try node.time(),
            timestamp: node.attribute("timestamp"))
        try node.checkCounts(tests: suite.tests, failures: suite.failures, errors: suite.errors, skipped: suite.skipped)
        return suite
    }

    private static func testCase(_ node: Node) throws(ReportError) -> TestCase {
        guard let name = node.attribute("name") else {
            throw ReportError(kind: .invalidJUnit, message: "expected a `name` on `testcase`, found none")
        }
        var outcome = Outcome.passed
        var systemOut: String?
        for child in node.elements {
            let result: Outcome?
            switch child.name {
            case "failure":
                result = .failure(message: child.attribute("message") ?? "", type: child.attribute("type"), body: child.text)
            case "error":
                result = .error(message: child.attribute("message") ?? "", type: child.attribute("type"), body: child.text)
            case "skipped":
                result = .skipped(message: child.attribute("message"))
            case "system-out":
                systemOut = child.text
                result = nil
            default:
                result = nil
            }
            guard let result else { continue }
            guard outcome == .passed else {
                throw ReportError(kind: .invalidJUnit, message: "expected one result in testcase `\(name)`, found several")
            }
            outcome = result
        }
        var line: Int?
        if let text = node.attribute("line") {
            guard let value = Int(text) else {
                throw ReportError(kind: .invalidJUnit, message: "expected a line number, found `\(text)`")
            }
            line = value
        }
        return TestCase(
            classname: node.attribute("classname") ?? "", name: name, time: try node.time() ?? 0,
            outcome: outcome, file: node.attribute("file"), line: line, systemOut: systemOut)
    }
}

/// Read-only access to an element of a parsed document. Text is read straight from
/// the tree's nodes, so nothing needs `xmlFree`.
private struct Node {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    var elements: [Node] {
        var result: [Node] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(Node(node)) }
            child = node.pointee.next
        }
        return result
    }

    /// The character data of this element and its descendants.
    var text: String {
        var bytes: [UInt8] = []
        Self.collectText(pointer.pointee.children, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func attribute(_ name: String) -> String? {
        guard let attribute = XMLSupport.withXMLChars(name, { xmlHasProp(pointer, $0) }) else { return nil }
        var bytes: [UInt8] = []
        Self.collectText(attribute.pointee.children, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func integer(_ name: String) throws(ReportError) -> Int? {
        guard let text = attribute(name) else { return nil }
        guard let value = Int(text) else {
            throw ReportError(kind: .invalidJUnit, message: "expected a count for `\(name)`, found `\(text)`")
        }
        return value
    }

    func time() throws(ReportError) -> Double? {
        guard let text = attribute("time") else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw ReportError(kind: .invalidJUnit, message: "expected a time in seconds, found `\(text)`")
        }
        return value
    }

    func checkCounts(tests: Int, failures: Int, errors: Int, skipped: Int) throws(ReportError) {
        for (key, actual) in [("tests", tests), ("failures", failures), ("errors", errors), ("skipped", skipped)] {
            if let declared = try integer(key), declared != actual {
                throw ReportError(
                    kind: .invalidJUnit,
                    message: "expected \(key)=\"\(actual)\" on `\(name)` (as its test cases say), found `\(declared)`")
            }
        }
    }

    // Recursion follows the element depth of the document; libxml2 itself refuses
    // documents nested deeper than 256 levels (without XML_PARSE_HUGE), which bounds it.
    private static func collectText(_ first: xmlNodePtr?, into bytes: inout [UInt8]) {
        var node = first
        while let current = node {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    var k = 0
                    while content[k] != 0 { bytes.append(content[k]); k += 1 }
                }
            case XML_ELEMENT_NODE:
                collectText(current.pointee.children, into: &bytes)
            default:
                break
            }
            node = current.pointee.next
        }
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var result = self
        while result.last == "\n" { result.removeLast() }
        return result
    }
}
