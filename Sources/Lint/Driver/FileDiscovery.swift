import Foundation

/// Turns the paths given on the command line into files to lint: a file is itself; a
/// directory means every `pyproject.toml` below it, skipping VCS, virtual environment,
/// dependency and build folders, and hidden folders.
enum FileDiscovery {
    static let skipped: Set<String> = [".git", ".hg", ".svn", ".venv", "venv", "node_modules", ".build", "build",
                                       "dist", "__pycache__", ".tox", ".nox", ".mypy_cache"]

    enum Found { case file(String), problem(path: String, message: String) }

    static func files(in paths: [String]) -> [Found] {
        var found: [Found] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                found.append(.problem(path: path, message: "expected a file or directory, found nothing at `\(path)`"))
                continue
            }
            guard isDirectory.boolValue else {
                found.append(.file(path))
                continue
            }
            walk(path, into: &found, manager: manager)
        }
        return found
    }

    private static func walk(_ directory: String, into found: inout [Found], manager: FileManager) {
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            found.append(.problem(path: directory, message: "expected a readable directory, found `\(directory)` not readable (permission denied)"))
            return
        }
        for name in names {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if skipped.contains(name) || name.hasPrefix(".") { continue }
                // Symbolic links to directories are not followed: they can form loops.
                if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil { continue }
                walk(path, into: &found, manager: manager)
            } else if name == "pyproject.toml" {
                found.append(.file(path))
            }
        }
    }
}
