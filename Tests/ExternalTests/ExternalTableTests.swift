import Testing
@testable import External

/// Builds neutral values with made-up spans: each node's span is its index in a counter,
/// so tests can tell which node an issue points at.
private struct Builder {
    var next = 0
    mutating func span() -> Range<Int> { defer { next += 10 }; return next..<next + 5 }
    mutating func string(_ text: String) -> ExternalValue { .string(text, span: span()) }
    mutating func array(_ items: [String]) -> ExternalValue {
        let values = items.map { string($0) }
        return .array(values, span: span())
    }
    mutating func table(_ entries: [(String, ExternalValue)]) -> ExternalValue {
        .table(entries.map { ExternalTableEntry(key: $0.0, keySpan: span(), value: $0.1) }, span: span())
    }
}

@Suite struct ExternalTableReading {
    @Test func navisMetadata() throws {
        var b = Builder()
        let value = b.table([
            ("build-requires", b.array(["dep:generic/XCB; platform_system=='Linux'"])),
            ("optional-dependencies", b.table([("nat", b.array(["dep:cran/nat", "dep:cran/nat.nblast"]))])),
        ])
        let (table, issues) = ExternalTable.read(value)
        #expect(issues.isEmpty)
        let fields = table.metadataFields().map { "\($0.name): \($0.value)" }
        #expect(fields == [
            "Provides-External-Extra: nat",
            "Requires-External-Dep: dep:cran/nat; extra == \"nat\"",
            "Requires-External-Dep: dep:cran/nat.nblast; extra == \"nat\"",
        ])
    }

    @Test func dependenciesAndMarkers() throws {
        var b = Builder()
        let value = b.table([
            ("dependencies", b.array(["dep:github/AbiWord/enchant; platform_system!='Windows'", "dep:generic/git"])),
            ("optional-dependencies", b.table([("Fast_Path", b.array(["dep:generic/x; os_name == 'a' or os_name == 'b'"]))])),
        ])
        let (table, issues) = ExternalTable.read(value)
        #expect(issues.isEmpty)
        let fields = table.metadataFields().map { "\($0.name): \($0.value)" }
        #expect(fields.count == 4)
        #expect(fields[1] == "Requires-External-Dep: dep:generic/git")
        #expect(fields[2] == "Provides-External-Extra: fast-path")
        #expect(fields[3].hasPrefix("Requires-External-Dep: dep:generic/x; ("))
        #expect(fields[3].hasSuffix(") and extra == \"fast-path\""))
    }

    @Test func collectsEveryIssueWithItsSpan() throws {
        var b = Builder()
        let bad = b.string("pkg:generic/x")
        let number = ExternalValue.other(typeName: "an integer", span: 900..<901)
        let value = ExternalValue.table([
            ExternalTableEntry(key: "build-requires", keySpan: 0..<1, value: .array([bad, number], span: 2..<3)),
            ExternalTableEntry(key: "host-requirements", keySpan: 500..<517, value: b.array([])),
            ExternalTableEntry(key: "dependencies", keySpan: 4..<5, value: b.string("dep:generic/x")),
            ExternalTableEntry(key: "dependency-groups", keySpan: 6..<7, value: b.table([
                ("dev", .array([.table([ExternalTableEntry(key: "include-group", keySpan: 7..<8,
                                                           value: .string("missing", span: 800..<807))], span: 8..<9)],
                               span: 9..<10)),
            ])),
        ], span: 0..<1000)
        let (_, issues) = ExternalTable.read(value)
        #expect(issues.map(\.kind.rawValue) == ["invalid-depurl", "invalid-external-table", "invalid-external-table",
                                                "invalid-external-table", "invalid-external-table"])
        #expect(issues.map(\.span) == [bad.span, 900..<901, 500..<517, value.spanOfDependencies, 800..<807])
        #expect(issues[0].parseError?.span.start == 0)
        #expect(issues[1].message == "expected an external dependency specifier string, found an integer")
        #expect(issues[2].message.hasSuffix("found `host-requirements`"))
        #expect(issues[3].message == "expected `dependencies` to be an array of strings, found a string")
        #expect(issues[4].message == "expected an existing group to include, found `missing`")
    }

    @Test func selectsByCategoryExtraAndGroup() throws {
        var b = Builder()
        let value = b.table([
            ("build-requires", b.array(["dep:virtual/compiler/c"])),
            ("host-requires", b.array(["dep:generic/zlib"])),
            ("dependencies", b.array(["dep:generic/git"])),
            ("optional-host-requires", b.table([("extra", b.array(["dep:generic/lcms2"]))])),
            ("dependency-groups", b.table([
                ("Dev", b.array(["dep:generic/catch2"])),
                ("all", .array([b.string("dep:generic/valgrind"),
                                .table([ExternalTableEntry(key: "include-group", keySpan: 1..<2, value: b.string("dev"))],
                                       span: 3..<4)], span: 5..<6)),
            ])),
        ])
        let (table, issues) = ExternalTable.read(value)
        #expect(issues.isEmpty)
        let picked = try table.selection(include: [.build, .host], extras: ["Extra"], groups: ["all"])
        #expect(picked.map { "\($0.category):\($0.url)" } == [
            "build:dep:virtual/compiler/c", "host:dep:generic/zlib", "host:dep:generic/lcms2",
            "run:dep:generic/valgrind", "run:dep:generic/catch2",
        ])
        #expect(throws: ExternalSelectionError.self) { try table.selection(include: [.run], extras: ["nope"], groups: []) }
        #expect(throws: ExternalSelectionError.self) { try table.selection(include: [.run], extras: [], groups: ["nope"]) }
    }

    @Test func includeCycleIsAnError() throws {
        var table = ExternalTable()
        table.dependencyGroups = [.init(name: "a", items: [.includeGroup("b")]), .init(name: "b", items: [.includeGroup("a")])]
        #expect(throws: ExternalSelectionError(message: "expected groups without include cycles, found `a -> b -> a`")) {
            try table.selection(include: [], extras: [], groups: ["a"])
        }
    }
}

extension ExternalValue {
    /// The span of the value under `dependencies` in the issue test.
    fileprivate var spanOfDependencies: Range<Int> {
        guard case .table(let entries, _) = self else { return 0..<0 }
        return entries.first { $0.key == "dependencies" }!.value.span
    }
}
