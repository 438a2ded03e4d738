"""`sync assign`: the leader gives a class to a teacher's device, and packages from that device
may then change the class's rows on the leader's database; `sync unassign` takes it back."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from support.sync_world import World, import_into


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "skillsapp", *args], capture_output=True, text=True, check=False
    )


def assigned(db, class_name: str) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [
            row[0]
            for row in conn.execute(
                "SELECT d.name FROM class_device cd JOIN school_class c ON c.id = cd.class_id "
                "JOIN device d ON d.id = cd.device_id WHERE c.name = ? AND cd.how = 'assigned'",
                [class_name],
            )
        ]
    finally:
        conn.close()


def new_class_on_the_leader(world: World) -> str:
    """A class the leader made (the teacher's device made the others, so it teaches them)."""
    from skillsapp.services import school
    from skillsapp.store import open_store

    store = open_store(world.leader)
    try:
        school_id = school.current_school(store).id
        school.create_class(store, school_id=school_id, school_year="2026-2027", grade=7,
                            name="7Z1")  # fmt: skip
    finally:
        store.close()
    return "7Z1"


def test_the_leader_assigns_and_unassigns_a_class(world: World):
    import_into(world.leader, world.package)
    class_name = new_class_on_the_leader(world)
    done = cli("sync", "assign", "--db", str(world.leader), "--class", class_name,
               "--device", "Cô Hà")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert class_name in done.stdout
    assert assigned(world.leader, class_name) == ["Cô Hà"]
    undone = cli("sync", "unassign", "--db", str(world.leader), "--class", class_name,
                 "--device", "Cô Hà")  # fmt: skip
    assert undone.returncode == 0, undone.stderr
    assert assigned(world.leader, class_name) == []


def test_an_unknown_class_or_device_is_one_clear_line(world: World):
    import_into(world.leader, world.package)
    bad = cli("sync", "assign", "--db", str(world.leader), "--class", "99Z", "--device", "Cô Hà")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    nobody = cli("sync", "assign", "--db", str(world.leader), "--class", "6A1",
                 "--device", "không có ai")  # fmt: skip
    assert nobody.returncode == 1 and "Traceback" not in nobody.stderr
