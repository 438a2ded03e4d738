"""One identity, one computer: a database copied with its keys to a second PC is refused at
export until the teacher says whether the old PC is gone (keep) or both stay (new identity)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.sync_world import World, export, import_into

from skillsapp.errors import UserError
from skillsapp.store import open_store
from skillsapp.sync import identity
from skillsapp.sync.keys import known_devices


def cli(*args: str, mark: str | None) -> subprocess.CompletedProcess[str]:
    """Run the CLI as on another computer (`mark`) or on this one (None)."""
    env = {k: v for k, v in os.environ.items() if k != "SKILLSAPP_MACHINE_MARK"}
    if mark:
        env["SKILLSAPP_MACHINE_MARK"] = mark
    return subprocess.run(
        [sys.executable, "-m", "skillsapp", *args], capture_output=True, text=True, env=env
    )


def copy_to_second_pc(world: World, tmp_path: Path) -> Path:
    """The teacher's folder (database and keys/) copied as a USB stick would carry it."""
    target = tmp_path / "second-pc"
    shutil.copytree(world.root, target)
    return target / world.teacher.name


def test_the_computer_an_identity_was_made_on_is_recorded_and_recognised(world, monkeypatch):
    monkeypatch.delenv("SKILLSAPP_MACHINE_MARK", raising=False)  # the world was made here
    store = open_store(world.teacher)
    try:
        assert identity.check_home(store).copied is False
        monkeypatch.setenv("SKILLSAPP_MACHINE_MARK", "pc-two")
        assert identity.check_home(store).copied is True
    finally:
        store.close()


def test_an_export_from_a_copy_is_refused_with_both_ways_out(world, tmp_path, monkeypatch):
    monkeypatch.delenv("SKILLSAPP_MACHINE_MARK", raising=False)  # the world was made here
    copy = copy_to_second_pc(world, tmp_path)
    monkeypatch.setenv("SKILLSAPP_MACHINE_MARK", "pc-two")
    with pytest.raises(UserError) as caught:
        export(copy, tmp_path / "second.kns", to="Thầy Nam", full=True)
    assert caught.value.key == "sync.copied_db"
    assert "keys keep" in str(caught.value) and "keys new-identity" in str(caught.value)


def test_keep_moves_the_identity_to_this_computer(world, tmp_path, monkeypatch):
    monkeypatch.delenv("SKILLSAPP_MACHINE_MARK", raising=False)  # the world was made here
    copy = copy_to_second_pc(world, tmp_path)
    monkeypatch.setenv("SKILLSAPP_MACHINE_MARK", "pc-two")
    store = open_store(copy)
    before = store.device_id
    identity.keep_identity(store)
    store.close()
    export(copy, tmp_path / "second.kns", to="Thầy Nam", full=True)
    store = open_store(copy)
    assert store.device_id == before
    store.close()


def test_a_new_identity_stamps_new_rows_with_a_new_origin_and_trusts_the_old_one(
    world, tmp_path, monkeypatch
):
    monkeypatch.delenv("SKILLSAPP_MACHINE_MARK", raising=False)  # the world was made here
    copy = copy_to_second_pc(world, tmp_path)
    monkeypatch.setenv("SKILLSAPP_MACHINE_MARK", "pc-two")
    store = open_store(copy)
    old = store.device_id
    store = identity.new_identity(store)
    try:
        assert store.device_id != old
        devices = {d.identity.device_id: d for d in known_devices(store)}
        assert devices[store.device_id].is_self
        assert not devices[old].is_self and devices[old].trusted
        assert (copy.parent / "keys" / f"{store.device_id}.key").exists()
        assert identity.check_home(store).copied is False
        assert store.stamp()["origin"] == store.device_id
    finally:
        store.close()
    # The leader learns the new card and then merges the copy's package like any teacher's.
    result = cli("keys", "export", "--db", str(copy), "--out", str(tmp_path / "new.knskey"),
                 mark="pc-two")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert cli("keys", "import", "--db", str(world.leader), str(tmp_path / "new.knskey"),
               mark="pc-leader").returncode == 0  # fmt: skip
    package = export(copy, tmp_path / "from-copy.kns", to="Thầy Nam", full=True)
    assert import_into(world.leader, package).status in ("imported", "held")


def test_the_cli_says_which_and_fixes_it(world, tmp_path):
    assert cli("keys", "status", "--db", str(world.teacher), mark=None).returncode == 0
    copy = copy_to_second_pc(world, tmp_path)
    status = cli("keys", "status", "--db", str(copy), mark="pc-two")
    assert status.returncode == 1 and "keys new-identity" in status.stdout
    fixed = cli("keys", "new-identity", "--db", str(copy), mark="pc-two")
    assert fixed.returncode == 0, fixed.stderr
    assert cli("keys", "status", "--db", str(copy), mark="pc-two").returncode == 0
