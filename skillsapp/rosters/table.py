"""Finding the pupils in a class-list grid: the header row, the columns, the end of the table.

School lists come from many programs (the Ministry's database, SMAS, vnEdu, a teacher's own
Excel): a title block and merged banner above the table, columns in any order with Vietnamese or
English headers, the name split into "Họ" and "Tên", girls marked with an x in a "Nữ" column, and
under the table a count ("Danh sách có 41 học sinh"), notes, a place and date and a signature
block. The header is looked for in the first rows; the table ends at the first row that is not a
pupil, so nothing under it is ever read as one. The result is a preview: one row per pupil with
the problems found in it, so the teacher sees everything before anything is saved.
Qt-free: the app and `skillsapp roster import` share it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from skillsapp.domain.names import fold
from skillsapp.domain.records import Pupil
from skillsapp.errors import UserError
from skillsapp.messages import register_messages, tr
from skillsapp.rosters.cells import (
    birth_date_of,
    birth_year_of,
    cell_text,
    cell_value,
    folded,
    gender_of,
    header_key,
    letterlike,
    name_text,
    odd_characters,
    pupil_grade_of,
    raw_cell,
    vietnamese_letter,
)
from skillsapp.rosters.read import MAX_ROWS, read_workbook

HEADER_SEARCH_ROWS = 15
OLDEST_AGE, YOUNGEST_AGE = 22, 4

register_messages(
    {
        "roster.no_header": {
            "vi": "Không tìm thấy dòng tiêu đề có cột họ tên trong {path}. Cần một cột "
            '"Họ và tên" (hoặc "Họ tên", hoặc hai cột "Họ" và "Tên").',
            "en": 'No header row with a name column was found in {path}. A "Họ và tên" / '
            '"Full name" column (or "Họ" and "Tên") is needed.',
        },
        "roster.no_sheet": {
            "vi": 'Tệp {path} không có trang tính "{sheet}".',
            "en": '{path} has no sheet "{sheet}".',
        },
        "roster.no_rows": {
            "vi": "Tệp {path} không có học sinh nào dưới dòng tiêu đề.",
            "en": "{path} has no pupils below its header row.",
        },
        "roster.has_problems": {
            "vi": "{count} dòng có lỗi nên chưa nhập học sinh nào. Hãy sửa tệp, hoặc bỏ qua "
            "các dòng có lỗi.",
            "en": "{count} rows have problems, so nothing was imported. Fix the file, or skip "
            "the rows with problems.",
        },
        "roster.nothing": {
            "vi": "Không có dòng hợp lệ nào để nhập.",
            "en": "There are no valid rows to import.",
        },
        "roster.row.empty_name": {
            "vi": "thiếu họ và tên",
            "en": "the name is empty",
        },
        "roster.row.bad_chars": {
            "vi": 'họ tên có ký tự lạ "{chars}"',
            "en": 'the name has unexpected characters "{chars}"',
        },
        "roster.row.bad_grade": {
            "vi": 'khối "{value}" không rõ (ghi một số từ 1 đến 12)',
            "en": 'grade "{value}" is not clear (write a number from 1 to 12)',
        },
        "roster.row.bad_gender": {
            "vi": 'giới tính "{value}" không rõ (ghi Nam hoặc Nữ)',
            "en": 'gender "{value}" is not clear (write Nam/Nữ or male/female)',
        },
        "roster.row.bad_date": {
            "vi": 'ngày sinh "{value}" không hợp lệ (ghi ngày/tháng/năm)',
            "en": 'date of birth "{value}" is not valid (write day/month/year)',
        },
        "roster.row.bad_year": {
            "vi": "năm sinh {year} không hợp lý với học sinh phổ thông",
            "en": "birth year {year} is not possible for a school pupil",
        },
        "roster.row.dup_file": {
            "vi": "trùng với dòng {line} trong tệp",
            "en": "the same pupil as row {line} of the file",
        },
        "roster.row.dup_class": {
            "vi": "đã có trong lớp ({name})",
            "en": "already in the class ({name})",
        },
        "roster.row.line": {
            "vi": "Dòng {line}: {problems}",
            "en": "Row {line}: {problems}",
        },
    }
)

# Header words, compared folded (no diacritics, lower case, punctuation as spaces).
HEADERS: dict[str, tuple[str, ...]] = {
    "index": ("stt", "tt", "so tt", "so thu tu", "no", "number", "#"),
    "full_name": (
        "ho va ten", "ho ten", "ho va ten hoc sinh", "ho ten hoc sinh", "ten hoc sinh",
        "hoten", "full name", "name", "pupil name", "student name", "pupil", "student",
    ),
    "family": (
        "ho", "ho dem", "ho va dem", "ho va ten dem", "ho lot", "family name", "surname",
        "last name",
    ),
    "given": ("ten", "given name", "first name"),
    "gender": ("gioi tinh", "gt", "phai", "gender", "sex"),
    "female": ("nu", "female", "girl", "girls"),
    "male": ("nam", "male", "boy", "boys"),
    "birth_date": (
        "ngay sinh", "ngay thang nam sinh", "ngay thang sinh", "sinh ngay", "date of birth",
        "birth date", "birthdate", "dob", "birthday",
    ),
    "birth_year": ("nam sinh", "birth year", "year of birth"),
    "class_name": ("lop", "ten lop", "lop hoc", "class", "class name"),
    "grade": ("khoi", "khoi lop", "grade", "grade level"),  # a mixed class: each pupil's
    "code": (
        "ma hoc sinh", "ma hs", "ma so hoc sinh", "ma so hs", "ma dinh danh", "ma so",
        "ma", "pupil code", "student code", "pupil id", "student id", "code", "id",
    ),
}  # fmt: skip
_HEADER_OF = {alias: field for field, aliases in HEADERS.items() for alias in aliases}

# Letters, combining marks and these may appear in a name; anything else is suspicious.
# Diacritics Vietnamese uses: tones and the marks of ă â ê ô ơ ư.


@dataclass(frozen=True)
class RowProblem:
    """A problem in one row, worded late so it shows in the user's language."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **dict(self.params))


@dataclass(frozen=True)
class RosterRow:
    line: int  # the row number as the spreadsheet program shows it
    full_name: str
    gender: str = ""
    birth_year: int | None = None
    code: str = ""
    problems: tuple[RowProblem, ...] = ()
    birth_date: str = ""  # ISO yyyy-mm-dd when the file gives the day, else ""
    class_name: str = ""  # from a class column, as written
    grade: int = 0  # from a "Khối" column (a mixed-grade class's list), else 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem_text(self, lang: str | None = None) -> str:
        return "; ".join(p.message(lang) for p in self.problems)


@dataclass(frozen=True)
class RosterPreview:
    """What an import would add: every row with its problems, and how the file was read."""

    path: Path
    rows: tuple[RosterRow, ...]
    header_line: int
    columns: tuple[tuple[str, str], ...]  # (field, the header as written)
    source: str  # "xlsx:<sheet>" or "csv:<encoding>"

    @property
    def good(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def bad(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self.rows if not r.ok)

    def problems(self, lang: str | None = None) -> list[str]:
        """One line per bad row: "Row 7: the name is empty"."""
        return [
            tr("roster.row.line", lang, line=r.line, problems=r.problem_text(lang))
            for r in self.bad
        ]


# -- finding the header and the columns -------------------------------------------------------


# Headers that open with these words are the pupil id whatever follows ("Mã định danh Bộ
# GD&ĐT", "Mã học sinh trên CSDL ngành").
_CODE_PREFIXES = ("ma dinh danh", "ma hoc sinh", "so dinh danh", "ma so hoc sinh")


def _field_of(cell: object) -> str | None:
    key = header_key(cell)
    if key in _HEADER_OF:
        return _HEADER_OF[key]
    return "code" if key.startswith(_CODE_PREFIXES) else None


def _columns(row: Sequence[object]) -> dict[str, int]:
    """The recognised fields of a candidate header row and their column numbers (first wins)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        field = _field_of(cell)
        if field and field not in found:
            found[field] = index
    return found


def _has_name(columns: dict[str, int]) -> bool:
    return "full_name" in columns or {"family", "given"} <= columns.keys()


def _find_header(grid: list[list[object]]) -> tuple[int, dict[str, int]] | None:
    """The header row: within the first rows, the one naming a name column and the most other
    fields (the school's title lines above it name none)."""
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        columns = _columns(row)
        if _has_name(columns) and (best is None or len(columns) > len(best[1])):
            best = (index, columns)
    if best and "full_name" in best[1] and {"family", "given"} <= best[1].keys():
        # "Họ và tên" beside "Họ" + "Tên": the joined name column is the whole name.
        best[1].pop("family"), best[1].pop("given")
    return best


# -- rows -------------------------------------------------------------------------------------


def _row(line: int, row: Sequence[object], columns: dict[str, int], today: date) -> RosterRow:
    if "full_name" in columns:
        full_name = cell_value(row, columns, "full_name")
    else:
        full_name = " ".join(
            x for x in (cell_value(row, columns, "family"), cell_value(row, columns, "given")) if x
        )
    full_name = name_text(full_name)
    problems: list[RowProblem] = []
    if not full_name:
        problems.append(RowProblem("roster.row.empty_name"))
    elif odd := odd_characters(full_name):
        problems.append(RowProblem("roster.row.bad_chars", (("chars", odd),)))
    gender, unclear = gender_of(row, columns)
    if unclear is not None:
        problems.append(RowProblem("roster.row.bad_gender", (("value", unclear),)))
    birth_year, problem = _birth_year(row, columns, today)
    if problem:
        problems.append(problem)
    born = birth_date_of(raw_cell(row, columns, "birth_date"), today) if birth_year else None
    grade = pupil_grade_of(cell_value(row, columns, "grade"))
    if grade is None:
        problems.append(
            RowProblem("roster.row.bad_grade", (("value", cell_value(row, columns, "grade")),))
        )
    return RosterRow(
        line=line,
        full_name=full_name,
        gender=gender,
        birth_year=birth_year,
        code=cell_value(row, columns, "code"),
        problems=tuple(problems),
        birth_date=born.isoformat() if born and born.year == birth_year else "",
        class_name=cell_value(row, columns, "class_name"),
        grade=grade or 0,
    )


def _birth_year(
    row: Sequence[object], columns: dict[str, int], today: date
) -> tuple[int | None, RowProblem | None]:
    for field in ("birth_date", "birth_year"):
        raw = raw_cell(row, columns, field)
        if cell_text(raw) == "":
            continue
        try:
            year = birth_year_of(raw, today)
        except ValueError:
            return None, RowProblem("roster.row.bad_date", (("value", cell_text(raw)),))
        if year is not None and not today.year - OLDEST_AGE <= year <= today.year - YOUNGEST_AGE:
            return None, RowProblem("roster.row.bad_year", (("year", year),))
        return year, None
    return None, None


def _identity(row: RosterRow | Pupil, *, exact: bool = False) -> tuple[str, ...]:
    """Two rows are the same pupil when their codes match, or, without codes, when the name
    (ignoring case) and birth year match: two "Nguyễn Thị Hương" born in different years are
    two pupils. `exact` compares the whole birth date where the row has one (two rows of one
    file: same name, same year, different days are two pupils)."""
    if row.code:
        return ("code", row.code.casefold())
    born = row.birth_date if exact and isinstance(row, RosterRow) and row.birth_date else ""
    return ("name", row.full_name.casefold(), born or str(row.birth_year or ""))


def _mark_duplicates(rows: list[RosterRow], existing: Iterable[Pupil]) -> list[RosterRow]:
    in_class = {_identity(p): p.full_name for p in existing}
    seen: dict[tuple[str, ...], int] = {}
    marked = []
    for row in rows:
        extra: list[RowProblem] = []
        if row.full_name:
            key = _identity(row, exact=True)
            if key in seen:
                extra.append(RowProblem("roster.row.dup_file", (("line", seen[key]),)))
            else:
                seen[key] = row.line
            if _identity(row) in in_class:
                extra.append(RowProblem("roster.row.dup_class", (("name", in_class[key]),)))
        marked.append(replace(row, problems=row.problems + tuple(extra)) if extra else row)
    return marked


# Symbols that legacy Vietnamese encodings (TCVN3, VNI) turn into when read as Unicode.
_LEGACY_CATEGORIES = {"Sk", "So", "Sc", "Sm", "No", "Pi", "Pf", "Co", "Cn"}


def _suspicious(text: str) -> bool:
    """Whether text holds a letter Vietnamese never writes or a stray symbol."""
    return any(map(_suspicious_char, text))


@functools.lru_cache(maxsize=4096)
def _suspicious_char(ch: str) -> bool:
    return unicodedata.category(ch) in _LEGACY_CATEGORIES or (
        letterlike(ch) and not vietnamese_letter(ch)
    )


def _check_encoding(texts: Iterable[str], name: str) -> None:
    """Text that is mostly letters Vietnamese never writes means a legacy encoding (TCVN3,
    VNI) or a mis-decoded file: refuse it whole rather than import gibberish. One foreign
    name among Vietnamese ones ("Müller") is fine."""
    lettered = [t for t in texts if any(ch.isalpha() for ch in t)]
    if lettered and sum(map(_suspicious, lettered)) * 2 > len(lettered):
        raise UserError("roster.encoding", path=name)


# Lines under a table that are never pupils, matched on any cell, folded: counts and totals,
# notes, signature blocks (title, "(Ký, ghi rõ họ tên)", "T/M Ban giám hiệu", "KT. Hiệu
# trưởng"), and the place and date line ("Hải Phòng, ngày 5 tháng 9 năm 2026").
_FOOTER = re.compile(
    r"^(?:tong so|tong cong|cong\W*\d|danh sach (?:nay |lop )?(?:co|gom)|si so|ghi chu|luu y"
    r"|chu y|nguoi lap|hieu truong|pho hieu truong|giao vien|gvcn|xac nhan|ban giam hieu"
    r"|t\W?m\W|k\W?t\W|thu truong|can bo|ke toan|van thu|\(?ky\b|\*)"
    r"|\bngay\W+(?:\d|\.|…|_)+.*\bthang\b.*\bnam\b"
)
_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-z])\)?$")


def _is_footer(cells: Sequence[object]) -> bool:
    for cell in cells:
        if cell is None or isinstance(cell, int | float | date):
            continue  # numbers and dates are never a footer line
        text = cell_text(cell)
        if text and _FOOTER.search(folded(text)):
            return True
    return False


def _is_column_numbers(cells: Sequence[object], columns: dict[str, int]) -> bool:
    """The "(1) (2) (3)" row many official forms put under the header."""
    marks = [fold(cell_text(c)) for c in cells if cell_text(c)]
    name = fold(cell_value(cells, columns, "full_name" if "full_name" in columns else "family"))
    return len(marks) >= 2 and all(_COLUMN_NUMBER.match(m) for m in marks) and bool(name)


def _ends_table(row: RosterRow, cells: Sequence[object], columns: dict[str, int]) -> bool:
    """A row that holds nothing a pupil row would: a gap, or a number or total written in the
    name column with no pupil data beside it. A nameless row with a code, a written gender or
    a birth date is a pupil whose name is missing, and is kept to be shown as a problem (an
    unticked "Nữ" column says "boy" only for a row that is a pupil)."""
    gender_written = any(cell_value(cells, columns, f) for f in ("gender", "female", "male"))
    data = row.code or gender_written or row.birth_year is not None
    if not row.full_name:
        return not data
    return not data and any(ch.isdigit() for ch in row.full_name)


def table_rows(
    grid: list[list[object]], header_index: int, columns: dict[str, int], today: date
) -> list[RosterRow]:
    """The pupil rows under the header, up to the first row that is not a pupil (blank rows
    right under the header and a column-number row are stepped over)."""
    rows: list[RosterRow] = []
    for index in range(header_index + 1, len(grid)):
        cells = grid[index]
        if not rows and index == header_index + 1 and _is_column_numbers(cells, columns):
            continue
        if _is_footer(cells):
            break
        if not any(cell_text(c) for c in cells):
            if rows:
                break
            continue  # a gap between the header and the first pupil
        parsed = _row(index + 1, cells, columns, today)
        if _ends_table(parsed, cells, columns):
            break
        rows.append(parsed)
    return rows


def preview_grid(
    grid: list[list[object]],
    *,
    path: Path,
    source: str = "",
    existing: Iterable[Pupil] = (),
    today: date | None = None,
    header: tuple[int, dict[str, int]] | None = None,
) -> RosterPreview:
    """The preview of an already-read table (what `read_roster` does after reading the file);
    `header` is what `_find_header` said of it, when the caller has asked already."""
    today = today or date.today()
    found = header or _find_header(grid)
    if found is None:
        _check_encoding((cell_text(c) for row in grid[:HEADER_SEARCH_ROWS] for c in row), path.name)
        raise UserError("roster.no_header", path=path.name)
    header_index, columns = found
    rows = table_rows(grid, header_index, columns, today)
    if not rows:
        raise UserError("roster.no_rows", path=path.name)
    if len(rows) > MAX_ROWS:
        raise UserError("roster.too_big", path=path.name, limit=MAX_ROWS)
    _check_encoding((r.full_name for r in rows), path.name)
    header = grid[header_index]
    return RosterPreview(
        path=path,
        rows=tuple(_mark_duplicates(rows, existing)),
        header_line=header_index + 1,
        columns=tuple((field, cell_text(header[index])) for field, index in columns.items()),
        source=source,
    )


def read_roster(
    path: Path | str,
    *,
    existing: Iterable[Pupil] = (),
    today: date | None = None,
    sheet: str | None = None,
) -> RosterPreview:
    """Read a class-list file (.xlsx, .xls, .ods, .csv) into a preview: the one public way in.

    The table is the first sheet (or `sheet`, by name) with a header row; its rows are checked
    against `existing`, the pupils already in the class. File-level trouble (empty, password,
    damaged, not a spreadsheet, unreadable text, no header, too big) is a UserError and nothing
    else escapes; row-level trouble is listed in the preview's rows.
    """
    path = Path(path)
    book = read_workbook(path)
    sheets = [s for s in book.sheets if sheet is None or s.name == sheet]
    if not sheets:
        raise UserError("roster.no_sheet", path=path.name, sheet=sheet or "")
    chosen = next((s for s in sheets if _find_header(s.rows) is not None), sheets[0])
    source = f"{book.kind}:{book.detail or chosen.name}"
    return preview_grid(chosen.rows, path=path, source=source, existing=existing, today=today)
