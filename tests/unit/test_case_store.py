"""The register's SQL moves bytes and clear count fields, nothing else."""

from __future__ import annotations

from skillsapp.store import cases as q
from skillsapp.store import open_store


def _row(case_id: str, status: str = "open", closed: str | None = None) -> q.RecordRow:
    return q.RecordRow(case_id, "grooming", status, "2026-10", closed, 2, b"\x00sealed")


def test_records_slots_audit_round_trip_and_erase(tmp_path):
    store = open_store(tmp_path / "s.db")
    db = store.db
    assert not q.has_register(db)
    q.put_slot(db, q.SlotRow("s1", "designated", "passphrase", "argon2id:8:1", b"salt", b"w", "d"))
    assert q.has_register(db) and q.slots(db)[0].wrapped == b"w"
    q.put_record(db, _row("A"))
    q.put_record(db, _row("B", "supported", "2026-11"))
    q.put_record(db, _row("C", "referred", "2027-02"))
    assert q.record(db, "A").blob == b"\x00sealed"
    assert q.closed_on_or_before(db, "2026-12") == ["B"]
    assert sorted(q.count_rows(db, "2026-09", "2026-10")) == [
        ("grooming", "open", 2),
        ("grooming", "referred", 2),
        ("grooming", "supported", 2),
    ]
    assert q.count_rows(db, "2026-11", "2027-05") == []
    entry = q.next_audit_id(db)
    q.add_audit(db, entry, b"x")
    assert q.next_audit_id(db) == entry + 1 and q.audit_rows(db) == [(entry, b"x")]
    assert q.delete_records(db, ["A", "Z"]) == 1
    assert q.record_ids(db) == {"B", "C"}
    assert q.retention_months(db, 60) == 60
    q.set_retention_months(db, 24)
    assert q.retention_months(db, 60) == 24
    store.close()
