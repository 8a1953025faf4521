#!/usr/bin/env python3
"""Differential cases for the PEP440 module, computed by pypa/packaging.

Usage: gen-pep440-cases.py OUT.jsonl [COUNT]

Writes JSON lines that Tests/PEP440Tests/DifferentialTests.swift reads when the
environment variable PEP440_DIFF_CASES names the file. Inputs come from the
shared corpus, packaging-style edge cases and seeded random mutations.
"""
import json
import random
import re
import sys
from pathlib import Path

import packaging
from packaging.specifiers import InvalidSpecifier, Specifier, SpecifierSet
from packaging.version import InvalidVersion, Version

out = open(sys.argv[1], "w")
count = int(sys.argv[2]) if len(sys.argv) > 2 else 12000
rng = random.Random(440)
root = Path(__file__).resolve().parent.parent

SEEDS = """1.0 1.0.0 1 0 00 01.02.003 1.0a1 1.0A1 1.0alpha1 1.0.alpha.1 1.0-beta-2 1.0b 1.0c3 1.0rc1
1.0pre1 1.0preview2 1.0-pre 1.0.post1 1.0post 1.0-1 1.0-r4 1.0rev 1.0.dev 1.0dev3 1.0-dev-3 v1.0 V2
1!1.0 0!1.0 1.0+abc.5 1.0+ABC-5_x 1.0+01 1.0a1.post2.dev3 1.0.post1.dev0 1.0a1.dev1 2012.10 1.0.15
1.1.dev1 3.3.9.45 1.0+ubuntu-1 1.2.3.4.5.6 1.0rc1.post1 1.0a0 1.0b2.post345 1.0-5 99999999999999999999
1.99999999999999999999999999999 18446744073709551615 18446744073709551616 1.0+99999999999999999999999
""".split()
TOKENS = ["0", "1", "2", "9", "10", "007", "99999999999999999999", ".", ".", ".", "-", "_", "a", "b",
          "c", "rc", "alpha", "beta", "pre", "preview", "post", "rev", "r", "dev", "v", "V", "!", "+",
          "*", " ", "\t", "A", "RC", "Post", "DEV", "local", "x", "\u00a0", "é", "", "1.0", "2.7.3"]


def corpus_versions():
    found = []
    for line in (Path("/work/shared/corpus/requires-dist.txt")).read_text().splitlines():
        found += re.findall(r"(?:===|==|!=|~=|<=|>=|<|>)\s*([^\s,;)\]'\"]+)", line)
    return found


def mutate(s):
    s = list(s)
    for _ in range(rng.randint(1, 3)):
        op = rng.randint(0, 2)
        tok = rng.choice(TOKENS)
        i = rng.randint(0, len(s))
        if op == 0:
            s[i:i] = list(tok)
        elif op == 1 and s:
            del s[min(i, len(s) - 1)]
        elif s:
            s[min(i, len(s) - 1)] = tok
    return "".join(s)


def version_pool():
    pool = SEEDS + corpus_versions()
    while len(pool) < count:
        r = rng.random()
        if r < 0.5:
            pool.append(mutate(rng.choice(pool[:200])))
        else:
            pool.append("".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 7))))
    return pool


def parse(s):
    try:
        return Version(s)
    except InvalidVersion:
        return None
    except ValueError:  # Python's int() digit limit: not a PEP 440 verdict
        return "skip"


def emit(**k):
    out.write(json.dumps(k) + "\n")


valid = []
for s in version_pool():
    v = parse(s)
    if v == "skip":
        continue
    if v is None:
        emit(t="version", input=s, valid=False)
        continue
    valid.append(v)
    emit(t="version", input=s, valid=True, norm=str(v), epoch=str(v.epoch),
         release=[str(x) for x in v.release], pre=None if v.pre is None else [v.pre[0], str(v.pre[1])],
         post=None if v.post is None else str(v.post), dev=None if v.dev is None else str(v.dev),
         local=v.local, public=v.public, base=v.base_version,
         flags=[v.is_prerelease, v.is_postrelease, v.is_devrelease])

distinct = sorted(set(valid))
for _ in range(count):
    a, b = rng.choice(valid), rng.choice(valid)
    if rng.random() < 0.3 and distinct:  # near neighbours are the interesting pairs
        i = rng.randrange(len(distinct))
        a, b = distinct[i], distinct[min(i + 1, len(distinct) - 1)]
    emit(t="order", a=str(a), b=str(b), cmp=(a > b) - (a < b), hasheq=hash(a) == hash(b))

OPS = ["~=", "==", "!=", "<=", ">=", "<", ">", "==="]
spec_versions = [str(v) for v in valid[:400]] + SEEDS + ["1.0.*", "1.*", "1!2.*", "1.0a1.*", "1.0+x.*",
                                                          "1", "1.0+local", "foobar", "", "1.0.dev1.*"]
specs = []
for _ in range(count // 4):
    op = rng.choice(OPS + [""])
    ver = rng.choice(spec_versions)
    if rng.random() < 0.2:
        ver = mutate(ver)
    sp = rng.choice(["", " ", "  "])
    specs.append(op + sp + ver + rng.choice(["", " "]))
good_specs = []
for s in specs:
    try:
        spec = Specifier(s)
    except InvalidSpecifier:
        emit(t="spec", input=s, valid=False)
        continue
    good_specs.append(s)
    emit(t="spec", input=s, valid=True, str=str(spec), pre=spec.prereleases)

candidates = [str(v) for v in valid]
for _ in range(count):
    s = rng.choice(good_specs)
    # Bias the candidate towards the specifier's own version family.
    base = Specifier(s).version.removesuffix(".*")
    pv = parse(base)
    if pv not in (None, "skip") and rng.random() < 0.6:
        rel = ".".join(map(str, pv.release))
        ep = f"{pv.epoch}!" if pv.epoch else ""
        c = ep + rel + rng.choice(["", ".0", ".1", "a1", "rc1", ".post1", ".dev0", "+loc", ".post1+l",
                                   "a1.dev1", ".post0.dev1", "b2.post1", ".0.0+1"])
        if parse(c) in (None, "skip"):
            c = rng.choice(candidates)
    else:
        c = rng.choice(candidates)
    v = Version(c)
    for pre in (None, True, False):
        emit(t="contains", spec=s, version=str(v), pre=pre,
             one=Specifier(s).contains(v, prereleases=pre),
             set=SpecifierSet(s).contains(v, prereleases=pre))

raw_pool = version_pool()[: count // 2]
arbitrary = [s for s in good_specs if s.strip().startswith("===")]
for _ in range(count // 3):
    s = rng.choice(arbitrary if rng.random() < 0.5 else good_specs)
    if rng.random() < 0.5 and s.strip().startswith("==="):
        raw = rng.choice([Specifier(s).version, Specifier(s).version.upper(), "v" + Specifier(s).version])
    else:
        raw = rng.choice(raw_pool)
    if parse(raw) == "skip":
        continue
    for pre in (None, True, False):
        emit(t="text", spec=s, version=raw, pre=pre,
             one=Specifier(s).contains(raw, prereleases=pre),
             set=SpecifierSet(s).contains(raw, prereleases=pre))

for _ in range(count // 10):
    parts = rng.sample(good_specs, rng.randint(0, 3))
    text = rng.choice([",", ", ", " ,"]).join(parts)
    ss = SpecifierSet(text)
    versions = [str(Version(rng.choice(candidates))) for _ in range(rng.randint(0, 6))]
    for pre in (None, True, False):
        emit(t="filter", set=text, str=str(ss), versions=versions, pre=pre,
             result=[str(x) for x in ss.filter([Version(x) for x in versions], prereleases=pre)],
             setpre=ss.prereleases)

emit(t="meta", packaging=packaging.__version__)
