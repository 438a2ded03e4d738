"""The services behind the settings page (Qt-free): profile, school calendar, backups."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import pytest

from skillsapp.domain.periods import SchoolYear
from skillsapp.errors import UserError
from skillsapp.services import backups, settings
from skillsapp.services import school as school_service
from skillsapp.store import open_store
from skillsapp.store.db import get_setting


def test_profile_round_trip_and_checks(demo_store):
    assert settings.load_profile(demo_store) == settings.Profile()
    profile = settings.Profile(
        teacher_name="  Nguyễn   Thị Lan ", role="leader", place="Hải Phòng", principal_name="X"
    )
    changes = settings.save_profile(demo_store, profile)
    assert changes.tables == frozenset({"setting"})
    loaded = settings.load_profile(demo_store)
    assert loaded.teacher_name == "Nguyễn Thị Lan" and loaded.role == "leader"
    # The keys are the ones reports and sync read.
    assert get_setting(demo_store.db, "place") == "Hải Phòng"
    assert get_setting(demo_store.db, "role") == "leader"
    settings.set_value(demo_store, "device_name", "Máy phòng Tin")
    assert settings.get_value(demo_store, "device_name") == "Máy phòng Tin"
    with pytest.raises(UserError) as caught:
        settings.set_value(demo_store, "role", "admin")
    assert caught.value.key == "settings.bad_role"
    with pytest.raises(KeyError):
        settings.get_value(demo_store, "password")


def test_saved_school_year_dates_drive_periods(demo_store):
    default = settings.school_year(demo_store, 2026)
    assert default == SchoolYear.default(2026)
    year = SchoolYear(
        start_year=2026,
        start=date(2026, 9, 5),
        hk1_end=date(2027, 1, 10),
        hk2_start=date(2027, 1, 13),
        end=date(2027, 5, 25),
    )
    settings.save_school_year(demo_store, year)
    assert settings.school_year(demo_store, 2026) == year
    hk1 = settings.parse_period(demo_store, "2026-2027/hk1")
    assert (hk1.start, hk1.end) == (date(2026, 9, 5), date(2027, 1, 10))
    assert settings.parse_period(demo_store, "2026-2027/hk2").start == date(2027, 1, 13)
    current = settings.current_school_year(demo_store, date(2027, 1, 12))
    assert current == year and current.semester_of(date(2027, 1, 12)) is None
    # Other years keep the defaults.
    assert settings.school_year(demo_store, 2027) == SchoolYear.default(2027)


@pytest.mark.parametrize(
    "dates",
    [
        (date(2026, 9, 5), date(2026, 9, 1), date(2027, 1, 13), date(2027, 5, 25)),
        (date(2026, 9, 5), date(2027, 1, 10), date(2027, 1, 10), date(2027, 5, 25)),
        (date(2026, 9, 5), date(2027, 1, 10), date(2027, 1, 13), date(2027, 9, 1)),
        (date(2025, 9, 5), date(2027, 1, 10), date(2027, 1, 13), date(2027, 5, 25)),
    ],
)
def test_impossible_calendars_are_refused(demo_store, dates):
    start, hk1_end, hk2_start, end = dates
    year = SchoolYear(2026, start, hk1_end, hk2_start, end)
    with pytest.raises(UserError) as caught:
        settings.save_school_year(demo_store, year)
    assert caught.value.key == "settings.bad_year_dates"
    assert "2026-2027" in caught.value.message("vi")
    assert settings.school_year(demo_store, 2026) == SchoolYear.default(2026)


def test_damaged_calendar_setting_falls_back_to_defaults(demo_store):
    demo_store.db.execute("INSERT INTO setting VALUES ('school_year.2026', '{not json')")
    demo_store.db.execute("INSERT INTO setting VALUES ('school_year.x', '{}')")
    assert settings.school_year_overrides(demo_store) == {}
    assert settings.school_year(demo_store, 2026) == SchoolYear.default(2026)


def test_daily_backups_rotate_to_ten(demo_store):
    day = datetime(2026, 11, 1, 7, 30)
    first = backups.auto_backup_if_due(demo_store, now=day)
    assert first is not None and first.exists()
    os.utime(first, (day.timestamp(), day.timestamp()))  # rotation goes by file time
    assert backups.auto_backup_if_due(demo_store, now=day + timedelta(hours=5)) is None
    for n in range(1, 13):
        made = backups.auto_backup_if_due(demo_store, now=day + timedelta(days=n))
        assert made is not None
        stamp = (day + timedelta(days=n)).timestamp()
        os.utime(made, (stamp, stamp))
    autos = [b for b in backups.list_backups(demo_store.path) if b.kind == "auto"]
    assert len(autos) == backups.AUTO_KEEP
    assert autos[0].made_at.date() == date(2026, 11, 13)  # newest first
    assert min(b.made_at for b in autos).date() == date(2026, 11, 4)


def test_manual_backup_and_restore_keeps_the_replaced_file(demo_store, demo_db):
    manual = backups.backup_now(demo_store, now=datetime(2026, 11, 2, 9, 0))
    assert manual.name.endswith("-manual-20261102-090000.db")
    cls = school_service.classes(demo_store)[0]
    school_service.update_class(demo_store, cls.id, name="Đổi tên")
    demo_store.close()
    kept, changes = backups.restore_backup(manual, demo_db)
    assert kept is not None and kept.exists()
    assert {"pupil", "session", "setting"} <= changes.tables
    reopened = open_store(demo_db)
    try:
        assert school_service.get_class(reopened, cls.id).name == cls.name
    finally:
        reopened.close()
    kinds = {b.kind for b in backups.list_backups(demo_db)}
    assert {"manual", "before-restore"} <= kinds


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(demo_store, demo_db, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    demo_store.close()
    before = demo_db.read_bytes()
    with pytest.raises(UserError):
        backups.restore_backup(junk, demo_db)
    assert demo_db.read_bytes() == before
