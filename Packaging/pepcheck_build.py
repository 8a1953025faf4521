"""pepcheck's PEP 517 build backend: one self-contained binary in a wheel.

`pip install .` (or `pip install git+URL`, or `python -m build`) calls these hooks
through `[build-system]` in pyproject.toml (`backend-path = ["Packaging"]`). They
run `Scripts/build-static` (a static release build with the Swift toolchain) and
pack the stripped binary as ruff's wheel does: under `pepcheck-VERSION.data/scripts/`,
so that installers put it on PATH, with the licence texts of everything linked in.

Standard library only (Python 3.11 for `tomllib`; the wheel it makes runs under any
Python 3). The version comes from the one place `pepcheck --version` reads it,
`Sources/pepcheck/PepcheckVersion.swift`; the rest of the metadata from
`[project]`.

Environment:
  PEPCHECK_PREBUILT_DIST  a folder that `Scripts/build-static` wrote (`pepcheck`
                          and `licenses/`): pack that binary instead of building one.
Config settings (`pip --config-settings`, `python -m build -C`):
  platform-tag            the wheel's platform tag (default: this platform's
                          generic one, such as `linux_x86_64`; Scripts/build-wheel
                          passes the manylinux tag that auditwheel confirms).
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import shutil
import stat
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "pepcheck"
VERSION_FILE = ROOT / "Sources" / "pepcheck" / "PepcheckVersion.swift"
# Zip and tar entries get one timestamp, so that the same inputs make the same files.
EPOCH = max(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")), 315532800)  # 1980-01-01: zip's first date


# --- PEP 517 hooks -----------------------------------------------------------------


def get_requires_for_build_wheel(config_settings=None):
    # Fail here, before any work, when the toolchain is missing: pip reports this step first.
    if not os.environ.get("PEPCHECK_PREBUILT_DIST"):
        _check_build_tools()
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    built = _prebuilt() or _build_static()
    return _pack_wheel(Path(wheel_directory), built, _platform_tag(config_settings))


def build_sdist(sdist_directory, config_settings=None):
    return _pack_sdist(Path(sdist_directory))


# --- The version and the metadata --------------------------------------------------


def version() -> str:
    """The version `pepcheck --version` prints."""
    text = VERSION_FILE.read_text(encoding="utf-8")
    match = re.search(r'static let current = "([^"]+)"', text)
    if match is None:
        raise SystemExit(f"pepcheck: expected `static let current = \"VERSION\"` in {VERSION_FILE}")
    found = match.group(1)
    # A PEP 440 version in normal form: the file name of the wheel depends on it.
    if not re.fullmatch(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", found):
        raise SystemExit(f"pepcheck: expected a normalised PEP 440 version in {VERSION_FILE}, found `{found}`")
    return found


def _project() -> dict:
    try:
        import tomllib
    except ImportError:
        raise SystemExit(
            "pepcheck: building pepcheck from source needs Python 3.11 or later (for tomllib); "
            "a prebuilt wheel installs under any Python 3.8+"
        ) from None
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]


def _metadata(project: dict, licence_files: list[str]) -> str:
    """Core Metadata 2.4 (https://packaging.python.org/specifications/core-metadata/)."""
    lines = [
        "Metadata-Version: 2.4",
        f"Name: {project['name']}",
        f"Version: {version()}",
        f"Summary: {project['description']}",
    ]
    if project.get("keywords"):
        lines.append("Keywords: " + ",".join(project["keywords"]))
    lines += [f"Classifier: {classifier}" for classifier in project.get("classifiers", [])]
    if project.get("requires-python"):
        lines.append(f"Requires-Python: {project['requires-python']}")
    lines += [f"Project-URL: {label}, {url}" for label, url in project.get("urls", {}).items()]
    if isinstance(project.get("license"), str):
        lines.append(f"License-Expression: {project['license']}")
    lines += [f"License-File: {name}" for name in licence_files]
    readme = ROOT / project["readme"]
    lines.append("Description-Content-Type: text/markdown; charset=UTF-8")
    return "\n".join(lines) + "\n\n" + readme.read_text(encoding="utf-8")


def _platform_tag(config_settings) -> str:
    tag = (config_settings or {}).get("platform-tag")
    if not tag:
        tag = re.sub(r"[^A-Za-z0-9_]", "_", sysconfig.get_platform())
    if not re.fullmatch(r"[A-Za-z0-9_]+", tag):
        raise SystemExit(f"pepcheck: expected a platform tag such as `manylinux_2_34_x86_64`, found `{tag}`")
    return tag


# --- Building the binary -----------------------------------------------------------


def _missing_tools() -> list[str]:
    missing = []
    if shutil.which("swift") is None:
        missing.append("`swift` is not on PATH: install the Swift toolchain, 6.0 or later (https://www.swift.org/install/)")
    if shutil.which("pkg-config") is None:
        missing.append("`pkg-config` is not on PATH")
    else:
        for module, package in (("yaml-0.1", "libyaml-dev"), ("libxml-2.0", "libxml2-dev")):
            if subprocess.run(["pkg-config", "--exists", module]).returncode != 0:
                missing.append(f"pkg-config does not find `{module}` (Debian and Ubuntu: {package})")
    return missing


def _check_build_tools() -> None:
    missing = _missing_tools()
    if missing:
        raise SystemExit(
            "pepcheck: building pepcheck from source needs the Swift toolchain and the libyaml and libxml2 "
            "development files, with their static archives:\n"
            + "".join(f"  - {problem}\n" for problem in missing)
            + "On Debian or Ubuntu: `sudo apt-get install libyaml-dev libxml2-dev pkg-config`, "
            "and Swift from "
            "https://www.swift.org/install/. A prebuilt wheel (Scripts/build-wheel) needs none of these."
        )


def _build_static() -> Path:
    _check_build_tools()
    result = subprocess.run(
        ["bash", str(ROOT / "Scripts" / "build-static")], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    if result.returncode != 0:
        raise SystemExit("pepcheck: Scripts/build-static failed (its messages are above)")
    return Path(result.stdout.strip().splitlines()[-1]).parent


def _prebuilt() -> Path | None:
    folder = os.environ.get("PEPCHECK_PREBUILT_DIST")
    if not folder:
        return None
    if not (Path(folder) / NAME).is_file():
        raise SystemExit(f"pepcheck: PEPCHECK_PREBUILT_DIST is `{folder}`, which holds no `{NAME}` binary")
    return Path(folder)


# --- Packing ---------------------------------------------------------------------------


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _licence_files(built: Path) -> list[tuple[str, Path]]:
    """(name under .dist-info/licenses/, file): the project's own, then what is linked in."""
    own = sorted(path for pattern in ("LICENSE*", "LICENCE*", "COPYING*", "NOTICE*") for path in ROOT.glob(pattern))
    linked = sorted(path for path in (built / "licenses").rglob("*") if path.is_file())
    return [(path.name, path) for path in own] + [
        ("third-party/" + path.relative_to(built / "licenses").as_posix(), path) for path in linked
    ]


def _pack_wheel(directory: Path, built: Path, platform_tag: str) -> str:
    project = _project()
    name, release = project["name"], version()
    dist_info, data = f"{name}-{release}.dist-info", f"{name}-{release}.data"
    licences = _licence_files(built)
    wheel_file = f"Wheel-Version: 1.0\nGenerator: pepcheck_build\nRoot-Is-Purelib: false\nTag: py3-none-{platform_tag}\n"
    entries = [(f"{data}/scripts/{NAME}", (built / NAME).read_bytes(), 0o755)]
    entries += [(f"{dist_info}/licenses/{arcname}", path.read_bytes(), 0o644) for arcname, path in licences]
    entries += [
        (f"{dist_info}/METADATA", _metadata(project, [arcname for arcname, _ in licences]).encode(), 0o644),
        (f"{dist_info}/WHEEL", wheel_file.encode(), 0o644),
    ]
    record = "".join(_record_line(arcname, content) + "\n" for arcname, content, _ in entries)
    record += f"{dist_info}/RECORD,,\n"
    entries.append((f"{dist_info}/RECORD", record.encode(), 0o644))

    filename = f"{name}-{release}-py3-none-{platform_tag}.whl"
    directory.mkdir(parents=True, exist_ok=True)
    partial = directory / (filename + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as wheel:
        for arcname, content, mode in entries:
            info = zipfile.ZipInfo(arcname, date_time=_zip_time())
            info.external_attr = (stat.S_IFREG | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(info, content)
    os.replace(partial, directory / filename)
    return filename


def _zip_time() -> tuple[int, int, int, int, int, int]:
    import time

    moment = time.gmtime(EPOCH)
    return (moment.tm_year, moment.tm_mon, moment.tm_mday, moment.tm_hour, moment.tm_min, moment.tm_sec)


def _source_files() -> list[str]:
    """The files of the source tree: git's list in a checkout, else every file but build output."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached"], cwd=ROOT, stdout=subprocess.PIPE, check=True
        ).stdout
        return sorted(name for name in listed.decode().split("\0") if name and (ROOT / name).exists())
    skipped = re.compile(r"(^|/)(\.git|\.build[^/]*|\.venv[^/]*|dist|__pycache__|\.swiftpm)(/|$)")
    return sorted(
        path.relative_to(ROOT).as_posix()
        for path in ROOT.rglob("*")
        if (path.is_file() or path.is_symlink()) and not skipped.search(path.relative_to(ROOT).as_posix())
        and path.name != "PKG-INFO"
    )


def _pack_sdist(directory: Path) -> str:
    project = _project()
    base = f"{project['name']}-{version()}"
    filename = f"{base}.tar.gz"
    directory.mkdir(parents=True, exist_ok=True)
    partial = directory / (filename + ".part")

    def add(archive: tarfile.TarFile, info: tarfile.TarInfo, content: bytes | None = None) -> None:
        info.mtime, info.uid, info.gid, info.uname, info.gname = EPOCH, 0, 0, "", ""
        archive.addfile(info, io.BytesIO(content) if content is not None else None)

    with open(partial, "wb") as raw:
        # gzip's own header carries a time too.
        import gzip

        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=EPOCH) as compressed:
            with tarfile.open(fileobj=compressed, mode="w", format=tarfile.PAX_FORMAT) as archive:
                for name in _source_files():
                    path = ROOT / name
                    info = tarfile.TarInfo(f"{base}/{name}")
                    if path.is_symlink():
                        info.type, info.linkname, info.mode = tarfile.SYMTYPE, os.readlink(path), 0o777
                        add(archive, info)
                        continue
                    content = path.read_bytes()
                    info.size = len(content)
                    info.mode = 0o755 if os.access(path, os.X_OK) else 0o644
                    add(archive, info, content)
                metadata = _metadata(project, []).encode()
                info = tarfile.TarInfo(f"{base}/PKG-INFO")
                info.size, info.mode = len(metadata), 0o644
                add(archive, info, metadata)
    os.replace(partial, directory / filename)
    return filename


if __name__ == "__main__":
    # `python3 Packaging/pepcheck_build.py version`: for scripts that need the version.
    if sys.argv[1:] == ["version"]:
        print(version())
    else:
        raise SystemExit("usage: pepcheck_build.py version")
