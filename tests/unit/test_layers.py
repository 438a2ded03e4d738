"""The core never imports Qt: it must run headless, in the CLI and on a department server."""

from __future__ import annotations

import ast
import re
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


# -- SQL lives in store/ ---------------------------------------------------------------------

SQL = re.compile(
    r"\b(SELECT\s.*\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b"
    r"|PRAGMA\s+\w+|(CREATE|DROP)\s+(TEMP\s+)?(TABLE|INDEX|TRIGGER|VIEW)\b|ALTER\s+TABLE\b"
    r"|BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\b|VACUUM\b|WITH\s+\w+\s+AS\s*\()",
    re.DOTALL,
)
DB_CALLS = frozenset({"execute", "executemany", "executescript", "query", "atomic"})


def sql_outside_store(path: Path) -> list[str]:
    """SQL text, raw cursor calls and sqlite-utils table access in one module, as `line: what`."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL.search(node.value):
                found.append(f"{node.lineno}: SQL text {node.value[:40]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in DB_CALLS and _is_db(node.func.value):
                found.append(f"{node.lineno}: .{node.func.attr}() on a database")
        elif isinstance(node, ast.Subscript) and _is_db(node.value):
            found.append(f"{node.lineno}: a table through db[...]")
    return found


def _is_db(node: ast.expr) -> bool:
    """`db`, `store.db`, `self.db`, `conn`: the names a database handle goes by here."""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return name in ("db", "conn", "connection", "cursor")


def test_sql_only_under_store():
    offenders = {
        str(path.relative_to(PACKAGE)): hits
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] != "store" and (hits := sql_outside_store(path))
    }
    assert offenders == {}


def test_the_sql_check_sees_sql(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(store):\n"
        '    store.db.execute("SELECT id FROM pupil WHERE x = ?", [1])\n'
        '    store.db["pupil"].insert({})\n'
        '    return "Select a class from the list"\n',
        encoding="utf-8",
    )
    assert [hit.split(":")[0] for hit in sql_outside_store(sample)] == ["2", "2", "3"]
