"""Run the test suite with only the Qt bindings the installer ships (qt_keep.txt) importable.

    .venv/bin/python build/windows/check_keep.py [pytest arguments]

The installer leaves out every PySide6 binding not listed as `module` in qt_keep.txt. Under wine
PySide6 cannot load, so this is where a page that starts using, say, QtSvg or QtPrintSupport is
caught: the app's own import of a left-out binding fails here exactly as it would on a teacher's
PC. Test tooling is exempt (pytest-qt needs QtTest, which the app never imports).

It is also a pytest plugin (`-p check_keep`), which is how it installs itself before any test
module imports Qt.
"""

from __future__ import annotations

import ast
import importlib.abc
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TOOLING = ("pytestqt.", "pytest_qt", "_pytest.", "pluggy.")
TEST_ONLY = frozenset({"QtTest"})  # pytest-qt's, imported before any plugin of ours runs


def kept_modules(keep_file: Path = HERE / "qt_keep.txt") -> frozenset[str]:
    modules = set()
    for raw in keep_file.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].split()
        if len(line) == 2 and line[0] == "module":
            modules.add(line[1])
    return frozenset(modules)


def _importer() -> str:
    """The module that asked for the import (the first frame outside the import machinery)."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if not name.startswith(("importlib", "_frozen_importlib")) and name != __name__:
            return name
        frame = frame.f_back
    return ""


class LeftOutBindings(importlib.abc.MetaPathFinder):
    """Refuses `PySide6.QtX` for every binding the installer leaves out."""

    def __init__(self, allowed: frozenset[str]) -> None:
        self.allowed = allowed
        self.refused: list[str] = []

    def find_spec(self, fullname: str, path, target=None):
        parts = fullname.split(".")
        if len(parts) != 2 or parts[0] != "PySide6" or not parts[1].startswith("Qt"):
            return None
        if parts[1] in self.allowed or _importer().startswith(TOOLING):
            return None
        self.refused.append(fullname)
        raise ImportError(f"{fullname} is not shipped in the Windows installer (qt_keep.txt)")


_finder = LeftOutBindings(kept_modules())


def imported_bindings(package: Path = ROOT / "skillsapp") -> dict[str, set[str]]:
    """Every PySide6 binding the app's source imports, with the files that import it."""
    found: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6":
                    names = [alias.name for alias in node.names]
                elif node.module.startswith("PySide6."):
                    names = [node.module.split(".")[1]]
            elif isinstance(node, ast.Import):
                names = [a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")]
            for name in names:
                found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


def pytest_configure(config) -> None:
    # Static: no source file names a left-out binding (catches imports hidden in rarely run
    # code paths). Dynamic, below: no import at run time reaches one.
    missing = {m: f for m, f in imported_bindings().items() if m not in _finder.allowed}
    if missing:
        raise RuntimeError(f"the app imports Qt bindings the installer leaves out: {missing}")
    early = [m for m in sys.modules if m.startswith("PySide6.Qt")]
    early = [m for m in early if m.split(".")[1] not in _finder.allowed | TEST_ONLY]
    if early:
        raise RuntimeError(f"left-out bindings imported before the check started: {early}")
    sys.meta_path.insert(0, _finder)


def pytest_terminal_summary(terminalreporter) -> None:
    allowed = ", ".join(sorted(_finder.allowed))
    terminalreporter.write_line(f"check_keep: app code limited to {allowed}")
    if _finder.refused:
        terminalreporter.write_line(f"check_keep: refused {sorted(set(_finder.refused))}")


def main(argv: list[str]) -> int:
    import pytest

    sys.path.insert(0, str(HERE))
    return pytest.main(["-p", "check_keep", "--rootdir", str(ROOT), *argv])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
