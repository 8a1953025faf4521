import JSON

/// The program the interpreter runs (one spawn, `python3 -I -S -c …`): the marker environment
/// computed as the dependency-specifier spec defines it (pypa/packaging's
/// `default_environment`), and the values PEP 780's ABI features come from, printed as JSON in
/// the schema of `probes.json`'s `python` key.
public enum InterpreterProbe {
    public static let script = """
        import json, os, platform, struct, sys, sysconfig
        def fmt(info):
            v = '{0.major}.{0.minor}.{0.micro}'.format(info)
            if info.releaselevel != 'final':
                v += info.releaselevel[0] + str(info.serial)
            return v
        env = {
            'implementation_name': sys.implementation.name,
            'implementation_version': fmt(sys.implementation.version),
            'os_name': os.name,
            'platform_machine': platform.machine(),
            'platform_release': platform.release(),
            'platform_system': platform.system(),
            'platform_version': platform.version(),
            'python_full_version': platform.python_version(),
            'platform_python_implementation': platform.python_implementation(),
            'python_version': '.'.join(platform.python_version_tuple()[:2]),
            'sys_platform': sys.platform,
        }
        def var(name):
            v = sysconfig.get_config_var(name)
            return v if isinstance(v, (int, bool)) or v is None else None
        sys.stdout.write(json.dumps({
            'executable': sys.executable,
            'marker_environment': env,
            'abiflags': getattr(sys, 'abiflags', None),
            'Py_GIL_DISABLED': var('Py_GIL_DISABLED'),
            'Py_DEBUG': var('Py_DEBUG'),
            'pointer_bits': struct.calcsize('P') * 8,
        }))
        """

    /// The arguments that run the probe with `executable`: isolated (`-I`: no user site, no
    /// `PYTHON*` variables, no current directory on the path) and without `site` (`-S`), so a
    /// broken environment cannot change the answer or slow it down.
    public static func arguments(_ executable: String) -> [String] {
        [executable, "-I", "-S", "-c", script]
    }

    /// Reads what the probe printed.
    public static func parse(_ bytes: [UInt8], executable: String) -> InterpreterOutcome {
        guard let document = try? JSONParser.parse(bytes: bytes), let answer = InterpreterAnswer(json: document) else {
            return .unavailable("\(executable) printed no marker environment")
        }
        return .answer(answer)
    }
}
