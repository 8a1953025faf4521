import JSON

/// The marker environment as a JSON object `pepcheck eval --env` and `external show --env`
/// accept: the standard fields, and `sys_abi_features` as a list when an interpreter answered.
public enum MarkersRenderer {
    public static func json(_ report: HostReport) -> JSONValue {
        var members: [(String, JSONValue)] = report.interpreter.markerEnvironment.map { ($0.name, .string($0.value)) }
        if let features = report.interpreter.sysABIFeatures {
            members.append(("sys_abi_features", .array(features.value.map { .string($0) })))
        }
        return .object(members)
    }

    public static func render(_ report: HostReport) -> String { json(report).prettyPrinted }
}
