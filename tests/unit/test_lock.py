"""The single-instance lock: refused while held, free again when its process dies, and taken by
the CLI's write commands."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from skillsapp.cli import build_parser, main
from skillsapp.errors import UserError
from skillsapp.lock import InstanceLock, lock_path

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


#: The commands that change the user's data, so take the lock (the others run beside the app).
WRITE_COMMANDS = {
    ("demo",),
    ("restore",),
    ("sync", "import"),
    ("sync", "accept"),
    ("sync", "refuse"),
    ("sync", "assign"),
    ("sync", "unassign"),
    ("keys", "import"),
    ("keys", "keep"),
    ("keys", "new-identity"),
    ("lessons", "pack"),  # may make this device's keys first
    ("lessons", "import"),
    ("lessons", "remove"),
    ("roster", "import"),
    ("cards", "print"),  # gives new pupils their card numbers
    ("cards", "scan"),
    ("roster", "undo"),
    ("plan", "set"),
    ("cases", "init"),
    ("cases", "add"),
    ("cases", "action"),
    ("cases", "close"),
    ("cases", "list"),  # opening is audited and may erase expired cases
    ("cases", "retention"),
    ("cases", "audit"),
}


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def _walk(
    parsers: dict[str, argparse.ArgumentParser], prefix: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for name, parser in parsers.items():
        words = (*prefix, name)
        yield words, parser
        yield from _walk(_subcommands(parser), words)


def test_exactly_the_write_commands_declare_that_they_write():
    declared = {
        words
        for words, parser in _walk(_subcommands(build_parser()))
        if parser.get_default("func") and parser.get_default("writes_db")
    }
    assert declared == WRITE_COMMANDS


def test_cli_write_command_is_refused_while_the_app_holds_the_lock(tmp_path, capsys):
    db = tmp_path / "x.db"
    with InstanceLock(db):
        assert main(["demo", "--db", str(db), "--pupils", "40"]) == 1
        assert "already has" in capsys.readouterr().err
    assert not db.exists()  # nothing was written


def test_a_nested_write_command_is_refused_but_a_reading_one_runs_beside_the_app(
    demo_db, tmp_path, capsys
):
    before = demo_db.read_bytes()
    with InstanceLock(demo_db):
        plan = ["plan", "set", "--db", str(demo_db), "--year", "2026-2027"]
        assert main([*plan, "--task", "hotline_111", "--status", "done"]) == 1
        assert "already has" in capsys.readouterr().err
        assert demo_db.read_bytes() == before
        out = tmp_path / "copy.db"
        assert main(["backup", "--db", str(demo_db), "--out", str(out)]) == 0
        assert out.exists()
