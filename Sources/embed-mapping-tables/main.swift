#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import YAML

// Build tool of the EmbedMappingTables plugin: `embed-mapping-tables OUTPUT FILE...`
// loads each YAML FILE (a malformed table fails the build, located) and writes OUTPUT,
// a Swift source holding each document in packed form (YAMLDocument.packed, without
// positions) as a string literal.

func fail(_ message: String) -> Never {
    let text = Array("embed-mapping-tables: \(message)\n".utf8)
    _ = write(2, text, text.count)
    exit(1)
}

func readFile(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { fail("cannot open \(path): \(String(cString: strerror(errno)))") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        bytes.append(contentsOf: chunk[..<count])
        if count < chunk.count { break }
    }
    if ferror(file) != 0 { fail("cannot read \(path)") }
    return bytes
}

/// The body of a multi-line string literal whose value is exactly `text`: backslashes
/// and carriage returns are escaped (the literal keeps only line feeds), and so is each
/// quote, so that no `"""` can close the literal early.
func literalBody(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\r": out += "\\r"
        case "\t", "\n": out.unicodeScalars.append(scalar)
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail("usage: embed-mapping-tables OUTPUT FILE...") }
let names = arguments.dropFirst(2).map { String($0.split(separator: "/").last ?? "") }
var source = """
    // Generated at build time by the EmbedMappingTables plugin from Sources/External/Mappings.
    // Do not edit: edit the YAML files.

    /// The shipped mapping tables, loaded at build time, by file name.
    enum EmbeddedMappingTables {
        /// The file names, sorted.
        static let names: [String] = [\(names.map { "\"\($0)\"" }.joined(separator: ", "))]

        /// The file's document in packed form (`YAMLDocument.packed`).
        static func packed(_ name: String) -> StaticString? {
            switch name {

    """
for (path, name) in zip(arguments.dropFirst(2), names) {
    guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
        fail("\(path): expected a file name of ASCII letters, digits, `-`, `_`, `.`")
    }
    let document: YAMLDocument
    do {
        document = try YAMLLoader().loadDocument(bytes: readFile(path), file: path)
    } catch {
        fail("\(error)")
    }
    source += "        case \"\(name)\":\n            return \"\"\"\n\(literalBody(document.packed))\n\"\"\"\n"
}
source += """
            default:
                return nil
            }
        }
    }

    """

let output = arguments[1]
guard let file = fopen(output, "wb") else { fail("cannot create \(output): \(String(cString: strerror(errno)))") }
let bytes = Array(source.utf8)
if fwrite(bytes, 1, bytes.count, file) != bytes.count || fclose(file) != 0 { fail("cannot write \(output)") }
