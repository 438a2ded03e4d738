"""Convergence (hypothesis): random edits on three devices, packages exchanged in random orders
and repeated, then one final exchange: every database holds the same rows, and every row is
the version with the greatest (hlc, origin) ever written, so no attendance mark or quiz answer
is lost unless a later edit removed it."""

from __future__ import annotations

import shutil
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.sync_world import content, export, import_into, new_db, swap_cards

from skillsapp.domain.records import fact_id
from skillsapp.store import Store, open_store
from skillsapp.store.rows import put, tombstone
from skillsapp.sync.export import export_rows
from skillsapp.sync.importer import import_package
from skillsapp.sync.tables import travelling_columns

DEVICES = ("a", "b", "c")
PUPILS = 4
SESSIONS = 2
STATUSES = ("present", "absent", "late", "excused")


def _base(store: Store) -> None:
    """School, class, pupils and sessions, made on device a and shared before the edits."""
    with store.db.atomic():
        put(
            store,
            "school",
            {"id": "s", "code": "P", "name": "THCS P", "district": "", "province": ""},
        )
        put(
            store,
            "school_class",
            {
                "id": "k",
                "school_id": "s",
                "school_year": "2026-2027",
                "grade": 6,
                "name": "6A1",
                "homeroom_teacher": "",
                "archived": 0,
            },
        )
        for p in range(PUPILS):
            put(
                store,
                "pupil",
                {
                    "id": f"p{p}",
                    "class_id": "k",
                    "code": "",
                    "gender": "",
                    "full_name": f"Học Sinh {p}",
                    "birth_year": 2014,
                    "active": 1,
                },
            )
        for s in range(SESSIONS):
            put(
                store,
                "session",
                {
                    "id": f"x{s}",
                    "school_id": "s",
                    "class_id": "k",
                    "kind": "lesson",
                    "lesson_id": "g6-9/01",
                    "lesson_version": 1,
                    "held_on": f"2026-10-0{s + 1}",
                    "minutes": 45,
                    "teacher": "",
                    "participants": 0,
                    "notes": "",
                    "quiz_mode": "pupil",
                },
            )
        store.save_clock()


@pytest.fixture(scope="module")
def three_devices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("three")
    paths = [new_db(root / f"{d}.db", name=d) for d in DEVICES]
    for i, first in enumerate(paths):
        for second in paths[i + 1 :]:
            swap_cards(first, second)
    store = open_store(paths[0])
    _base(store)
    store.close()
    for other in paths[1:]:
        import_into(other, export(paths[0], root / f"base-{other.stem}.kns", to=other.stem))
    _assign_class_to_everyone(paths)
    return root


def _assign_class_to_everyone(paths: list[Path]) -> None:
    """Every device teaches class k (as a leader would assign it), so all edits are in scope."""
    from skillsapp.store import sync_trust

    for path in paths:
        store = open_store(path)
        try:
            with store.db.atomic():
                for other in paths:
                    device = open_store(other)
                    sync_trust.assign_class(store.db, "k", device.device_id)
                    device.close()
        finally:
            store.close()


device = st.sampled_from(DEVICES)
pupil = st.integers(0, PUPILS - 1)
session = st.integers(0, SESSIONS - 1)
operation = st.one_of(
    st.tuples(st.just("attend"), device, session, pupil, st.sampled_from(STATUSES)),
    st.tuples(st.just("answer"), device, session, pupil, st.sampled_from(["0", "1", "2"])),
    st.tuples(st.just("unattend"), device, session, pupil),
    st.tuples(st.just("rename"), device, pupil, st.sampled_from(["Lan", "Minh", "Hà"])),
    st.tuples(st.just("send"), device, device, st.booleans()),
    st.tuples(st.just("deliver"), st.integers(0, 1000)),
)


class Run:
    """Three open stores, the packages in flight, and every version each edit wrote."""

    def __init__(self, root: Path, stack: ExitStack) -> None:
        self.root = root
        self.stores = {d: open_store(root / f"{d}.db") for d in DEVICES}
        for s in self.stores.values():
            stack.callback(s.close)
        self.packages: list[tuple[str, Path]] = []  # (recipient, file)
        self.versions: dict[tuple[str, str], list[tuple]] = {}

    def _remember(self, store: Store, table: str, row_id: str) -> None:
        columns = travelling_columns(store.db, table)
        row = store.db.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", [row_id]
        ).fetchone()
        self.versions.setdefault((table, row_id), []).append(tuple(row))

    def _write(self, name: str, table: str, row: dict[str, object]) -> None:
        store = self.stores[name]
        with store.db.atomic():
            changed = put(store, table, row)
            store.save_clock()
        if changed:
            self._remember(store, table, str(row["id"]))

    def apply(self, op: tuple) -> None:
        kind = op[0]
        if kind == "attend":
            _, name, s, p, status = op
            row = {
                "id": fact_id(f"x{s}", f"p{p}"),
                "session_id": f"x{s}",
                "pupil_id": f"p{p}",
                "status": status,
            }
            self._write(name, "attendance", row)
        elif kind == "answer":
            _, name, s, p, answer = op
            row = {
                "id": fact_id(f"x{s}", f"p{p}", "q1"),
                "session_id": f"x{s}",
                "pupil_id": f"p{p}",
                "item_id": "q1",
                "answer": answer,
                "correct": int(answer == "1"),
            }
            self._write(name, "quiz_answer", row)
        elif kind == "unattend":
            _, name, s, p = op
            store, row_id = self.stores[name], fact_id(f"x{s}", f"p{p}")
            with store.db.atomic():
                removed = tombstone(store, "attendance", [row_id])
                store.save_clock()
            if removed:
                self._remember(store, "attendance", row_id)
        elif kind == "rename":
            _, name, p, given_name = op
            row = {
                "id": f"p{p}",
                "class_id": "k",
                "code": "",
                "gender": "",
                "full_name": f"Học Sinh {given_name}",
                "birth_year": 2014,
                "active": 1,
            }
            self._write(name, "pupil", row)
        elif kind == "send":
            self.send(op[1], op[2], full=op[3])
        elif self.packages:
            recipient, path = self.packages[op[1] % len(self.packages)]
            import_package(self.stores[recipient], path)

    def send(self, sender: str, recipient: str, *, full: bool) -> None:
        if sender == recipient:
            return
        out = self.root / f"{len(self.packages)}-{sender}-{recipient}.kns"
        result = export_rows(self.stores[sender], out, to=recipient, full=full)
        if result.path is not None:
            self.packages.append((recipient, result.path))

    def settle(self) -> None:
        """Everyone sends everything to everyone, then everyone imports what came."""
        start = len(self.packages)
        for sender in DEVICES:
            for recipient in DEVICES:
                self.send(sender, recipient, full=True)
        for recipient, path in self.packages[start:]:
            import_package(self.stores[recipient], path)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=st.lists(operation, min_size=1, max_size=25))
def test_devices_converge_to_the_newest_version_of_every_row(
    three_devices: Path, tmp_path_factory: pytest.TempPathFactory, operations: list[tuple]
):
    root = tmp_path_factory.mktemp("run")
    shutil.copytree(three_devices, root, dirs_exist_ok=True)
    with ExitStack() as stack:
        run = Run(root, stack)
        for op in operations:
            run.apply(op)
        run.settle()
        versions = run.versions
    final = {d: content(root / f"{d}.db") for d in DEVICES}
    assert final["a"] == final["b"] == final["c"]
    store = open_store(root / "a.db")
    try:
        for (table, row_id), written in versions.items():
            columns = travelling_columns(store.db, table)
            hlc, origin = columns.index("hlc"), columns.index("origin")
            newest = max(written, key=lambda r: (r[hlc], r[origin]))
            row = store.db.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", [row_id]
            ).fetchone()
            assert tuple(row) == newest
    finally:
        store.close()
