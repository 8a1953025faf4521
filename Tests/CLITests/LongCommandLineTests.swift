import Foundation
import Testing

/// Command lines with thousands of values, as pre-commit writes them (every matching file
/// of a repository): the values past the first few are given to the command directly,
/// since swift-argument-parser parses them in quadratic time (16,000 versions took 8 s).
/// These check that the answer is the one the parser gives: every value, in order, the
/// options before them applied, and the parser's own errors where the command takes no
/// such list.
@Suite("pepcheck with long command lines")
struct LongCommandLineTests {
    static let versions = (1...1500).map { "V1.\($0)-Alpha_2" }

    @Test func everyValueIsReadInOrder() throws {
        let output = try PepcheckProcess.run(["version", "normalize"] + Self.versions)
        #expect(output.status == 0)
        #expect(output.stderr == "")
        #expect(output.stdout == (1...1500).map { "1.\($0)a2\n" }.joined())
    }

    @Test func anInvalidValueFarIntoTheListIsReported() throws {
        let output = try PepcheckProcess.run(["version", "normalize"] + Self.versions + ["1.0.x", "2"])
        #expect(output.status == 2)
        #expect(output.stdout.hasSuffix("1.1500a2\n2\n"))
        #expect(output.stdout.split(separator: "\n").count == 1501)
        #expect(output.stderr.hasPrefix("error: expected another release number"))
        #expect(output.stderr.contains("\n1.0.x\n   ^^\n"))
    }

    @Test func optionsBeforeTheListApplyToAllOfIt() throws {
        let requirements = (1...800).map { "Pkg\($0)[b,a] >= 1.\($0)" }
        let output = try PepcheckProcess.run(["parse", "--json"] + requirements)
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 800)
        #expect(lines.last == #"{"name":"Pkg800","extras":["a","b"],"specifier":">=1.800","url":null,"marker":null,"normalized":"Pkg800[a,b]>=1.800"}"#)
    }

    @Test func lintReadsEveryPathAndReportsTheOneWithFindings() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-long-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let clean = "[project]\nname = \"clean\"\nversion = \"1\"\ndependencies = [\"requests>=2\"]\n"
        var paths: [String] = []
        for i in 1...600 {
            let path = directory.appendingPathComponent("p\(i).toml").path
            try clean.write(toFile: path, atomically: false, encoding: .utf8)
            paths.append(path)
        }
        let bad = directory.appendingPathComponent("bad.toml").path
        try "[project]\nname = \"bad\"\nversion = \"1\"\ndependencies = [\"bar >>= 1\"]\n".write(toFile: bad, atomically: false, encoding: .utf8)
        // The bad file deep in the list; `--format` before it.
        let output = try PepcheckProcess.run(["lint", "--format", "concise"] + paths[..<500] + [bad] + paths[500...])
        #expect(output.status == 1)
        #expect(output.stdout == "\(bad):4:23: PC101 expected a version after `>`, found `>=`\n")
        #expect(output.stderr == "")
    }

    @Test func aCommandWithoutAListGivesTheParsersError() throws {
        let output = try PepcheckProcess.run(["marker", "and", #"os_name == "a""#, #"os_name == "b""#] + Self.versions)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("Error: 1500 unexpected arguments: 'V1.1-Alpha_2', 'V1.2-Alpha_2', "))
    }

    @Test func valuesAfterADoubleDashAreValuesToo() throws {
        let output = try PepcheckProcess.run(["version", "normalize", "--"] + Self.versions)
        #expect(output.status == 0)
        #expect(output.stdout.split(separator: "\n").count == 1500)
    }
}
