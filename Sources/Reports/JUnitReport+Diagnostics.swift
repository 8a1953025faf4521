import Diagnostics

extension JUnitReport {
    /// A report of lint results, for `lint --format junit`: one `<testsuite>` per
    /// file, one failing `<testcase>` per diagnostic (named `CODE at line:column`, the
    /// failure's `type` the code, its body the `file:line:col` line with help and
    /// notes), and one passing `lint` case for each of `checkedFiles` without
    /// diagnostics, so clean files show up in CI too.
    ///
    /// Several diagnostics in one file become several test cases rather than several
    /// `<failure>` elements in one case: most JUnit readers (GitLab, Jenkins) keep only
    /// one result per case. Suites follow `checkedFiles`, then files met only in
    /// `diagnostics`, in order of first appearance.
    public init(
        diagnostics: [Diagnostic], sources: [String: SourceFile], checkedFiles: [String] = [],
        name: String = "pepcheck"
    ) {
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for file in checkedFiles where byFile[file] == nil {
            order.append(file)
            byFile[file] = []
        }
        for diagnostic in diagnostics {
            if byFile[diagnostic.file] == nil { order.append(diagnostic.file) }
            byFile[diagnostic.file, default: []].append(diagnostic)
        }
        let concise = ConciseRenderer()
        let suites = order.map { file in
            let found = byFile[file] ?? []
            guard !found.isEmpty else {
                return TestSuite(name: file, cases: [TestCase(classname: file, name: "lint", file: file)])
            }
            let source = sources[file]
            return TestSuite(name: file, cases: found.map { diagnostic in
                let location = source?.location(of: diagnostic.span.lowerBound)
                let body = [concise.render(diagnostic, source: source).trimmingSuffix("\n")]
                    + diagnostic.notes.map { "note: " + $0 } + diagnostic.help.map { "help: " + $0 }
                return TestCase(
                    classname: file,
                    name: diagnostic.code + (location.map { " at \($0.line):\($0.column)" } ?? ""),
                    outcome: .failure(message: diagnostic.message, type: diagnostic.code,
                                      body: body.joined(separator: "\n")),
                    file: file, line: location?.line)
            })
        }
        self.init(name: name, suites: suites)
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
