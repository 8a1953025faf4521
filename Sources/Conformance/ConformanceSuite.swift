import JSON
import SystemIO

/// The cases of a suite directory: every `*.json` file in it, one topic each.
public struct ConformanceSuite: Sendable {
    public var topics: [String]
    public var cases: [ConformanceCase]

    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    /// Loads every topic file below `directory`, topics in name order and
    /// cases in file order, keeping only `select`ed topics when it is given.
    public static func load(directory: String, select: Set<String>? = nil) throws -> ConformanceSuite {
        let names: [String]
        do {
            let listing = try FileSystem.listing(ofDirectory: directory)
            names = listing.names
            // A topic whose file name is not UTF-8 cannot be opened through a text path.
            if let entry = listing.undecodable.first(where: { $0.bytes.suffix(5).elementsEqual(".json".utf8) }) {
                let path = (directory.hasSuffix("/") ? directory : directory + "/") + entry.shown
                throw LoadError(file: path, message: "expected a file name in UTF-8, found `\(entry.shown)`")
            }
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(file: directory, message: "cannot read the suite directory")
        }
        var suite = ConformanceSuite(topics: [], cases: [])
        for name in names where name.hasSuffix(".json") && !name.hasSuffix(".schema.json") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard let bytes = try? FileSystem.readFile(path) else {
                throw LoadError(file: path, message: "cannot read the file")
            }
            let document: JSONValue
            do {
                document = try JSONParser.parse(bytes: bytes)
            } catch {
                throw LoadError(file: path, message: "invalid JSON: \(error)")
            }
            guard let topic = document["topic"]?.stringValue, let cases = document["cases"]?.arrayValue else {
                throw LoadError(file: path, message: "expected an object with `topic` and `cases`")
            }
            if let select, !select.contains(topic) { continue }
            suite.topics.append(topic)
            for (index, item) in cases.enumerated() {
                guard let id = item["id"]?.stringValue, let request = item["request"] else {
                    throw LoadError(file: path, message: "case \(index): expected `id` and `request`")
                }
                let expectations: [JSONValue]
                if let expect = item["expect"] {
                    expectations = [expect]
                } else if let any = item["expect_any"]?.arrayValue, !any.isEmpty {
                    expectations = any
                } else {
                    throw LoadError(file: path, message: "case \(id): expected `expect` or `expect_any`")
                }
                suite.cases.append(ConformanceCase(
                    id: id, topic: topic, request: request, expectations: expectations,
                    authority: item["authority"]?.stringValue, note: item["note"]?.stringValue))
            }
        }
        return suite
    }
}
