import Foundation
import Testing

@testable import PEP440

/// Compares this module with pypa/packaging on the cases that
/// `Scripts/gen-pep440-cases.py` writes. Opt-in: set `PEP440_DIFF_CASES` to the file.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PEP440_DIFF_CASES"] != nil,
                "set PEP440_DIFF_CASES to the output of Scripts/gen-pep440-cases.py"))
struct DifferentialTests {
    /// SPEC.md D14: `===` with no version after it, which packaging accepts.
    static func isBareArbitrary(_ clause: Substring) -> Bool {
        let trimmed = clause.drop(while: \.isWhitespace)
        return trimmed.hasPrefix("===") && trimmed.dropFirst(3).allSatisfy(\.isWhitespace)
    }

    /// SPEC.md D13 and D14: specifier text that packaging accepts and the spec's grammar
    /// does not (an empty clause before a comma, or a bare `===`).
    static func isDocumentedDifference(_ text: String) -> Bool {
        let clauses = text.split(separator: ",", omittingEmptySubsequences: false)
        return clauses.dropLast().contains { $0.allSatisfy(\.isWhitespace) } || clauses.contains(where: isBareArbitrary)
    }

    @Test func agreesWithPackaging() throws {
        let path = ProcessInfo.processInfo.environment["PEP440_DIFF_CASES"]!
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var counts: [String: Int] = [:]
        var mismatches: [String: Int] = [:]
        var shown = 0
        func check(_ kind: String, _ ok: Bool, _ detail: @autoclosure () -> String) {
            counts[kind, default: 0] += 1
            if !ok {
                mismatches[kind, default: 0] += 1
                if shown < 40 {
                    shown += 1
                    Issue.record("\(kind): \(detail())")
                }
            }
        }
        for line in text.split(separator: "\n") {
            let c = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            func pre(_ key: String) -> Bool? { c[key] as? Bool }
            // Cases whose specifier is one of the documented differences: we reject what
            // packaging accepts, so only the rejection is checked.
            let specText = (c["spec"] ?? c["set"] ?? (c["t"] as? String == "spec" ? c["input"] : nil)) as? String
            if let specText, DifferentialTests.isDocumentedDifference(specText) {
                check("rejected (SPEC.md D13/D14)", SpecifierSet(specText) == nil, "\(specText.debugDescription) should be rejected")
                continue
            }
            switch c["t"] as! String {
            case "version":
                let input = c["input"] as! String
                let v = Version(input)
                guard c["valid"] as! Bool else {
                    check("version", v == nil, "\(input.debugDescription) should be invalid, got \(v!)")
                    continue
                }
                guard let v else {
                    check("version", false, "\(input.debugDescription) should be valid")
                    continue
                }
                let preList = c["pre"] as? [String]
                let flags = c["flags"] as! [Bool]
                let same =
                    v.description == c["norm"] as! String && v.epoch.description == c["epoch"] as! String
                    && v.release.map(\.description) == c["release"] as! [String]
                    && v.pre.map { [$0.kind.rawValue, $0.number.description] } == preList
                    && v.post?.description == c["post"] as? String && v.dev?.description == c["dev"] as? String
                    && v.local == c["local"] as? String && v.publicVersion.description == c["public"] as! String
                    && v.baseVersion.description == c["base"] as! String
                    && [v.isPrerelease, v.isPostrelease, v.isDevrelease] == flags
                check("version", same, "\(input.debugDescription): \(v) vs \(c)")
            case "order":
                let a = Version(c["a"] as! String)!, b = Version(c["b"] as! String)!
                let cmp = a < b ? -1 : (a == b ? 0 : 1)
                check("order", cmp == c["cmp"] as! Int, "\(a) <=> \(b): \(cmp)")
                if cmp == 0 { check("hash", a.hashValue == b.hashValue, "hash \(a) \(b)") }
            case "spec":
                let input = c["input"] as! String
                let s = Specifier(input)
                guard c["valid"] as! Bool else {
                    check("spec", s == nil, "\(input.debugDescription) should be invalid, got \(s!)")
                    continue
                }
                guard let s else {
                    check("spec", false, "\(input.debugDescription) should be valid")
                    continue
                }
                check("spec", s.description == c["str"] as! String && s.prereleases == pre("pre"),
                      "\(input.debugDescription): \(s) \(String(describing: s.prereleases)) vs \(c)")
            case "contains":
                let s = Specifier(c["spec"] as! String)!
                let set = SpecifierSet(c["spec"] as! String)!
                let v = Version(c["version"] as! String)!
                check("contains", s.contains(v, prereleases: pre("pre")) == c["one"] as! Bool,
                      "Specifier(\(s)).contains(\(v), \(String(describing: pre("pre")))) != \(c["one"]!)")
                check("contains-set", set.contains(v, prereleases: pre("pre")) == c["set"] as! Bool,
                      "SpecifierSet(\(set)).contains(\(v), \(String(describing: pre("pre")))) != \(c["set"]!)")
            case "text":
                let s = Specifier(c["spec"] as! String)!
                let set = SpecifierSet(c["spec"] as! String)!
                let raw = c["version"] as! String
                check("contains-text", s.contains(raw, prereleases: pre("pre")) == c["one"] as! Bool,
                      "Specifier(\(s)).contains(\(raw.debugDescription), \(String(describing: pre("pre")))) != \(c["one"]!)")
                check("contains-text-set", set.contains(raw, prereleases: pre("pre")) == c["set"] as! Bool,
                      "SpecifierSet(\(set)).contains(\(raw.debugDescription), \(String(describing: pre("pre")))) != \(c["set"]!)")
            case "filter":
                let set = SpecifierSet(c["set"] as! String)!
                let versions = (c["versions"] as! [String]).map { Version($0)! }
                let got = set.filter(versions, prereleases: pre("pre")).map(\.description)
                check("filter", got == c["result"] as! [String] && set.description == c["str"] as! String
                      && set.prereleases == pre("setpre"),
                      "\(c["set"]!) \(versions) \(String(describing: pre("pre"))): \(got) \(set) vs \(c)")
            default: break
            }
        }
        print("differential:", counts.sorted { $0.key < $1.key }, "mismatches:", mismatches)
    }
}
