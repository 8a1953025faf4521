import Foundation
import Testing
@testable import External

/// The bundled tables against the PEP 804 reference mappings in ../shared: for each id
/// both know, in each ecosystem both cover, our effective mapping (after `inherits` and
/// `same-as`, `not-packaged` = no package) must equal one of the reference's alternatives,
/// unless the difference is listed with a reason in Reference/differences.json. The
/// Python twin is Scripts/compare-pep804-reference.
@Suite struct ReferenceComparison {
    typealias Lists = [String: [String]]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let referenceData = root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/pep804-reference/data")
    static let available = FileManager.default.fileExists(atPath: referenceData.path)
    static let ecosystems = ["ubuntu", "fedora", "arch", "conda-forge", "homebrew", "nix"]

    struct Difference: Hashable {
        var ecosystem: String
        var id: String
        var ours: Lists
        var reference: [Lists]
    }

    static func lists(_ specs: PackageSpecs) -> Lists {
        ["build": Array(Set(specs.build)).sorted(), "host": Array(Set(specs.host)).sorted(),
         "run": Array(Set(specs.run)).sorted()]
    }

    static func referenceLists(_ specs: Any?) -> Lists {
        if let table = specs as? [String: Any] {
            var result: Lists = [:]
            for key in ["build", "host", "run"] {
                let value = table[key]
                let items = (value as? String).map { [$0] } ?? (value as? [String]) ?? []
                result[key] = Array(Set(items)).sorted()
            }
            return result
        }
        let items = Array(Set((specs as? String).map { [$0] } ?? (specs as? [String]) ?? [])).sorted()
        return ["build": items, "host": items, "run": items]
    }

    /// Our entries for an ecosystem with its parents' underneath, by id.
    static func effectiveEntries(_ ecosystem: String, in catalog: MappingCatalog) -> [DepURL: MappingEntry] {
        guard let mapping = catalog.ecosystems[ecosystem] else { return [:] }
        var entries = mapping.inherits.map { effectiveEntries($0, in: catalog) } ?? [:]
        for entry in mapping.entries { entries[entry.id] = entry }
        return entries
    }

    static func ours(_ entry: MappingEntry, in table: [DepURL: MappingEntry]) -> Lists {
        var current = entry
        var seen: Set<DepURL> = []
        while case .sameAs(let target) = current.kind, seen.insert(target).inserted {
            guard let next = table[target] else { return lists(PackageSpecs()) }
            current = next
        }
        if case .packages(let specs) = current.kind { return lists(specs) }
        return lists(PackageSpecs())
    }

    static func computed() throws -> [Difference] {
        let catalog = try MappingCatalog.bundled()
        let defined = Set(catalog.definitions.map(\.id))
        var result: [Difference] = []
        for ecosystem in ecosystems {
            let table = effectiveEntries(ecosystem, in: catalog)
            let data = try Data(contentsOf: referenceData.appendingPathComponent("\(ecosystem).mapping.json"))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            var alternatives: [(String, [Lists])] = []
            for mapping in object["mappings"] as? [[String: Any]] ?? [] where mapping["specs"] != nil {
                guard let text = mapping["id"] as? String else { continue }
                let options = referenceLists(mapping["specs"])
                if let index = alternatives.firstIndex(where: { $0.0 == text }) {
                    alternatives[index].1.append(options)
                } else {
                    alternatives.append((text, [options]))
                }
            }
            for (text, options) in alternatives {
                guard let id = DepURL(text), defined.contains(id), let entry = table[id] else { continue }
                let mine = ours(entry, in: table)
                if !options.contains(mine) {
                    result.append(Difference(ecosystem: ecosystem, id: text, ours: mine, reference: options))
                }
            }
        }
        return result
    }

    static func listed() throws -> [Difference] {
        let data = try Data(contentsOf: root.appendingPathComponent("Reference/differences.json"))
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return try items.map { item in
            #expect(!((item["reason"] as? String) ?? "").isEmpty, "no reason for \(item["ecosystem"] ?? "") \(item["id"] ?? "")")
            return Difference(
                ecosystem: try #require(item["ecosystem"] as? String), id: try #require(item["id"] as? String),
                ours: referenceLists(item["ours"]),
                reference: (item["reference"] as? [Any] ?? []).map { referenceLists($0) })
        }
    }

    @Test(.enabled(if: available, "needs ../shared/pep804-reference (absent)"))
    func everyDifferenceIsListed() throws {
        let computed = try Self.computed()
        let listed = try Self.listed()
        let listedByKey = Dictionary(listed.map { ("\($0.ecosystem) \($0.id)", $0) }, uniquingKeysWith: { first, _ in first })
        for difference in computed {
            let key = "\(difference.ecosystem) \(difference.id)"
            guard let entry = listedByKey[key] else {
                Issue.record("unlisted difference: \(key) ours=\(difference.ours) reference=\(difference.reference)")
                continue
            }
            #expect(entry == difference, "stale entry (values changed): \(key)")
        }
        let current = Set(computed.map { "\($0.ecosystem) \($0.id)" })
        for key in listedByKey.keys where !current.contains(key) {
            Issue.record("listed but no longer different: \(key)")
        }
        // Guard against a comparison that silently compares nothing.
        #expect(computed.count == listed.count)
    }

    /// How many registry ids each bundled ecosystem maps (packages, not-packaged or
    /// same-as, directly or inherited): the tables are meant to cover the registry.
    @Test func everyEcosystemCoversMostOfTheRegistry() throws {
        let catalog = try MappingCatalog.bundled()
        let defined = catalog.definitions.map(\.id)
        #expect(defined.count >= 395)
        for ecosystem in catalog.ecosystems.keys.sorted() {
            let table = Self.effectiveEntries(ecosystem, in: catalog)
            let covered = defined.filter { table[$0] != nil }.count
            #expect(covered * 10 >= defined.count * 9, "\(ecosystem) maps \(covered) of \(defined.count) ids")
        }
    }
}
