import Host
import Testing

/// Every fixture in every format, compared byte for byte with its golden file.
@Suite("env golden files")
struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var fixture: String
        var format: String
        var testDescription: String { "\(fixture) \(format)" }
    }

    static let formats = ["human", "json", "markers", "variants", "variant-configs", "conda"]

    static let cases = (HostFixtures.own + HostFixtures.shared).flatMap { fixture in
        formats.map { Case(fixture: fixture, format: $0) }
    }

    static func render(_ report: HostReport, _ format: String) -> String {
        switch format {
        case "human": HumanRenderer.render(report)
        case "json": JSONRenderer.render(report)
        case "markers": MarkersRenderer.render(report)
        case "variants": VariantsRenderer.render(report)
        case "variant-configs": VariantsRenderer.renderConfigs(report)
        default: CondaRenderer.render(report)
        }
    }

    @Test(arguments: cases)
    func golden(_ c: Case) throws {
        if HostFixtures.shared.contains(c.fixture) && !HostFixtures.sharedAvailable {
            print("skipped: ../shared/fixtures/hosts is absent")
            return
        }
        let expected = try #require(HostFixtures.golden(c.fixture, c.format))
        let rendered = GoldenTests.render(try HostFixtures.report(c.fixture), c.format)
        // The CLI adds the final newline; an empty output prints nothing.
        #expect(rendered + (rendered.isEmpty ? "" : "\n") == expected)
    }
}
