"""Settings that belong to this database: who uses it, in what role, and the school calendar.

They live in the local `setting` table (never synced), so each PC keeps its own teacher name and
role while the school's data travels. The school-year dates are set each year by the Ministry and
the city; a year without saved dates uses the usual defaults (`SchoolYear.default`), and every
period or "current school year" the app works out goes through here so the saved dates count.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date

from skillsapp.domain import periods
from skillsapp.domain.periods import Period, SchoolYear
from skillsapp.domain.records import Changes
from skillsapp.errors import UserError
from skillsapp.messages import register_messages
from skillsapp.store import Store
from skillsapp.store.db import get_setting, set_setting
from skillsapp.store.settings import settings_with_prefix

ROLES = ("teacher", "leader", "department")
_YEAR_PREFIX = "school_year."
_CHANGED = Changes(tables=frozenset({"setting"}))

register_messages(
    {
        "settings.bad_role": {
            "vi": 'Vai trò "{role}" không hợp lệ (giáo viên, lãnh đạo trường hoặc phòng giáo dục).',
            "en": 'Role "{role}" is not valid (teacher, school leader or department).',
        },
        "settings.bad_year_dates": {
            "vi": "Ngày của năm học {year} không hợp lệ: cần khai giảng < hết học kì I < "
            "đầu học kì II ≤ kết thúc năm học, trong khoảng tháng 8/{first} đến tháng 7/{second}.",
            "en": "The dates of school year {year} are not valid: start < end of semester 1 < "
            "start of semester 2 ≤ end of year is needed, between August {first} and "
            "July {second}.",
        },
    }
)


@dataclass(frozen=True)
class Profile:
    """Who uses this PC and what the official documents it prints should say."""

    teacher_name: str = ""
    role: str = "teacher"
    device_name: str = ""
    department_name: str = ""
    principal_name: str = ""
    place: str = ""
    # Read by reports/office.py for the signature block and the document number ("Số").
    signer_title: str = ""
    report_number_prefix: str = ""


PROFILE_KEYS = tuple(f.name for f in fields(Profile))


def load_profile(store: Store) -> Profile:
    values = {key: get_setting(store.db, key) for key in PROFILE_KEYS}
    if values["role"] not in ROLES:
        values["role"] = "teacher"
    return Profile(**values)


def save_profile(store: Store, profile: Profile) -> Changes:
    """Save every profile field in one transaction; texts are trimmed, the role is checked."""
    if profile.role not in ROLES:
        raise UserError("settings.bad_role", role=profile.role)
    cleaned = replace(
        profile,
        **{k: " ".join(str(getattr(profile, k)).split()) for k in PROFILE_KEYS if k != "role"},
    )
    with store.atomic():
        for key in PROFILE_KEYS:
            set_setting(store.db, key, getattr(cleaned, key))
    return _CHANGED


def get_value(store: Store, key: str) -> str:
    """One profile setting (teacher_name, role, ...)."""
    return str(getattr(load_profile(store), _known(key)))


def set_value(store: Store, key: str, value: str) -> Changes:
    return save_profile(store, replace(load_profile(store), **{_known(key): value}))


def _known(key: str) -> str:
    if key not in PROFILE_KEYS:
        raise KeyError(f"unknown setting {key!r}")
    return key


# -- the school calendar ----------------------------------------------------------------------


def _year_to_json(year: SchoolYear) -> str:
    return json.dumps(
        {
            "start": year.start.isoformat(),
            "hk1_end": year.hk1_end.isoformat(),
            "hk2_start": year.hk2_start.isoformat(),
            "end": year.end.isoformat(),
        }
    )


def _year_from_json(start_year: int, text: str) -> SchoolYear | None:
    """A saved year, or None when the stored text is damaged (the defaults then apply)."""
    try:
        raw = json.loads(text)
        year = SchoolYear(
            start_year=start_year,
            **{k: date.fromisoformat(raw[k]) for k in ("start", "hk1_end", "hk2_start", "end")},
        )
    except (ValueError, KeyError, TypeError):
        return None
    return year if _dates_ok(year) else None


def _dates_ok(year: SchoolYear) -> bool:
    first = date(year.start_year, 8, 1)
    last = date(year.start_year + 1, 7, 31)
    return first <= year.start < year.hk1_end < year.hk2_start <= year.end <= last


def school_year_overrides(store: Store) -> dict[int, SchoolYear]:
    """Every school year whose dates were saved, by start year."""
    rows = settings_with_prefix(store.db, _YEAR_PREFIX)
    found: dict[int, SchoolYear] = {}
    for key, value in rows:
        suffix = key[len(_YEAR_PREFIX) :]
        year = _year_from_json(int(suffix), value) if suffix.isdigit() else None
        if year is not None:
            found[year.start_year] = year
    return found


def school_year(store: Store, start_year: int) -> SchoolYear:
    """The calendar of the year starting in `start_year`: saved dates, else the defaults."""
    return school_year_overrides(store).get(start_year) or SchoolYear.default(start_year)


def save_school_year(store: Store, year: SchoolYear) -> Changes:
    if not _dates_ok(year):
        raise UserError(
            "settings.bad_year_dates",
            year=year.label,
            first=year.start_year,
            second=year.start_year + 1,
        )
    with store.atomic():
        set_setting(store.db, f"{_YEAR_PREFIX}{year.start_year}", _year_to_json(year))
    return _CHANGED


def current_school_year(store: Store, today: date | None = None) -> SchoolYear:
    return periods.current_school_year(today or date.today(), school_year_overrides(store))


def parse_period(store: Store, text: str) -> Period:
    """A period string read with this school's calendar (HK1 ends when the school says)."""
    return periods.parse_period(text, school_year_overrides(store))


# -- how slides are shown in this room ----------------------------------------------------------

ROOM_SIZES = ("small", "medium", "large", "hall")
SLIDE_THEMES = ("system", "standard", "high_contrast")
_ROOM_KEY = "slides.room"
_THEME_KEY = "slides.theme"


@dataclass(frozen=True)
class SlideLook:
    """The room the slides are projected in (it sets the smallest text) and their colours;
    kept per PC, since each classroom has its own projector and depth."""

    room: str = "medium"
    theme: str = "system"  # "system": high contrast when the operating system asks for it


def load_slide_look(store: Store) -> SlideLook:
    room = get_setting(store.db, _ROOM_KEY)
    theme = get_setting(store.db, _THEME_KEY)
    return SlideLook(
        room=room if room in ROOM_SIZES else SlideLook.room,
        theme=theme if theme in SLIDE_THEMES else SlideLook.theme,
    )


def save_slide_look(store: Store, look: SlideLook) -> Changes:
    if look.room not in ROOM_SIZES or look.theme not in SLIDE_THEMES:
        raise KeyError(f"unknown slide look {look!r}")
    with store.atomic():
        set_setting(store.db, _ROOM_KEY, look.room)
        set_setting(store.db, _THEME_KEY, look.theme)
    return _CHANGED
