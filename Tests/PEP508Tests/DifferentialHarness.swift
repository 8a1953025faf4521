import Foundation
import PEP440
import Testing
@testable import PEP508

/// Runs the inputs of Scripts/pep508-differential.py through this implementation. Only
/// active when PEP508_DIFF_IN names an input file; the script compares the output with
/// pypa/packaging.
@Suite struct DifferentialHarness {
    static let input = ProcessInfo.processInfo.environment["PEP508_DIFF_IN"]

    @Test(.enabled(if: input != nil, "set PEP508_DIFF_IN (Scripts/pep508-differential.py does)"))
    func run() throws {
        let text = try String(contentsOfFile: Self.input!, encoding: .utf8)
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            let kind = line.prefix(1)
            let body = String(line.dropFirst(2))
            if kind == "R" {
                do {
                    let r = try Requirement(parsing: body)
                    out += "OK\u{1F}\(r)\n"
                } catch {
                    out += "ERR\u{1F}\(error.kind.rawValue)\n"
                }
            } else {
                do {
                    let m = try Marker(parsing: body)
                    var results: [String] = []
                    for (_, env) in Environments.all {
                        for (context, extra) in [(MarkerContext.metadata, nil), (.metadata, "test"), (.lockFile, nil), (.requirement, nil)] as [(MarkerContext, String?)] {
                            var env = env
                            if let extra { env["extra"] = .string(extra) }
                            if context == .lockFile { env["extras"] = ["test"]; env["dependency_groups"] = ["dev"] }
                            do {
                                results.append(try m.evaluate(in: env, context: context) ? "T" : "F")
                            } catch {
                                results.append("E:" + error.kind.rawValue)
                            }
                        }
                    }
                    out += "OK\u{1F}\(m)\u{1F}\(results.joined(separator: ","))\n"
                } catch {
                    out += "ERR\u{1F}\(error.kind.rawValue)\n"
                }
            }
        }
        try out.write(toFile: Self.input! + ".swift-out", atomically: true, encoding: .utf8)
        #expect(!out.isEmpty)
    }
}
