"""Deleting one pupil's data everywhere it lives on this PC (docs/ARCHITECTURE.md#privacy).

The pupil row and every attendance mark and answer are tombstoned with their personal content
wiped: the tombstones carry only ids, so a package from another device cannot resurrect the
data, and the name and code are gone from the database file.
"""

from __future__ import annotations

from skillsapp.domain.records import Changes
from skillsapp.errors import UserError
from skillsapp.store import Store
from skillsapp.store import pupils as pupil_queries
from skillsapp.store.privacy import checkpoint, forget_conflicts, pupil_row_ids
from skillsapp.store.rows import tombstone


def delete_pupil_data(store: Store, pupil_id: str) -> Changes:
    if pupil_queries.pupil(store.db, pupil_id) is None:
        raise UserError("pupil.unknown")
    attendance = pupil_row_ids(store.db, "attendance", pupil_id)
    answers = pupil_row_ids(store.db, "quiz_answer", pupil_id)
    with store.atomic():
        tombstone(store, "attendance", attendance)
        tombstone(store, "quiz_answer", answers, wipe={"answer": ""})
        # Losing versions kept from sync merges hold the same personal data: drop them too.
        forget_conflicts(
            store.db, {"pupil": [pupil_id], "attendance": attendance, "quiz_answer": answers}
        )
        tombstone(
            store,
            "pupil",
            [pupil_id],
            wipe={"full_name": "", "code": "", "gender": "", "birth_year": None},
        )
        store.save_clock()
    # secure_delete (set on every connection) zeroes the old row text in the pages; a
    # checkpoint moves those pages into the main file and empties the -wal, which held copies.
    # No VACUUM: it needs the whole file to itself and would fail while the app reads.
    checkpoint(store.db)
    return Changes(tables=frozenset({"pupil", "attendance", "quiz_answer"}), ids=(pupil_id,))
