import PEP440
import PEP508

/// Environments that show an answer: one in which a condition is true, or false.
extension MarkerCondition {
    /// An environment of the algebra's model in which the condition evaluates to `value`
    /// (and does not raise), checked by evaluating the condition in it; nil when there is
    /// none, or when opaque comparisons keep the search from finding one.
    public func witness(_ value: Bool) throws(AlgebraError) -> MarkerEnvironment? {
        algebra.begin("witness")
        let target = value ? self.value : try algebra.and(algebra.not(self.value), algebra.not(raises))
        return try algebra.witness(target, satisfying: self, value)
    }
}

extension MarkerAlgebra {
    /// Values tried first, so that witnesses look like real machines.
    static let typicalValues: [String: [String]] = [
        "sys_platform": ["linux", "darwin", "win32", "emscripten", "cygwin"],
        "platform_system": ["Linux", "Darwin", "Windows", "Java"],
        "os_name": ["posix", "nt", "java"],
        "platform_machine": ["x86_64", "aarch64", "arm64", "AMD64", "ppc64le", "s390x"],
        "platform_python_implementation": ["CPython", "PyPy", "GraalVM"],
        "implementation_name": ["cpython", "pypy", "graalpy"],
        "implementation_version": ["3.12.0", "3.11.9", "7.3.17", "3.13.1"],
        "platform_release": ["6.8.0", "5.15.0-91-generic", "23.1.0", "10"],
        "platform_version": ["#1 SMP PREEMPT_DYNAMIC", "10.0.19045", "Darwin Kernel Version 23.1.0"],
        "variant_label": ["cpu", "cu12"],
        "extra": ["", "test", "dev", "docs"],
        "python_full_version": [
            "3.12.0", "3.11.9", "3.13.1", "3.10.14", "3.9.19", "3.14.0", "3.8.18", "3.7.17", "3.6.15",
            "2.7.18", "3.13.0rc1", "3.15.0a1",
        ],
    ]

    func witness(_ target: UInt32, satisfying condition: MarkerCondition, _ value: Bool) throws(AlgebraError) -> MarkerEnvironment? {
        if target == Ref.false { return nil }
        // Walk paths to true, first edges first; opaque atoms may make a path unrealisable,
        // so a few paths are tried.
        var tried = 0
        var constraints: [(UInt32, UInt32)] = []
        var found: MarkerEnvironment? = nil
        func search(_ f: UInt32) throws(AlgebraError) -> Bool {
            if f == Ref.false { return false }
            if f == Ref.true {
                tried += 1
                let env = environment(for: constraints)
                if let env, evaluate(condition, in: env) == .value(value) {
                    found = env
                    return true
                }
                return tried >= 64
            }
            try step()
            let n = node(f)
            for k in 0..<Int(n.count) {
                let e = edge(f, k)
                constraints.append((n.variable, e.label))
                defer { constraints.removeLast() }
                if try search(e.child) { return true }
            }
            return false
        }
        _ = try search(target)
        return found
    }

    /// A complete environment meeting `constraints` (variable, label) where it can.
    private func environment(for constraints: [(UInt32, UInt32)]) -> MarkerEnvironment? {
        var env = MarkerEnvironment()
        var python: Version? = nil
        var sets: [String: Set<String>] = [:]
        var strings: [String: String] = [:]
        for (variable, label) in constraints {
            switch variableKeys[Int(variable)] {
            case .python:
                let candidates = Self.typicalValues["python_full_version"]!.compactMap(Version.init) + Self.versionsNear(pythonLabels[label])
                guard let pick = candidates.first(where: { pythonLabels[label].contains($0) }) else { return nil }
                python = pick
            case .version(let name):
                let set = versionLabels[label]
                let candidates = (Self.typicalValues[name] ?? []) + Self.versionsNear(set.versions).map(\.description)
                    + set.unparsed.values.map(\.text) + ["unknown", "unknown-1", "unknown-2"]
                guard let pick = candidates.first(where: set.contains) else { return nil }
                strings[name] = pick
            case .string(let name):
                let set = stringLabels[label]
                let candidates = (Self.typicalValues[name] ?? []) + set.values.map(\.text) + (0..<8).map { "other\($0)" }
                guard let pick = candidates.first(where: { set.contains($0) }) else { return nil }
                strings[name] = pick
            case .member(let name, let literal):
                if label == 3 { sets[name, default: []].insert(literal.text) } else { sets[name, default: []] = sets[name, default: []] }
            case .opaque, .raises:
                continue
            }
        }
        let full = python ?? Version("3.12.0")!
        env["python_full_version"] = .string(full.description)
        env["python_version"] = .string(PythonVersions.truncation(full).text)
        for (name, values) in Self.typicalValues where name != "python_full_version" {
            env[name] = .string(strings[name] ?? values[0])
        }
        for (name, value) in strings { env[name] = .string(value) }
        for name in ["extras", "dependency_groups", "sys_abi_features", "variant_namespaces", "variant_features", "variant_properties"] {
            env[name] = .set([])
        }
        for (name, members) in sets {
            if name == "extra", options.extra == .set {
                env["extra"] = .set(members)
            } else {
                env[name] = .set(members)
            }
        }
        return env
    }

    /// Versions at and around the bounds of `set`, to pick a member from.
    static func versionsNear(_ set: VersionSet) -> [Version] {
        var out: [Version] = []
        for cut in set.cuts {
            let v = cut.version
            out.append(v)
            // Just above a whole release: more release numbers, `3.9.0.1` above `3.9`.
            for zeros in 0..<4 {
                out.append(VersionMath.make(epoch: v.epoch, release: v.release + Array(repeating: 0, count: zeros) + [1]))
            }
            out.append(VersionMath.make(epoch: v.epoch, release: VersionMath.nextSeries(v.release)))
            out.append(VersionMath.make(epoch: v.epoch, release: v.release, post: 1))
            if let local = Version(v.description + (v.local == nil ? "+local" : ".1")) { out.append(local) }
        }
        out.append(Version("0")!)
        return out
    }
}
