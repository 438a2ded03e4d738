"""The single-instance lock: refused while held, free again when its process dies, and taken by
the CLI's write commands."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from skillsapp.cli import build_parser, main
from skillsapp.errors import UserError
from skillsapp.lock import WRITE_COMMANDS, InstanceLock, _subcommands, _walk, lock_path

HOLDER = """
import sys, time
from skillsapp.lock import InstanceLock
lock = InstanceLock(sys.argv[1]).acquire()
print("held", flush=True)
time.sleep(60)
"""


def _hold_in_child(db: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_lock_file_sits_beside_the_database(tmp_path):
    db = tmp_path / "data" / "kynangso.db"
    with InstanceLock(db) as lock:
        assert lock.held
        assert lock_path(db) == tmp_path / "data" / "kynangso.db.lock"
        assert lock_path(db).exists()
    assert not lock.held


def test_second_lock_in_the_same_process_is_refused_then_allowed_after_release(tmp_path):
    db = tmp_path / "a.db"
    first = InstanceLock(db).acquire()
    with pytest.raises(UserError) as caught:
        InstanceLock(db).acquire()
    assert caught.value.key == "lock.busy"
    first.release()
    InstanceLock(db).acquire().release()


def test_locks_on_different_databases_do_not_interfere(tmp_path):
    with InstanceLock(tmp_path / "a.db"), InstanceLock(tmp_path / "b.db") as second:
        assert second.held


def test_another_process_holding_the_lock_refuses_us(tmp_path):
    db = tmp_path / "a.db"
    child = _hold_in_child(db)
    try:
        with pytest.raises(UserError) as caught:
            InstanceLock(db).acquire()
        assert caught.value.key == "lock.busy"
    finally:
        child.kill()
        child.wait()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    """A crash (SIGKILL: no cleanup code runs) must not keep the teacher out."""
    db = tmp_path / "a.db"
    child = _hold_in_child(db)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert lock_path(db).exists()  # the file stays; the OS lock is gone
    deadline = time.monotonic() + 5
    while True:
        try:
            InstanceLock(db).acquire().release()
            break
        except UserError:
            assert time.monotonic() < deadline
            time.sleep(0.05)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_gives_a_clear_message(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError) as caught:
            InstanceLock(folder / "a.db").acquire()
        assert caught.value.key == "lock.cannot_create"
    finally:
        folder.chmod(0o700)


def test_unwritable_lock_location_gives_a_clear_message(tmp_path):
    """Works as root too: the 'folder' for the lock is a plain file."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError) as caught:
        InstanceLock(blocker / "a.db").acquire()
    assert caught.value.key == "lock.cannot_create"
    assert str(blocker) in caught.value.message("en")


def _commands() -> dict[tuple[str, ...], object]:
    top = _subcommands(build_parser())
    return {words: parser.get_default("func") for words, parser in _walk(top)}


def test_every_write_command_exists_and_is_wrapped_in_the_lock():
    commands = _commands()
    for words in WRITE_COMMANDS:
        assert words in commands, f"{' '.join(words)} is not a command"
        assert getattr(commands[words], "__wrapped_by_lock__", False), words
    assert not getattr(commands[("backup",)], "__wrapped_by_lock__", False)


def test_cli_write_command_is_refused_while_the_app_holds_the_lock(tmp_path, capsys):
    db = tmp_path / "x.db"
    with InstanceLock(db):
        assert main(["demo", "--db", str(db), "--pupils", "40"]) == 1
        assert "already has" in capsys.readouterr().err
    assert not db.exists()  # nothing was written
