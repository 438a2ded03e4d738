"""The store modules behind sync: rows read by name, the send watermark, receipts, devices, the
received figures and the merge's parent check, each against a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillsapp.store import Store, device_keys, open_store, sync_aggregates, sync_merge, sync_trust
from skillsapp.store.rows import named_row, named_rows, put
from skillsapp.store.sync_peers import Watermark, save_watermark, watermark
from skillsapp.store.sync_receipts import receipt_time, record_receipt
from skillsapp.store.sync_rows import close_epoch, current_epoch


@pytest.fixture
def store(tmp_path: Path):
    opened = open_store(tmp_path / "s.db")
    yield opened
    opened.close()


def _school(store: Store, school_id: str = "sch1") -> None:
    with store.atomic():
        put(
            store,
            "school",
            {"id": school_id, "code": "C1", "name": "THCS A", "district": "D", "province": "P"},
        )


def test_named_rows_read_each_column_by_name_whatever_the_select_order(store: Store):
    _school(store)
    one = named_rows(store.db, "SELECT id, code, name FROM school")
    other = named_rows(store.db, "SELECT name, id, code FROM school")
    assert [dict(r) for r in one] == [dict(r) for r in other]
    assert one[0]["code"] == "C1" and other[0]["name"] == "THCS A"
    assert named_row(store.db, "SELECT id FROM school WHERE id = ?", ["nope"]) is None


def test_the_sent_epoch_of_a_watermark_never_moves_back(store: Store):
    with store.atomic():
        save_watermark(store.db, "dev-b", Watermark(5, "c1", "2026-11-01T10:00:00"), "p1")
        save_watermark(store.db, "dev-b", Watermark(3, "", "2026-11-02T10:00:00"), "p2")
    assert watermark(store.db, "dev-b") == Watermark(5, "", "2026-11-02T10:00:00")
    assert watermark(store.db, "dev-c") is None


def test_closing_an_epoch_moves_later_writes_to_the_next(store: Store):
    before = current_epoch(store.db)
    with store.atomic():
        assert close_epoch(store.db) == before
    assert current_epoch(store.db) == before + 1


def test_a_receipt_says_when_the_package_was_imported(store: Store):
    assert receipt_time(store.db, "pkg-1") is None
    with store.atomic():
        record_receipt(store.db, package_id="pkg-1", device_id="dev-b", rows=3, summary={"a": 1})
    when = receipt_time(store.db, "pkg-1")
    assert when is not None and when[:4].isdigit() and "T" in when


def test_trust_given_to_a_device_is_never_taken_back(store: Store):
    key = {"sign_key": "c2lnbg==", "box_key": "Ym94"}
    with store.atomic():
        device_keys.remember_device(
            store.db, device_id="dev-b", name="Cô Hà", role="teacher", trusted=True, **key
        )
        device_keys.remember_device(
            store.db, device_id="dev-b", name="Cô Hà 6A", role="leader", trusted=False, **key
        )
    assert sync_trust.is_accepted(store.db, "dev-b")
    found = device_keys.other_device(store.db, "dev-b")
    assert found == device_keys.DeviceRow("dev-b", "Cô Hà 6A", "leader", "c2lnbg==", "Ym94")
    assert device_keys.other_device(store.db, store.device_id) is None  # this device is not "other"
    listed = {d.device.device_id: d for d in device_keys.listed_devices(store.db)}
    assert listed["dev-b"].trusted and not listed["dev-b"].is_self
    assert listed["dev-b"].last_received_rows == 0 and listed["dev-b"].last_sent_at == ""


def test_received_figures_keep_the_version_they_came_with(store: Store):
    assert sync_aggregates.aggregate_version(store.db, "C1", "2026-2027") is None
    fields = {"school_name": "THCS A", "district": "D", "period": "2026-2027", "figures": {}}
    with store.atomic():
        sync_aggregates.save_aggregate(
            store.db, school_code="C1", package_id="p1", sender_device="dev-b",
            created_at="2026-11-01T10:00:00", hlc="1767000000000-000001", **fields,
        )  # fmt: skip
    version = sync_aggregates.aggregate_version(store.db, "C1", "2026-2027")
    assert version == ("1767000000000-000001", "dev-b")


def test_the_parent_check_counts_ids_that_name_no_row(store: Store):
    _school(store)
    assert sync_merge.count_missing(store.db, "school", ["sch1"]) == 0
    assert sync_merge.count_missing(store.db, "school", ["sch1", "gone", "also-gone"]) == 2
