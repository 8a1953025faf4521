import PEP440
import Testing
@testable import PEP508

/// A marker is stored flat (see `MarkerProgram`); these pin that ``Marker/tree`` gives back
/// exactly the tree that was parsed or set, and that evaluating the flat form agrees with
/// the tree's meaning (and binds tighter than or; every comparison evaluated, the first
/// error in source order thrown).
struct TreeCase: Sendable, CustomTestStringConvertible {
    var name: String
    var tree: MarkerTree
    var testDescription: String { name }
}

@Suite struct MarkerTreeStorage {
    static func cmp(_ variable: String, _ op: MarkerOperator, _ literal: String) -> MarkerTree {
        .comparison(MarkerComparison(
            lhs: .variable(MarkerVariables.standard.variable(variable)!), op: op, rhs: .literal(literal)))
    }

    static let a = cmp("os_name", .equal, "posix")
    static let b = cmp("sys_platform", .equal, "win32")
    static let c = cmp("python_version", .greaterThanOrEqual, "3.8")
    static let missing = cmp("platform_machine", .equal, "x86_64")  // no value: an error
    static let badOp = cmp("os_name", .compatible, "posix")  // undefined-comparison

    static let trees: [TreeCase] = [
        .init(name: "bare comparison", tree: a),
        .init(name: "empty group", tree: .group([], [])),
        .init(name: "group of one", tree: .group([a], [])),
        .init(name: "flat and/or", tree: .group([a, b, c], [.or, .and])),
        .init(name: "nested first", tree: .group([.group([b, c], [.or]), a], [.and])),
        .init(name: "nested last", tree: .group([b, .group([a, c], [.or])], [.and])),
        .init(name: "empty nested", tree: .group([a, .group([], [])], [.and])),
        .init(name: "deep", tree: (0..<100).reduce(a) { tree, _ in .group([tree], []) }),
        .init(name: "deep with connectives", tree: (0..<50).reduce(b) { tree, i in .group([tree, i % 2 == 0 ? a : c], [i % 3 == 0 ? .or : .and]) }),
        .init(name: "error first", tree: .group([missing, badOp], [.or])),
        .init(name: "error nested", tree: .group([a, .group([b, badOp], [.and])], [.or])),
        .init(name: "too few connectives", tree: .group([a, b], [])),
        .init(name: "too many connectives", tree: .group([a], [.or, .and])),
    ]

    static let environments: [MarkerEnvironment] = [
        ["os_name": "posix", "sys_platform": "linux", "python_version": "3.11"],
        ["os_name": "nt", "sys_platform": "win32", "python_version": "3.7"],
        ["os_name": "posix", "sys_platform": "win32", "python_version": "3.8", "platform_machine": "x86_64"],
    ]

    /// The tree's meaning, written recursively and independently of the evaluator.
    static func reference(_ tree: MarkerTree, _ environment: MarkerEnvironment) -> Result<Bool, ParseError> {
        switch tree {
        case .comparison(let comparison):
            return Result { () throws(ParseError) in try Marker(.group([.comparison(comparison)], [])).evaluate(in: environment) }
        case .group(let items, let connectives):
            var results: [Bool] = []
            var ors: [Bool] = []
            for (index, item) in items.enumerated() {
                switch reference(item, environment) {
                case .failure(let error): return .failure(error)
                case .success(let value): results.append(value)
                }
                ors.append(index > 0 && index - 1 < connectives.count && connectives[index - 1] == .or)
            }
            var any = false
            var chain = true
            for (value, orBefore) in zip(results, ors) {
                if orBefore {
                    any = any || chain
                    chain = true
                }
                chain = chain && value
            }
            return .success(any || chain)
        }
    }

    @Test(arguments: trees)
    func treeRoundTrips(_ c: TreeCase) {
        let marker = Marker(c.tree)
        #expect(marker.tree == c.tree)
        #expect(marker.description == c.tree.description)
        var changed = Marker(Self.a.group)
        changed.tree = c.tree
        #expect(changed.tree == c.tree)
    }

    @Test(arguments: trees)
    func evaluationMatchesTheTree(_ c: TreeCase) {
        let marker = Marker(c.tree)
        for environment in Self.environments {
            let ours = Result { () throws(ParseError) in try marker.evaluate(in: environment) }
            switch (ours, Self.reference(c.tree, environment)) {
            case (.success(let x), .success(let y)): #expect(x == y)
            case (.failure(let x), .failure(let y)): #expect(x == y)
            case (let x, let y): Issue.record("evaluation \(x), reference \(y)")
            }
        }
    }

    // Parsed markers give the tree of the source: one group per parenthesised expression.
    static let parsed: [(String, MarkerTree)] = [
        ("os_name == 'posix'", .group([a], [])),
        ("os_name == 'posix' or sys_platform == 'win32' and python_version >= '3.8'", .group([a, b, c], [.or, .and])),
        ("(sys_platform == 'win32' or python_version >= '3.8') and os_name == 'posix'", .group([.group([b, c], [.or]), a], [.and])),
        ("sys_platform == 'win32' and (os_name == 'posix' or python_version >= '3.8')", .group([b, .group([a, c], [.or])], [.and])),
        ("((os_name == 'posix'))", .group([.group([.group([a], [])], [])], [])),
        ("os_name == 'posix' and (sys_platform == 'win32') or python_version >= '3.8'", .group([a, .group([b], []), c], [.and, .or])),
    ]

    @Test(arguments: 0..<parsed.count)
    func parsedTree(_ index: Int) throws {
        let (text, tree) = Self.parsed[index]
        let marker = try Marker(parsing: text)
        #expect(marker.tree == tree)
        for environment in Self.environments {
            let ours = Result { () throws(ParseError) in try marker.evaluate(in: environment) }
            #expect(try ours.get() == Self.reference(tree, environment).get())
        }
    }

    @Test func changedComparisonIsPreparedAgain() throws {
        guard case .comparison(var comparison) = Self.c else {
            Issue.record("not a comparison")
            return
        }
        let environment: MarkerEnvironment = ["python_version": "3.8"]
        #expect(try Marker(.comparison(comparison)).evaluate(in: environment))
        comparison.rhs = .literal("3.9")
        #expect(try !Marker(.comparison(comparison)).evaluate(in: environment))
        comparison.op = .lessThan
        #expect(try Marker(.comparison(comparison)).evaluate(in: environment))
        comparison.lhs = .variable(MarkerVariables.standard.variable("extra")!)
        comparison.op = .equal
        comparison.rhs = .literal("Dev_Tools")
        #expect(try Marker(.comparison(comparison)).evaluate(in: ["extra": "dev-tools"]))
    }

    // A tree built by hand keeps its literals as given, but they are compared normalised,
    // as the parsed marker's would be.
    @Test func handBuiltLiteralsAreComparedNormalised() throws {
        let extras = MarkerVariables.standard.variable("extras")!
        let properties = MarkerVariables.standard.variable("variant_properties")!
        let tree = MarkerTree.group([
            .comparison(MarkerComparison(lhs: .literal("Dev_Tools"), op: .in, rhs: .variable(extras))),
            .comparison(MarkerComparison(lhs: .literal("nvidia::cuda_version_lower_bound::12.0"), op: .in, rhs: .variable(properties))),
        ], [.and])
        let marker = Marker(tree)
        #expect(marker.tree == tree)
        #expect(marker.description == "\"Dev_Tools\" in extras and \"nvidia::cuda_version_lower_bound::12.0\" in variant_properties")
        let environment: MarkerEnvironment = [
            "extras": ["dev-tools"], "variant_properties": ["nvidia :: cuda_version_lower_bound :: 12.0"],
        ]
        #expect(try marker.evaluate(in: environment))
        let parsed = try Marker(parsing: marker.description)
        #expect(parsed.description == "\"dev-tools\" in extras and \"nvidia :: cuda_version_lower_bound :: 12.0\" in variant_properties")
        #expect(try parsed.evaluate(in: environment, context: .lockFile))
    }
}

extension MarkerTree {
    /// Wraps in a group of one (for setting ``Marker/tree`` from another shape).
    fileprivate var group: MarkerTree { .group([self], []) }
}

extension MarkerVariables {
    fileprivate func variable(_ name: String) -> MarkerVariable? {
        var name = name
        return name.withUTF8 { lookup($0, 0..<$0.count) }
    }
}
