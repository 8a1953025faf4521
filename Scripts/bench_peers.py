"""Times pypa/packaging and pep508-rs on the same corpus as pepcheck-bench.

Prints {"packaging": {name: ns_per_op}, "pep508_rs": {...}}. The same inputs
and the same environment as Sources/pepcheck-bench: every corpus line parsed;
every marker of the corpus evaluated against a Linux CPython 3.11 environment
with no extra requested. Best of five rounds, to damp the noise of a shared
machine.
"""
import json
import sys
import time

import packaging.markers
import packaging.requirements
import pep508_rs

ENV = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.7",
    "os_name": "posix",
    "platform_machine": "x86_64",
    "platform_python_implementation": "CPython",
    "platform_release": "6.1.0-18-amd64",
    "platform_system": "Linux",
    "platform_version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)",
    "python_full_version": "3.11.7",
    "python_version": "3.11",
    "sys_platform": "linux",
}


def best_ns(fn, items, rounds=5):
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter_ns()
        for item in items:
            fn(item)
        best = min(best, (time.perf_counter_ns() - start) / len(items))
    return best


def parseable(lines, ctor):
    out = []
    for line in lines:
        try:
            ctor(line)
            out.append(line)
        except Exception:
            pass
    return out


def main():
    lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    results = {}

    ok = parseable(lines, packaging.requirements.Requirement)
    markers = [r.marker for r in map(packaging.requirements.Requirement, ok) if r.marker is not None]
    env = dict(ENV, extra="")
    results["packaging"] = {
        "requirement-parse": best_ns(packaging.requirements.Requirement, ok),
        "marker-evaluate": best_ns(lambda m: m.evaluate(env), markers),
    }

    ok = parseable(lines, pep508_rs.Requirement)
    reqs = [r for r in map(pep508_rs.Requirement, ok) if r.marker is not None]
    renv = pep508_rs.MarkerEnvironment(**ENV)
    results["pep508_rs"] = {
        "requirement-parse": best_ns(pep508_rs.Requirement, ok),
        "marker-evaluate": best_ns(lambda r: r.evaluate_markers(renv, []), reqs),
    }
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
