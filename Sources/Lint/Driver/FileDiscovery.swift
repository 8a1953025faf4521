#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SystemIO

/// Turns the paths given on the command line into files to lint: a file is itself; a
/// directory means every `pyproject.toml` below it, skipping VCS, virtual environment,
/// dependency and build folders, and hidden folders.
///
/// A walk takes only regular files (and symbolic links to them): a FIFO named
/// `pyproject.toml` would block the read forever, a device would be read without end.
/// A path given explicitly is read whatever it is, as `cat` would read it. A walked file
/// is checked again when it is opened (`walked`), so one swapped for a FIFO meanwhile
/// is refused rather than waited on.
enum FileDiscovery {
    static let skipped: Set<String> = [".git", ".hg", ".svn", ".venv", "venv", "node_modules", ".build", "build",
                                       "dist", "__pycache__", ".tox", ".nox", ".mypy_cache"]

    enum Found { case file(String, walked: Bool), problem(path: String, message: String) }

    /// Each file once, under the first path that reached it (`pepcheck lint . pkg`, a
    /// file named twice, a link beside its target), as each problem.
    static func files(in paths: [String]) -> [Found] {
        var found: [Found] = []
        for path in paths {
            switch FileSystem.kind(of: path) {
            case nil:
                found.append(.problem(path: path, message: "expected a file or directory, found nothing at `\(path)`"))
            case .directory?:
                walk(path, into: &found)
            case _?:
                found.append(.file(path, walked: false))
            }
        }
        var files: Set<FileIdentity> = [], problems: Set<String> = []
        return found.filter { entry in
            switch entry {
            case .file(let path, _):
                // (A file that vanished since is kept: reading it reports that.)
                guard let identity = FileIdentity(path: path) else { return true }
                return files.insert(identity).inserted
            case .problem(let path, let message):
                return problems.insert(path + "\u{0}" + message).inserted
            }
        }
    }

    private static func walk(_ directory: String, into found: inout [Found]) {
        let names: [String], undecodable: [UndecodableName]
        do {
            (names, undecodable) = try FileSystem.listing(ofDirectory: directory)
        } catch {
            // (The system's words: permission denied, a name too long, too many open files.)
            let reason = String(cString: strerror(error.code)).lowercased()
            found.append(.problem(path: directory, message: "expected a readable directory, found `\(directory)` not readable (\(reason))"))
            return
        }
        func below(_ name: String) -> String { directory.hasSuffix("/") ? directory + name : directory + "/" + name }
        // A folder whose name is not UTF-8 cannot be walked (paths are text here): say so
        // rather than pass over the pyproject.toml files below it. (No such file is itself
        // named `pyproject.toml`, and hidden folders are skipped anyway.)
        for entry in undecodable where entry.kind == .directory && entry.bytes.first != UInt8(ascii: ".") {
            let message = "expected a folder name in UTF-8, found `\(entry.shown)`; the files below it are not checked"
            found.append(.problem(path: below(entry.shown), message: message))
        }
        var pathsTooLong = false
        for name in names {
            let path = below(name)
            let kind: FileKind
            do throws(SystemError) {
                kind = try FileSystem.status(of: path, followLinks: false)
            } catch {
                // Past the system's path length a path names nothing: say so once per
                // folder rather than pass over what is below. (Any other failure: the entry
                // went away since the folder was listed.)
                if error.code == ENAMETOOLONG && !pathsTooLong {
                    pathsTooLong = true
                    let message = "expected paths shorter than \(PATH_MAX) bytes, found longer ones below `\(directory)`; the files they name are not checked"
                    found.append(.problem(path: directory, message: message))
                }
                continue
            }
            switch kind {
            case .directory:
                // Symbolic links to directories are not followed (they are not `.directory`
                // here): they can form loops.
                if skipped.contains(name) || name.hasPrefix(".") { continue }
                walk(path, into: &found)
            case .regular where name == "pyproject.toml":
                found.append(.file(path, walked: true))
            case .symbolicLink where name == "pyproject.toml" && FileSystem.kind(of: path) == .regular:
                found.append(.file(path, walked: true))
            default:
                continue
            }
        }
    }
}
