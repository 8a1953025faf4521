import Testing
import TOML

/// A ~100 KB pyproject-like document parses whole.
struct PerformanceTests {
    static func pyprojectLike(targetBytes: Int) -> [UInt8] {
        var text = """
            [build-system]
            requires = ["hatchling>=1.18", "hatch-vcs"]
            build-backend = "hatchling.build"

            [project]
            name = "example"
            version = "1.0.0"
            description = "An example with \\"quotes\\" and caf\\u00e9"
            requires-python = ">=3.9"
            dependencies = [

            """
        var i = 0
        while text.utf8.count < targetBytes / 2 {
            text += "  \"package-\(i)[extra-a,extra-b]>=1.\(i % 10),<2; python_version >= '3.9' and sys_platform != 'win32'\", # pin \(i)\n"
            i += 1
        }
        text += "]\n\n"
        var j = 0
        while text.utf8.count < targetBytes {
            text += "[tool.example.section-\(j)]\nenabled = true\nlevel = \(j)\nratio = 0.\(j)5\nnames = ['a', 'b', 'c']\nwhen = 2024-01-0\(j % 9 + 1)T10:00:00Z\nlimits = { low = 1, high = 1_000 }\n\n"
            j += 1
        }
        return Array(text.utf8)
    }

    /// Speed is measured by the benchmark scripts (`Scripts/bench-lint`, `Scripts/bench-lint-scale`), not
    /// here: a timed unit test fails on a loaded machine and says nothing about release builds.
    @Test func hundredKilobytePyproject() throws {
        let source = Self.pyprojectLike(targetBytes: 100_000)
        let document = try TOMLDocument(parsing: source)
        #expect(document["project"]?["dependencies"]?.array?.count ?? 0 > 300)
        #expect(document["tool"]?["example"]?["section-0"]?["limits"]?["high"] != nil)
    }
}
