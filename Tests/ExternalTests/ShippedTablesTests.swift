import Foundation
import Testing
import YAML
@testable import External

/// The tables compiled into the module: the documents of the YAML files as they load
/// now (the build plugin embeds them; nothing else may), named by their ecosystem, and
/// loadable in the parts a command needs with the same result as loading everything.
@Suite struct ShippedTables {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/External/Mappings").standardized

    @Test func embeddedDocumentsAreTheFilesAsTheyLoad() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(EmbeddedMappingTables.names == onDisk)
        for name in onDisk {
            let file = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
            let expected = try YAMLLoader().loadDocument(bytes: file, file: name)
            let packed = try #require(EmbeddedMappingTables.packed(name))
            #expect(packed.description == expected.packed, "\(name)")
            let embedded = try packed.withUTF8Buffer { buffer in
                Result { try YAMLLoader().loadPacked(buffer: buffer, file: name) }
            }.get()
            #expect(!embedded.hasPositions)
            #expect(embedded.packed == expected.packed, "\(name)")
        }
        #expect(EmbeddedMappingTables.packed("missing.yaml") == nil)
    }

    /// The shipped tables are read from documents without positions; read from their YAML
    /// (as a user's copy of them would be), they give the same tables.
    @Test func theYAMLFilesReadAsTheEmbeddedTables() throws {
        let all = try MappingCatalog.bundled()
        var fromText = MappingCatalog()
        for name in EmbeddedMappingTables.names {
            let file = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
            try fromText.add(fileNamed: name, bytes: file)
        }
        #expect(fromText.definitions == all.definitions)
        #expect(fromText.ecosystems.keys.sorted() == all.ecosystems.keys.sorted())
        for (id, mapping) in all.ecosystems { #expect(fromText.ecosystems[id] == mapping, "\(id)") }
    }

    @Test func eachFileHoldsTheEcosystemItIsNamedFor() throws {
        let all = try MappingCatalog.bundled()
        #expect(MappingCatalog.bundledEcosystemIDs == all.ecosystems.keys.sorted())
        #expect(MappingCatalog.bundledEcosystemIDs.count == 8)
        for (id, mapping) in all.ecosystems { #expect(mapping.ecosystem == id) }
    }

    /// Headers are read up to `mappings`; that must not lose anything a header holds.
    @Test func headersAreTheFullTablesWithoutTheirEntries() throws {
        let all = try MappingCatalog.bundled()
        let headers = try MappingCatalog.bundledHeaders()
        #expect(headers.definitions.isEmpty)
        #expect(headers.ecosystems.keys.sorted() == all.ecosystems.keys.sorted())
        for (id, full) in all.ecosystems {
            var expected = full
            expected.entries = []
            #expect(headers.ecosystems[id] == expected, "\(id)")
        }
    }

    @Test func oneEcosystemLoadsWithWhatItInherits() throws {
        let all = try MappingCatalog.bundled()
        let ubuntu = try MappingCatalog.bundled(for: "ubuntu")
        #expect(ubuntu.ecosystems.keys.sorted() == ["debian", "ubuntu"])
        #expect(ubuntu.ecosystemIDs == all.ecosystems.keys.sorted())
        #expect(ubuntu.ecosystems["ubuntu"] == all.ecosystems["ubuntu"])
        #expect(ubuntu.definitions == all.definitions)
        #expect(try MappingCatalog.bundledRegistry().definitions == all.definitions)
        let unknown = try MappingCatalog.bundled(for: "gentoo")
        #expect(unknown.ecosystems.isEmpty)
        #expect(throws: MappingResolver.SetupError.self) { try MappingResolver(catalog: unknown, ecosystem: "gentoo") }
    }

    /// A user's file may point an ecosystem at another parent: that parent is loaded.
    @Test func inheritsAsTheUserOverridesIt() throws {
        var user = MappingCatalog()
        try user.add(fileNamed: "ubuntu.yaml", bytes: Array("""
            schema-version: "1"
            ecosystem: ubuntu
            inherits: fedora
            mappings: []

            """.utf8))
        let catalog = try MappingCatalog.bundled(for: "ubuntu", overriddenBy: user)
        #expect(catalog.ecosystems.keys.sorted() == ["fedora", "ubuntu"])
        #expect(catalog.ecosystems["ubuntu"]?.inherits == "fedora")
    }

    @Test func releasesTheTablesName() throws {
        let all = try MappingCatalog.bundled()
        #expect(all.releases(of: "debian") == ["12"])
        #expect(all.releases(of: "ubuntu") == ["24.04", "22.04"])
        #expect(all.releases(of: "fedora") == ["41", "42"])
        #expect(all.releases(of: "conda-forge") == [])
        #expect(all.releases(of: "gentoo") == [])
    }
}

/// Lookups go through indexes built once; a user table as large as issue 12's (40,000
/// entries, overriding shipped ones) merges without scanning the table per entry.
@Suite(.timeLimit(.minutes(1))) struct LargeUserTables {
    @Test func fortyThousandEntriesOverrideAndExtend() throws {
        let count = 40_000
        var text = "schema-version: \"1\"\necosystem: debian\nmappings:\n  - {id: \"dep:generic/zlib\", packages: [z]}\n"
        for index in 0..<count { text += "  - {id: \"dep:generic/p\(index)\", packages: [p\(index)]}\n" }
        var user = MappingCatalog()
        try user.add(fileNamed: "debian.yaml", bytes: Array(text.utf8))
        let catalog = try MappingCatalog.bundled(for: "debian", overriddenBy: user)
        let shipped = try MappingCatalog.bundled(for: "debian")
        let entries = try #require(catalog.ecosystems["debian"]?.entries)
        let shippedCount = try #require(shipped.ecosystems["debian"]?.entries.count)
        #expect(entries.count == shippedCount + count)
        let resolver = try MappingResolver(catalog: catalog, ecosystem: "debian")
        #expect(resolver.outcome(for: DepURL("dep:generic/zlib")!, category: .run).status == .mapped(packages: ["z"], via: nil))
        #expect(resolver.outcome(for: DepURL("dep:generic/p39999")!, category: .run).status
            == .mapped(packages: ["p39999"], via: nil))
    }
}

@Suite struct UserDirectories {
    private func withDirectory(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-maps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory.path)
    }

    @Test func aFIFONamedLikeATableIsAnErrorNotAHang() throws {
        try withDirectory { directory in
            #expect(mkfifo(directory + "/debian.yaml", 0o600) == 0)
            do throws(YAMLError) {
                _ = try MappingCatalog.load(directory: directory)
                Issue.record("loaded")
            } catch {
                #expect(error.code == .unreadable)
                #expect(error.message == "expected a regular file, found `\(directory)/debian.yaml`, which is not one")
            }
        }
    }

    /// A table whose file name is not UTF-8 is named in the error (a text path cannot open
    /// it: the lossy copy of its name named nothing, "No such file or directory"); other
    /// files so named are not tables and are ignored.
    @Test func aTableNamedInAnotherEncodingIsNamedInTheError() throws {
        try withDirectory { directory in
            func create(_ name: [UInt8]) -> [CChar] {
                let path = (Array(directory.utf8) + [UInt8(ascii: "/")] + name + [0]).map { CChar(bitPattern: $0) }
                close(open(path, O_WRONLY | O_CREAT, 0o644))
                return path
            }
            let table = create(Array("deb".utf8) + [0xFF] + Array("ian.yaml".utf8))
            let notes = create([0xFF] + Array(".txt".utf8))
            defer { unlink(table); unlink(notes) }
            do throws(YAMLError) {
                _ = try MappingCatalog.load(directory: directory)
                Issue.record("loaded")
            } catch {
                #expect(error.code == .unreadable)
                #expect(error.message == #"expected a file name in UTF-8, found `deb\xFFian.yaml`"#)
                #expect(error.file == directory + #"/deb\xFFian.yaml"#)
            }
            unlink(table)
            #expect((try? MappingCatalog.load(directory: directory))?.ecosystems.isEmpty == true)
        }
    }

    @Test func aMissingDirectoryIsUnreadable() throws {
        do throws(YAMLError) {
            _ = try MappingCatalog.load(directory: "/nonexistent/maps")
            Issue.record("loaded")
        } catch {
            #expect(error.code == .unreadable)
            #expect(error.message == "expected a readable directory, found `/nonexistent/maps` (No such file or directory)")
        }
    }

    @Test func filesAreReadInNameOrderAndNamedAsTheDirectoryWasWritten() throws {
        try withDirectory { directory in
            try "schema-version: \"1\"\necosystem: a\nmappings: []\n".write(
                toFile: directory + "/a.yml", atomically: true, encoding: .utf8)
            try "schema-version: \"1\"\necosystem: a\nname: B\nmappings: []\n".write(
                toFile: directory + "/b.yaml", atomically: true, encoding: .utf8)
            try "ignored".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
            let catalog = try MappingCatalog.load(directory: directory + "/")
            #expect(catalog.ecosystems["a"]?.name == "B")
            #expect(catalog.ecosystems["a"]?.source == directory + "/b.yaml")
        }
    }
}
