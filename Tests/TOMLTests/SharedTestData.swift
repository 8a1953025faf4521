import Foundation

/// Locates `../shared/toml-test` relative to the package root (this file is Tests/TOMLTests/…).
enum SharedTestData {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let tomlTest = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/toml-test/tests")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: tomlTest.appendingPathComponent("files-toml-1.0.0").path)
    }

    /// The `.toml` paths listed for TOML 1.0.0, e.g. `valid/array/array.toml`; empty when absent.
    static let listedCases: [String] = {
        guard let list = try? String(
            contentsOf: tomlTest.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)
        else { return [] }
        return list.split(whereSeparator: \.isNewline).map(String.init).filter { $0.hasSuffix(".toml") }
    }()

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: tomlTest.appendingPathComponent(relativePath)))
    }
}
