"""Scope (hypothesis): a leader receives, in any order and any number of times, packages from the
teacher who teaches class k and from another trusted teacher's device that does not; whatever
the mix, the leader ends with the honest teacher's newest rows, and no row the other device wrote
for class k ever lands (not on the leader, not on the honest teacher)."""

from __future__ import annotations

import shutil
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.sync_world import export, import_into, new_db, swap_cards
from test_sync_properties import _base

from skillsapp.domain.records import fact_id
from skillsapp.store import Store, open_store
from skillsapp.store.rows import put
from skillsapp.sync.export import export_rows
from skillsapp.sync.importer import import_package
from skillsapp.sync.tables import travelling_columns

PUPILS = 3
NAMES = ("Lan", "Minh", "Hà", "Tú")
STATUSES = ("present", "absent", "late")


@pytest.fixture(scope="module")
def three_devices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A leader, the teacher of class k (who made it) and another teacher; all cards swapped."""
    root = tmp_path_factory.mktemp("scope")
    leader = new_db(root / "leader.db", name="leader", role="leader")
    teacher = new_db(root / "teacher.db", name="teacher", role="teacher")
    other = new_db(root / "other.db", name="other", role="teacher")
    for a, b in ((leader, teacher), (leader, other), (teacher, other)):
        swap_cards(a, b)
    store = open_store(teacher)
    _base(store)
    store.close()
    for target in (leader, other):
        import_into(target, export(teacher, root / f"base-{target.stem}.kns", to=target.stem))
    return root


writer = st.sampled_from(("teacher", "other"))
operation = st.one_of(
    st.tuples(st.just("rename"), writer, st.integers(0, PUPILS - 1), st.sampled_from(NAMES)),
    st.tuples(st.just("attend"), writer, st.integers(0, PUPILS - 1), st.sampled_from(STATUSES)),
    st.tuples(st.just("send"), writer, st.sampled_from(("leader", "teacher", "other"))),
    st.tuples(st.just("deliver"), st.integers(0, 1000)),
)


class Run:
    def __init__(self, root: Path, stack: ExitStack) -> None:
        self.root = root
        self.stores = {n: open_store(root / f"{n}.db") for n in ("leader", "teacher", "other")}
        for store in self.stores.values():
            stack.callback(store.close)
        self.packages: list[tuple[str, Path]] = []
        self.intruding: set[tuple[str, str, tuple]] = set()  # rows "other" wrote for class k

    def write(self, name: str, table: str, row: dict[str, object]) -> None:
        store = self.stores[name]
        with store.db.atomic():
            changed = put(store, table, row)
            store.save_clock()
        if changed and name == "other":
            self.intruding.add((table, str(row["id"]), self.version(store, table, str(row["id"]))))

    def version(self, store: Store, table: str, row_id: str) -> tuple | None:
        columns = travelling_columns(store.db, table)
        query = f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?"
        row = store.db.execute(query, [row_id]).fetchone()
        return None if row is None else tuple(row)

    def apply(self, op: tuple) -> None:
        if op[0] == "rename":
            _, name, p, given_name = op
            name_ = f"Học Sinh {given_name}"
            row = {"id": f"p{p}", "class_id": "k", "code": "", "gender": "",
                   "full_name": name_, "birth_year": 2014, "active": 1}  # fmt: skip
            self.write(name, "pupil", row)
        elif op[0] == "attend":
            _, name, p, status = op
            row = {"id": fact_id("x0", f"p{p}"), "session_id": "x0", "pupil_id": f"p{p}",
                   "status": status}  # fmt: skip
            self.write(name, "attendance", row)
        elif op[0] == "send":
            self.send(op[1], op[2])
        elif self.packages:
            recipient, path = self.packages[op[1] % len(self.packages)]
            import_package(self.stores[recipient], path)

    def send(self, sender: str, recipient: str, *, full: bool = False) -> None:
        if sender == recipient:
            return
        out = self.root / f"{len(self.packages)}-{sender}-{recipient}.kns"
        result = export_rows(self.stores[sender], out, to=recipient, full=full)
        if result.path is not None:
            self.packages.append((recipient, result.path))

    def settle(self) -> None:
        """Both teachers send everything to the leader, and the leader imports all of it."""
        start = len(self.packages)
        for sender in ("other", "teacher"):
            self.send(sender, "leader", full=True)
        for recipient, path in self.packages[start:]:
            import_package(self.stores[recipient], path)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=st.lists(operation, min_size=1, max_size=20))
def test_no_out_of_scope_row_lands_and_the_honest_rows_converge(
    three_devices: Path, tmp_path_factory: pytest.TempPathFactory, operations: list[tuple]
):
    root = tmp_path_factory.mktemp("run")
    shutil.copytree(three_devices, root, dirs_exist_ok=True)
    with ExitStack() as stack:
        run = Run(root, stack)
        for op in operations:
            run.apply(op)
        run.settle()
        leader, teacher = run.stores["leader"], run.stores["teacher"]
        for table in ("pupil", "attendance"):
            columns = ", ".join(travelling_columns(teacher.db, table))
            query = f"SELECT {columns} FROM {table} ORDER BY id"
            honest = [tuple(r) for r in teacher.db.execute(query)]
            assert [tuple(r) for r in leader.db.execute(query)] == honest
        for table, row_id, version in run.intruding:
            for store in (leader, teacher):
                assert run.version(store, table, row_id) != version
