#!/usr/bin/env python3
"""Differential check of the PEP508 module against pypa/packaging.

Builds inputs (every corpus line, its marker, and seeded mutations and random
requirement/marker strings), runs them through the Swift implementation (the
DifferentialHarness test, via PEP508_DIFF_IN) and through packaging, and reports
where they disagree, grouped by the documented differences in SPEC.md.

Usage: /tmp/peers/bin/python Scripts/pep508-differential.py [--count N] [--show N]
"""
import argparse
import collections
import os
import random
import re
import subprocess
import sys
import tempfile

from packaging.markers import (Marker, InvalidMarker, UndefinedComparison,
                               UndefinedEnvironmentName)
from packaging.requirements import Requirement, InvalidRequirement

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "..", "shared", "corpus", "requires-dist.txt")
if not os.path.exists(CORPUS):
    CORPUS = "/work/shared/corpus/requires-dist.txt"


def env(python, full, platform):
    os_, system, machine, release, version = {
        "win32": ("nt", "Windows", "AMD64", "10", "10.0.19045"),
        "darwin": ("posix", "Darwin", "arm64", "23.1.0",
                   "Darwin Kernel Version 23.1.0: Mon Oct  9 21:27:24 PDT 2023; root:xnu-10002.41.9~6/RELEASE_ARM64_T6000"),
    }.get(platform, ("posix", "Linux", "x86_64", "6.1.0-13-amd64",
                     "#1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 (2023-09-29)"))
    return {
        "implementation_name": "cpython", "implementation_version": full,
        "os_name": os_, "platform_machine": machine, "platform_release": release,
        "platform_system": system, "platform_version": version,
        "python_full_version": full, "platform_python_implementation": "CPython",
        "python_version": python, "sys_platform": platform,
    }


ENVS = [env("3.8", "3.8.18", "linux"), env("3.11", "3.11.7", "linux"),
        env("3.13", "3.13.0", "linux"), env("3.12", "3.12.1", "win32"),
        env("3.10", "3.10.13", "darwin")]
CONTEXTS = [("metadata", None), ("metadata", "test"), ("lock_file", None), ("requirement", None)]

VARIABLES = ["python_version", "python_full_version", "os_name", "sys_platform",
             "platform_release", "platform_system", "platform_version", "platform_machine",
             "platform_python_implementation", "implementation_name",
             "implementation_version", "extra", "extras", "dependency_groups",
             "os.name", "sys.platform", "platform.version", "platform.machine",
             "platform.python_implementation", "python_implementation"]
OPS = ["==", "!=", "<", "<=", ">", ">=", "~=", "===", "in", "not in"]
LITERALS = ["3.8", "3.11", "3", "3.*", "2.7", "3.10.0", "3.11.7", "3.13.0a1", "linux", "win32",
            "darwin", "posix", "nt", "Linux", "Windows", "x86_64", "AMD64", "CPython", "cpython",
            "test", "Test_Extra", "dev", "DEV.Group", "", "SMP", "10", "23", "6.1", "foo bar",
            "a'b", 'a"b']


def quote(value, rng):
    if '"' in value:
        return "'" + value + "'"
    if "'" in value:
        return '"' + value + '"'
    return rng.choice(['"', "'"]).join(["", value, ""])


def ws(rng):
    return rng.choice(["", " ", " ", "  ", "\t"])


def random_comparison(rng):
    var = rng.choice(VARIABLES)
    lit = quote(rng.choice(LITERALS), rng)
    op = rng.choice(OPS)
    pad = " " if op in ("in", "not in") else ws(rng)
    if rng.random() < 0.3:
        var, lit = lit, var
    if rng.random() < 0.03:
        var = quote(rng.choice(LITERALS), rng)
    return var + pad + op + (" " if op in ("in", "not in") else ws(rng)) + lit


def random_marker(rng, depth=0):
    parts = []
    for i in range(rng.randint(1, 3)):
        if i:
            parts.append(" " + rng.choice(["and", "or"]) + " ")
        if depth < 3 and rng.random() < 0.25:
            parts.append("(" + ws(rng) + random_marker(rng, depth + 1) + ws(rng) + ")")
        else:
            parts.append(random_comparison(rng))
    return "".join(parts)


NAMES = ["requests", "A", "A.B-C_D", "zope.interface", "foo_", "-foo", "a..b", "Django"]
SPECS = ["", ">=1.0", "==2.*", "~=1.4", "<2,>=1", ">= 1.0 , < 2", "(>=1.0)", "(>=1,)", ">=3,",
         "===foo", "==1.0+local", "~=1", "==1.*+x", "!=1.5.*", "()"]


def random_requirement(rng):
    out = rng.choice(NAMES)
    if rng.random() < 0.3:
        out += ws(rng) + "[" + ",".join(rng.sample(["Sec", "tests", "b_c", "tests"], rng.randint(0, 3))) + "]"
    if rng.random() < 0.2:
        out += ws(rng) + "@" + ws(rng) + rng.choice(["https://x/y.whl", "file:///tmp/a", "git+https://g/r.git@v1"])
        if rng.random() < 0.6:
            out += rng.choice([" ", "", "  "]) + rng.choice([";", "; "]) + random_marker(rng)
    else:
        out += ws(rng) + rng.choice(SPECS)
        if rng.random() < 0.5:
            out += ws(rng) + ";" + ws(rng) + random_marker(rng)
    return ws(rng) + out + ws(rng)


ALPHABET = list("abz09._-[](),;@<>=!~\"' \t") + ["and", "or", "in", "not", "extra", "é"]


def mutate(text, rng):
    for _ in range(rng.randint(1, 3)):
        choice = rng.random()
        i = rng.randint(0, len(text))
        if choice < 0.35 and text:
            text = text[:i] + text[i + 1:]
        elif choice < 0.7:
            text = text[:i] + rng.choice(ALPHABET) + text[i:]
        elif text:
            j = rng.randint(0, len(text))
            a, b = min(i, j), max(i, j)
            text = text[:a] + text[b:] + text[a:b]
    return text.replace("\n", " ")


def packaging_requirement(text):
    try:
        return ("OK", str(Requirement(text)))
    except InvalidRequirement:
        return ("ERR", "invalid-requirement")
    except Exception as e:  # e.g. str() of a value holding both quotes
        return ("ERR", type(e).__name__)


def packaging_marker(text):
    try:
        m = Marker(text)
        s = str(m)
    except InvalidMarker:
        return ("ERR", "invalid-marker")
    except Exception as e:
        return ("ERR", type(e).__name__)
    results = []
    for e in ENVS:
        for context, extra in CONTEXTS:
            env = dict(e)
            if extra:
                env["extra"] = extra
            if context == "lock_file":
                env["extras"] = frozenset({"test"})
                env["dependency_groups"] = frozenset({"dev"})
            try:
                results.append("T" if m.evaluate(env, context) else "F")
            except UndefinedComparison:
                results.append("E:undefined-comparison")
            except UndefinedEnvironmentName:
                results.append("E:undefined-environment-name")
            except Exception as ex:
                results.append("E:" + type(ex).__name__)
    return ("OK", s, ",".join(results))


def build_inputs(count, seed):
    rng = random.Random(seed)
    corpus = [l.rstrip("\n") for l in open(CORPUS, encoding="utf-8") if l.strip()]
    inputs = [("R", l) for l in corpus]
    for l in corpus:
        if ";" in l:
            try:
                inputs.append(("M", str(Requirement(l).marker)))
            except Exception:
                pass
            inputs.append(("M", l.split(";", 1)[1]))
    n = 0
    while n < count:
        r = rng.random()
        if r < 0.35:
            inputs.append(("R", mutate(rng.choice(corpus), rng)))
        elif r < 0.6:
            inputs.append(("R", random_requirement(rng)))
        elif r < 0.85:
            inputs.append(("M", random_marker(rng)))
        else:
            inputs.append(("M", mutate(random_marker(rng), rng)))
        n += 1
    return inputs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=508)
    ap.add_argument("--show", type=int, default=3)
    args = ap.parse_args()
    inputs = build_inputs(args.count, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "inputs.txt")
        with open(path, "w", encoding="utf-8") as f:
            for kind, text in inputs:
                f.write(kind + "\t" + text + "\n")
        subprocess.run(["swift", "test", "--filter", "DifferentialHarness"], cwd=ROOT,
                       env=dict(os.environ, PEP508_DIFF_IN=path), check=True,
                       stdout=subprocess.DEVNULL)
        ours = open(path + ".swift-out", encoding="utf-8").read().split("\n")[:-1]
    assert len(ours) == len(inputs), (len(ours), len(inputs))
    groups = collections.defaultdict(list)
    agree = 0
    for (kind, text), line in zip(inputs, ours):
        mine = tuple(line.split("\x1f"))
        theirs = packaging_requirement(text) if kind == "R" else packaging_marker(text)
        if mine[0] == "ERR" and theirs[0] == "ERR":
            agree += 1
            continue
        if mine == theirs:
            agree += 1
            continue
        groups[classify(kind, text, mine, theirs)].append((kind, text, mine, theirs))
    print(f"inputs: {len(inputs)} (requirements {sum(k == 'R' for k, _ in inputs)}, "
          f"markers {sum(k == 'M' for k, _ in inputs)}); identical: {agree}")
    for name, cases in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{name}: {len(cases)}")
        for case in cases[:args.show]:
            print("   ", repr(case[1]), "\n      ours:", short(case[2]), "\n      packaging:", short(case[3]))


def short(result):
    return tuple(r if len(r) < 160 else r[:160] + "..." for r in result)


def classify(kind, text, mine, theirs):
    """Names the SPEC.md difference (D1..D8) that explains a disagreement, or UNEXPLAINED."""
    if mine[0] == "OK" and theirs[0] == "OK" and mine[1] == theirs[1] and kind == "M":
        return "evaluation differs; marker uses: " + " + ".join(sorted(marker_features(text))) or "UNEXPLAINED"
    if mine[0] == "ERR" and theirs[0] == "OK":
        return "we reject, packaging accepts: " + explain_rejection(text)
    if mine[0] == "OK" and theirs[0] == "ERR":
        return "UNEXPLAINED: we accept, packaging rejects"
    return "UNEXPLAINED str() difference"


SPEC_NAME = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)


def explain_rejection(text):
    r = Requirement(text)
    if not SPEC_NAME.match(r.name) or any(not SPEC_NAME.match(e) for e in r.extras):
        return "D1 name or extra not ending in a letter or digit"
    if re.search(r"\(\s*\)", text):
        return "D2 empty parenthesised specifier"
    return "UNEXPLAINED"


SETS = {"extras", "dependency_groups"}
VERSIONS = {"python_version", "python_full_version", "implementation_version"}


def marker_features(text):
    """The constructs SPEC.md evaluates differently from packaging that occur in the marker."""
    from packaging._parser import Variable
    features = set()

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, tuple):
            lhs, op, rhs = node
            op = str(op)
            lv, rv = isinstance(lhs, Variable), isinstance(rhs, Variable)
            if lv == rv:
                features.add("D3 no variable or two variables")
                return
            var = str(lhs if lv else rhs)
            if var in SETS and (lv or op not in ("in", "not in")):
                features.add("D6 set field other than literal in/not in")
            elif var == "extra" and op not in ("==", "!="):
                features.add("D7 extra with another operator")
            elif var in VERSIONS and op in ("in", "not in"):
                features.add("D4 in/not in on a Version field")
            elif var == "platform_version" and op not in ("in", "not in", "==", "!="):
                features.add("D5 platform_version is Version|String")
            elif var in VERSIONS | {"platform_release", "platform_version"} and op not in ("in", "not in", "==="):
                features.add("D8 version fallback to string when a side is not a version")

    walk(Marker(text)._markers)
    return features or {"UNEXPLAINED"}



if __name__ == "__main__":
    main()
