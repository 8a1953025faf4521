import CLibXML2

extension JUnitReport {
    /// The report as a UTF-8 XML document, indented by two spaces.
    public func write() throws(ReportError) -> [UInt8] {
        XMLSupport.initialize()
        guard let buffer = xmlBufferCreate() else {
            throw ReportError(kind: .xmlWriter, message: "cannot allocate an XML buffer")
        }
        defer { xmlBufferFree(buffer) }
        guard let handle = xmlNewTextWriterMemory(buffer, 0) else {
            throw ReportError(kind: .xmlWriter, message: "cannot create an XML writer")
        }
        let writer = Writer(handle: handle)
        do {
            try writer.check(xmlTextWriterSetIndent(handle, 1))
            try writer.check(XMLSupport.withXMLChars("  ") { xmlTextWriterSetIndentString(handle, $0) })
            try writer.check(xmlTextWriterStartDocument(handle, nil, "UTF-8", nil))
            try writer.start("testsuites")
            try writer.attribute("name", name)
            try writeCounts(tests: tests, failures: failures, errors: errors, skipped: skipped, time: totalTime, writer)
            for suite in suites { try write(suite, writer) }
            try writer.end()
            try writer.check(xmlTextWriterEndDocument(handle))
        } catch {
            xmlFreeTextWriter(handle)
            throw error
        }
        // Freeing the writer flushes it into the buffer.
        xmlFreeTextWriter(handle)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// The report as a string.
    public func xml() throws(ReportError) -> String {
        String(decoding: try write(), as: UTF8.self)
    }

    private func write(_ suite: TestSuite, _ writer: Writer) throws(ReportError) {
        try writer.start("testsuite")
        try writer.attribute("name", suite.name)
        try writeCounts(
            tests: suite.tests, failures: suite.failures, errors: suite.errors, skipped: suite.skipped,
            time: suite.totalTime, writer)
        if let timestamp = suite.timestamp { try writer.attribute("timestamp", timestamp) }
        for testCase in suite.cases { try write(testCase, writer) }
        try writer.end()
    }

    private func write(_ testCase: TestCase, _ writer: Writer) throws(ReportError) {
        try writer.start("testcase")
        try writer.attribute("classname", testCase.classname)
        try writer.attribute("name", testCase.name)
        try writer.attribute("time", XMLSupport.formatTime(testCase.time))
        if let file = testCase.file { try writer.attribute("file", file) }
        if let line = testCase.line { try writer.attribute("line", String(line)) }
        switch testCase.outcome {
        case .passed: break
        case .failure(let message, let type, let body):
            try writer.result("failure", message: message, type: type, body: body)
        case .error(let message, let type, let body):
            try writer.result("error", message: message, type: type, body: body)
        case .skipped(let message):
            try writer.start("skipped")
            if let message { try writer.attribute("message", message) }
            try writer.end()
        }
        if let output = testCase.systemOut {
            try writer.start("system-out")
            try writer.text(output)
            try writer.end()
        }
        try writer.end()
    }

    private func writeCounts(
        tests: Int, failures: Int, errors: Int, skipped: Int, time: Double, _ writer: Writer
    ) throws(ReportError) {
        try writer.attribute("tests", String(tests))
        try writer.attribute("failures", String(failures))
        try writer.attribute("errors", String(errors))
        try writer.attribute("skipped", String(skipped))
        try writer.attribute("time", XMLSupport.formatTime(time))
    }
}

/// Thin checked wrappers over the xmlTextWriter calls.
private struct Writer {
    let handle: xmlTextWriterPtr

    func check(_ status: Int32) throws(ReportError) {
        if status < 0 { throw ReportError(kind: .xmlWriter, message: "libxml2 could not write the report") }
    }

    func start(_ element: String) throws(ReportError) {
        try check(XMLSupport.withXMLChars(element) { xmlTextWriterStartElement(handle, $0) })
    }

    func end() throws(ReportError) {
        try check(xmlTextWriterEndElement(handle))
    }

    func attribute(_ name: String, _ value: String) throws(ReportError) {
        try check(XMLSupport.withXMLChars(name) { name in
            XMLSupport.withXMLChars(value) { value in xmlTextWriterWriteAttribute(handle, name, value) }
        })
    }

    func text(_ value: String) throws(ReportError) {
        try check(XMLSupport.withXMLChars(value) { xmlTextWriterWriteString(handle, $0) })
    }

    func result(_ element: String, message: String, type: String?, body: String) throws(ReportError) {
        try start(element)
        try attribute("message", message)
        if let type { try attribute("type", type) }
        if !body.isEmpty { try text(body) }
        try end()
    }
}
