/// A table of CPU microarchitectures in archspec's model, and archspec's host detection over it.
///
/// The data comes from archspec's `microarchitectures.json` (see `ArchspecData.swift`, made by
/// `Scripts/gen-archspec-tables`); the algorithm is archspec's `cpu.host()` on Linux: the
/// candidates are the targets of the CPU's family whose vendor matches (or is generic) and
/// whose features the CPU has; the best generic candidate (most ancestors, then most
/// features) bounds them from below; the answer is the candidate with most ancestors, then
/// most features, the first in table order on a tie.
public struct ArchspecTable: Sendable {
    public struct Entry: Sendable {
        public let name: String
        public let vendor: String
        public let parents: [Int]
        public let cpuPart: String
        public let features: Set<String>
        /// Parents first, then each parent's ancestors not yet listed (archspec's order).
        public let ancestors: [Int]
    }

    public let entries: [Entry]
    /// Arm `CPU implementer` codes to vendor names.
    public let armVendors: [String: String]
    private let index: [String: Int]

    /// archspec 0.2.7's published data: the microarchitecture name pepcheck reports.
    public static let published = ArchspecTable(source: publishedSource)
    /// The copy of archspec's data the x86-64 and aarch64 variant providers carry.
    public static let variantProviders = ArchspecTable(source: variantProvidersSource)

    init(source: String) {
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        var armVendors: [String: String] = [:]
        var rows: [(name: String, vendor: String, parents: [String], cpuPart: String, features: Set<String>)] = []
        for line in source.split(separator: "\n") {
            if line.hasPrefix("vendors ") {
                for pair in line.dropFirst("vendors ".count).split(separator: " ") {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    if parts.count == 2 { armVendors[String(parts[0])] = parts[1].replacingUnderscores() }
                }
                continue
            }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 5 else { continue }
            var features = Set(fields[4].split(separator: " ").map(String.init))
            // archspec's constructor: ssse3 implies sse3, which /proc/cpuinfo calls pni.
            if features.contains("ssse3") { features.insert("sse3") }
            rows.append((String(fields[0]), fields[1].replacingUnderscores(),
                         fields[2].split(separator: ",").map(String.init), String(fields[3]), features))
            index[String(fields[0])] = rows.count - 1
        }
        // Parents precede children in archspec's file, so ancestors are known when needed.
        for row in rows {
            let parents = row.parents.compactMap { index[$0] }
            var ancestors = parents
            for parent in parents where parent < entries.count {
                for ancestor in entries[parent].ancestors where !ancestors.contains(ancestor) {
                    ancestors.append(ancestor)
                }
            }
            entries.append(Entry(name: row.name, vendor: row.vendor, parents: parents, cpuPart: row.cpuPart,
                                 features: row.features, ancestors: ancestors))
        }
        self.entries = entries
        self.index = index
        self.armVendors = armVendors
    }

    public subscript(name: String) -> Int? { index[name] }

    /// The root of an entry's family (`x86_64`, `aarch64`).
    public func family(of entry: Int) -> Int {
        entries[entry].ancestors.first(where: { entries[$0].parents.isEmpty }) ?? entry
    }

    /// The best generic microarchitecture an entry is compatible with (archspec's `generic`).
    public func generic(of entry: Int) -> Int {
        var best = entry
        var found = false
        for candidate in [entry] + entries[entry].ancestors where entries[candidate].vendor == "generic" {
            if !found || entries[candidate].ancestors.count > entries[best].ancestors.count {
                best = candidate
                found = true
            }
        }
        return best
    }

    /// Whether the entry has the feature, with archspec's one alias that matters here
    /// (`sse3` for any CPU with `ssse3`).
    public func has(_ entry: Int, feature: String) -> Bool {
        let features = entries[entry].features
        return features.contains(feature) || (feature == "sse3" && features.contains("ssse3"))
    }

    /// archspec's `cpu.host()` for a CPU of `family` (`x86_64`, `aarch64`) with the vendor,
    /// flags and (Arm) part number read from `/proc/cpuinfo`. nil when the family is not in
    /// the table (archspec then answers a generic target named after the machine).
    public func host(family familyName: String, vendor: String, features rawFeatures: Set<String>, cpuPart: String) -> Int? {
        guard let root = index[familyName] else { return nil }
        var features = rawFeatures
        if features.contains("ssse3") { features.insert("sse3") }
        func inFamily(_ target: Int) -> Bool { target == root || entries[target].ancestors.contains(root) }
        var candidates = entries.indices.filter { target in
            let entry = entries[target]
            guard inFamily(target), entry.vendor == vendor || entry.vendor == "generic" else { return false }
            if familyName == "aarch64" && entry.vendor == "generic" && entry.name != "aarch64" { return false }
            return entry.features.isSubset(of: features)
        }
        if candidates.isEmpty { return root }
        func key(_ target: Int) -> (Int, Int) { (entries[target].ancestors.count, entries[target].features.count) }
        func best(_ targets: [Int]) -> Int? {
            var result: Int?
            for target in targets where result == nil || key(target) > key(result!) { result = target }
            return result
        }
        guard let bestGeneric = best(candidates.filter { entries[$0].vendor == "generic" }) else { return root }
        if !cpuPart.isEmpty, candidates.contains(where: { entries[$0].cpuPart == cpuPart }) {
            candidates = candidates.filter { entries[$0].cpuPart == cpuPart }
        }
        let genericNodes = Set([bestGeneric] + entries[bestGeneric].ancestors)
        candidates = candidates.filter { Set([$0] + entries[$0].ancestors).isStrictSuperset(of: genericNodes) }
        return best(candidates) ?? bestGeneric
    }
}

extension Substring {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
