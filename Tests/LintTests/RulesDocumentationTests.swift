import Foundation
import Testing
@testable import Lint

/// docs/rules.md is generated from RuleRegistry; this fails when it is stale.
@Suite struct RulesDocumentationTests {
    @Test func docsAreCurrent() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("docs/rules.md")
        let generated = RuleDocumentation.document()
        if TestPaths.updating { try generated.write(to: url, atomically: true, encoding: .utf8) }
        #expect(try String(contentsOf: url, encoding: .utf8) == generated,
                "docs/rules.md is stale: run PEPCHECK_UPDATE_SNAPSHOTS=1 swift test --filter RulesDocumentationTests")
    }

    @Test func codesAndNamesAreUniqueAndWellFormed() {
        let codes = RuleRegistry.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(Set(RuleRegistry.all.map(\.name)).count == codes.count)
        for rule in RuleRegistry.all {
            #expect(rule.code.wholeMatch(of: /PC[0-5][0-9][0-9]/) != nil)
            #expect(rule.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil)
        }
    }
}
