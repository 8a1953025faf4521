#!/usr/bin/env python3
"""Generate the language-neutral conformance suite under Conformance/suite/.

Run through `Scripts/gen-conformance` (which provides packaging==26.3).
Deterministic: no clocks, no unseeded randomness, every list sorted or fixed,
so two runs write byte-identical files.

packaging 26.3 is the oracle for valid inputs of versions, specifiers and
requirements. Marker evaluation follows the living specification (the rules
in `SpecEvaluator` below); wherever packaging gives an answer the spec does not
allow, the case is moved to the `divergences` topic with the spec sentence
that decides it.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path

import packaging
from packaging.markers import InvalidMarker, Marker, UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, Specifier, SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

if packaging.__version__ != "26.3":
    sys.exit(f"gen-conformance needs packaging 26.3, found {packaging.__version__}")

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "Conformance" / "suite"
CORPUS = ROOT.parent / "shared" / "corpus" / "requires-dist.txt"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus/requires-dist.txt")

SPEC_DS = "spec-dependency-specifiers.rst"
SPEC_VS = "spec-version-specifiers.rst"

A_STRING_ORDERED = (SPEC_DS + " §Marker comparisons: \"locking and installation tools SHOULD implement "
                    "the following behavior: treat >= and <= as equivalent to ==; treat > and < as always being False\"")
A_STRING_TILDE = (SPEC_DS + " §Marker comparisons: \"The use of ~= or === with string fields is explicitly "
                  "discouraged and publishing tools SHOULD emit an error, ... while locking and installation "
                  "tools MAY instead interpret them as equivalent to ==.\"")
A_VERSION = (SPEC_DS + " §Marker comparisons: \"For Version fields, the comparison operations are defined by the "
             "Version specifier specification when either both the marker field value and the user supplied "
             "constant can be parsed as valid version specifiers or the === arbitrary equivalence comparison "
             "operator is used.\"")
A_VERSION_FALLBACK = (SPEC_DS + " §Marker comparisons: \"locking and installation tools MAY either emit an error or "
                      "else fall back to String field comparison logic if either the marker field value or the "
                      "user supplied constant cannot be parsed as a valid version specifier.\"")
A_VERSION_IN = (SPEC_DS + " §Marker comparisons: \"Note that in and not in containment checks are NOT valid for "
                "Version fields and publishing tools SHOULD emit an error, ... locking and installation tools MAY "
                "treat them as always being False.\"")
A_VS = (SPEC_DS + " §Marker comparisons: \"For Version | String fields, comparison operations are defined as they "
        "are for Version fields, while in and not in containment checks are defined as they are for String "
        "fields. ... tools SHOULD fall back to processing the field as a String field if parsing either value as "
        "a version fails.\"")
A_SET = (SPEC_DS + " §Marker comparisons: \"For Set of String fields, ... the only valid operations are in and not "
         "in comparisons with a user supplied string literal as the left operand. ... locking and installation "
         "tools SHOULD treat such operations as always being False.\"")
A_EXTRA = (SPEC_DS + " §Defined environment marker fields: \"Other comparison operations on extra are not defined "
           "and publishing tools SHOULD emit an error, ... while locking and installation tools SHOULD evaluate "
           "them as False.\"")
A_NO_FIELD = (SPEC_DS + " §Marker comparisons: \"Tools MAY emit an error if no marker field is referenced in a "
              "comparison (that is, both operands are given as constants).\"")
A_PRE = (SPEC_VS + " §Handling of pre-releases: \"Pre-releases of any kind ... are implicitly excluded from all "
         "version specifiers, unless they are already present on the system\" -- the running interpreter is "
         "present on the system, so marker comparisons include pre-releases.")
A_ARBITRARY = (SPEC_VS + " §Arbitrary equality: \"Arbitrary equality comparisons are simple string equality "
               "operations which do not take into account any of the semantic information such as zero padding "
               "or local versions.\"")
A_URL = (SPEC_DS + " §Grammar: \"url_req = name wsp* extras? wsp* urlspec (wsp+ quoted_marker?)?\" -- a marker "
         "after a URL needs whitespace before the semicolon; without it the semicolon belongs to the URI.")
A_WSP = (SPEC_DS + " §Grammar: \"wsp = ' ' | '\\t'\" and \"specification = wsp* ( url_req | name_req ) wsp*\" -- "
         "a line break is not whitespace of the grammar (the August 2025 change: \"incorrectly permitting "
         "trailing newlines\").")
A_VERSIONSPEC = (SPEC_DS + " §Grammar: \"version_many = version_one (',' version_one)* (',' wsp*)?\" and "
                 "\"versionspec = ( '(' version_many ')' ) | version_many\"")
A_EXTRAS_LIST = SPEC_DS + " §Grammar: \"extras = '[' wsp* extras_list? wsp* ']'\" -- the list may be empty."
A_ENV_VAR = (SPEC_DS + " §Grammar: env_var lists python_version, python_full_version, os_name, sys_platform, "
             "platform_release, platform_system, platform_version, platform_machine, "
             "platform_python_implementation, implementation_name, implementation_version, extra, extras, "
             "dependency_groups -- nothing else.")
A_LEGACY = (SPEC_DS + " §Grammar: env_var lists only the modern names; the legacy spellings (os.name, sys.platform, "
            "platform.version, platform.machine, platform.python_implementation, python_implementation) come from "
            "PEP 345 and are not in the grammar. pypa/packaging 26.3 and pepcheck (SPEC.md §1) accept and rewrite "
            "them; a strict implementation rejects them.")
LEGACY_SPELLINGS = ("os.name", "sys.platform", "platform.version", "platform.machine", "python_implementation")
A_GRAMMAR_VERSION = (SPEC_DS + " §Grammar: \"version = wsp* ( letterOrDigit | '-' | '_' | '.' | '*' | '+' | "
                     "'!' )+\" and \"version_many = version_one (',' version_one)* (',' wsp*)?\" -- a version "
                     "is not empty and only one trailing comma is allowed.")
A_IDENTIFIER = (SPEC_DS + " §Grammar: \"identifier_end = letterOrDigit | (('-' | '_' | '.' )* letterOrDigit)\" -- "
                "a name ends with a letter or digit.")
A_EXTRA_NORM = ("pep-0685.rst §Specification: \"When comparing extra names, tools MUST normalize the names being "
                "compared using the semantics outlined in PEP 503 for names.\"")


# --------------------------------------------------------------------------------------------------------------
# Writing

class Topic:
    def __init__(self, name: str, description: str):
        self.name = name
        self.description = description
        self.cases: list[dict] = []
        self.ids: set[str] = set()

    def add(self, slug: str, request: dict, *, expect=None, expect_any=None, authority=None, note=None):
        cid = f"{self.name}/{slug}"
        if cid in self.ids:
            raise SystemExit(f"duplicate case id {cid}")
        self.ids.add(cid)
        case = {"id": cid, "request": request}
        if expect_any is not None:
            uniq = []
            for e in expect_any:
                if e not in uniq:
                    uniq.append(e)
            if len(uniq) == 1:
                case["expect"] = uniq[0]
            else:
                case["expect_any"] = uniq
        else:
            case["expect"] = expect
        if authority:
            case["authority"] = authority
        if note:
            case["note"] = note
        self.cases.append(case)

    def write(self):
        SUITE.mkdir(parents=True, exist_ok=True)
        lines = ["{", f"  \"topic\": {json.dumps(self.name)},",
                 f"  \"description\": {json.dumps(self.description, ensure_ascii=False)},", "  \"cases\": ["]
        for i, case in enumerate(self.cases):
            sep = "," if i + 1 < len(self.cases) else ""
            lines.append("    " + json.dumps(case, ensure_ascii=False, separators=(", ", ": ")) + sep)
        lines += ["  ]", "}", ""]
        (SUITE / f"{self.name}.json").write_text("\n".join(lines), encoding="utf-8")


def ok(result):
    return {"ok": True, "result": result}


def err(kind, span=None):
    e = {"kind": kind}
    if span is not None:
        e["span"] = list(span)
    return {"ok": False, "error": e}


# --------------------------------------------------------------------------------------------------------------
# The span rule of the protocol (Conformance/README.md §Spans)

IDENT = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")
OPERATORS = ["===", "==", "!=", "<=", ">=", "~=", "<", ">"]


def token_span(text: str, pos: int) -> tuple[int, int]:
    """The span of the first token at or after `pos` (spaces and tabs skipped)."""
    n = len(text)
    while pos < n and text[pos] in " \t":
        pos += 1
    if pos >= n:
        return (n, n)
    c = text[pos]
    if c in "\"'":
        close = text.find(c, pos + 1)
        return (pos, n if close < 0 else close + 1)
    if c in IDENT:
        end = pos
        while end < n and text[end] in IDENT:
            end += 1
        return (pos, end)
    for op in OPERATORS:
        if text.startswith(op, pos):
            return (pos, pos + len(op))
    return (pos, pos + 1)


# --------------------------------------------------------------------------------------------------------------
# version-parse / version-compare

VERSIONS_ORDERED = [
    "1.0.dev0", "1.0.dev456", "1.0.dev456+local", "1.0a0", "1.0a0.post0.dev0", "1.0a0.post0", "1.0a1.dev1",
    "1.0a1.dev1+local", "1.0a1", "1.0a1+local", "1.0b0", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456",
    "1.0b2.post345", "1.0b2-346", "1.0rc0", "1.0rc1.dev1", "1.0c1", "1.0rc2", "1.0", "1.0.post0.dev0",
    "1.0.post0", "1.0.post456.dev34", "1.0.post456", "1.0.post456+local", "1.0.1.dev1", "1.0.1a1", "1.0.1",
    "1.0.1+local", "1.0.1.post1", "1.1.dev1", "1.2+a", "1.2+abc", "1.2+abcdef", "1.2+def", "1.2+0", "1.2+1",
    "1.2+1.abc", "1.2+1.1", "1.2+1.1.0", "1.2+2", "1.2+123", "1.2+123456", "1.2.r32+123456", "1.2.rev33+123456",
]
VERSIONS_ORDERED = VERSIONS_ORDERED + ["1!" + v for v in VERSIONS_ORDERED]

NORMALIZATION_INPUTS = [
    "1.0dev", "1.0.dev", "1.0dev1", "1.0-dev", "1.0-dev1", "1.0DEV", "1.0.DEV", "1.0DEV1", "1.0.DEV1", "1.0-DEV",
    "1.0-DEV1", "1.0a", "1.0.a", "1.0.a1", "1.0-a", "1.0-a1", "1.0alpha", "1.0.alpha", "1.0.alpha1", "1.0-alpha",
    "1.0-alpha1", "1.0A", "1.0.A", "1.0.A1", "1.0-A", "1.0-A1", "1.0ALPHA", "1.0.ALPHA", "1.0.ALPHA1",
    "1.0-ALPHA", "1.0-ALPHA1", "1.0b", "1.0.b", "1.0.b1", "1.0-b", "1.0-b1", "1.0beta", "1.0.beta",
    "1.0.beta1", "1.0-beta", "1.0-beta1", "1.0B", "1.0.B", "1.0.B1", "1.0-B", "1.0-B1", "1.0BETA", "1.0.BETA",
    "1.0.BETA1", "1.0-BETA", "1.0-BETA1", "1.0c", "1.0.c", "1.0.c1", "1.0-c", "1.0-c1", "1.0rc", "1.0.rc",
    "1.0.rc1", "1.0-rc", "1.0-rc1", "1.0C", "1.0.C", "1.0.C1", "1.0-C", "1.0-C1", "1.0RC", "1.0.RC",
    "1.0.RC1", "1.0-RC", "1.0-RC1", "1.0pre", "1.0preview", "1.0-pre1", "1.0.preview2", "1.0post", "1.0.post",
    "1.0post1", "1.0-post", "1.0-post1", "1.0POST", "1.0.POST", "1.0POST1", "1.0r", "1.0rev", "1.0.POST1",
    "1.0.r1", "1.0.rev1", "1.0-POST", "1.0-POST1", "1.0-5", "1.0-r5", "1.0-rev5", "1.0+AbC", "1.01", "1.0a05",
    "1.0b07", "1.0c056", "1.0rc09", "1.0.post000", "1.1.dev09000", "00!1.2", "0100!0.0", "v1.0", "V1.0",
    "   v1.0\t\n", " 1.0 ", "1.0+ubuntu-1", "1.0+ubuntu_1", "1.0+UBUNTU.1", "1.0a.1", "1.0a-1", "1.0a_1",
    "1.0_a1", "1.0-a_1", "1.0.post.1", "1.0-post-1", "1.0.dev.1", "1.0-dev-1", "1.0_dev_1", "1.0a1-1",
    "1.0-1.dev1", "2012.04", "2012.4.1", "1!1", "0!0", "0", "000", "1.0.0.0.0.0.0.0", "1.2.3.4.5+x.y.z",
    "4294967296", "18446744073709551616", "1.99999999999999999999", "1.0.0+0", "1.0+00", "1.0+a.0.b",
    "1.0alpha-", "1.0.alpha.", "1.0-dev-",
]

INVALID_VERSIONS = [
    "french toast", "1.0+a+", "1.0++", "1.0+_foobar", "1.0+foo&asd", "1.0+1+1", "1. 0", "1 .0", "1. 0a1",
    "1 .0a1", "1.0 a1", "1.0a 1", ".", "..", "1..0", "1.0.", ".1.0", "1..2.3", "", " ", "1.0+", "+1.0",
    "1.0-", "1.0_", "1.0.*", "1!", "!1.0", "1!!1.0", "a1.0", "1.0x", "1.0rc1rc2", "1.0a1b1", "1.0.post1.post2",
    "1.0.dev1.dev2", "1.0dev1a1", "1.0+foo bar", "1,0", "1.0\u00e9", "v", "vv1.0", "1.0v", "1.0 .post1",
    "1.0-+local", "1.0.+local", "01!!", "1.0..dev1", "==1.0", "٠١٢.٣",
    "1.0+\u0130", "-1.0", "1.0/2", "1.0#1",
]


def version_result(v: Version) -> dict:
    return {
        "normalized": str(v), "public": v.public, "base_version": v.base_version, "epoch": v.epoch,
        "release": list(v.release), "pre": list(v.pre) if v.pre else None, "post": v.post, "dev": v.dev,
        "local": v.local, "is_prerelease": v.is_prerelease, "is_postrelease": v.is_postrelease,
        "is_devrelease": v.is_devrelease,
    }


def systematic_versions() -> list[str]:
    out = []
    for epoch, release, pre, post, dev, local in itertools.product(
            ["", "2!"], ["0", "1.0", "1.2.3", "2024.10.1.5"], ["", "a1", "b2", "rc3", ".alpha4", "-c5"],
            ["", ".post1", "-7", "post"], ["", ".dev0", "dev3"], ["", "+local.7"]):
        out.append(f"{epoch}{release}{pre}{post}{dev}{local}")
    return out


def gen_version(topics):
    t = topics["version-parse"]
    seen = set()
    inputs = VERSIONS_ORDERED + NORMALIZATION_INPUTS + systematic_versions()
    n = 0
    for s in inputs:
        if s in seen:
            continue
        seen.add(s)
        n += 1
        t.add(f"valid-{n:04d}", {"op": "version.parse", "input": s}, expect=ok(version_result(Version(s))))
    for i, s in enumerate(INVALID_VERSIONS, 1):
        try:
            Version(s)
            raise SystemExit(f"expected invalid version: {s!r}")
        except InvalidVersion:
            pass
        t.add(f"invalid-{i:03d}", {"op": "version.parse", "input": s}, expect=err("invalid-version"))

    c = topics["version-compare"]
    vs = VERSIONS_ORDERED
    n = 0
    for i, a in enumerate(vs):
        for j, b in enumerate(vs):
            if i != j and (i * 7 + j * 3) % 5 != 0:
                continue
            va, vb = Version(a), Version(b)
            r = (va > vb) - (va < vb)
            n += 1
            c.add(f"ordered-{n:04d}", {"op": "version.compare", "left": a, "right": b}, expect=ok(r))
    equal_pairs = [("1.0", "1.0.0"), ("1.0", "1.0.0.0.0"), ("1.0rc1", "1.0c1"), ("1.0+AbC", "1.0+abc"),
                   ("1.0a", "1.0a0"), ("1.0post", "1.0.post0"), ("1.0-1", "1.0.post1"), ("0!1.0", "1.0"),
                   ("1.01", "1.1"), ("v1.0", "1.0"), ("1.0.dev", "1.0.dev0"), ("1.0+1.0", "1.0+1.00"),
                   ("1.0+1", "1.0+01"), ("1.0alpha1", "1.0a1"), ("1.0-preview2", "1.0rc2"),
                   ("1.0+a", "1.0+b"), ("1.0+1", "1.0+a"), ("1.0+a.1", "1.0+a"), ("1.0", "1.0+0"),
                   ("1.0.post1", "1.0+1"), ("1.0a1.post1", "1.0a1"), ("1.0a1.dev1", "1.0a1"),
                   ("1.0.post1.dev1", "1.0.post1"), ("1.0.post1.dev1", "1.0"), ("2!0.1", "1!99"),
                   ("1.10", "1.9"), ("1.0.0.1", "1.0"), ("1.0a10", "1.0a9"), ("1.0rc1", "1.0b99")]
    for i, (a, b) in enumerate(equal_pairs, 1):
        for k, (l, r) in enumerate([(a, b), (b, a)]):
            vl, vr = Version(l), Version(r)
            c.add(f"pair-{i:03d}-{k}", {"op": "version.compare", "left": l, "right": r},
                  expect=ok((vl > vr) - (vl < vr)))
    for i, s in enumerate(["1.0x", "", "french toast", "1..0"], 1):
        c.add(f"invalid-left-{i}", {"op": "version.compare", "left": s, "right": "1.0"}, expect=err("invalid-version"))
        c.add(f"invalid-right-{i}", {"op": "version.compare", "left": "1.0", "right": s}, expect=err("invalid-version"))


# --------------------------------------------------------------------------------------------------------------
# specifiers

SPEC_VERSIONS = ["1", "1.0", "1.0.0", "1.2", "1.2.3", "2.0", "1.0a1", "1.0rc1", "1.0.post1", "1.0.dev1",
                 "1.0a1.dev1", "1!1.0", "2.0b1.post2", "1.0+local"]
OPS = ["==", "!=", "<=", ">=", "<", ">", "~=", "==="]

INVALID_SPECIFIERS = [
    # (input, span or None)
    ("2.0", (0, 3)), ("=>2.0", (0, 1)), ("==", (2, 2)), ("~=1.0+5", (5, 7)), (">=1.0+deadbeef", (5, 14)),
    ("<=1.0+abc123", (5, 12)), (">1.0+watwat", (4, 11)), ("<1.0+1.0", (4, 8)), ("~=1.0.*", (5, 7)),
    (">=1.0.*", (5, 7)), ("<=1.0.*", (5, 7)), (">1.0.*", (4, 6)), ("<1.0.*", (4, 6)), ("==1.0.*+5", None),
    ("!=1.0.*+deadbeef", None), ("==2.0a1.*", (7, 9)), ("!=2.0a1.*", (7, 9)), ("==2.0.post1.*", (11, 13)),
    ("!=2.0.post1.*", (11, 13)), ("==2.0.dev1.*", (10, 12)), ("!=2.0.dev1.*", (10, 12)), ("==1.0+5.*", None),
    ("!=1.0+deadbeef.*", None), ("==1.0.*.5", (7, 9)), ("~=1", (2, 3)), ("~= 1", (3, 4)), (">=1,~=2", (6, 7)),
    (">=1.0x", (5, 6)), (">=1,<2x", (6, 7)), ("==1.0,,<2", (6, 7)), (",>=1", (0, 1)), (">=", (2, 2)),
    (">=1 <2", (4, 6)), (">=1;<2", (3, 6)), ("=1.0", (0, 1)), ("!1.0", (0, 1)), ("~1.0", (0, 1)),
    ("^1.0", (0, 1)), ("1.0,>=2", (0, 3)), (">=1,latest", (4, 10)), ("== 1.0 .post1", None), (">=1.0.", (5, 6)),
    ("===", (3, 3)), (">=1!", (4, 4)), ("<<1", (1, 2)), ("==1.0+", (6, 6)),
]


def gen_specifiers(topics):
    t = topics["specifier-parse"]
    inputs = []
    for op in OPS:
        for v in SPEC_VERSIONS:
            inputs.append(op + v)
    for v in ["1.*", "1.0.*", "2!1.*", "1.2.3.*"]:
        inputs += ["==" + v, "!=" + v]
    inputs += ["", " ", ">=1,<2", ">=1, <2", " >= 1 , < 2 ", ">=1.0,!=1.3.*,<2", "~=2.0,!=2.1.*",
               "==1.0,==1.0", ">=1,>=1.0", "<2,>=1", ">=1,", ">= 1.0, ", "===foobar", "===1.0+local",
               "== 1.0", "~=1.4.5a4", ">=1.0.dev0", "<=2!3", ">=1.0a1,<1.0", "!=1.0+local",
               "==1.0+local", ">=0.0.0", "<0", "~=2.0.0.0", ">= 1,", ">=1.0\t", "\t>=1.0", ">=V1.0", ">=1.0-1",
               ">=1.0_post1", "==1.0A1", "<=1.0RC1", "===1.0A1"]
    seen = set()
    n = 0
    for s in inputs:
        if s in seen:
            continue
        seen.add(s)
        try:
            r = ok({"normalized": str(SpecifierSet(s))})
        except InvalidSpecifier:
            r = None
        n += 1
        if r is None:
            t.add(f"rejected-{n:03d}", {"op": "specifier.parse", "input": s}, expect=err("invalid-specifier"))
        else:
            t.add(f"valid-{n:03d}", {"op": "specifier.parse", "input": s}, expect=r)
    for i, (s, span) in enumerate(INVALID_SPECIFIERS, 1):
        try:
            accepted = str(SpecifierSet(s))
        except InvalidSpecifier:
            accepted = None
        if accepted is not None:
            topics["divergences"].add(f"specifier-invalid-{i:03d}", {"op": "specifier.parse", "input": s},
                                      expect=err("invalid-specifier", span), authority=A_GRAMMAR_VERSION,
                                      note=f"pypa/packaging 26.3 accepts it as {accepted!r}.")
            continue
        t.add(f"invalid-{i:03d}", {"op": "specifier.parse", "input": s}, expect=err("invalid-specifier", span))

    c = topics["specifier-contains"]
    specs = ["==1.0", "==1.0.0", "==1.*", "==1.0.*", "!=1.0", "!=1.*", ">=1.0", ">1.0", "<=1.0", "<1.0",
             "~=1.0", "~=1.0.0", "~=1.0a1", "==1.0+local", "!=1.0+local", ">1.0.post1", "<1.0rc1",
             ">=1.0a1", "<2.0", ">1.0a1", "===1.0", "===1.0+local", ">=1.0,<2.0", ">=1.0,!=1.5.*,<2.0",
             ">1.0.dev1", "<1.0.dev0", ">=1!0.5", "", "==1.0.dev1", ">=0.9,<=1.0.post2", "!=1.0.*,>=0.9",
             "~=1.0.post1", "==2!1.0", "<1.0.post2", ">=1.0.dev0", "~=0.9.0", ">0.9,<1.0a1"]
    versions = ["0.9", "1.0.dev0", "1.0.dev1", "1.0a1", "1.0a2", "1.0rc1", "1.0", "1.0+local", "1.0+other",
                "1.0.0", "1.0.post1", "1.0.post1.dev1", "1.0.post2", "1.0.post1+local", "1.0.1", "1.1",
                "1.5.2", "1.9.9", "2.0.dev1", "2.0", "2.0a1", "1!0.5", "2!1.0", "0.9.5"]
    n = 0
    for s in specs:
        ss = SpecifierSet(s)
        for v in versions:
            for pre, tag in [(None, "default"), (True, "pre"), (False, "nopre")]:
                n += 1
                c.add(f"{n:04d}", {"op": "specifier.contains", "specifier": s, "version": v, "prereleases": pre},
                      expect=ok(ss.contains(v, prereleases=pre)))
    for i, (s, v) in enumerate([(">=1.0", "1.0x"), ("==1.*", "banana")], 1):
        c.add(f"invalid-version-{i}", {"op": "specifier.contains", "specifier": s, "version": v,
                                       "prereleases": None}, expect_any=[err("invalid-version"), ok(False)],
              authority=SPEC_VS + " §Version specifiers: the spec defines matching for PEP 440 versions only; "
                                  "it says nothing of other strings.",
              note="A version that is not PEP 440 is either rejected or contained in nothing "
                   "(packaging 26.3 answers False).")
    c.add("invalid-specifier-1", {"op": "specifier.contains", "specifier": "~=1", "version": "1.0",
                                  "prereleases": None}, expect=err("invalid-specifier"))

    f = topics["specifier-filter"]
    lists = [
        ["1.0", "1.1", "2.0", "0.9"],
        ["1.0a1", "1.0", "1.1a1"],
        ["1.0a1", "1.1b2", "2.0rc1"],
        ["1.0.dev0", "1.0a1", "1.0", "1.0.post1", "1.0.post1.dev1"],
        ["1.0+local", "1.0", "1.0+abc", "1.1+x"],
        ["2.0", "2.0a1", "1.9", "3.0.dev1"],
        ["0.9", "0.9.5", "1!0.5", "2!1.0"],
        [],
        ["1.5", "1.5.1", "1.5a1", "1.6"],
        ["1.0rc1", "1.0rc2"],
    ]
    n = 0
    for s in specs:
        ss = SpecifierSet(s)
        for li, vl in enumerate(lists):
            for pre in [None, True, False]:
                n += 1
                f.add(f"{n:04d}", {"op": "specifier.filter", "specifier": s, "versions": vl, "prereleases": pre},
                      expect=ok(list(ss.filter(vl, prereleases=pre))))

    # Candidates given as text that is not always a version: `===` compares the text as
    # written (PEP 440's escape hatch, `===foobar` matches `foobar`); the other operators never
    # match such text; the empty set keeps it. It is never a pre-release, and never the final
    # release that makes the default policy drop pre-releases.
    text_specs = ["===foobar", "===FooBar", "===1.0", "===1.0a1", "===rc1", "===foobar,>=1", "", ">=1", "==1.*"]
    text_lists = [["foobar", "foo", "bar", "FOOBAR"], ["1.0", "1.0a1", "foobar", "1.0+local"],
                  ["rc1", "1.0rc1"], ["1.0", "1.0.0", "v1.0", "1.0A1", "1.0a1"]]
    n = 0
    for s in text_specs:
        ss = SpecifierSet(s)
        for vl in text_lists:
            for pre in [None, True, False]:
                n += 1
                f.add(f"text-{n:03d}", {"op": "specifier.filter", "specifier": s, "versions": vl, "prereleases": pre},
                      expect=ok(list(ss.filter(vl, prereleases=pre))), authority=A_ARBITRARY)
    n = 0
    for s in text_specs:
        ss = SpecifierSet(s)
        for v in ["foobar", "FOOBAR", "rc1", "1.0", "v1.0", "1.0a1"]:
            for pre in [None, True, False]:
                n += 1
                c.add(f"text-{n:03d}", {"op": "specifier.contains", "specifier": s, "version": v, "prereleases": pre},
                      expect=ok(ss.contains(v, prereleases=pre)), authority=A_ARBITRARY)


# --------------------------------------------------------------------------------------------------------------
# requirements

def requirement_result(r: Requirement) -> dict:
    return {"name": r.name, "extras": sorted(r.extras), "specifier": str(r.specifier), "url": r.url,
            "marker": str(r.marker) if r.marker is not None else None, "normalized": str(r)}


# Hand-checked invalid requirements: (input, span). Each span follows the span rule of the protocol
# (README §Spans): the first token the parser could not accept, or the offending item for a semantic error.
INVALID_REQUIREMENTS = [
    ("", (0, 0)), (" ", (1, 1)), ("-name", (0, 5)), (".name", (0, 5)), ("_name", (0, 5)), ("name-", (0, 5)),
    ("name.", (0, 5)), ("name_", (0, 5)), ("na$me", (2, 3)), ("name!", (4, 5)), ("@ https://x", (0, 1)),
    ("[extra]", (0, 1)), (">=1.0", (0, 2)), ("; python_version > '3'", (0, 1)), ("name==", (6, 6)),
    ("name >=", (7, 7)), ("name[", (5, 5)), ("name[a", (6, 6)), ("name[a,", (7, 7)),
    ("name[a,]", (7, 8)), ("name[a b]", (7, 8)), ("name[a;b]", (6, 7)), ("name[-a]", (5, 7)), ("name[a-]", (5, 7)),
    ("name[,a]", (5, 6)), ("name[a]]", (7, 8)), ("name[[a]]", (5, 6)), ("name]", (4, 5)),
    ("name[a] [b]", (8, 9)), ("name>=1.0x", (9, 10)), ("name==1.0+", (10, 10)), ("name>=1.0+abc", (9, 13)),
    ("name~=1", (6, 7)), ("name ~= 1", (8, 9)), ("name>=1.0.*", (9, 11)), ("name<1.0.*", (8, 10)),
    ("name==1.0.*.5", (11, 13)), ("name==2.0a1.*", (11, 13)), ("name>=1,~=2", (10, 11)), ("name>=1 <2", (8, 9)),
    ("name>=1,,<2", (8, 9)), ("name=1.0", (4, 5)), ("name=>1.0", (4, 5)), ("name!1.0", (4, 5)),
    ("name~1.0", (4, 5)), ("name^1.0", (4, 5)), ("name<<1", (5, 6)), ("name 1.0", (5, 8)),
    ("name (>=1", (9, 9)), ("name (>=1]", (9, 10)), ("name >=1)", (8, 9)), ("name (>=1) ,", (11, 12)),
    ("name((>=1))", None), ("name >=1, latest", (10, 16)), ("name @", (6, 6)), ("name @ ", (7, 7)),
    ("name@", (5, 5)), ("name[a] @", (9, 9)), ("name >=1 @ https://x", (9, 10)),
    ("name @ https://x ;", (18, 18)), ("name @ https://x ; ", (19, 19)), ("name;", (5, 5)), ("name; ", (6, 6)),
    ("name ;", (6, 6)), ("name; python_version", (20, 20)), ("name; python_version >", (22, 22)),
    ("name; python_version > '3' and", (30, 30)), ("name; python_version > '3' or", (29, 29)),
    ("name; python_version > '3' and or", (31, 33)), ("name; (python_version > '3'", (27, 27)),
    ("name; python_version > '3')", (26, 27)), ("name; ()", (7, 8)), ("name; python_version = '3'", (21, 22)),
    ("name; python_version => '3'", (21, 22)), ("name; python_version >> '3'", (22, 23)),
    ("name; python_version ! '3'", (21, 22)), ("name; python_version is '3'", (21, 23)),
    ("name; python_version not '3'", (25, 28)), 
    ("name; python_version > 3", (23, 24)), ("name; python_version > '3", (23, 25)),
    ("name; python_version > \"3", (23, 25)), ("name; python_version > '3\"", (23, 26)),
    ("name; foo == 'x'", (6, 9)), ("name; python_versions == '3'", (6, 21)), ("name; Python_version == '3'", (6, 20)),
    ("name; os.name == 'posix'", (6, 13)), ("name; sys.platform == 'linux'", (6, 18)),
    ("name; platform.version == '1'", (6, 22)), ("name; python_implementation == 'CPython'", (6, 27)),
    ("name; extra_ == 'x'", (6, 12)), ("name; python_version > '3' xor os_name == 'nt'", (27, 30)),
    ("name; python_version > '3' && os_name == 'nt'", (27, 28)), ("name; python_version > '3' AND os_name == 'nt'", (27, 30)),
    ("name; not python_version > '3'", (6, 9)), ("name; python_version > '3' os_name == 'nt'", (27, 34)),
    ("name; '3' < python_version < '4'", (27, 28)), ("name; python_version in", (23, 23)),
    ("name; python_version > '3';", (26, 27)), ("name; python_version > '3' ; os_name == 'nt'", (27, 28)),
    ("name; (python_version > '3' or", (30, 30)), ("name; ((python_version > '3')", (29, 29)),
    ("name; python_version == '3' and (os_name == 'nt'", (48, 48)), ("name; 'a'", (9, 9)),
    ("name; 'a' ==", (12, 12)), ("name; == 'a'", (6, 8)), ("name; in extras", (6, 8)),
    ("name; extra == 'a' extra", (19, 24)), ("name >=1 ; python_version >= '3' ,", (33, 34)),
    ("name python_version > '3'", (5, 19)), ("name extra", (5, 10)), ("name [a", (7, 7)),
    ("name\t[a", (7, 7)), ("name[a]>=1;", (11, 11)), ("name[a]>=1 ;os_name", (19, 19)),
    ("name\n", (4, 5)), ("name>=1\n", (7, 8)), ("name\r\n", (4, 5)), ("\nname", (0, 1)),
    ("name; os_name == 'nt'\n", (21, 22)), ("name\u00e9", (4, 5)), ("n\u00e4me", (1, 2)), ("name ==1.0 ==2.0", (11, 13)),
    ("name >= 1.0 # comment", (12, 13)), ("name >= 1.0 --hash=sha256:00", (12, 18)), ("name; python_version >= '3' and", (31, 31)),
]


def gen_requirements(topics):
    t = topics["requirement-parse"]
    inputs = [ln for ln in CORPUS.read_text(encoding="utf-8").splitlines() if ln.strip()]
    handwritten = [
        "A", "A.B-C_D", "aa", "name", "name<=1", "name>=3", "name>=3,", "name>=3,<2", "name@http://foo.com",
        "name [fred,bar] @ http://foo.com ; python_version=='2.7'",
        "name[quux, strange];python_version<'2.7' and platform_version=='2'",
        "name; os_name=='a' or os_name=='b'", "name; os_name=='a' and os_name=='b' or os_name=='c'",
        "name; os_name=='a' and (os_name=='b' or os_name=='c')", "name; os_name=='a' or os_name=='b' and os_name=='c'",
        "name; (os_name=='a' or os_name=='b') and os_name=='c'", "name[]", "name [ ]", "name[a,b]", "name[b,a]",
        "name[ a , b ]", "Name[A_B]", "name (>=1.0, <2.0)", "name(==1.0)", "name ( == 1.0 )", "name===1.0",
        "name===foo", "name==1.0.*", "name!=1.0.*", "name ~= 1.4.5", "name>=1.0.dev0,<2", " name ", "\tname\t",
        "name @ file:///tmp/x.whl", "name @ git+https://github.com/o/r.git@v1.0#egg=name",
        "name @ https://x/y.whl ; python_version > '3'", "name @ https://x/y.whl#sha256=ab",
        "name@ https://x", "name @https://x", "name; extra == 'Foo_Bar'", "name; extra == 'foo.bar'",
        "name; '3' < python_version", "name; 'linux' == sys_platform", "name; 'a' in extras",
        "name; 'Dev_Tools' in dependency_groups", "name; 'x' not in extras", "name; python_version not in '2.7'",
        "name; python_full_version >= '3.8.1'", "name; implementation_version === 'foo'",
        "name; platform_release >= '5.10'", "name; platform_version == '13'", "name; os_name=='nt'",
        "name;os_name=='nt'", "name ;os_name=='nt'", "name>=1;os_name=='nt'", "name >= 1 ; os_name == 'nt'",
        "name; (os_name=='nt')", "name; ((os_name=='nt'))", "name; os_name=='nt' and(sys_platform=='win32')",
        "name; os_name==\"it's\"", "name; os_name=='say \"hi\"'", "name; platform_machine == 'x86_64'",
        "name; platform_python_implementation == 'PyPy'", "name; implementation_name == 'cpython'",
        "name; platform_system == 'Darwin'", "name[a]; extra == 'a'", "name==1.0+local",
        "name<=2!1.0", "name>1.0.post1", "name>=1,<2,!=1.5", "name <2 , >=1", "name>=1.0a1",
        "a-b.c_d==1", "Name123>=0", "name[a..b]", "name; python_version not  in '3'", "0name", "9", "name; python_version<'3' or python_version>='3.8'",
    ]
    seen = set()
    n = 0
    for s in handwritten + inputs:
        if s in seen:
            continue
        seen.add(s)
        try:
            r = Requirement(s)
        except InvalidRequirement:
            raise SystemExit(f"expected valid requirement {s!r}")
        n += 1
        t.add(f"valid-{n:04d}", {"op": "requirement.parse", "input": s}, expect=ok(requirement_result(r)))
    for i, (s, span) in enumerate(INVALID_REQUIREMENTS, 1):
        try:
            accepted = str(Requirement(s))
        except InvalidRequirement:
            accepted = None
        if accepted is not None and any(legacy in s for legacy in LEGACY_SPELLINGS):
            topics["divergences"].add(f"requirement-invalid-{i:03d}", {"op": "requirement.parse", "input": s},
                                      expect_any=[ok(requirement_result(Requirement(s))), err("invalid-requirement", span)],
                                      authority=A_LEGACY)
            continue
        if accepted is not None:
            topics["divergences"].add(f"requirement-invalid-{i:03d}", {"op": "requirement.parse", "input": s},
                                      expect=err("invalid-requirement", span),
                                      authority=A_ENV_VAR if ";" in s else A_IDENTIFIER,
                                      note=f"pypa/packaging 26.3 accepts it as {accepted!r}.")
            continue
        t.add(f"invalid-{i:03d}", {"op": "requirement.parse", "input": s}, expect=err("invalid-requirement", span))


# --------------------------------------------------------------------------------------------------------------
# markers: the spec evaluator

STRING_FIELDS = ["os_name", "sys_platform", "platform_machine", "platform_python_implementation",
                 "platform_system", "implementation_name"]
VERSION_FIELDS = ["python_version", "python_full_version", "implementation_version"]
VS_FIELDS = ["platform_release", "platform_version"]
SET_FIELDS = ["extras", "dependency_groups"]
FEATURE_SET_FIELDS = ["variant_namespaces", "variant_features", "variant_properties", "sys_abi_features"]
FEATURE_STRING_FIELDS = ["variant_label"]

BASE_ENV = {
    "implementation_name": "cpython", "implementation_version": "3.11.4", "os_name": "posix",
    "platform_machine": "x86_64", "platform_python_implementation": "CPython", "platform_release": "6.1.0",
    "platform_system": "Linux", "platform_version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.0",
    "python_full_version": "3.11.4", "python_version": "3.11", "sys_platform": "linux",
}

ERR_CMP = err("undefined-comparison")
FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!="}


def parse_version(s):
    try:
        return Version(s)
    except InvalidVersion:
        return None


def string_outcomes(lhs: str, op: str, rhs: str) -> list:
    if op == "==":
        return [ok(lhs == rhs)]
    if op == "!=":
        return [ok(lhs != rhs)]
    if op == "in":
        return [ok(lhs in rhs)]
    if op == "not in":
        return [ok(lhs not in rhs)]
    if op in ("<=", ">="):
        return [ok(lhs == rhs)]
    if op in ("<", ">"):
        return [ok(False)]
    return [ERR_CMP, ok(lhs == rhs)]  # ~= and ===


def version_compare(value: str, op: str, constant: str, var_on_left: bool):
    """PEP 440 comparison of the field value against the constant, or None if not defined."""
    if op == "===":
        if any(c in constant for c in " \t;,") or not constant:
            return None
        return value == constant
    if not var_on_left:
        if op not in FLIP:
            return None
        op = FLIP[op]
    try:
        spec = Specifier(op + constant)
    except InvalidSpecifier:
        return None
    v = parse_version(value)
    if v is None:
        return None
    return spec.contains(v, prereleases=True)


def feature_norm(name: str, s: str) -> str:
    if name in ("extras", "dependency_groups"):
        return canonicalize_name(s)
    if name in ("variant_namespaces", "variant_features", "variant_properties"):
        return " :: ".join(part.strip(" \t") for part in s.strip(" \t").split("::"))
    return s


def atom_outcomes(lhs, op, rhs, env: dict, context: str) -> tuple[list, str]:
    """lhs/rhs: ("var", name) or ("lit", text). Returns (outcomes, class)."""
    full = dict(env)
    if context == "metadata":
        full.setdefault("extra", "")
    if context == "lock_file":
        full.setdefault("extras", [])
        full.setdefault("dependency_groups", [])
    if lhs[0] == "lit" and rhs[0] == "lit":
        return [ok(string_outcomes(lhs[1], op, rhs[1])[-1]["result"]), err("invalid-marker"), ERR_CMP], "literal"
    var_on_left = lhs[0] == "var"
    name = lhs[1] if var_on_left else rhs[1]
    const = rhs[1] if var_on_left else lhs[1]
    if name not in full:
        return [err("undefined-environment-name")], "missing"
    value = full[name]
    if name in SET_FIELDS or name in FEATURE_SET_FIELDS:
        if var_on_left or op not in ("in", "not in") or isinstance(value, str):
            return [ok(False)], "set-other"
        members = {feature_norm(name, m) for m in value}
        hit = feature_norm(name, const) in members
        return [ok(hit if op == "in" else not hit)], "set"
    if name == "extra":
        if op in ("==", "!="):
            eq = canonicalize_name(const) == canonicalize_name(value) if value else const == value
            if value == "" and const != "":
                eq = False
            return [ok(eq if op == "==" else not eq)], "extra"
        return [ok(False)], "extra-other"
    l, r = (value, const) if var_on_left else (const, value)
    if name in VERSION_FIELDS:
        if op in ("in", "not in"):
            return [ok(False), ERR_CMP], "version-in"
        res = version_compare(value, op, const, var_on_left)
        if res is not None:
            return [ok(res)], "version"
        return [ERR_CMP] + string_outcomes(l, op, r), "version-fallback"
    if name in VS_FIELDS:
        if op in ("in", "not in"):
            return string_outcomes(l, op, r), "vs-string"
        res = version_compare(value, op, const, var_on_left)
        if res is not None:
            return [ok(res)], "vs-version"
        if op == "===":
            return [ok(l == r), ERR_CMP], "vs-fallback"
        return string_outcomes(l, op, r), "vs-fallback"
    return string_outcomes(l, op, r), "string"


def quote(s: str) -> str:
    return "'" + s + "'" if '"' in s else '"' + s + '"'


def atom_text(lhs, op, rhs) -> str:
    def side(x):
        return x[1] if x[0] == "var" else quote(x[1])
    return f"{side(lhs)} {op} {side(rhs)}"


def packaging_evaluate(marker: str, env: dict, context: str):
    """What the packaging adapter answers (the protocol result), for divergence detection."""
    try:
        m = Marker(marker)
    except InvalidMarker:
        return err("invalid-marker")
    import packaging.markers as pm
    saved = pm.default_environment
    pm.default_environment = lambda: {}
    try:
        e = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in env.items()}
        if "python_full_version" not in e:
            e["python_full_version"] = ""
            if "python_full_version" in marker:
                return err("undefined-environment-name")
        return ok(m.evaluate(e, context))
    except UndefinedEnvironmentName:
        return err("undefined-environment-name")
    except UndefinedComparison:
        return ERR_CMP
    finally:
        pm.default_environment = saved


def strip_span(e):
    if not e["ok"] and "span" in e["error"]:
        return {"ok": False, "error": {"kind": e["error"]["kind"]}}
    return e


AUTHORITY_BY_CLASS = {
    "string": A_STRING_ORDERED, "version": A_VERSION, "version-fallback": A_VERSION_FALLBACK,
    "version-in": A_VERSION_IN, "vs-string": A_VS, "vs-version": A_VS, "vs-fallback": A_VS,
    "set": A_SET, "set-other": A_SET, "extra": A_EXTRA_NORM, "extra-other": A_EXTRA, "literal": A_NO_FIELD,
}


class Evaluations:
    """Adds marker.evaluate cases, diverting those packaging answers outside the spec to `divergences`."""

    def __init__(self, topics):
        self.topics = topics
        self.counts: dict[str, int] = {}

    def add(self, topic: str, prefix: str, lhs, op, rhs, env: dict, context: str, *, check_packaging=True):
        marker = atom_text(lhs, op, rhs)
        outcomes, cls = atom_outcomes(lhs, op, rhs, env, context)
        self.add_marker(topic, prefix, marker, env, context, outcomes, cls, check_packaging)

    def add_marker(self, topic, prefix, marker, env, context, outcomes, cls, check_packaging=True):
        request = {"op": "marker.evaluate", "marker": marker, "environment": env, "context": context}
        target = topic
        note = None
        if check_packaging:
            got = packaging_evaluate(marker, env, context)
            if got not in outcomes:
                target = "divergences"
                note = (f"pypa/packaging 26.3 answers {json.dumps(got)}; the spec ({cls} comparison) allows "
                        f"{' or '.join(json.dumps(o) for o in outcomes)}.")
        key = f"{target}:{prefix}"
        self.counts[key] = self.counts.get(key, 0) + 1
        slug = f"{prefix}-{self.counts[key]:04d}"
        authority = AUTHORITY_BY_CLASS.get(cls) if (target == "divergences" or len(outcomes) > 1) else None
        self.topics[target].add(slug, request, expect_any=outcomes, authority=authority, note=note)


def env_with(**kw):
    e = dict(BASE_ENV)
    for k, v in kw.items():
        if v is None:
            e.pop(k, None)
        else:
            e[k] = v
    return dict(sorted(e.items()))


ALL_OPS = ["==", "!=", "<", "<=", ">", ">=", "~=", "===", "in", "not in"]
CONTEXTS = ["metadata", "lock_file", "requirement"]


def gen_markers(topics):
    ev = Evaluations(topics)
    # String fields
    string_values = {"os_name": ["posix", "nt", "java"], "sys_platform": ["linux", "win32", "darwin", "java1.8.0_51"],
                     "platform_machine": ["x86_64", "aarch64", "AMD64", "arm64"],
                     "platform_python_implementation": ["CPython", "PyPy"],
                     "platform_system": ["Linux", "Windows", "Darwin", "Java"], "implementation_name": ["cpython", "pypy"]}
    for name in STRING_FIELDS:
        vals = string_values[name]
        for envval, const, op, ctx in itertools.product(vals[:2], vals + [vals[0][:2], vals[0].upper()], ALL_OPS, CONTEXTS):
            ev.add("marker-evaluate", "string", ("var", name), op, ("lit", const), env_with(**{name: envval}), ctx)
        for envval, const, op in itertools.product(vals[:2], vals[:2] + [vals[0][1:3]], ["==", "!=", "in", "not in", "<", ">="]):
            ev.add("marker-evaluate", "string-rhs", ("lit", const), op, ("var", name), env_with(**{name: envval}), "requirement")
    # Version fields
    version_envs = {"python_version": ["3.8", "3.11", "3.13", "2.7"],
                    "python_full_version": ["3.11.4", "3.13.0rc1", "3.12.0", "3.14.0a1", "3.10.12"],
                    "implementation_version": ["3.11.4", "7.3.17", "3.13.0b2"]}
    consts = ["3", "3.8", "3.11", "3.11.4", "3.13", "3.12.*", "3.11.*", "3.13.0rc1", "2.7", "3.13.0", "4", "7.3"]
    for name in VERSION_FIELDS:
        for envval, const, op in itertools.product(version_envs[name], consts, ALL_OPS):
            ctx = CONTEXTS[(len(envval) + len(const) + len(op)) % 3]
            ev.add("marker-evaluate", "version", ("var", name), op, ("lit", const), env_with(**{name: envval}), ctx)
        for envval, const, op in itertools.product(version_envs[name][:2], ["3.8", "3.11", "3.12"], ["<", "<=", ">", ">=", "==", "!="]):
            ev.add("marker-evaluate", "version-rhs", ("lit", const), op, ("var", name), env_with(**{name: envval}), "metadata")
    # Version | String fields
    vs_envs = {"platform_release": ["6.1.0", "5.10.104-linuxkit", "23.1.0", "10", "2025Server"],
               "platform_version": ["13", "13.1", "#1 SMP PREEMPT_DYNAMIC", "10.0.19045", "Darwin Kernel Version 23.1.0"]}
    vs_consts = ["13", "6", "6.1", "5.10", "23.1.0", "SMP", "10.0", "linuxkit", "#1 SMP PREEMPT_DYNAMIC", "13.*"]
    for name in VS_FIELDS:
        for envval, const, op in itertools.product(vs_envs[name], vs_consts, ALL_OPS):
            ctx = CONTEXTS[(len(envval) + len(op)) % 3]
            ev.add("marker-evaluate", "version-or-string", ("var", name), op, ("lit", const), env_with(**{name: envval}), ctx)
    # Set fields (lock files)
    set_envs = [[], ["dev"], ["dev", "test"], ["Dev_Tools"], ["docs", "a.b"]]
    set_consts = ["dev", "test", "DEV", "dev-tools", "dev_tools", "a-b", "docs", ""]
    for name in SET_FIELDS:
        for envval, const, op in itertools.product(set_envs, set_consts, ["in", "not in"]):
            ev.add("marker-evaluate", "set", ("lit", const), op, ("var", name), env_with(**{name: envval}), "lock_file")
        for const, op in itertools.product(["dev", "x"], ["==", "!=", "<", ">="]):
            ev.add("marker-evaluate", "set-other", ("lit", const), op, ("var", name), env_with(**{name: ["dev"]}), "lock_file")
            ev.add("marker-evaluate", "set-other", ("var", name), op, ("lit", const), env_with(**{name: ["dev"]}), "lock_file")
        for const, op, ctx in itertools.product(["dev"], ["in", "not in"], CONTEXTS):
            ev.add("marker-evaluate", "set-default", ("lit", const), op, ("var", name), env_with(), ctx)
    # extra
    for envval, const, op, ctx in itertools.product(["", "test", "Foo_Bar", "foo.bar"], ["test", "foo-bar", "Foo.Bar", "tes", ""],
                                                    ["==", "!=", "in", "not in", "<", ">="], ["metadata", "requirement"]):
        ev.add("marker-evaluate", "extra", ("var", "extra"), op, ("lit", const), env_with(extra=envval), ctx)
    for const, ctx in itertools.product(["test", ""], CONTEXTS):
        ev.add("marker-evaluate", "extra-default", ("var", "extra"), "==", ("lit", const), env_with(), ctx)
    # missing variables
    for name in STRING_FIELDS + VERSION_FIELDS + VS_FIELDS:
        ev.add("marker-evaluate", "missing", ("var", name), "==", ("lit", "1"), env_with(**{name: None}), "requirement")
    # compound markers, single-outcome atoms only
    atoms = [(("var", "python_version"), ">=", ("lit", "3.8")), (("var", "sys_platform"), "==", ("lit", "win32")),
             (("var", "os_name"), "!=", ("lit", "nt")), (("var", "python_full_version"), "<", ("lit", "3.11.4")),
             (("var", "platform_machine"), "in", ("lit", "x86_64 aarch64")), (("var", "implementation_name"), "==", ("lit", "cpython"))]
    envs = [env_with(), env_with(sys_platform="win32", os_name="nt", python_version="3.7", python_full_version="3.7.9"),
            env_with(platform_machine="arm64", implementation_name="pypy")]
    for (a, b, c) in itertools.permutations(range(len(atoms)), 3):
        for shape in ["{a} and {b} or {c}", "{a} and ({b} or {c})", "({a} or {b}) and {c}", "{a} or {b} and {c}"]:
            texts = {k: atom_text(*atoms[i]) for k, i in zip("abc", (a, b, c))}
            marker = shape.format(**texts)
            for ei, env in enumerate(envs):
                vals = {k: atom_outcomes(*atoms[i], env, "requirement")[0][0]["result"] for k, i in zip("abc", (a, b, c))}
                pyexpr = shape.format(**{k: str(v) for k, v in vals.items()})
                result = bool(eval(pyexpr))  # only True/False/and/or/parens
                ev.add_marker("marker-evaluate", "compound", marker, env, "requirement", [ok(result)], "string")

    # marker.parse
    t = topics["marker-parse"]
    n = 0
    parse_inputs = []
    for name in STRING_FIELDS + VERSION_FIELDS + VS_FIELDS + ["extra"]:
        for op in ALL_OPS:
            parse_inputs.append(f"{name} {op} '1.0'")
    parse_inputs += ["python_version>'3.8'", "python_version  >=  \"3.8\"", "'3.8' <= python_version",
                     "(python_version >= '3.8')", "( python_version >= '3.8' )", "((os_name == 'nt'))",
                     "os_name == 'nt' and sys_platform == 'win32' or python_version < '3'",
                     "os_name == 'nt' and (sys_platform == 'win32' or python_version < '3')",
                     "(os_name == 'nt' or sys_platform == 'win32') and python_version < '3'",
                     "os_name=='nt'and sys_platform=='win32'", "extra == 'Foo_Bar'", "extra == 'foo.BAR--baz'",
                     "'Foo_Bar' == extra", "'Dev_Tools' in dependency_groups", "'A.B' not in extras",
                     "'dev' in extras and 'test' not in dependency_groups", "os_name == \"it's\"",
                     "os_name == 'say \"hi\"'", "platform_version == ''", "implementation_version === 'weird'",
                     "python_full_version ~= '3.8.1'", "sys_platform == 'linux' and 'SMP' in platform_version",
                     "sys_platform == 'darwin' and platform_release >= '12'", "\tos_name == 'nt'\t",
                     "python_version in '2.7 3.8'", "os_name not  in 'nt'"]
    for s in parse_inputs:
        n += 1
        try:
            r = ok({"normalized": str(Marker(s))})
        except InvalidMarker:
            raise SystemExit(f"expected valid marker {s!r}")
        t.add(f"valid-{n:03d}", {"op": "marker.parse", "input": s}, expect=r)
    invalid_markers = [
        ("", (0, 0)), ("python_version", (14, 14)), ("python_version >", (16, 16)), ("python_version > 3.8", (17, 20)),
        ("foo == 'x'", (0, 3)), ("python_versions == '3'", (0, 15)), ("os.name == 'nt'", (0, 7)),
        ("sys.platform == 'linux'", (0, 12)), ("python_implementation == 'CPython'", (0, 21)),
        ("platform.machine == 'x86_64'", (0, 16)), ("os_name = 'nt'", (8, 9)), ("os_name == 'nt' and", (19, 19)),
        ("os_name == 'nt' or", (18, 18)), ("(os_name == 'nt'", (16, 16)), ("os_name == 'nt')", (15, 16)),
        ("os_name == 'nt", (11, 14)), ("os_name == 'nt' andsys_platform == 'x'", (16, 31)),
        ("not os_name == 'nt'", (0, 3)), ("os_name == 'nt' xor os_name == 'x'", (16, 19)),
        ("os_name == 'a' == 'b'", (15, 17)), ("os_name is 'nt'", (8, 10)), ("os_name not 'nt'", (12, 16)),
        ("os_name === ", (12, 12)), ("()", (1, 2)), ("os_name == 'nt';", (15, 16)), ("OS_NAME == 'nt'", (0, 7)),
        ("os_name == nt", (11, 13)), ("variant_labels == 'x'", (0, 14)), ("os_name\n== 'nt'", (7, 8)),
    ]
    for i, (s, span) in enumerate(invalid_markers, 1):
        try:
            accepted = str(Marker(s))
        except InvalidMarker:
            accepted = None
        if accepted is not None and any(legacy in s for legacy in LEGACY_SPELLINGS):
            topics["divergences"].add(f"marker-invalid-{i:03d}", {"op": "marker.parse", "input": s},
                                      expect_any=[ok({"normalized": accepted}), err("invalid-marker", span)],
                                      authority=A_LEGACY)
            continue
        if accepted is not None:
            topics["divergences"].add(f"marker-invalid-{i:03d}", {"op": "marker.parse", "input": s},
                                      expect=err("invalid-marker", span), authority=A_ENV_VAR,
                                      note=f"pypa/packaging 26.3 accepts it as {accepted!r}.")
            continue
        t.add(f"invalid-{i:03d}", {"op": "marker.parse", "input": s}, expect=err("invalid-marker", span))
    ev.topics["marker-evaluate"].add("invalid-marker-1", {"op": "marker.evaluate", "marker": "os_name ==",
                                                          "environment": env_with(), "context": "requirement"},
                                     expect=err("invalid-marker", (10, 10)))
    return ev


# --------------------------------------------------------------------------------------------------------------
# feature markers (the pepcheck extension, SPEC.md)

A_FEATURE = ("pepcheck SPEC.md §Feature markers: variant_namespaces, variant_features, variant_properties and "
             "sys_abi_features are Set of strings fields (pep-0825.rst / pep-0817.rst); only \"lit\" in var and "
             "\"lit\" not in var are defined, other operators are False; variant literals are written with one space on "
             "each side of :: and no whitespace at either end; extras and dependency_groups literals are normalised.")


def gen_feature_markers(topics, ev: Evaluations):
    t = topics["feature-markers"]
    envs = {
        "variant_namespaces": [[], ["nvidia"], ["nvidia", "x86_64"]],
        "variant_features": [[], ["nvidia::cuda_version_lower_bound"], ["x86_64::level", "nvidia::sm_arch"]],
        "variant_properties": [[], ["nvidia::cuda_version_lower_bound::12.8"], ["x86_64::level::v3", "arm::abi::eabihf"]],
        "sys_abi_features": [[], ["free-threading"], ["free-threading", "debug"]],
    }
    consts = {
        "variant_namespaces": ["nvidia", "x86_64", "NVIDIA", "nvidia ", ""],
        "variant_features": ["nvidia::cuda_version_lower_bound", "nvidia :: cuda_version_lower_bound",
                             " x86_64::level ", "x86_64 ::level", "nvidia", "x86_64:: level"],
        "variant_properties": ["nvidia::cuda_version_lower_bound::12.8", "nvidia :: cuda_version_lower_bound :: 12.8",
                               "x86_64::level::v3", "x86_64 :: level::v3", "arm::abi::eabihf", "x86_64::level"],
        "sys_abi_features": ["free-threading", "debug", "free_threading", "Debug"],
    }
    for name in FEATURE_SET_FIELDS:
        for envval, const, op, ctx in itertools.product(envs[name], consts[name], ["in", "not in"], CONTEXTS):
            ev.add("feature-markers", f"{name}", ("lit", const), op, ("var", name), env_with(**{name: envval}), ctx,
                   check_packaging=False)
        for const, op in itertools.product(consts[name][:1], ["==", "!=", "<=", ">", "~=", "==="]):
            ev.add("feature-markers", f"{name}-other", ("var", name), op, ("lit", const), env_with(**{name: envs[name][1]}),
                   "requirement", check_packaging=False)
            ev.add("feature-markers", f"{name}-other", ("lit", const), op, ("var", name), env_with(**{name: envs[name][1]}),
                   "requirement", check_packaging=False)
        ev.add("feature-markers", f"{name}-missing", ("lit", consts[name][0]), "in", ("var", name), env_with(), "lock_file",
               check_packaging=False)
    for envval, const, op in itertools.product(["cu128", "cpu", ""], ["cu128", "CU128", "cu", "cpu"], ALL_OPS):
        ev.add("feature-markers", "variant_label", ("var", "variant_label"), op, ("lit", const),
               env_with(variant_label=envval), "requirement", check_packaging=False)
    for case in t.cases:
        case.setdefault("authority", A_FEATURE)
    # parse-time normalisation
    parse = [
        ("'Dev_Tools' in dependency_groups", "\"dev-tools\" in dependency_groups"),
        ("'A.B' not in extras", "\"a-b\" not in extras"),
        ("'nvidia :: cuda' in variant_features", "\"nvidia :: cuda\" in variant_features"),
        ("'free-threading' in sys_abi_features", "\"free-threading\" in sys_abi_features"),
        ("variant_label == 'cu128'", "variant_label == \"cu128\""),
        ("'nvidia' in variant_namespaces and 'x86_64::level::v3' in variant_properties",
         "\"nvidia\" in variant_namespaces and \"x86_64 :: level :: v3\" in variant_properties"),
        ("' x86_64::level ' in variant_features", "\"x86_64 :: level\" in variant_features"),
    ]
    for i, (s, norm) in enumerate(parse, 1):
        t.add(f"parse-{i:02d}", {"op": "marker.parse", "input": s}, expect=ok({"normalized": norm}), authority=A_FEATURE,
              note="The normalised form keeps the literal as written except for PEP 685/735 names and the "
                   "` :: ` spacing of variant literals (SPEC.md §3.3).")
    t.add("parse-unknown-variant", {"op": "marker.parse", "input": "variant_thing == 'x'"},
          expect=err("invalid-marker", (0, 13)), authority=A_FEATURE)


# --------------------------------------------------------------------------------------------------------------
# divergences (hand-written)

def gen_divergences(topics, ev: Evaluations):
    d = topics["divergences"]

    def ev_case(slug, marker, env, context, outcomes, authority, note):
        d.add(slug, {"op": "marker.evaluate", "marker": marker, "environment": env, "context": context},
              expect_any=outcomes, authority=authority, note=note)

    ev_case("platform-release-linuxkit-ge", "platform_release >= \"5.10\"", env_with(platform_release="5.10.104-linuxkit"),
            "requirement", [ok(False)], A_VS,
            "Not PEP 440, so String rules: >= acts as ==. packaging 26.3 answers False through Specifier.contains.")
    ev_case("platform-release-linuxkit-ne", "platform_release != \"5.10\"", env_with(platform_release="5.10.104-linuxkit"),
            "requirement", [ok(True)], A_VS,
            "String rules make != true; packaging 26.3 answers False (Specifier.contains of an unparsable version).")
    ev_case("platform-release-2025server-ge", "platform_release >= \"2025Server\"",
            env_with(platform_release="2025Server"), "requirement", [ok(True)], A_VS,
            "The constant is no version: String rules, >= as ==, equal strings.")
    ev_case("platform-release-2025server-ge-version", "platform_release >= \"10\"",
            env_with(platform_release="2025Server"), "requirement", [ok(False)], A_VS, "String rules: >= as ==.")
    ev_case("platform-version-13-1", "platform_version >= \"13\"", env_with(platform_version="13.1"), "requirement",
            [ok(True)], A_VS,
            "platform_version is Version | String: 13.1 >= 13. packaging 26.3 treats platform_version as a "
            "String field (>= as ==) and answers False.")
    ev_case("platform-version-non-version", "platform_version >= \"13\"",
            env_with(platform_version="#1 SMP PREEMPT_DYNAMIC"), "requirement", [ok(False)], A_VS,
            "String rules: >= as ==.")
    ev_case("in-python-version", "\"3.\" in python_version", env_with(), "requirement", [ok(False), ERR_CMP], A_VERSION_IN,
            "packaging 26.3 does a substring test and answers True.")
    ev_case("python-version-in-string", "python_version in \"3.11 3.12\"", env_with(python_version="3.1"),
            "requirement", [ok(False), ERR_CMP], A_VERSION_IN,
            "Substring semantics would say True (\"3.1\" is in \"3.11\"): the reason the spec forbids it.")
    ev_case("python-version-trailing-dot", "python_version >= \"3.9.\"", env_with(), "requirement",
            [ok(False), ERR_CMP], A_VERSION_FALLBACK,
            "\"3.9.\" is no version: an error, or String rules (>= as ==, False).")
    ev_case("variable-on-right-wildcard", "\"3.11.*\" == python_full_version", env_with(), "requirement",
            [ok(True), ok(False)], A_VERSION,
            "With the field on the right, == is symmetric only if the constant may carry the wildcard: "
            "python_full_version == \"3.11.*\" is True; packaging treats the field value as the specifier and the "
            "constant as the candidate (not a version), answering False.")
    ev_case("variable-on-right-less", "\"3.8\" < python_version", env_with(), "requirement", [ok(True)], A_VERSION,
            "3.8 < 3.11 whichever operand holds the field.")
    for i, (op, value) in enumerate([("~=", "linux"), ("===", "linux"), ("~=", "posix"), ("===", "win32")], 1):
        name = "sys_platform" if value in ("linux", "win32") else "os_name"
        envv = env_with()
        ev_case(f"string-field-{i}", f"{name} {op} \"{value}\"", envv, "requirement",
                [ERR_CMP, ok(envv[name] == value)], A_STRING_TILDE, "An error, or the same answer as ==.")
    ev_case("arbitrary-implementation-version", "implementation_version === \"3.11.4\"", env_with(), "requirement",
            [ok(True)], A_VERSION, "=== is string equality.")
    ev_case("arbitrary-implementation-version-padded", "implementation_version === \"3.11.4.0\"", env_with(),
            "requirement", [ok(False)], A_ARBITRARY, "No zero padding under ===.")
    ev_case("arbitrary-implementation-version-nonversion", "implementation_version === \"not.a.valid.version\"",
            env_with(implementation_version="not.a.valid.version"), "requirement", [ok(True)], A_VERSION,
            "=== compares strings even when neither side is a version.")
    ev_case("in-extra", "\"x\" in extra", env_with(extra="x-y"), "metadata", [ok(False)], A_EXTRA,
            "packaging 26.3 does a substring test on the normalised extra and answers True.")
    ev_case("in-extra-exact", "\"x\" in extra", env_with(extra="x"), "metadata", [ok(False)], A_EXTRA,
            "Only == and != are defined for extra.")
    for i, (marker, res) in enumerate([("\"a\" == \"a\"", True), ("\"a\" != \"a\"", False), ("\"3.8\" < \"3.10\"", False),
                                       ("\"b\" in \"abc\"", True)], 1):
        ev_case(f"literal-{i}", marker, env_with(), "requirement", [ok(res), err("invalid-marker"), ERR_CMP], A_NO_FIELD,
                "Tools may reject a comparison between two constants; otherwise String rules apply.")
        d.add(f"literal-parse-{i}", {"op": "marker.parse", "input": marker},
              expect_any=[ok({"normalized": str(Marker(marker))}), err("invalid-marker")], authority=A_NO_FIELD)
    ev_case("python-full-version-plus", "python_full_version >= \"3.13\"", env_with(python_full_version="3.13.0+"),
            "requirement", [ok(False), ERR_CMP, ok(True)], A_VERSION_FALLBACK,
            "\"3.13.0+\" (a CPython built from an untagged checkout) is no PEP 440 version: an error or String "
            "rules (>= as ==, False); or, as pypa/packaging 26.3 and pepcheck (SPEC.md §2.2) do, the value is "
            "repaired to 3.13.0+local first, and 3.13.0+local >= 3.13 is True.")
    ev_case("python-full-version-plus-eq", "python_full_version == \"3.13.0+\"", env_with(python_full_version="3.13.0+"),
            "requirement", [ok(True), ERR_CMP, ok(False)], A_VERSION_FALLBACK,
            "String rules: equal strings; or, repaired to 3.13.0+local first (pypa/packaging 26.3, pepcheck), "
            "the constant is no version and String rules compare 3.13.0+local with 3.13.0+: False.")
    ev_case("prerelease-interpreter-ge-same", "python_full_version >= \"3.13\"", env_with(python_full_version="3.13.0rc1"),
            "requirement", [ok(False)], A_VERSION, "3.13.0rc1 sorts before 3.13.")
    ev_case("prerelease-interpreter-ge-lower", "python_full_version >= \"3.12\"",
            env_with(python_full_version="3.13.0rc1"), "requirement", [ok(True)], A_PRE,
            "The interpreter is installed, so its pre-release counts.")
    ev_case("prefix-padding", "python_version == \"3.10.0.*\"", env_with(python_version="3.10"), "requirement",
            [ok(True)], SPEC_VS + " §Version matching: \"the release segment is zero padded as necessary\"",
            "3.10 pads to 3.10.0.")
    d.add("arbitrary-local", {"op": "specifier.contains", "specifier": "===1.0", "version": "1.0+downstream1",
                              "prereleases": None}, expect=ok(False), authority=A_ARBITRARY,
          note="String equality: 1.0+downstream1 is not 1.0.")
    d.add("arbitrary-nonversion", {"op": "specifier.contains", "specifier": "===foobar", "version": "foobar",
                                   "prereleases": None}, expect_any=[ok(True), err("invalid-version")], authority=A_ARBITRARY,
          note="=== exists for versions that are not PEP 440; an implementation whose contains takes a parsed "
               "version cannot answer.")
    url = "pkg @ https://x/y.whl; python_version>\"3\""
    d.add("url-semicolon", {"op": "requirement.parse", "input": url}, expect=err("invalid-requirement", token_span(url, 23)),
          authority=A_URL, note="packaging agrees; uv/pep508-rs ends the URL at \";\".")
    d.add("url-semicolon-space", {"op": "requirement.parse", "input": "pkg @ https://x/y.whl ; python_version>\"3\""},
          expect=ok(requirement_result(Requirement("pkg @ https://x/y.whl ; python_version>\"3\""))), authority=A_URL)
    d.add("extras-normalised-parse", {"op": "marker.parse", "input": "'Foo_Bar' in extras"},
          expect=ok({"normalized": "\"foo-bar\" in extras"}), authority=A_EXTRA_NORM)
    d.add("extra-normalised-parse", {"op": "marker.parse", "input": "extra == 'Foo_Bar'"},
          expect=ok({"normalized": "extra == \"foo-bar\""}), authority=A_EXTRA_NORM)
    ev_case("extras-normalised-eval", "\"Foo_Bar\" in extras", env_with(extras=["foo.bar"]), "lock_file", [ok(True)],
            A_EXTRA_NORM, "Both the literal and the selected extras are normalised.")
    ev_case("extra-normalised-eval", "extra == \"Foo_Bar\"", env_with(extra="FOO.bar"), "metadata", [ok(True)],
            A_EXTRA_NORM, "Both sides are normalised.")
    d.add("empty-parens", {"op": "requirement.parse", "input": "name()"}, expect=err("invalid-requirement"),
          authority=A_VERSIONSPEC, note="packaging 26.3 accepts name() as no specifier; the grammar needs a version_one.")
    d.add("empty-extras", {"op": "requirement.parse", "input": "name[]"},
          expect=ok(requirement_result(Requirement("name[]"))), authority=A_EXTRAS_LIST)
    d.add("trailing-comma", {"op": "requirement.parse", "input": "name>=3,"},
          expect=ok(requirement_result(Requirement("name>=3,"))), authority=A_VERSIONSPEC)
    d.add("trailing-newline", {"op": "requirement.parse", "input": "name\n"}, expect=err("invalid-requirement", (4, 5)),
          authority=A_WSP)
    d.add("trailing-newline-spec", {"op": "requirement.parse", "input": "name>=1\n"},
          expect=err("invalid-requirement", (7, 8)), authority=A_WSP)
    d.add("legacy-dotted-variable", {"op": "marker.parse", "input": "os.name == 'posix'"},
          expect_any=[ok({"normalized": "os_name == \"posix\""}), err("invalid-marker", (0, 7))], authority=A_LEGACY,
          note="packaging 26.3 still accepts os.name, sys.platform, platform.version, platform.machine, "
               "platform.python_implementation and python_implementation.")
    d.add("legacy-python-implementation", {"op": "marker.parse", "input": "python_implementation == 'CPython'"},
          expect_any=[ok({"normalized": "platform_python_implementation == \"CPython\""}), err("invalid-marker", (0, 21))],
          authority=A_LEGACY)
    d.add("backslash-escape", {"op": "marker.parse", "input": "os_name == 'a\\x41'"},
          expect_any=[ok({"normalized": "os_name == \"a\\x41\""}), ok({"normalized": "os_name == \"aA\""}),
                      err("invalid-marker")],
          authority=SPEC_DS + " §User supplied constants: \"Backslash escapes are not specified, although tools MAY "
                              "support them.\"")
    d.add("set-on-left", {"op": "marker.evaluate", "marker": "extras == \"dev\"", "environment": env_with(extras=["dev"]),
                          "context": "lock_file"}, expect=ok(False), authority=A_SET,
          note="packaging 26.3 raises UndefinedComparison for a set on the left.")


# --------------------------------------------------------------------------------------------------------------

TOPICS = [
    ("version-parse", "PEP 440 version parsing: normalisation, every accessor, invalid input."),
    ("version-compare", "PEP 440 ordering: compare(left, right) is -1, 0 or 1."),
    ("specifier-parse", "Specifier sets: valid (normalised string) and invalid input, spans on hand-checked cases."),
    ("specifier-contains", "SpecifierSet.contains for every operator, pre-release mode, local and post versions."),
    ("specifier-filter", "SpecifierSet.filter: which inputs pass, in input order, including the pre-release fallback."),
    ("requirement-parse", "PEP 508 requirements: the corpus, hand-written valid forms, and hand-checked invalid "
                          "forms with spans."),
    ("marker-parse", "Environment markers: normalised form and invalid markers with spans."),
    ("marker-evaluate", "Marker evaluation for String, Version, Version | String and Set fields and extra, "
                        "in the metadata, lock_file and requirement contexts."),
    ("feature-markers", "The feature-marker extension: set-valued variant_*/sys_abi_features variables and "
                        "variant_label."),
    ("divergences", "Cases where implementations disagree; each cites the spec text that decides it."),
    ("marker-algebra", "Combining and comparing markers: and, or, not and simplify judged by meaning (a truth "
                       "table over listed environments), is_always_true/false, implies and disjoint by answer."),
]


def main():
    topics = {name: Topic(name, desc) for name, desc in TOPICS}
    gen_version(topics)
    gen_specifiers(topics)
    gen_requirements(topics)
    ev = gen_markers(topics)
    gen_feature_markers(topics, ev)
    gen_divergences(topics, ev)
    gen_marker_algebra(topics["marker-algebra"], atom_outcomes)
    for old in SUITE.glob("*.json"):
        if old.stem not in topics:
            old.unlink()
    total = 0
    for t in topics.values():
        t.write()
        total += len(t.cases)
        print(f"{t.name:20} {len(t.cases):6}")
    print(f"{'total':20} {total:6}")


from gen_conformance_algebra import gen_marker_algebra  # noqa: E402  (Scripts/ is on sys.path)

if __name__ == "__main__":
    main()
