#!/usr/bin/env python3
"""Writes the pyproject.toml files `Scripts/bench-lint-scale` lints.

    gen-lint-scale.py KIND N > pyproject.toml

KIND is one of
  scale   a realistic file of N requirements (about 100 bytes each: extras, ranges,
          markers) spread over dependencies, extras and dependency groups, with a few
          duplicates, conflicts and an include chain; N = 100000 gives ~10 MB
  same    `dependencies` = "pkg" N times (one PC301)
  pins    "pkg==1", "pkg==2", ... N times (one PC302)
  chain   N dependency groups, each including the next (no finding)
  cycle   N dependency groups including each other in one cycle (one PC401)

and, to show that no rule (nor the reader, nor the renderers) is quadratic, inputs
built against one part each:
  extras      one requirement with N extras, none normalised (PC111 on each)
  oneline     N invalid requirements on one line (N findings on one line)
  marker      one requirement whose marker has N Python comparisons
  includes    N includes of groups that do not exist (PC402 each)
  cycles      N/2 cycles of two groups (one PC401 each)
  depurls     N unknown DepURLs in [external] (PC504 each, with suggestions)
  extkeys     N unknown keys in [external] (PC501 each)
  dynamic     `dynamic` naming N fields given statically
  conflicts   N requirements on one project with exclusive pins and many-variable markers
  markers     N requirements with distinct misbehaving markers (PC202 each)
  simplify    N requirements with distinct markers the algebra can shorten (PC207 each,
              until the document's algebra budget is spent)
  longmarkers N requirements with distinct markers of about 1 KB, each an `or` of 16
              `and`s (the costliest markers the algebra rules read; past 128 KB of
              them they read no more)
  longname    one requirement whose name and unknown marker variable are N bytes long
  tables      N [tool.*] tables
"""
import sys


def header():
    return '[project]\nname = "demo"\nversion = "1"\nrequires-python = ">=3.9"\n'


def strings(items):
    return "[\n" + "".join(f'  "{item}",\n' for item in items) + "]\n"


def scale(n):
    groups = 200
    extras = 50
    out = [header()]
    deps = n // 2
    extra_each = (n // 4) // extras
    group_each = (n - deps - extra_each * extras) // groups

    def requirement(i):
        marker = ["python_version >= '3.10' and sys_platform != 'win32'",
                  "platform_machine == 'x86_64' or os_name == 'nt'",
                  "implementation_name == 'cpython'",
                  "extra == 'test'"][i % 4]
        return f"python-package-{i:06d}[extra-a,extra-b]>={1 + i % 7}.{i % 10},!={1 + i % 7}.{i % 10}.1,<{9 + i % 3}; {marker}"

    items = [requirement(i) for i in range(deps)]
    # A handful of real problems among them: a duplicate and a conflict every 10,000.
    for k in range(0, deps, 10_000):
        items.append(f"python-package-{k:06d}[extra-a,extra-b]>={1 + k % 7}.{k % 10},<{9 + k % 3}; "
                     + "python_version >= '3.10' and sys_platform != 'win32'")
        items.append(f"python-package-{k + 1:06d}<0.5")
    out.append("dependencies = " + strings(items))
    out.append("\n[project.optional-dependencies]\n")
    i = deps
    for e in range(extras):
        out.append(f"extra-{e} = " + strings(requirement(j) for j in range(i, i + extra_each)))
        i += extra_each
    out.append("\n[dependency-groups]\n")
    for g in range(groups):
        body = [f'  "{requirement(j)}",\n' for j in range(i, i + group_each)]
        i += group_each
        if g + 1 < groups:
            body.append(f'  {{include-group = "group-{g + 1}"}},\n')
        out.append(f"group-{g} = [\n" + "".join(body) + "]\n")
    return "".join(out)


def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    if kind == "scale":
        text = scale(n)
    elif kind == "same":
        text = header() + "dependencies = " + strings(["pkg"] * n)
    elif kind == "pins":
        text = header() + "dependencies = " + strings(f"pkg=={i}" for i in range(1, n + 1))
    elif kind == "chain":
        text = "[dependency-groups]\n" + "".join(
            f'g{i} = [{{include-group = "g{i + 1}"}}]\n' for i in range(n - 1)) + f'g{n - 1} = ["pkg"]\n'
    elif kind == "cycle":
        text = "[dependency-groups]\n" + "".join(
            f'g{i} = [{{include-group = "g{(i + 1) % n}"}}]\n' for i in range(n))
    elif kind == "extras":
        text = header() + "dependencies = [\"pkg[" + ",".join(f"X_{i}" for i in range(n)) + "]\"]\n"
    elif kind == "oneline":
        text = header() + "dependencies = [" + ", ".join(f'"p{i}>="' for i in range(n)) + "]\n"
    elif kind == "marker":
        text = header() + "dependencies = [\"pkg; " + " or ".join(
            f"python_version >= '3.{i}'" for i in range(n)) + "\"]\n"
    elif kind == "includes":
        text = "[dependency-groups]\n" + "".join(f'g{i} = [{{include-group = "missing-{i}"}}]\n' for i in range(n))
    elif kind == "cycles":
        text = "[dependency-groups]\n" + "".join(
            f'g{i} = [{{include-group = "g{i ^ 1}"}}]\n' for i in range(n))
    elif kind == "depurls":
        text = "[external]\nhost-requires = [\n" + "".join(f'  "dep:generic/libxml{i}",\n' for i in range(n)) + "]\n"
    elif kind == "extkeys":
        text = "[external]\n" + "".join(f'unknown-key-{i} = []\n' for i in range(n))
    elif kind == "dynamic":
        text = header() + "dynamic = [" + ", ".join(f'"field-{i}"' for i in range(n)) + "]\n" + "".join(
            f'field-{i} = "x"\n' for i in range(n))
    elif kind == "conflicts":
        variables = ["os_name", "sys_platform", "platform_machine", "platform_system", "implementation_name",
                     "platform_python_implementation"]
        text = header() + "dependencies = " + strings(
            f"pkg=={i}; " + " and ".join(f"{v} != '{v}{i % 7}'" for v in variables) for i in range(n))
    elif kind == "simplify":
        text = header() + "dependencies = " + strings(
            f"p{i}; python_version < '3.{10 + i % 5}' and python_version < '3.{11 + i % 5}' and sys_platform == 's{i}'"
            for i in range(n))
    elif kind == "longmarkers":
        text = header() + "dependencies = " + strings(
            f"p{j}; " + " or ".join(f"(python_full_version >= '3.{i}.{j}' and sys_platform == 's{i}')" for i in range(16))
            for j in range(n))
    elif kind == "markers":
        text = header() + "dependencies = " + strings(f"p{i}; os_name > 'v{i}'" for i in range(n))
    elif kind == "longname":
        text = header() + "dependencies = [\"" + "a" * n + "; " + "b" * n + " == '1'\"]\n"
    elif kind == "tables":
        text = header() + "".join(f"[tool.t{i}]\nk = {i}\n" for i in range(n))
    else:
        sys.exit(f"gen-lint-scale: unknown kind {kind!r}")
    sys.stdout.write(text)


main()
