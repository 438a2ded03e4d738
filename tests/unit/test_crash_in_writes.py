"""Killed, or the power cut, in the middle of a write: a sync import, a roster import, a restore
and a migration each leave the database as it was before or as it is after, never between.

Each operation runs once through the CLI under the power-cut shim (tests/support/powercut) to
count its writes, then again killed by the shim right after a share of those writes, so every
kill lands inside a write. Both what the killed process left (the OS cache kept) and what a power
cut at that moment would leave are opened and compared with the two allowed states.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import powercut
from support.sync_world import World

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARES = (0.05, 0.3, 0.6, 0.9)


@dataclass(frozen=True)
class Operation:
    """A folder holding `db` in its before state, and the CLI words that change it."""

    folder: Path
    db: Path
    args: list[str]


def counts(db: Path) -> dict[str, int]:
    """Rows per table and the schema version of a copy of `db` (opening a database may replay
    its WAL, which writes: never open the folder under test itself)."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        found["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
        return found
    finally:
        conn.close()


def state_of(folder: Path, db_name: str, scratch: Path) -> dict[str, int]:
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(folder, scratch)
    for side in scratch.glob("*-shm"):
        side.unlink()
    return counts(scratch / db_name)


def run(op: Operation, shim: Path, journal: Path, kill_at: int | None) -> int:
    proc = subprocess.run(
        [sys.executable, "-m", "skillsapp", *op.args],
        capture_output=True,
        env=powercut.shim_env(shim, op.folder, journal, kill_at=kill_at),
        timeout=120,
        check=False,
    )
    if kill_at is None:
        assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    return proc.returncode


def writes_in(journal: Path) -> int:
    return sum(op.kind == "W" for op in powercut.read_journal(journal))


def check_all_or_nothing(
    make: Callable[[Path], Operation], shim: Path, tmp_path: Path, *, resumes: bool = False
) -> int:
    """Run `make`'s operation whole, then killed inside its writes; return the kills that landed
    with writes not yet synced. With `resumes`, a state between is allowed when running the
    operation again completes it (migrations: each step is one transaction, the next start runs
    the rest)."""
    whole = make(tmp_path / "whole")
    before = state_of(whole.folder, whole.db.name, tmp_path / "scratch")
    run(whole, shim, tmp_path / "whole.journal", None)
    after = state_of(whole.folder, whole.db.name, tmp_path / "scratch")
    assert after != before, "the operation changed nothing: the test would prove nothing"
    total = writes_in(tmp_path / "whole.journal")
    unsynced = 0
    for share in SHARES:
        name = f"cut{int(share * 100)}"
        op = make(tmp_path / name)
        pristine = tmp_path / f"{name}.before"
        shutil.copytree(op.folder, pristine)
        journal = tmp_path / f"{name}.journal"
        assert run(op, shim, journal, max(1, int(total * share))) == -signal.SIGKILL
        unsynced += powercut.unsynced_writes(journal, "") > 0
        image = powercut.image_after_cut(pristine, journal, op.folder, tmp_path / "image", 1)
        for what, folder in (("killed", op.folder), ("power cut", image)):
            left = state_of(folder, op.db.name, tmp_path / "scratch")
            if resumes and left not in (before, after):
                again = Operation(folder, folder / op.db.name, _moved(op, folder))
                run(again, shim, tmp_path / f"{name}.again.journal", None)
                left = state_of(folder, op.db.name, tmp_path / "scratch")
            assert left in (before, after), (share, what)
    return unsynced


def _moved(op: Operation, folder: Path) -> list[str]:
    """The operation's words with its folder replaced by `folder`."""
    return [arg.replace(str(op.folder), str(folder)) for arg in op.args]


@pytest.fixture(scope="module")
def shim(tmp_path_factory) -> Path:
    return powercut.build_shim(tmp_path_factory.mktemp("shim"))


@pytest.mark.slow
def test_sync_import(world: World, shim, tmp_path):
    def make(folder: Path) -> Operation:
        shutil.copytree(world.root, folder)
        db = folder / world.leader.name
        return Operation(folder, db, ["sync", "import", "--db", str(db), str(folder / "full.kns")])

    assert check_all_or_nothing(make, shim, tmp_path) >= 1


@pytest.mark.slow
def test_roster_import(demo_template: Path, shim, tmp_path):
    def make(folder: Path) -> Operation:
        folder.mkdir(parents=True)
        db = folder / "school.db"
        shutil.copy(demo_template, db)
        roster = str(FIXTURES / "rosters" / "good.xlsx")
        return Operation(folder, db, ["roster", "import", "--db", str(db), "--class", "9Z9",
                                      "--grade", "9", roster])  # fmt: skip

    assert check_all_or_nothing(make, shim, tmp_path) >= 1


@pytest.mark.slow
def test_restore(demo_template: Path, shim, tmp_path):
    backup = tmp_path / "demo-backup.db"
    shutil.copy(demo_template, backup)

    def make(folder: Path) -> Operation:
        folder.mkdir(parents=True)
        db = folder / "school.db"
        subprocess.run(
            [sys.executable, "-m", "skillsapp", "backup", "--db", str(backup), "--out", str(db)],
            check=True,
            capture_output=True,
        )
        conn = sqlite3.connect(db)  # the school as it is now: one class fewer than the backup
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM attendance")
        conn.commit()
        conn.close()
        return Operation(folder, db, ["restore", "--db", str(db), str(backup)])

    check_all_or_nothing(make, shim, tmp_path)


@pytest.mark.slow
def test_migration(shim, tmp_path):
    def make(folder: Path) -> Operation:
        folder.mkdir(parents=True)
        db = folder / "school.db"
        shutil.copy(FIXTURES / "schema1.db", db)
        return Operation(folder, db, ["backup", "--db", str(db), "--out", str(folder / "b.db")])

    assert check_all_or_nothing(make, shim, tmp_path, resumes=True) >= 1
