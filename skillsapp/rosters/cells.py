"""Reading one cell of a class list: clean text, a pupil's name, gender marks, birth dates in the
shapes school systems write them (Excel serial numbers, dd/mm/yyyy text, a bare year).
Qt-free, shared by the table finder (table.py) and the class splitter (classlists.py)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from skillsapp.domain.names import fold

_EXCEL_EPOCH = date(1899, 12, 30)
FEMALE = {"nu", "f", "female", "girl", "g", "gai", "con gai"}
MALE = {"nam", "m", "male", "boy", "b", "trai", "con trai"}
MARKED = {"x", "1", "v", "co", "yes", "y", "true", "nu", "nam", "\u2713", "\u2714", "*"}
_NAME_PUNCTUATION = set(" -'.\u2019")
_VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0306", "\u0302", "\u031b"}


def cell_text(value: object) -> str:
    """A cell as clean text: NFC, no zero-width marks, single spaces. Called for every cell
    several times, so the common case (clean text) does as little as it can."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    else:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value)
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if "\u200b" in text or "\ufeff" in text:
            text = text.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


@functools.lru_cache(maxsize=1 << 14)
def folded(text: str) -> str:
    """`fold`, remembered: the same genders, dates and words recur on every row."""
    return fold(text)


def name_text(text: str) -> str:
    """A name as written, except that ALL-CAPS lists are turned into normal capitals."""
    if text.isupper():
        return _WORD_START.sub(lambda m: m[1] + m[2].upper(), text.lower())
    return text


def odd_characters(name: str) -> str:
    return "".join(
        sorted({ch for ch in name if ch not in _NAME_PUNCTUATION and not letterlike(ch)})
    )


def letterlike(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


@functools.lru_cache(maxsize=4096)
def vietnamese_letter(ch: str) -> bool:
    """Whether a letter is one Vietnamese writes (plain Latin, đ, or Latin with its marks)."""
    decomposed = unicodedata.normalize("NFD", ch.lower())
    base, marks = decomposed[0], decomposed[1:]
    return (base.isascii() or base == "đ") and all(m in _VIETNAMESE_MARKS for m in marks)


def gender_of(row: Sequence[object], columns: dict[str, int]) -> tuple[str, str | None]:
    """(gender, the unclear value or None)."""
    if "gender" in columns:
        raw = cell_value(row, columns, "gender")
        value = header_key(raw)
        if not value:
            return "", None
        if value in FEMALE:
            return "F", None
        if value in MALE:
            return "M", None
        return "", raw
    female = mark_of(row, columns, "female")
    male = mark_of(row, columns, "male")
    if female is None or male is None:
        return "", cell_value(row, columns, "female" if female is None else "male")
    if female and male:
        return "", f"{cell_value(row, columns, 'male')} / {cell_value(row, columns, 'female')}"
    if female:
        return "F", None
    if male:
        return "M", None
    # Only a "Nữ" column: unmarked means a boy. Only "Nam": unmarked means a girl.
    if "female" in columns and "male" not in columns:
        return "M", None
    if "male" in columns and "female" not in columns:
        return "F", None
    return "", None


def mark_of(row: Sequence[object], columns: dict[str, int], field: str) -> bool | None:
    """Whether a marker column is ticked; None for something that is neither a tick nor blank."""
    if field not in columns:
        return False
    value = header_key(cell_value(row, columns, field))
    if not value:
        return False
    return True if value in MARKED else None


_PUPIL_GRADE = re.compile(r"(?:khoi|lop|grade)?\s*(\d{1,2})(?:\.0+)?")


def pupil_grade_of(text: str) -> int | None:
    """A pupil's grade from a "Khối" cell of a mixed class's list ("3", "Khối 4", "lớp 3",
    3.0); 0 for an empty cell, None for anything else."""
    if not text.strip():
        return 0
    match = _PUPIL_GRADE.fullmatch(fold(text).strip())
    grade = int(match[1]) if match else 0
    return grade if 1 <= grade <= 12 else None


def cell_value(row: Sequence[object], columns: dict[str, int], field: str) -> str:
    return cell_text(raw_cell(row, columns, field))


def raw_cell(row: Sequence[object], columns: dict[str, int], field: str) -> object:
    index = columns.get(field)
    return row[index] if index is not None and index < len(row) else None


_WORD_START = re.compile(r"(^|[\s'\-\u2019])(\w)")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T].*)?$")


def birth_year_of(value: object, today: date) -> int | None:
    """The birth year in a date-of-birth cell: a date, "dd/mm/yyyy" (or with - or .),
    "yyyy-mm-dd", a bare year, or an Excel day number. ValueError when it is none of those."""
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        if 1900 <= number <= 2100:
            return number
        if 1 <= number <= 80000:
            return (_EXCEL_EPOCH + timedelta(days=number)).year
        raise ValueError(value)
    text = cell_text(value)
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    if match := _DMY.match(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if len(match[3]) == 2:
            year += 2000 if year <= today.year % 100 else 1900
        # Day/month is the Vietnamese order; an English export may have month/day.
        if not (real_date(year, second, first) or real_date(year, first, second)):
            raise ValueError(text)
        return year
    if match := _YMD.match(text):
        year = int(match[1])
        if not real_date(year, int(match[2]), int(match[3])):
            raise ValueError(text)
        return year
    raise ValueError(text)


def birth_date_of(value: object, today: date) -> date | None:
    """The full date in a date-of-birth cell, or None when it gives only a year (or is not a
    date at all: `birth_year_of` reports that). Day/month is read first, as Vietnam writes it."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        if 1 <= number <= 80000 and not 1900 <= number <= 2100:
            return _EXCEL_EPOCH + timedelta(days=number)
        return None
    text = cell_text(value)
    if match := _DMY.match(text):
        first, second = int(match[1]), int(match[2])
        try:
            year = birth_year_of(text, today)
        except ValueError:
            return None
        assert year is not None
        for month, day in ((second, first), (first, second)):
            if real_date(year, month, day):
                return date(year, month, day)
    if match := _YMD.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if real_date(year, month, day):
            return date(year, month, day)
    return None


def real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def header_key(value: object) -> str:
    """A header cell folded for matching: no diacritics, no bracketed notes, single spaces."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", cell_text(value))
    return " ".join(re.sub(r"[^\w#]+", " ", folded(text)).split())
