#!/usr/bin/env python3
"""Conformance adapter over pypa/packaging (JSON Lines on stdin/stdout).

See Conformance/README.md for the protocol. `--spans` also reports packaging's
own error spans; they follow packaging's convention, not the suite's span rule,
so by default spans are null (not compared).
"""

from __future__ import annotations

import json
import sys

import packaging
import packaging.markers as pm
from packaging.markers import InvalidMarker, Marker, UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

REPORT_SPANS = "--spans" in sys.argv[1:]

# The suite passes the whole environment; nothing may leak in from this interpreter.
pm.default_environment = lambda: {}


class Failure(Exception):
    def __init__(self, kind: str, message: str, span=None):
        super().__init__(message)
        self.kind, self.message, self.span = kind, message, span


def span_of(exc):
    cause = exc.__cause__
    if REPORT_SPANS and cause is not None and hasattr(cause, "span"):
        return list(cause.span)
    return None


def text(req, key):
    value = req.get(key)
    if not isinstance(value, str):
        raise Failure("bad-request", f"expected a string `{key}`, found `{json.dumps(value)}`")
    return value


def prereleases(req):
    value = req.get("prereleases")
    if value is not None and not isinstance(value, bool):
        raise Failure("bad-request", "expected `prereleases` to be true, false or null")
    return value


def version(s):
    try:
        return Version(s)
    except InvalidVersion as e:
        raise Failure("invalid-version", str(e))


def specifier_set(s):
    try:
        return SpecifierSet(s)
    except InvalidSpecifier as e:
        raise Failure("invalid-specifier", str(e), span_of(e))


def marker(s):
    try:
        return Marker(s)
    except InvalidMarker as e:
        raise Failure("invalid-marker", str(e).splitlines()[0], span_of(e))


def variables(m: Marker) -> set[str]:
    found = set()

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, tuple):
            for n in node:
                if isinstance(n, pm.Variable):
                    found.add(n.value)

    walk(m._markers)
    return found


def op_version_parse(req):
    v = version(text(req, "input"))
    return {
        "normalized": str(v), "public": v.public, "base_version": v.base_version, "epoch": v.epoch,
        "release": list(v.release), "pre": list(v.pre) if v.pre else None, "post": v.post, "dev": v.dev,
        "local": v.local, "is_prerelease": v.is_prerelease, "is_postrelease": v.is_postrelease,
        "is_devrelease": v.is_devrelease,
    }


def op_version_compare(req):
    a, b = version(text(req, "left")), version(text(req, "right"))
    return (a > b) - (a < b)


def op_specifier_parse(req):
    return {"normalized": str(specifier_set(text(req, "input")))}


def op_specifier_contains(req):
    s = specifier_set(text(req, "specifier"))
    return s.contains(text(req, "version"), prereleases=prereleases(req))


def op_specifier_filter(req):
    s = specifier_set(text(req, "specifier"))
    versions = req.get("versions")
    if not isinstance(versions, list) or not all(isinstance(v, str) for v in versions):
        raise Failure("bad-request", "expected `versions` to be a list of strings")
    return list(s.filter(versions, prereleases=prereleases(req)))


def op_requirement_parse(req):
    try:
        r = Requirement(text(req, "input"))
    except InvalidRequirement as e:
        raise Failure("invalid-requirement", str(e).splitlines()[0], span_of(e))
    return {"name": r.name, "extras": sorted(r.extras), "specifier": str(r.specifier), "url": r.url,
            "marker": str(r.marker) if r.marker is not None else None, "normalized": str(r)}


def op_marker_parse(req):
    return {"normalized": str(marker(text(req, "input")))}


def op_marker_evaluate(req):
    m = marker(text(req, "marker"))
    raw = req.get("environment")
    context = req.get("context", "metadata")
    if not isinstance(raw, dict) or context not in ("metadata", "lock_file", "requirement"):
        raise Failure("bad-request", "expected an `environment` object and a `context`")
    env = {}
    for k, v in raw.items():
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            env[k] = frozenset(v)
        elif isinstance(v, str):
            env[k] = v
        else:
            raise Failure("bad-request", f"expected a string or a list of strings for `{k}`")
    if "python_full_version" not in env:
        # packaging reads python_full_version unconditionally (to repair a trailing "+").
        if "python_full_version" in variables(m):
            raise Failure("undefined-environment-name", "python_full_version")
        env["python_full_version"] = ""
    try:
        return m.evaluate(env, context)
    except UndefinedEnvironmentName as e:
        raise Failure("undefined-environment-name", str(e))
    except UndefinedComparison as e:
        raise Failure("undefined-comparison", str(e))


def op_marker_join(connective):
    # packaging joins markers as text (`Marker.__and__`/`__or__`) and answers no other algebra question.
    def join(req):
        left, right = marker(text(req, "left")), marker(text(req, "right"))
        return {"normalized": str(left & right if connective == "and" else left | right)}
    return join


def op_unsupported(req):
    raise Failure("unsupported", f"packaging has no `{req.get('op')}`")


OPS = {
    "marker.and": op_marker_join("and"), "marker.or": op_marker_join("or"),
    **{op: op_unsupported for op in ("marker.not", "marker.simplify", "marker.is_always_true",
                                     "marker.is_always_false", "marker.implies", "marker.disjoint")},
    "version.parse": op_version_parse, "version.compare": op_version_compare,
    "specifier.parse": op_specifier_parse, "specifier.contains": op_specifier_contains,
    "specifier.filter": op_specifier_filter, "requirement.parse": op_requirement_parse,
    "marker.parse": op_marker_parse, "marker.evaluate": op_marker_evaluate,
    "implementation": lambda req: {"name": "pypa/packaging", "version": packaging.__version__},
}


def handle(line: str) -> dict:
    try:
        req = json.loads(line)
    except ValueError as e:
        return {"id": None, "ok": False, "error": {"kind": "bad-request", "message": f"invalid JSON: {e}", "span": None}}
    if not isinstance(req, dict):
        return {"id": None, "ok": False, "error": {"kind": "bad-request", "message": "expected an object", "span": None}}
    rid = req.get("id")
    fn = OPS.get(req.get("op"))
    if fn is None:
        return {"id": rid, "ok": False,
                "error": {"kind": "unknown-op", "message": f"unknown op `{req.get('op')}`", "span": None}}
    try:
        return {"id": rid, "ok": True, "result": fn(req)}
    except Failure as f:
        return {"id": rid, "ok": False, "error": {"kind": f.kind, "message": f.message, "span": f.span}}
    except Exception as e:  # never die: an unexpected exception is reported, not raised
        return {"id": rid, "ok": False, "error": {"kind": "bad-request", "message": f"{type(e).__name__}: {e}",
                                                  "span": None}}


def main():
    sys.stdout.reconfigure(encoding="utf-8")
    stdin = open(sys.stdin.fileno(), "r", encoding="utf-8", errors="replace", newline="\n", closefd=False)
    for line in stdin:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        sys.stdout.write(json.dumps(handle(line), ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
