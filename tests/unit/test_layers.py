"""The core never imports Qt: it must run headless, in the CLI and on a department server."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "skillsapp"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_ui_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path))
    ]
    assert offenders == []


def test_headless_commands_do_not_load_qt_or_heavy_libraries():
    code = (
        "import sys; from skillsapp.cli import build_parser; build_parser();"
        "import skillsapp.services.sessions, skillsapp.store;"
        "heavy = [m for m in ('PySide6', 'reportlab', 'openpyxl', 'jinja2', 'cryptography')"
        " if m in sys.modules]; print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _imports_of_package(package: str) -> dict[str, set[str]]:
    return {
        str(path.relative_to(PACKAGE)): _imports(path) for path in (PACKAGE / package).rglob("*.py")
    }


def test_ui_reaches_the_database_only_through_services():
    offenders = [
        path
        for path, names in _imports_of_package("ui").items()
        if any(name == "skillsapp.store" or name.startswith("skillsapp.store.") for name in names)
    ]
    assert offenders == []


def test_lesson_run_rules_need_neither_qt_nor_the_store():
    offenders = [
        path
        for path, names in _imports_of_package("lessonrun").items()
        if any(
            name.split(".")[0] == "PySide6" or name.startswith("skillsapp.store") for name in names
        )
        or any(name.startswith("skillsapp.ui") for name in names)
    ]
    assert offenders == []
