#!/usr/bin/env python3
"""Conformance adapter over dep-logic or poetry-core's marker algebra (JSON Lines).

    python3 Conformance/adapters/algebra_adapter.py dep-logic      # dep-logic 0.7
    python3 Conformance/adapters/algebra_adapter.py poetry-core    # poetry-core 2.5

Answers the marker-algebra operations of Conformance/README.md the library can answer
(`marker.and`, `marker.or`, `marker.not`, `marker.simplify`, `marker.is_always_true`,
`marker.is_always_false`, `marker.implies`, `marker.disjoint`) and `unsupported` for the
rest. Both libraries print the empty (never true) marker as `<empty>`, which is not marker
syntax: it is sent as `python_version < "0"`; the always-true marker is the empty string.
"""

from __future__ import annotations

import json
import sys

FALSE = 'python_version < "0"'


class Unsupported(Exception):
    pass


class Failure(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind, self.message = kind, message


def dep_logic():
    from dep_logic.markers import InvalidMarker, parse_marker

    def parse(text):
        try:
            return parse_marker(text)
        except InvalidMarker as e:
            raise Failure("invalid-marker", str(e))

    def simplify(m, requires_python):
        if requires_python:
            raise Unsupported()
        return m

    return {"parse": parse, "and": lambda a, b: a & b, "or": lambda a, b: a | b, "not": None,
            "simplify": simplify, "implies": None, "disjoint": lambda a, b: (a & b).is_empty()}


def poetry_core():
    from poetry.core.constraints.version import parse_constraint
    from poetry.core.version.markers import InvalidMarkerError, parse_marker

    def parse(text):
        try:
            return parse_marker(text)
        except InvalidMarkerError as e:
            raise Failure("invalid-marker", str(e))

    def simplify(m, requires_python):
        return m.reduce_by_python_constraint(parse_constraint(requires_python)) if requires_python else m

    return {"parse": parse, "and": lambda a, b: a.intersect(b), "or": lambda a, b: a.union(b),
            "not": lambda a: a.invert(), "simplify": simplify,
            "implies": lambda a, b: a.intersect(b.invert()).is_empty(),
            "disjoint": lambda a, b: a.intersect(b).is_empty()}


def text(req, key):
    value = req.get(key)
    if not isinstance(value, str):
        raise Failure("bad-request", f"expected a string `{key}`")
    return value


def written(m):
    if m.is_empty():
        return {"normalized": FALSE}
    return {"normalized": "" if m.is_any() else str(m)}


def answer(api, req):
    op = req.get("op")
    if op in ("marker.and", "marker.or"):
        left, right = api["parse"](text(req, "left")), api["parse"](text(req, "right"))
        return written(api[op.split(".")[1]](left, right))
    if op == "marker.not":
        if api["not"] is None:
            raise Unsupported()
        return written(api["not"](api["parse"](text(req, "input"))))
    if op == "marker.simplify":
        return written(api["simplify"](api["parse"](text(req, "input")), req.get("requires_python")))
    if op == "marker.is_always_true":
        return api["parse"](text(req, "input")).is_any()
    if op == "marker.is_always_false":
        return api["parse"](text(req, "input")).is_empty()
    if op in ("marker.implies", "marker.disjoint"):
        fn = api[op.split(".")[1]]
        if fn is None:
            raise Unsupported()
        return fn(api["parse"](text(req, "left")), api["parse"](text(req, "right")))
    raise Unsupported()


def handle(api, line):
    try:
        req = json.loads(line)
    except ValueError as e:
        return {"id": None, "ok": False, "error": {"kind": "bad-request", "message": f"invalid JSON: {e}", "span": None}}
    rid = req.get("id") if isinstance(req, dict) else None
    if not isinstance(req, dict):
        return {"id": None, "ok": False, "error": {"kind": "bad-request", "message": "expected an object", "span": None}}
    try:
        return {"id": rid, "ok": True, "result": answer(api, req)}
    except Unsupported:
        return {"id": rid, "ok": False, "error": {"kind": "unsupported", "message": req.get("op"), "span": None}}
    except Failure as f:
        return {"id": rid, "ok": False, "error": {"kind": f.kind, "message": f.message, "span": None}}
    except Exception as e:  # never die: an unexpected exception is reported, not raised
        return {"id": rid, "ok": False, "error": {"kind": "bad-request", "message": f"{type(e).__name__}: {e}", "span": None}}


def main():
    backends = {"dep-logic": dep_logic, "poetry-core": poetry_core}
    if len(sys.argv) != 2 or sys.argv[1] not in backends:
        sys.exit("usage: algebra_adapter.py dep-logic|poetry-core")
    api = backends[sys.argv[1]]()
    sys.stdout.reconfigure(encoding="utf-8")
    for line in open(sys.stdin.fileno(), "r", encoding="utf-8", errors="replace", newline="\n", closefd=False):
        if line.strip():
            sys.stdout.write(json.dumps(handle(api, line.rstrip("\n")), ensure_ascii=False) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
