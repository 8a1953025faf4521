"""The `marker-algebra` topic of the conformance suite (called by Scripts/gen-conformance.py).

Results of `marker.and`, `marker.or`, `marker.not` and `marker.simplify` are judged by
meaning: each case lists environments and the truth value (or "error") the returned marker
must evaluate to in each, computed from the inputs with the spec's evaluation rules (the
`atom_outcomes` of gen-conformance.py, which the `marker-evaluate` topic uses). Environments
where the spec allows more than one outcome are left out. The Boolean operations have
hand-written answers; the generator checks each against its environments (a "no" must be
shown by one of them, a "yes" must not be contradicted by any).
"""
from pathlib import Path

from packaging.markers import Marker
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
A_PRE = ("spec-version-specifiers.rst §Exclusive ordered comparison: \"The exclusive ordered comparison <V MUST NOT "
         "allow a pre-release of the specified version unless the specified version is itself a pre-release\" -- "
         "with `>=V` starting at V, a pre-release interpreter (3.9.0rc1) is in neither `< \"3.9\"` nor `>= \"3.9\"`.")
A_POST = ("spec-version-specifiers.rst §Exclusive ordered comparison: \"The exclusive ordered comparison >V MUST NOT "
          "allow a post-release of the given version unless V itself is a post release\" -- nothing lies between "
          "`> \"3.9\"` and `< \"3.9.post1\"`.")
A_SHORT = ("spec-dependency-specifiers.rst §Environment markers: python_version is "
           "'.'.join(platform.python_version_tuple()[:2]) -- two numbers, so `python_version == \"3.9.1\"` never holds "
           "and `python_version >= \"3.9\"` holds for 3.9.0rc1.")
A_EXTRA = ("spec-dependency-specifiers.rst §Environment markers: extra is the name of the extra being evaluated; "
           "in core metadata it holds one name (SPEC.md §2.5), so `extra == \"a\" and extra == \"b\"` never holds.")
A_VS = ("spec-dependency-specifiers.rst §Marker comparisons: Version | String fields fall back to String rules when "
        "the value does not parse; there `<` is False and `>=` is `==`.")

PYTHONS = ["2.7.18", "3.7.17", "3.8.0rc1", "3.8.10", "3.9.0rc1", "3.9.0", "3.9.1", "3.10.0b1", "3.10.12", "3.11.4",
           "3.12.0rc3", "3.12.0", "3.12.7", "3.13.0a1", "3.13.0", "3.14.0", "3.15.0a1"]
PLATFORMS = [("linux", "Linux", "posix"), ("darwin", "Darwin", "posix"), ("win32", "Windows", "nt"),
             ("emscripten", "Emscripten", "posix"), ("cygwin", "CYGWIN_NT-10.0", "posix"), ("linux", "Windows", "nt")]
MACHINES = ["x86_64", "aarch64", "arm64", "AMD64", "ppc64le"]
IMPLEMENTATIONS = [("cpython", "CPython"), ("pypy", "PyPy"), ("graalpy", "GraalVM")]
EXTRAS = ["", "test", "dev", "docs", "all", "a", "b", "dataset", "testing"]
RELEASES = ["6.8.0", "5.15.0-91-generic", "23.1.0", "10"]


def environments(count=60):
    state, out = 2024, []
    def pick(seq):
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return seq[(state >> 33) % len(seq)]
    for i in range(count):
        full = PYTHONS[i % len(PYTHONS)]
        v = Version(full)
        plat, system, os_name = pick(PLATFORMS)
        impl, impl_py = pick(IMPLEMENTATIONS)
        out.append({
            "python_full_version": full, "python_version": f"{v.release[0]}.{v.release[1]}",
            "sys_platform": plat, "platform_system": system, "os_name": os_name,
            "platform_machine": pick(MACHINES), "implementation_name": impl,
            "platform_python_implementation": impl_py, "implementation_version": full,
            "platform_release": pick(RELEASES), "platform_version": "#1 SMP", "extra": pick(EXTRAS),
            "extras": sorted({pick(EXTRAS[1:]), pick(EXTRAS[1:])}), "dependency_groups": [],
        })
    return out


class Evaluator:
    def __init__(self, atom_outcomes):
        self.atom_outcomes = atom_outcomes

    def __call__(self, marker, env):
        """True, False, "error", or None where the spec allows several outcomes."""
        if not marker:
            return True
        tree = Marker(marker)._markers
        errors, ambiguous = [False], [False]

        def atom(t):
            lhs, op, rhs = t
            side = lambda x: ("var", x.value) if type(x).__name__ == "Variable" else ("lit", x.value)
            outcomes, _ = self.atom_outcomes(side(lhs), op.value, side(rhs), env, "metadata")
            if len(outcomes) != 1:
                ambiguous[0] = True
                return False
            if not outcomes[0]["ok"]:
                errors[0] = True
                return False
            return outcomes[0]["result"]

        def walk(node):
            if isinstance(node, tuple):
                return atom(node)
            groups, current = [], []
            for item in node:
                if item == "or":
                    groups.append(current)
                    current = []
                elif item != "and":
                    current.append(walk(item))
            groups.append(current)
            values = [all(g) for g in groups]
            return any(values)

        value = walk(tree)
        if ambiguous[0]:
            return None
        return "error" if errors[0] else value


TRICKY = [
    'python_version >= "3.9" and python_full_version >= "3.9"',
    'python_full_version < "3.9" or python_full_version >= "3.9"',
    'python_version < "3.9" or python_full_version >= "3.9"',
    'python_version < "3.11" and (sys_platform == "linux" or sys_platform == "darwin")',
    '(python_version < "3.11" and sys_platform == "linux") or (python_version < "3.11" and sys_platform == "darwin")',
    'python_version != "3.10" and python_version != "3.11"',
    'python_version >= "3.8" and python_version != "3.10"',
    'python_full_version == "3.9.*" or python_full_version == "3.10.*"',
    'python_full_version > "3.9" and python_full_version < "3.10"',
    'python_version > "3.9" and python_full_version < "3.11"',
    'extra == "a" and extra == "b"',
    'extra == "test" or extra == "Test_"',
    'platform_release >= "6" or platform_release < "6"',
    'platform_release != "10" and sys_platform == "linux"',
    '"test" in extras and "dev" not in extras',
    'sys_platform in "linux darwin" and sys_platform != "darwin"',
    'implementation_name == "cpython" and platform_python_implementation != "CPython"',
    '(platform_machine == "x86_64" or platform_machine == "AMD64") and sys_platform != "darwin"',
    'python_version == "3.9.1" or os_name == "nt"',
    'python_full_version >= "3.12.0rc1" and python_version < "3.13"',
]


def corpus_markers(limit=30):
    path = ROOT.parent / "shared" / "corpus" / "requires-dist.txt"
    from packaging.requirements import Requirement
    seen = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            marker = Requirement(line).marker
        except Exception:
            continue
        if marker is not None and str(marker) not in seen and "extra ==" not in str(marker):
            seen.append(str(marker))
    return seen[:limit]


def lock_markers(limit=40):
    lines = (ROOT / "Scripts" / "bench-algebra-lock-markers.txt").read_text(encoding="utf-8").splitlines()
    markers = [l for l in lines if l and not l.startswith("#")]
    step = max(1, len(markers) // limit)
    return markers[::step][:limit]


BOOLEANS = [
    # (op, left, right or None, answer, authority)
    ("marker.is_always_true", 'python_full_version < "3.9" or python_full_version >= "3.9"', None, False, A_PRE),
    ("marker.is_always_true", 'python_version < "3.9" or python_full_version >= "3.9"', None, False, A_PRE),
    ("marker.is_always_true", 'python_version < "3.9" or python_version >= "3.9"', None, True, None),
    ("marker.is_always_true", 'platform_release >= "6" or platform_release < "6"', None, False, A_VS),
    ("marker.is_always_true", 'sys_platform != "linux" or sys_platform == "linux"', None, True, None),
    ("marker.is_always_true", 'extra != "a" or extra != "b"', None, True, A_EXTRA),
    ("marker.is_always_false", 'extra == "a" and extra == "b"', None, True, A_EXTRA),
    ("marker.is_always_false", 'python_version == "3.9.1"', None, True, A_SHORT),
    ("marker.is_always_false", 'python_version > "3.9" and python_full_version < "3.10"', None, True, A_SHORT),
    ("marker.is_always_false", 'python_version >= "3.9" and python_full_version < "3.9"', None, True, A_PRE),
    ("marker.is_always_false", 'sys_platform in "linux" and sys_platform == "win32"', None, True, None),
    ("marker.is_always_false", '"dev" in extras and "dev" not in extras', None, True, None),
    ("marker.is_always_false", 'python_full_version > "3.9" and python_full_version < "3.9.post1"', None, True, A_POST),
    ("marker.implies", 'python_version >= "3.10"', 'python_full_version >= "3.9"', True, None),
    ("marker.implies", 'python_version >= "3.9"', 'python_full_version >= "3.9"', False, A_PRE),
    ("marker.implies", 'python_full_version >= "3.9"', 'python_version >= "3.9"', True, A_SHORT),
    ("marker.implies", 'python_full_version == "3.9.*"', 'python_version == "3.9"', True, A_SHORT),
    ("marker.implies", 'sys_platform == "linux" and python_version < "3.11"', 'python_version < "3.12"', True, None),
    ("marker.implies", 'sys_platform == "linux"', 'platform_system == "Linux"', False, None),
    ("marker.implies", 'extra == "test"', 'extra != "dev"', True, A_EXTRA),
    ("marker.implies", 'platform_release >= "6"', 'platform_release != "5.15.0-91-generic"', True, A_VS),
    ("marker.disjoint", 'sys_platform == "linux"', 'sys_platform == "win32"', True, None),
    ("marker.disjoint", 'python_version < "3.9"', 'python_full_version >= "3.9"', True, A_SHORT),
    ("marker.disjoint", 'python_full_version < "3.9"', 'python_version >= "3.9"', True, A_SHORT),
    ("marker.disjoint", 'python_full_version < "3.10"', 'python_version > "3.9"', True, A_SHORT),
    ("marker.disjoint", 'sys_platform == "linux"', 'platform_system == "Windows"', False, None),
    ("marker.disjoint", 'extra == "a"', 'extra == "b"', True, A_EXTRA),
    ("marker.disjoint", 'python_version >= "3.9"', 'python_full_version < "3.9"', True, A_PRE),
    ("marker.disjoint", 'python_version >= "3.9"', 'python_full_version < "3.9" or python_full_version == "3.9rc1"', False, A_PRE),
]


def gen_marker_algebra(topic, atom_outcomes):
    envs = environments()
    evaluate = Evaluator(atom_outcomes)
    truth = {}

    def values(marker):
        if marker not in truth:
            truth[marker] = [evaluate(marker, env) for env in envs]
        return truth[marker]

    def combine(a, b, op):
        if a is None or b is None:
            return None
        if a == "error" or b == "error":
            return "error"
        return (a and b) if op == "and" else (a or b)

    def meaning_case(slug, request, table, keep=lambda env: True):
        rows = [(env, t) for env, t in zip(envs, table) if t is not None and keep(env)]
        topic.add(slug, request, expect={"ok": True, "meaning": {
            "context": "metadata", "environments": [e for e, _ in rows], "truth": [t for _, t in rows]}})

    markers = TRICKY + corpus_markers() + lock_markers()
    # and / or over sampled pairs
    state = 7
    def index():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (state >> 33) % len(markers)
    for op in ("and", "or"):
        for k in range(45):
            left, right = markers[index()], markers[index()]
            table = [combine(a, b, op) for a, b in zip(values(left), values(right))]
            meaning_case(f"{op}-{k + 1:04d}", {"op": f"marker.{op}", "left": left, "right": right}, table)
    # (The complement of `python_full_version > "3.9"` must hold for 3.9's post-releases, which
    # no marker says exactly: such markers are left out of `not`.)
    negatable = [m for m in TRICKY[:12] + lock_markers(12) if 'python_full_version > "' not in m]
    for k, marker in enumerate(negatable):
        table = [None if v is None else ("error" if v == "error" else not v) for v in values(marker)]
        meaning_case(f"not-{k + 1:04d}", {"op": "marker.not", "input": marker}, table)
    for k, marker in enumerate(markers):
        meaning_case(f"simplify-{k + 1:04d}", {"op": "marker.simplify", "input": marker, "requires_python": None},
                     values(marker))
    for k, (marker, rp) in enumerate([(m, ">=3.9") for m in TRICKY[:10]] + [(m, ">=3.10,<3.14") for m in lock_markers(15)]):
        spec = SpecifierSet(rp)
        meaning_case(f"simplify-rp-{k + 1:04d}", {"op": "marker.simplify", "input": marker, "requires_python": rp},
                     values(marker), keep=lambda env: spec.contains(env["python_full_version"], prereleases=True))
    # Questions with hand-written answers, checked against the environments.
    counts = {}
    for op, left, right, answer, authority in BOOLEANS:
        a = values(left)
        b = values(right) if right else None
        if op == "marker.is_always_true":
            shown = [t is not True for t in a if t is not None]
            request = {"op": op, "input": left}
        elif op == "marker.is_always_false":
            shown = [t is not False for t in a if t is not None]
            request = {"op": op, "input": left}
        elif op == "marker.implies":
            shown = [x is True and y is not True for x, y in zip(a, b) if x is not None and y is not None]
            request = {"op": op, "left": left, "right": right}
        else:
            shown = [x is True and y is True for x, y in zip(a, b) if x is not None and y is not None]
            request = {"op": op, "left": left, "right": right}
        if answer and any(shown):
            raise SystemExit(f"{op} {left} {right}: answer yes, but an environment says no")
        if not answer and not any(shown):
            raise SystemExit(f"{op} {left} {right}: answer no, but no environment shows it")
        name = op.split(".")[1].replace("_", "-")
        counts[name] = counts.get(name, 0) + 1
        topic.add(f"{name}-{counts[name]:04d}", request, expect={"ok": True, "result": answer}, authority=authority)
