"""A save the app reported as done survives a power cut, not only a killed process.

A killed process keeps the OS cache, so every write it made reaches the disk; a power cut loses
what was not yet synced. The shim in tests/support/powercut journals the writer's writes and
syncs, and the test rebuilds the database folder as the disk would hold it after a cut at the
moment of the kill (unsynced writes land or not at random), then checks that every session the
writer printed as saved is there, whole. The same harness run with SQLite's `synchronous = NORMAL`
loses saves, which shows it can tell.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support import powercut
from support.session_writer import SESSION_WRITER

ROUNDS = 6


@pytest.fixture(scope="module")
def shim(tmp_path_factory) -> Path:
    return powercut.build_shim(tmp_path_factory.mktemp("shim"))


def run_and_cut(shim: Path, demo_db: Path, work: Path, mode: str, kill_at: int):
    """Run the writer on a copy of the demo school until the shim kills it right after its
    `kill_at`-th write; return the folder, its copy from before, the journal and the sessions
    the writer printed as saved."""
    folder, before, journal = work / "data", work / "before", work / "journal"
    folder.mkdir(parents=True)
    shutil.copy(demo_db, folder / "school.db")
    shutil.copytree(folder, before)
    proc = subprocess.run(
        [sys.executable, "-c", SESSION_WRITER, str(folder / "school.db"), mode],
        capture_output=True,
        env=powercut.shim_env(shim, folder, journal, kill_at=kill_at),
        timeout=120,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    lines = [line.split() for line in proc.stdout.splitlines()]
    return folder, before, journal, {s[1].decode(): int(s[2]) for s in lines if s[0] == b"saved"}


def missing_or_partial(db: Path, saved: dict[str, int]) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        bad = []
        for session_id, pupils in saved.items():
            present = conn.execute(
                "SELECT count(*) FROM attendance WHERE session_id = ?", [session_id]
            ).fetchone()[0]
            if present != pupils:
                bad.append(session_id)
        return bad
    finally:
        conn.close()


@pytest.mark.slow
def test_saved_sessions_survive_a_power_cut(shim, demo_db, tmp_path):
    rng = random.Random(11)
    inside_a_write = saves = 0
    for round_ in range(ROUNDS):
        work = tmp_path / f"r{round_}"
        kill_at = rng.randint(5, 900)
        folder, before, journal, saved = run_and_cut(shim, demo_db, work, "FULL", kill_at)
        saves += len(saved)
        inside_a_write += powercut.unsynced_writes(journal, "-wal") > 0
        for cut in range(2):
            image = powercut.image_after_cut(before, journal, folder, work / f"cut{cut}", cut)
            assert missing_or_partial(image / "school.db", saved) == [], (round_, kill_at, cut)
    # The check means something only if saves were reported and cuts landed inside a save.
    assert saves >= 1
    assert inside_a_write >= ROUNDS // 2
    print(f"power cuts inside a write: {inside_a_write} of {ROUNDS}; saves reported: {saves}")


@pytest.mark.slow
def test_the_harness_catches_a_lost_save_under_synchronous_normal(shim, demo_db, tmp_path):
    rng = random.Random(3)
    lost = 0
    for round_ in range(3):
        work = tmp_path / f"r{round_}"
        kill_at = rng.randint(100, 400)
        folder, before, journal, saved = run_and_cut(shim, demo_db, work, "NORMAL", kill_at)
        image = powercut.image_after_cut(before, journal, folder, work / "cut", round_)
        lost += bool(missing_or_partial(image / "school.db", saved))
    assert lost >= 1


ATOMIC_WRITER = r"""
import sys
from pathlib import Path
from skillsapp.files import write_atomically

folder = Path(sys.argv[1])
for n in range(1000):
    write_atomically(folder / "settings.json", b'{"version": %d}' % n)
    print("saved", n, flush=True)
"""


@pytest.mark.parametrize("kill_at", [3, 8, 17, 30])
def test_a_file_written_atomically_survives_a_power_cut(shim, tmp_path, kill_at):
    folder, before, journal = tmp_path / "data", tmp_path / "before", tmp_path / "journal"
    folder.mkdir()
    (folder / "settings.json").write_bytes(b'{"version": -1}')
    shutil.copytree(folder, before)
    proc = subprocess.run(
        [sys.executable, "-c", ATOMIC_WRITER, str(folder)],
        capture_output=True,
        env=powercut.shim_env(shim, folder, journal, kill_at=kill_at),
        timeout=60,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    saved = [int(line.split()[1]) for line in proc.stdout.splitlines()]
    assert saved, "nothing was reported saved before the cut"
    for seed in range(8):
        image = powercut.image_after_cut(before, journal, folder, tmp_path / f"cut{seed}", seed)
        text = (image / "settings.json").read_bytes()
        # The last saved version, or one written after it: never an older one, never half.
        assert text.startswith(b'{"version": ') and text.endswith(b"}"), text
        assert int(text[12:-1]) >= saved[-1], (seed, text)
