"""Every reader of outside files, fuzzed: 1,000 damaged cases each, the reader called directly.

Packages, key cards, backups given to restore, roster files and lesson YAML, damaged as real
files get damaged (see tests/support/fuzz.py). A case passes when the reader returns or raises
our UserError (lesson files report Problems instead); any other exception fails the test with
the case number to replay it. For the readers that write (package and card import, restore),
the database must be byte-identical after every refused case. tests/perf/fuzz.py runs the same
cases at length.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import fuzz
from support.fuzz_targets import READERS, SmallWorld, build_target, small_world

CASES = 1000


@pytest.fixture(scope="module")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz-world")
    small_world(root)
    return root


def _world(template: Path, root: Path) -> SmallWorld:
    shutil.copytree(template, root)
    teacher, leader = root / "teacher" / "teacher.db", root / "leader" / "leader.db"
    from skillsapp.store import open_store
    from skillsapp.sync.keys import load_keys

    keys = {}
    for db in (teacher, leader):
        store = open_store(db)
        try:
            keys[db] = load_keys(store)
        finally:
            store.close()
    (package,) = root.glob("*.kns")
    return SmallWorld(
        teacher,
        leader,
        package,
        teacher.with_suffix(".knskey"),
        keys[teacher].pair.sign_private,
        keys[leader].pair.box_private,
    )


@pytest.mark.parametrize("reader", READERS)
def test_damaged_files_are_refused_with_our_message_and_never_crash(
    reader, world_template, tmp_path
):
    world = _world(world_template, tmp_path / "world")
    target = build_target(reader, world, tmp_path / "work")
    try:
        run = fuzz.run_cases(
            reader, target.make_case, target.read, cases=CASES, seed=11, after=target.after
        )
    finally:
        target.close()
    assert run.cases == CASES
    assert run.findings == [], "\n".join(str(f) for f in run.distinct().values())
    # Most damage must be caught, not slip through as a good file (a damaged photo often still
    # decodes as a picture: reading it is then right, so only "never crash" holds there).
    if reader not in ("lessons", "photo"):
        assert run.refused > CASES // 2
