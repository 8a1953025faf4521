import PEP440
import PEP508

/// What evaluating a condition in one environment gives.
enum Outcome: Hashable {
    case value(Bool)
    /// Evaluating the marker raises.
    case raises
    /// The environment is not one the algebra reasons about: a variable the condition
    /// tests has no value, has a value of the wrong shape, or `python_full_version` is not
    /// a version.
    case outsideModel(String)
}

extension MarkerAlgebra {
    /// Evaluates a condition in an environment by walking its diagrams.
    func evaluate(_ condition: MarkerCondition, in environment: MarkerEnvironment) -> Outcome {
        switch walk(condition.raises, environment) {
        case .value(true): return .raises
        case .value(false): return walk(condition.value, environment)
        case let other: return other
        }
    }

    private func walk(_ f: UInt32, _ environment: MarkerEnvironment) -> Outcome {
        var ref = f
        while !isConstant(ref) {
            let n = node(ref)
            let key = variableKeys[Int(n.variable)]
            let value: Any
            switch key {
            case .python:
                guard case .string(var text)? = environment["python_full_version"] else {
                    return .outsideModel("python_full_version")
                }
                if text.utf8.last == UInt8(ascii: "+") { text += "local" }
                guard let version = Version(text) else { return .outsideModel("python_full_version") }
                value = version
            case .version(let name), .string(let name):
                if name == "extra", environment[name] == nil, options.context == .metadata {
                    value = ""
                } else {
                    guard case .string(let text)? = environment[name] else { return .outsideModel(name) }
                    value = name == "extra" ? PackageName.normalize(text) : text
                }
            case .member, .opaque, .raises:
                guard let truth = atomTruth(Int(n.variable), environment) else { return .outsideModel(key.markerName) }
                value = truth
            }
            var next: UInt32? = nil
            for k in 0..<Int(n.count) {
                let e = edge(ref, k)
                if labelContains(domains[Int(n.variable)], e.label, value) {
                    next = e.child
                    break
                }
            }
            guard let next else { preconditionFailure("edge labels do not cover the domain") }
            ref = next
        }
        return .value(ref == Ref.true)
    }

    func labelContains(_ domain: Domain, _ label: UInt32, _ value: Any) -> Bool {
        switch domain {
        case .python: return pythonLabels[label].contains(value as! Version)
        case .version: return versionLabels[label].contains(value as! String)
        case .string: return stringLabels[label].contains(value as! String)
        case .boolean: return label == 1 || label == ((value as! Bool) ? 3 : 2)
        }
    }

    /// The truth of a Boolean atom, by evaluating the comparison it stands for.
    private func atomTruth(_ variable: Int, _ environment: MarkerEnvironment) -> Bool? {
        let key = variableKeys[variable]
        let text: String
        switch key {
        case .member(let name, let literal):
            if name == "extra" {
                switch environment["extra"] {
                case .set(let set)?: return set.contains { PackageName.normalize($0) == literal.text }
                case .string(let one)?: return PackageName.normalize(one) == literal.text
                case nil: return false
                }
            }
            text = MarkerOperand.literal(literal.text).description + " in " + name
        case .opaque, .raises:
            text = variableTexts[variable].positive
        default:
            return nil
        }
        guard let marker = try? Marker(parsing: text, variables: registry) else { return nil }
        do {
            let result = try marker.evaluate(in: environment, context: options.context)
            if case .raises = key { return false }
            return result
        } catch {
            if case .raises = key { return true }
            return nil
        }
    }
}
