/// The standard marker fields, in the spec's order.
enum MarkerFields {
    static let names = [
        "implementation_name", "implementation_version", "os_name", "platform_machine", "platform_release",
        "platform_system", "platform_version", "python_full_version", "platform_python_implementation",
        "python_version", "sys_platform",
    ]

    /// What `uname(2)` can answer without an interpreter; the other fields take the spec's
    /// "cannot be calculated" values (`0` for versions, empty strings otherwise) and are listed
    /// as unavailable.
    static func fromUname(_ uname: UnameAnswer?) -> (values: [(String, String)], unavailable: [String]) {
        let system = uname?.sysname ?? ""
        let platform = system == "Darwin" ? "darwin" : system.lowercased()
        var known: [String: String] = ["os_name": "posix"]
        if let uname {
            known["platform_machine"] = uname.machine
            known["platform_release"] = uname.release
            known["platform_system"] = uname.sysname
            known["platform_version"] = uname.version
            known["sys_platform"] = platform
        }
        let versions: Set<String> = ["implementation_version", "python_full_version", "python_version"]
        var values: [(String, String)] = []
        var unavailable: [String] = []
        for name in names {
            if let value = known[name] {
                values.append((name, value))
            } else {
                values.append((name, versions.contains(name) ? "0" : ""))
                unavailable.append(name)
            }
        }
        return (values, unavailable)
    }
}
