/// PC306: a direct URL dependency to an archive with no `#sha256=` (or other hash)
/// fragment. VCS URLs (`git+…`), local paths and `file:` URLs are not reported.
struct URLWithoutHashRule: LintRule {
    static let info = RuleInfo(
        code: "PC306", name: "url-without-hash", severity: .warning,
        summary: "A URL dependency has no hash.",
        rationale: "Without a hash, whatever the server returns is installed; a hash pins the exact archive.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"pkg @ https://example.org/pkg-1.0.tar.gz\"]",
        fix: "Append `#sha256=<hex digest>` to the URL.")

    private static let hashes = ["sha256=", "sha384=", "sha512=", "sha224=", "md5=", "sha1="]

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.requirements {
            // Only downloads of archives: local paths, `file:` URLs, VCS URLs and
            // directories have nothing a hash could pin.
            guard let url = entry.requirement?.url, ["https://", "http://", "ftp://"].contains(where: url.lowercased().hasPrefix),
                  !url.split(separator: "#", maxSplits: 1)[0].hasSuffix("/") else { continue }
            let fragment = url.split(separator: "#", maxSplits: 1).dropFirst().first ?? ""
            guard !Self.hashes.contains(where: { fragment.contains($0) }) else { continue }
            let span = entry.urlRange.map(entry.sourceRange) ?? entry.text.span
            report.add(Self.info, span, "expected a `#sha256=` hash on the URL, found none")
        }
    }
}
