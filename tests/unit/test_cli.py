"""The command line: exit codes, one-line messages, nothing overwritten on bad input."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from skillsapp import __version__
from skillsapp.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "skillsapp", *args], capture_output=True, text=True
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_usage_errors_exit_2():
    assert run("demo").returncode == 2
    assert run("demo", "--db", "x.db", "--pupils", "-3").returncode == 2
    assert run("no-such-command").returncode == 2


def test_demo_backup_restore_round_trip(tmp_path, capsys):
    db, backup, restored = tmp_path / "s.db", tmp_path / "b.db", tmp_path / "r.db"
    assert main(["demo", "--db", str(db), "--pupils", "80", "--seed", "3"]) == 0
    assert main(["backup", "--db", str(db), "--out", str(backup)]) == 0
    assert main(["restore", str(backup), "--db", str(restored)]) == 0
    for path in (db, backup, restored):
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM pupil").fetchone()[0] == 80
        conn.close()
    assert main(["demo", "--db", str(db)]) == 1  # never on top of existing data
    assert "already holds data" in capsys.readouterr().err


def test_demo_is_deterministic_for_a_seed(tmp_path):
    def content(path):
        conn = sqlite3.connect(path)
        rows = conn.execute(
            "SELECT full_name, gender, birth_year, code FROM pupil ORDER BY code, full_name"
        ).fetchall()
        conn.close()
        return rows

    for name in ("a.db", "b.db"):
        assert main(["demo", "--db", str(tmp_path / name), "--pupils", "50", "--seed", "9"]) == 0
    assert content(tmp_path / "a.db") == content(tmp_path / "b.db")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_bad_database_gives_one_line_in_the_app_language(tmp_path, monkeypatch, lang):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a spreadsheet, honest")
    monkeypatch.setenv("SKILLSAPP_LANG", lang)
    out = tmp_path / "o.db"
    result = run("backup", "--db", str(junk), "--out", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert ("không phải" in lines[0]) == (lang == "vi")
    assert not out.exists()
    assert junk.read_bytes() == b"this is a spreadsheet, honest"


def test_restore_of_a_foreign_file_keeps_the_database(tmp_path, capsys):
    db = tmp_path / "s.db"
    assert main(["demo", "--db", str(db), "--pupils", "40"]) == 0
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    assert main(["restore", str(foreign), "--db", str(db)]) == 1
    assert db.read_bytes() == before


def test_no_command_opens_the_app_and_passes_the_first_run_choice(monkeypatch):
    import skillsapp.app

    calls = []
    monkeypatch.setattr(skillsapp.app, "run_app", lambda **kwargs: calls.append(kwargs) or 0)
    assert main(["--db", "x.db", "--demo-on-first-run"]) == 0
    assert main(["--db", "y.db"]) == 0
    assert calls == [
        {"db": "x.db", "demo_on_first_run": True},
        {"db": "y.db", "demo_on_first_run": False},
    ]
