import Foundation
import Testing
@testable import External

@Suite struct ResolutionFormatting {
    private func resolution() throws -> Resolution {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mappings")
        let resolver = try MappingResolver(catalog: try MappingCatalog.load(directory: fixtures.path), ecosystem: "debian")
        return resolver.resolve([
            (DepURL("dep:virtual/compiler/c")!, .build), (DepURL("dep:generic/zlib@>=1")!, .host),
            (DepURL("dep:generic/cuda")!, .host), (DepURL("dep:generic/nope")!, .host),
        ])
    }

    @Test func commandListAndNotes() throws {
        let result = try resolution()
        #expect(ResolutionFormat.command.render(result) == "sudo apt-get install --yes gcc zlib1g-dev zlib1g")
        #expect(ResolutionFormat.list.render(result) == "gcc\nzlib1g-dev\nzlib1g")
        #expect(ResolutionFormat.notes(for: result) == [
            "warning: dep:generic/zlib@>=1: apt cannot express the version constraint `>=1`; dropped",
            "warning: dep:generic/cuda is not packaged in debian: NVIDIA's own apt repository only",
            "warning: dep:generic/nope has no mapping for debian; add one with --mappings DIR",
        ])
    }

    @Test func json() throws {
        let data = Data(ResolutionFormat.json.render(try resolution()).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["packages"] as? [String] == ["gcc", "zlib1g-dev", "zlib1g"])
        let statuses = (object["dependencies"] as? [[String: Any]])?.compactMap { $0["status"] as? String }
        #expect(statuses == ["mapped", "mapped", "not-packaged", "unmapped"])
    }

    @Test(arguments: [("gcc", "gcc"), ("a b", "'a b'"), ("it's", "'it'\\''s'"), ("", "''"), ("x>=1", "'x>=1'")])
    func shellQuoting(_ pair: (String, String)) {
        #expect(ResolutionFormat.shellQuoted(pair.0) == pair.1)
    }
}
