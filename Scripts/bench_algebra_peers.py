"""Times dep-logic and poetry-core on the inputs of Sources/pepcheck-algebra-bench, and asks
uv (`uv pip compile --universal`) to write the same markers, for Scripts/bench-algebra.

    bench_algebra_peers.py PEPCHECK-JSON [PAIRS [ROUNDS]]

Reads the markers the Swift side used from its output (PEPCHECK-JSON), so both sides time
the same texts and the same sampled pairs. Prints one JSON object: {"peers": {peer: {bench:
{...}}}, "sizes": {...}, "floor": {...}}. Each operation is timed on its own and counts
with its best time over ROUNDS rounds (as on the Swift side; the median of those is
reported), on markers parsed beforehand (for `simplify`, parsing is the operation: both
peers normalise while they parse). An operation that takes longer than TIMEOUT seconds is
stopped and counted. "floor" is the harness's own cost per timed call (an operation that
does nothing), which every figure includes, as the Swift side's "floor" is in its figures.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

from packaging.markers import Marker

TIMEOUT = 2.0


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


signal.signal(signal.SIGALRM, _alarm)


def comparisons(text):
    if not text:
        return 0
    def count(node):
        if isinstance(node, tuple):
            return 1
        if isinstance(node, list):
            return sum(count(n) for n in node)
        return 0
    try:
        return count(Marker(text)._markers)
    except Exception:
        return 0


def sample_pairs(n, count):
    if n < 2:
        return []
    if n * n <= count:
        return [(i, j) for i in range(n) for j in range(n)]
    state, out = 12345, []
    mask = (1 << 64) - 1
    for _ in range(count):
        state = ((state * 6364136223846793005 + 1442695040888963407) & mask) % (1 << 63)
        i = (state >> 17) % n
        state = ((state * 6364136223846793005 + 1442695040888963407) & mask) % (1 << 63)
        j = (state >> 17) % n
        out.append((i, j))
    return out


def clear_caches():
    """Empties the peers' functools caches, so that every round starts cold (as each round
    of the Swift side starts with a fresh algebra)."""
    for name, module in list(sys.modules.items()):
        if not (name.startswith("dep_logic") or name.startswith("poetry.core")):
            continue
        for value in list(vars(module).values()):
            for candidate in [value] + (list(vars(value).values()) if isinstance(value, type) else []):
                if hasattr(candidate, "cache_clear"):
                    candidate.cache_clear()


def timed(fn, items, rounds, prepare=None):
    """Each item's best time over the rounds (as the Swift side counts them)."""
    best, best_total, sizes, timeouts = None, float("inf"), 0, 0
    for _ in range(rounds):
        clear_caches()
        if prepare:
            prepare()
        times, size, outs = [], 0, 0
        for item in items:
            signal.setitimer(signal.ITIMER_REAL, TIMEOUT)
            start = time.perf_counter_ns()
            try:
                result = fn(item)
                end = time.perf_counter_ns()
            except Timeout:
                end = time.perf_counter_ns()
                result = None
                outs += 1
            except Exception:
                end = time.perf_counter_ns()
                result = None
            # The timer is disarmed outside the timed region (a system call).
            signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(end - start)
            if isinstance(result, str):
                size += comparisons(result)
        best_total = min(best_total, sum(times))
        best = times if best is None else [min(a, b) for a, b in zip(best, times)]
        sizes, timeouts = size, max(timeouts, outs)
    if not best:
        return None
    best.sort()
    return {"ops": len(best), "median_ns": best[len(best) // 2], "p90_ns": best[len(best) * 9 // 10],
            "max_ns": best[-1], "total_ms": best_total / 1e6, "timeouts": timeouts, "output_comparisons": sizes}


def peers():
    out = {}
    try:
        from dep_logic.markers import parse_marker as parse
        out["dep-logic 0.7.2"] = {
            "parse": parse, "and": lambda a, b: a & b, "or": lambda a, b: a | b, "implies": None,
            "str": str,
        }
    except ImportError:
        pass
    try:
        from poetry.core.version.markers import parse_marker as parse
        out["poetry-core 2.5.0"] = {
            "parse": parse, "and": lambda a, b: a.intersect(b), "or": lambda a, b: a.union(b),
            "implies": lambda a, b: a.intersect(b.invert()).is_empty(), "str": str,
        }
    except ImportError:
        pass
    return out


def uv_simplify(markers, python="3.8"):
    """uv's spelling of each marker, from `uv pip compile --universal` over tiny local wheels."""
    uv = shutil.which("uv", path=os.path.dirname(sys.executable))
    if not uv:
        return None
    import base64
    import hashlib
    tmp = tempfile.mkdtemp()
    try:
        wheels = os.path.join(tmp, "wheels")
        os.mkdir(wheels)
        lines = []
        for i, marker in enumerate(markers):
            name = f"p{i}"
            files = {f"{name}-1.0.dist-info/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n",
                     f"{name}-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n"}
            record = []
            with zipfile.ZipFile(os.path.join(wheels, f"{name}-1.0-py3-none-any.whl"), "w") as z:
                for path, text in files.items():
                    z.writestr(path, text)
                    digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
                    record.append(f"{path},sha256={digest},{len(text)}")
                record.append(f"{name}-1.0.dist-info/RECORD,,")
                z.writestr(f"{name}-1.0.dist-info/RECORD", "\n".join(record) + "\n")
            lines.append(f"{name} ; {marker}")
        requirements = os.path.join(tmp, "requirements.in")
        with open(requirements, "w") as f:
            f.write("\n".join(lines) + "\n")
        run = subprocess.run([uv, "pip", "compile", "--universal", "--offline", "--no-index", "--find-links", wheels,
                              requirements, "--python-version", python, "--no-header", "--no-annotate", "-q"],
                             capture_output=True, text=True)
        result = {}
        for line in run.stdout.splitlines():
            name, _, marker = line.partition(" ; ")
            result[int(name.split("==")[0][1:])] = marker.strip()
        # A marker uv finds always false drops its package; always true drops the marker.
        return [result.get(i, "python_version < '0'") for i in range(len(markers))], run.returncode
    finally:
        shutil.rmtree(tmp)


def main():
    pepcheck_json = sys.argv[1]
    pairs_wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    inputs = {}
    for line in open(pepcheck_json, encoding="utf-8"):
        record = json.loads(line)
        if record["name"].endswith("-markers"):
            inputs[record["name"][: -len("-markers")]] = record["markers"]
    corpus, locks = inputs["corpus"], inputs["lock"]
    results, sizes = {}, {}
    floor = timed(lambda p: None, sample_pairs(len(locks), pairs_wanted), rounds)
    for name, markers in (("corpus", corpus), ("lock", locks)):
        sizes[f"{name}-input"] = sum(comparisons(m) for m in markers)
        pairs = sample_pairs(len(markers), pairs_wanted)
        sizes[f"{name}-and-input"] = sum(comparisons(markers[i]) + comparisons(markers[j]) for i, j in pairs)
        for peer, api in peers().items():
            row = results.setdefault(peer, {})
            row[f"{name}-simplify"] = timed(lambda m: api["str"](api["parse"](m)), markers, rounds)
            parsed = []

            def reparse():
                parsed[:] = [api["parse"](m) for m in markers]

            for op in ("and", "or", "implies"):
                fn = api[op]
                if fn is None:
                    continue
                row[f"{name}-{op}"] = timed(lambda p: fn(parsed[p[0]], parsed[p[1]]), pairs, rounds, prepare=reparse)
            row[f"{name}-and-render"] = timed(lambda p: api["str"](api["and"](parsed[p[0]], parsed[p[1]])), pairs,
                                              rounds, prepare=reparse)
        # uv drops a requirement whose marker is false without extras, so it is compared on
        # the markers that do not test `extra` (and pepcheck under the same requires-python).
        plain = [i for i, m in enumerate(markers) if "extra" not in m]
        sizes[f"{name}-noextra"] = plain
        sizes[f"{name}-noextra-input"] = sum(comparisons(markers[i]) for i in plain)
        uv = uv_simplify([markers[i] for i in plain])
        if uv is not None:
            texts, code = uv
            sizes[f"{name}-uv"] = sum(comparisons(t.replace("'", '"')) for t in texts)
            sizes[f"{name}-uv-exit"] = code
    print(json.dumps({"peers": results, "sizes": sizes, "floor": floor}))


if __name__ == "__main__":
    main()
