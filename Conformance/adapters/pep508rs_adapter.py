#!/usr/bin/env python3
"""Conformance adapter over pep508-rs 0.3.0's Python bindings (the parser uv grew from).

See Conformance/README.md for the protocol. The bindings expose `Version`,
`VersionSpecifier`, `Requirement` and `MarkerEnvironment` only, so:

- specifier sets and markers are parsed through a requirement (`x <set>`, `x ; <marker>`),
  which is the library's own parser; error spans are shifted back to the input;
- `pre`, `local`, `public` and `base_version` are read off the normalised string
  (the bindings expose no accessor for them);
- `specifier.filter`, and `specifier.contains` for a pre-release candidate unless
  `prereleases` is true, answer `unsupported` (the bindings have no pre-release policy);
- `marker.evaluate` answers `unsupported` when a standard variable is missing
  (`MarkerEnvironment` needs all eleven) and for the `lock_file` context's sets.

`--spans` reports the caret spans of pep508-rs's error messages (null by default).
"""

from __future__ import annotations

import json
import re
import sys

import pep508_rs as p

REPORT_SPANS = "--spans" in sys.argv[1:]
STANDARD = ["implementation_name", "implementation_version", "os_name", "platform_machine",
            "platform_python_implementation", "platform_release", "platform_system", "platform_version",
            "python_full_version", "python_version", "sys_platform"]
PRE = re.compile(r"(a|b|rc)(\d+)")


class Failure(Exception):
    def __init__(self, kind: str, message: str, span=None):
        super().__init__(message)
        self.kind, self.message, self.span = kind, message, span


def caret_span(message: str, shift: int):
    """pep508-rs prints the input and a caret line under it; turn that into [start, end)."""
    if not REPORT_SPANS:
        return None
    lines = message.split("\n")
    if len(lines) < 3 or "^" not in lines[-1]:
        return None
    carets = lines[-1]
    start = carets.index("^")
    end = len(carets.rstrip())
    return [max(start - shift, 0), max(end - shift, 0)]


def text(req, key):
    value = req.get(key)
    if not isinstance(value, str):
        raise Failure("bad-request", f"expected a string `{key}`, found `{json.dumps(value)}`")
    return value


def version(s):
    try:
        return p.Version(s)
    except Exception as e:
        raise Failure("invalid-version", str(e))


def requirement(s: str, kind: str, shift: int):
    try:
        return p.Requirement(s)
    except Exception as e:
        raise Failure(kind, str(e).split("\n")[0], caret_span(str(e), shift))


def specifiers(s: str):
    prefix = "x "
    r = requirement(prefix + s, "invalid-specifier", len(prefix))
    if isinstance(r.version_or_url, str) or r.marker is not None or r.extras:
        raise Failure("invalid-specifier", "not a version specifier set")
    return list(r.version_or_url or [])


def op_version_parse(req):
    v = version(text(req, "input"))
    normalized = str(v)
    public, _, local = normalized.partition("+")
    body = public.split("!", 1)[-1]
    pre = PRE.search(body.split(".post")[0].split(".dev")[0])
    epoch = f"{v.epoch}!" if v.epoch else ""
    return {
        "normalized": normalized, "public": public, "base_version": epoch + ".".join(str(x) for x in v.release),
        "epoch": v.epoch, "release": list(v.release), "pre": [pre.group(1), int(pre.group(2))] if pre else None,
        "post": v.post, "dev": v.dev, "local": local or None, "is_prerelease": bool(v.any_prerelease()),
        "is_postrelease": v.post is not None, "is_devrelease": v.dev is not None,
    }


def op_version_compare(req):
    a, b = version(text(req, "left")), version(text(req, "right"))
    return (a > b) - (a < b)


def op_specifier_parse(req):
    return {"normalized": ",".join(sorted(str(s) for s in specifiers(text(req, "input"))))}


def op_specifier_contains(req):
    specs = specifiers(text(req, "specifier"))
    v = version(text(req, "version"))
    if v.any_prerelease() and req.get("prereleases") is not True:
        raise Failure("unsupported", "pep508-rs has no pre-release policy")
    return all(s.contains(v) for s in specs)


def op_requirement_parse(req):
    r = requirement(text(req, "input"), "invalid-requirement", 0)
    vou = r.version_or_url
    url = vou if isinstance(vou, str) else None
    spec = "" if url is not None or vou is None else ",".join(sorted(str(s) for s in vou))
    return {"name": r.name, "extras": sorted(r.extras), "specifier": spec, "url": url,
            "marker": str(r.marker) if r.marker is not None else None, "normalized": str(r)}


def marker_requirement(s: str):
    prefix = "x ; "
    return requirement(prefix + s, "invalid-marker", len(prefix))


def op_marker_parse(req):
    r = marker_requirement(text(req, "input"))
    if r.marker is None:
        raise Failure("invalid-marker", "empty marker")
    return {"normalized": str(r.marker)}


def op_marker_evaluate(req):
    r = marker_requirement(text(req, "marker"))
    env = req.get("environment")
    context = req.get("context", "metadata")
    if not isinstance(env, dict):
        raise Failure("bad-request", "expected an `environment` object")
    missing = [k for k in STANDARD if not isinstance(env.get(k), str)]
    if missing:
        raise Failure("unsupported", f"MarkerEnvironment needs {', '.join(missing)}")
    if context == "lock_file":
        raise Failure("unsupported", "pep508-rs 0.3.0 has no lock-file context")
    extra = env.get("extra", "" if context == "metadata" else None)
    if extra is None:
        if re.search(r"\bextra\b", text(req, "marker")):
            raise Failure("unsupported", "pep508-rs has no way to leave `extra` undefined")
        extra = ""
    menv = p.MarkerEnvironment(**{k: env[k] for k in STANDARD})
    result, _warnings = r.evaluate_markers_and_report(menv, [extra] if extra else [])
    return bool(result)


def unsupported(req):
    raise Failure("unsupported", "pep508-rs 0.3.0's bindings have no such operation")


OPS = {
    "version.parse": op_version_parse, "version.compare": op_version_compare,
    "specifier.parse": op_specifier_parse, "specifier.contains": op_specifier_contains,
    "specifier.filter": unsupported, "requirement.parse": op_requirement_parse,
    "marker.parse": op_marker_parse, "marker.evaluate": op_marker_evaluate,
    **{op: unsupported for op in ("marker.and", "marker.or", "marker.not", "marker.simplify", "marker.is_always_true",
                                  "marker.is_always_false", "marker.implies", "marker.disjoint")},
    "implementation": lambda req: {"name": "pep508-rs", "version": "0.3.0"},
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
    except BaseException as e:  # pyo3 panics surface as BaseException; never die
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
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
