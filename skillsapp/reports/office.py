"""Who issues a report and how its letterhead reads: agency names, number, place and date.

Read from the settings a leader fills in once: "department_name" (the agency above the school,
or for a department's own reports its parent and itself, one per line or separated by " / "),
"principal_name" (who signs), "signer_title", "place" and "report_number_prefix" ("BC-THCSHP").
Defaults come from the school's own record, so a report reads right before any setup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from skillsapp.domain.periods import Period, parse_period
from skillsapp.reports.labels import MONTHS_EN, label
from skillsapp.store import Store
from skillsapp.store.db import get_setting

DEFAULT_PLACE = "Hải Phòng"
BLANK_NUMBER = "\u00a0" * 8  # the clerk writes the number in by hand


@dataclass(frozen=True)
class Office:
    """The issuing side of a report: parent agency lines, the agency, signer, place."""

    parent: tuple[str, ...]
    agency: str
    number_code: str  # "BC-THCSHP"
    signer_title: str
    signer_name: str
    place: str
    recipient: str  # who the report goes to (the department), for "Nơi nhận"


def _upper(text: str) -> str:
    return " ".join(text.split()).upper()


def _lines(text: str) -> list[str]:
    """A setting that may hold several lines, separated by new lines or " / "."""
    parts = re.split(r"\s*(?:\n|/(?=\s))\s*", text.strip())
    return [p for p in (" ".join(x.split()) for x in parts) if p]


_NOT_IN_ABBREVIATION = {"trường", "school", "và", "and", "of"}


def abbreviation(name: str) -> str:
    """ "Trường THCS Hoa Phượng (trường mẫu)" -> "THCSHP": the code after "BC-" in "Số:"."""
    name = re.sub(r"\(.*?\)", " ", name)
    words = [w for w in name.split() if w.lower() not in _NOT_IN_ABBREVIATION]
    return "".join(w if w.isupper() and len(w) > 1 else w[0].upper() for w in words)


def _setting_lines(store: Store, key: str) -> list[str]:
    return [_upper(x) for x in _lines(get_setting(store.db, key))]


def _school_parent(store: Store, district: str, province: str, lang: str) -> str:
    """The agency above a school. Since 1 July 2025 (no more districts) a lower-secondary
    school answers to its ward or commune People's Committee and an upper-secondary one to the
    provincial Department of Education; the `department_name` setting says which."""
    lines = _setting_lines(store, "department_name")
    if lines:
        return lines[-1]
    if district:
        return _upper(label("ward_committee", lang, name=district))
    return _upper(label("education_department", lang, province=province).strip())


def _signer_title(store: Store, agency: str, default_key: str, lang: str) -> str:
    title = get_setting(store.db, "signer_title").strip()
    if title:
        return _upper(title)
    if agency.startswith(("SỞ", "DEPARTMENT")):
        return label("director", lang)
    return label(default_key, lang)


def school_office(
    store: Store, school_name: str, district: str, province: str, lang: str
) -> Office:
    """The school issues its report; the agency above it is its parent and first recipient."""
    parent = _school_parent(store, district, province, lang)
    prefix = get_setting(store.db, "report_number_prefix").strip()
    return Office(
        parent=(parent,),
        agency=_upper(school_name),
        number_code=prefix or f"BC-{abbreviation(school_name)}",
        signer_title=_signer_title(store, "", "principal", lang),
        signer_name=get_setting(store.db, "principal_name").strip(),
        place=get_setting(store.db, "place").strip() or province or DEFAULT_PLACE,
        recipient=sentence_case(parent),
    )


def department_office(store: Store, lang: str) -> Office:
    """The department issues the summary; the line above it (if any) is its parent agency."""
    place = get_setting(store.db, "place").strip() or DEFAULT_PLACE
    lines = _setting_lines(store, "department_name") or [
        _upper(label("city_committee", lang, place=place)),
        _upper(label("education_department", lang, province="").strip()),
    ]
    prefix = get_setting(store.db, "report_number_prefix").strip()
    agency = lines[-1]
    return Office(
        parent=tuple(lines[:-1]),
        agency=agency,
        number_code=prefix or f"BC-{abbreviation(agency.title())}",
        signer_title=_signer_title(store, agency, "head_of_department", lang),
        signer_name=get_setting(store.db, "principal_name").strip(),
        place=place,
        recipient=sentence_case(lines[-2]) if len(lines) > 1 else "",
    )


def sentence_case(caps: str) -> str:
    """ "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN LÊ CHÂN" -> "Phòng Giáo dục và Đào tạo quận Lê Chân",
    the normal case agencies are written in inside a "Nơi nhận" list."""
    text = caps.lower()
    for phrase, cased in _CASED.items():
        text = text.replace(phrase, cased)
    match = re.search(
        r"\b(phường|xã|đặc khu|thị trấn|quận|huyện|thị xã|thành phố|tỉnh)\s+(.+)$", text
    )
    if match:
        place = " ".join(w[:1].upper() + w[1:] for w in match[2].split())
        text = text[: match.start(2)] + place
    return text[:1].upper() + text[1:]


_CASED = {
    "giáo dục và đào tạo": "Giáo dục và Đào tạo",
    "people's committee": "People's Committee",
    "gd&đt": "GD&ĐT",
    "ubnd": "UBND",
    "education and training": "Education and Training",
}


def place_date(place: str, day: date, lang: str) -> str:
    """ "Hải Phòng, ngày 05 tháng 02 năm 2027" (Decree 30: a leading 0 for days under 10 and
    for January and February); "Hải Phòng, 5 February 2027" in English."""
    if lang == "en":
        return f"{place}, {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def short_date(iso: str, lang: str) -> str:
    """ "2026-09-05" -> "05/09/2026" (Vietnamese order, also used in English documents here)."""
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def period_phrase(period: Period, lang: str) -> str:
    """How a period reads in running text: "học kỳ I năm học 2026-2027"."""
    year = f"{period.start.year}-{period.start.year + 1}"
    if period.kind == "hk2":
        year = f"{period.start.year - 1}-{period.start.year}"
    if period.kind in ("year", "hk1", "hk2"):
        return label(f"period_{period.kind}", lang, year=year)
    if period.kind == "month":
        return label(
            "period_month",
            lang,
            month=period.start.month,
            month_name=MONTHS_EN[period.start.month - 1],
            year=period.start.year,
        )
    return label(
        "period_range",
        lang,
        start=short_date(period.start.isoformat(), lang),
        end=short_date(period.end.isoformat(), lang),
    )


def figures_period(text: str, start: str, end: str) -> Period:
    """The period as its figures were computed, with the school's own semester dates: a layout
    re-reading the period's text would fall back to the default calendar."""
    return Period(text, parse_period(text).kind, date.fromisoformat(start), date.fromisoformat(end))


def period_line(period: Period, lang: str) -> str:
    return label(
        "period_line",
        lang,
        phrase=period_phrase(period, lang),
        start=short_date(period.start.isoformat(), lang),
        end=short_date(period.end.isoformat(), lang),
    )


LETTERHEAD_SETTINGS = ("principal_name", "signer_title", "department_name", "report_number_prefix")


def missing_letterhead_settings(store: Store) -> list[str]:
    """The letterhead settings not filled in (the report then shows a blank or a default
    there): who signs, their title, the managing agency, the number's code."""
    return [key for key in LETTERHEAD_SETTINGS if not get_setting(store.db, key).strip()]
