"""Reading class lists as schools export them (.xlsx, .csv) into pupils, with every problem named.

School lists come from many programs (the Ministry's database, SMAS, vnEdu, a teacher's own
Excel): the title is above the table, columns come in any order with Vietnamese or English
headers, the name may be split into "Họ" and "Tên", girls may be marked with an x in a "Nữ"
column, and CSVs arrive as UTF-8, UTF-8 with BOM or Windows-1258 (often in decomposed form). This
module turns any of those into a preview: one row per pupil with the problems found in it, so
the teacher sees everything before anything is saved, and the import is all or nothing.
Qt-free: the app and `skillsapp roster import` share it.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from skillsapp.domain.names import fold
from skillsapp.domain.records import Changes, Pupil
from skillsapp.errors import UserError
from skillsapp.messages import register_messages, tr
from skillsapp.services import school as school_service
from skillsapp.store import Store

SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
MAX_ROWS = 5000
HEADER_SEARCH_ROWS = 30
MAX_FILE_BYTES = 20 * 1024 * 1024
OLDEST_AGE, YOUNGEST_AGE = 22, 4

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: old .xls or an encrypted .xlsx
_EXCEL_EPOCH = date(1899, 12, 30)

register_messages(
    {
        "roster.empty": {
            "vi": "Tệp {path} trống.",
            "en": "{path} is empty.",
        },
        "roster.unreadable": {
            "vi": "Không đọc được tệp {path}: {reason}.",
            "en": "Cannot read {path}: {reason}.",
        },
        "roster.too_big": {
            "vi": "Tệp {path} quá lớn để là danh sách lớp (hơn {limit} dòng hoặc 20 MB).",
            "en": "{path} is too big to be a class list (over {limit} rows or 20 MB).",
        },
        "roster.encrypted": {
            "vi": "Tệp {path} được đặt mật khẩu nên không đọc được. Hãy mở tệp trong Excel, "
            "bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, "
            "xóa mật khẩu), lưu lại rồi nhập lại.",
            "en": "{path} is protected with a password, so it cannot be read. Open it in Excel, "
            "remove the password (File > Info > Protect Workbook > Encrypt with Password, "
            "clear it), save, and import again.",
        },
        "roster.old_xls": {
            "vi": "Tệp {path} là định dạng Excel cũ (.xls). Hãy mở trong Excel và lưu thành "
            '"Sổ làm việc Excel (.xlsx)" hoặc "CSV UTF-8" rồi nhập lại.',
            "en": "{path} is in the old Excel format (.xls). Open it in Excel, save it as "
            '"Excel Workbook (.xlsx)" or "CSV UTF-8", and import again.',
        },
        "roster.damaged": {
            "vi": "Tệp {path} bị hỏng: không đọc được bảng tính bên trong. "
            "Hãy mở tệp bằng Excel, lưu lại rồi thử lại.",
            "en": "{path} is damaged: the sheet inside cannot be read. "
            "Open it in Excel, save it again and try again.",
        },
        "roster.not_spreadsheet": {
            "vi": "Tệp {path} không phải bảng tính Excel (.xlsx) hay tệp CSV.",
            "en": "{path} is not an Excel workbook (.xlsx) or a CSV file.",
        },
        "roster.encoding": {
            "vi": "Chữ tiếng Việt trong {path} dùng bảng mã không đọc được (có thể là TCVN3 "
            'hay VNI). Hãy chuyển sang Unicode rồi lưu thành "CSV UTF-8" và nhập lại.',
            "en": "The Vietnamese text in {path} uses an encoding that cannot be read (perhaps "
            'TCVN3 or VNI). Convert it to Unicode, save as "CSV UTF-8", and import again.',
        },
        "roster.no_header": {
            "vi": "Không tìm thấy dòng tiêu đề có cột họ tên trong {path}. Cần một cột "
            '"Họ và tên" (hoặc "Họ tên", hoặc hai cột "Họ" và "Tên").',
            "en": 'No header row with a name column was found in {path}. A "Họ và tên" / '
            '"Full name" column (or "Họ" and "Tên") is needed.',
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
    "code": (
        "ma hoc sinh", "ma hs", "ma so hoc sinh", "ma so hs", "ma dinh danh", "ma so",
        "ma", "pupil code", "student code", "pupil id", "student id", "code", "id",
    ),
}  # fmt: skip
_HEADER_OF = {alias: field for field, aliases in HEADERS.items() for alias in aliases}

FEMALE = {"nu", "f", "female", "girl", "g", "gai", "con gai"}
MALE = {"nam", "m", "male", "boy", "b", "trai", "con trai"}
MARKED = {"x", "1", "v", "co", "yes", "y", "true", "nu", "nam", "\u2713", "\u2714", "*"}
# Letters, combining marks and these may appear in a name; anything else is suspicious.
_NAME_PUNCTUATION = set(" -'.\u2019")
# Diacritics Vietnamese uses: tones and the marks of ă â ê ô ơ ư.
_VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323", "\u0306", "\u0302", "\u031b"}


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

    def pupils(self, class_id: str, *, skip_bad: bool = False) -> list[Pupil]:
        """The pupils to add; raises unless every row is clean or bad rows are skipped."""
        if self.bad and not skip_bad:
            raise UserError("roster.has_problems", count=len(self.bad))
        if not self.good:
            raise UserError("roster.nothing")
        return [
            Pupil(
                id="",
                class_id=class_id,
                full_name=r.full_name,
                code=r.code,
                gender=r.gender,
                birth_year=r.birth_year,
            )
            for r in self.good
        ]


# -- reading the file into a grid of cells ----------------------------------------------------


def read_grid(path: Path) -> tuple[list[list[object]], str]:
    """The file's first table as rows of cell values, and how it was read ("xlsx:Sheet1")."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError("roster.too_big", path=path.name, limit=MAX_ROWS)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("roster.unreadable", path=path.name, reason=exc.strerror or exc) from exc
    if not data.strip():
        raise UserError("roster.empty", path=path.name)
    if data.startswith(_OLE):
        encrypted = "EncryptionInfo".encode("utf-16-le") in data
        raise UserError("roster.encrypted" if encrypted else "roster.old_xls", path=path.name)
    if data.startswith(_ZIP):
        return _read_xlsx(path)
    return _read_csv(path, data)


def _read_xlsx(path: Path) -> tuple[list[list[object]], str]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, InvalidFileException) as exc:
        raise UserError("roster.not_spreadsheet", path=path.name) from exc
    except _DAMAGED_XLSX as exc:
        raise UserError("roster.damaged", path=path.name) from exc
    try:
        first: tuple[list[list[object]], str] | None = None
        for sheet in book.worksheets:
            grid = _sheet_rows(sheet, path)
            if _find_header(grid) is not None:
                return grid, f"xlsx:{sheet.title}"
            if first is None and any(_text(cell) for row in grid for cell in row):
                first = (grid, f"xlsx:{sheet.title}")
    except (*_DAMAGED_XLSX, zipfile.BadZipFile, KeyError, ValueError) as exc:
        # openpyxl reads sheets lazily: a damaged member shows only while rows are read.
        raise UserError("roster.damaged", path=path.name) from exc
    finally:
        book.close()
    if first is None:
        raise UserError("roster.empty", path=path.name)
    return first


def _damaged_xlsx_errors() -> tuple[type[Exception], ...]:
    """What a damaged member of an .xlsx raises from the zip and XML layers under openpyxl."""
    import lzma
    import zlib
    from xml.etree.ElementTree import ParseError

    # TypeError: openpyxl builds objects from XML attributes, so an odd attribute is one.
    # NotImplementedError: a damaged entry asking for a zip version zipfile lacks.
    # RuntimeError: a member flagged as encrypted; LZMAError: a member's LZMA data damaged.
    return (
        zlib.error, lzma.LZMAError, ParseError, EOFError, UnicodeDecodeError, TypeError,
        NotImplementedError, RuntimeError, OSError,
    )  # fmt: skip


_DAMAGED_XLSX = _damaged_xlsx_errors()


def _sheet_rows(sheet, path: Path) -> list[list[object]]:
    grid: list[list[object]] = []
    for row in sheet.iter_rows(values_only=True):
        grid.append(list(row))
        if len(grid) > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise UserError("roster.too_big", path=path.name, limit=MAX_ROWS)
    return grid


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Text of a CSV and the encoding it was in: BOMs first, then strict UTF-8, then
    Windows-1258 (what Vietnamese Excel writes for "CSV"), normalised to NFC because
    Windows-1258 keeps tone marks as separate characters."""
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return _decode(data, encoding, name), encoding
    if b"\x00" in data:
        raise UserError("roster.not_spreadsheet", path=name)
    try:
        return _decode(data, "utf-8", name), "utf-8"
    except UserError:
        return _decode(data, "cp1258", name), "cp1258"


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserError("roster.encoding", path=name) from exc
    return unicodedata.normalize("NFC", text)


def _read_csv(path: Path, data: bytes) -> tuple[list[list[object]], str]:
    text, encoding = decode_text(data, path.name)
    if _looks_binary(text):
        raise UserError("roster.not_spreadsheet", path=path.name)
    try:
        grid, _delimiter_used = read_grid_text(text)
    except csv.Error as exc:
        raise UserError("roster.damaged", path=path.name) from exc
    if len(grid) > MAX_ROWS + HEADER_SEARCH_ROWS:
        raise UserError("roster.too_big", path=path.name, limit=MAX_ROWS)
    return grid, f"csv:{encoding}"


def read_grid_text(text: str) -> tuple[list[list[object]], str]:
    """CSV text as rows of cells, and the delimiter it used."""
    delimiter = _delimiter(text.splitlines()[: HEADER_SEARCH_ROWS + 10])
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [list(r) for r in rows], delimiter


def _looks_binary(text: str) -> bool:
    """Control characters other than tabs and line ends mean this was never a text table."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
    return controls > max(2, len(sample) // 200)


def _delimiter(lines: list[str]) -> str:
    """Comma, semicolon (Excel with Vietnamese regional settings) or tab: the one that splits
    the most lines into the same number of columns."""

    def score(delimiter: str) -> tuple[int, int]:
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1]
        if not counts:
            return 0, 0
        common = max(set(counts), key=counts.count)
        return counts.count(common), common

    return max(",;\t", key=score)


# -- finding the header and the columns -------------------------------------------------------


def _header_key(value: object) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", _text(value))
    return " ".join(re.sub(r"[^\w#]+", " ", fold(text)).split())


def _columns(row: Sequence[object]) -> dict[str, int]:
    """The recognised fields of a candidate header row and their column numbers (first wins)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        field = _HEADER_OF.get(_header_key(cell))
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


# -- cell values ------------------------------------------------------------------------------


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


def _name(text: str) -> str:
    """A name as written, except that ALL-CAPS lists are turned into normal capitals."""
    if text.isupper():
        return _WORD_START.sub(lambda m: m[1] + m[2].upper(), text.lower())
    return text


def _odd_characters(name: str) -> str:
    return "".join(
        sorted({ch for ch in name if ch not in _NAME_PUNCTUATION and not _letterlike(ch)})
    )


def _letterlike(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _vietnamese_letter(ch: str) -> bool:
    """Whether a letter is one Vietnamese writes (plain Latin, đ, or Latin with its marks)."""
    decomposed = unicodedata.normalize("NFD", ch.lower())
    base, marks = decomposed[0], decomposed[1:]
    return (base.isascii() or base == "đ") and all(m in _VIETNAMESE_MARKS for m in marks)


def _gender(row: Sequence[object], columns: dict[str, int]) -> tuple[str, str | None]:
    """(gender, the unclear value or None)."""
    if "gender" in columns:
        raw = _cell(row, columns, "gender")
        value = _header_key(raw)
        if not value:
            return "", None
        if value in FEMALE:
            return "F", None
        if value in MALE:
            return "M", None
        return "", raw
    female = _mark(row, columns, "female")
    male = _mark(row, columns, "male")
    if female is None or male is None:
        return "", _cell(row, columns, "female" if female is None else "male")
    if female and male:
        return "", f"{_cell(row, columns, 'male')} / {_cell(row, columns, 'female')}"
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


def _mark(row: Sequence[object], columns: dict[str, int], field: str) -> bool | None:
    """Whether a marker column is ticked; None for something that is neither a tick nor blank."""
    if field not in columns:
        return False
    value = _header_key(_cell(row, columns, field))
    if not value:
        return False
    return True if value in MARKED else None


def _cell(row: Sequence[object], columns: dict[str, int], field: str) -> str:
    return _text(_raw(row, columns, field))


def _raw(row: Sequence[object], columns: dict[str, int], field: str) -> object:
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
    text = _text(value)
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    if match := _DMY.match(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if len(match[3]) == 2:
            year += 2000 if year <= today.year % 100 else 1900
        # Day/month is the Vietnamese order; an English export may have month/day.
        if not (_real_date(year, second, first) or _real_date(year, first, second)):
            raise ValueError(text)
        return year
    if match := _YMD.match(text):
        year = int(match[1])
        if not _real_date(year, int(match[2]), int(match[3])):
            raise ValueError(text)
        return year
    raise ValueError(text)


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# -- rows -------------------------------------------------------------------------------------


def _row(line: int, row: Sequence[object], columns: dict[str, int], today: date) -> RosterRow:
    if "full_name" in columns:
        full_name = _cell(row, columns, "full_name")
    else:
        full_name = " ".join(
            x for x in (_cell(row, columns, "family"), _cell(row, columns, "given")) if x
        )
    full_name = _name(full_name)
    problems: list[RowProblem] = []
    if not full_name:
        problems.append(RowProblem("roster.row.empty_name"))
    elif odd := _odd_characters(full_name):
        problems.append(RowProblem("roster.row.bad_chars", (("chars", odd),)))
    gender, unclear = _gender(row, columns)
    if unclear is not None:
        problems.append(RowProblem("roster.row.bad_gender", (("value", unclear),)))
    birth_year, problem = _birth_year(row, columns, today)
    if problem:
        problems.append(problem)
    return RosterRow(
        line=line,
        full_name=full_name,
        gender=gender,
        birth_year=birth_year,
        code=_cell(row, columns, "code"),
        problems=tuple(problems),
    )


def _birth_year(
    row: Sequence[object], columns: dict[str, int], today: date
) -> tuple[int | None, RowProblem | None]:
    for field in ("birth_date", "birth_year"):
        raw = _raw(row, columns, field)
        if _text(raw) == "":
            continue
        try:
            year = birth_year_of(raw, today)
        except ValueError:
            return None, RowProblem("roster.row.bad_date", (("value", _text(raw)),))
        if year is not None and not today.year - OLDEST_AGE <= year <= today.year - YOUNGEST_AGE:
            return None, RowProblem("roster.row.bad_year", (("year", year),))
        return year, None
    return None, None


def _is_noise(row: RosterRow) -> bool:
    """A nameless row that holds nothing a pupil row would: a gap, a footer ("Tổng số: 40 học
    sinh"), a signature line ("Hải Phòng, ngày 5 tháng 9 năm 2026" under the date column).
    A nameless row with a code, a gender or a birth date is a pupil whose name is missing, and
    is kept to be shown as a problem."""
    return not row.full_name and not row.code and not row.gender and row.birth_year is None


def _identity(row: RosterRow | Pupil) -> tuple[str, ...]:
    """Two rows are the same pupil when their codes match, or, without codes, when the name
    (ignoring case) and birth year match: two "Nguyễn Thị Hương" born in different years are
    two pupils."""
    if row.code:
        return ("code", row.code.casefold())
    return ("name", row.full_name.casefold(), str(row.birth_year or ""))


def _mark_duplicates(rows: list[RosterRow], existing: Iterable[Pupil]) -> list[RosterRow]:
    in_class = {_identity(p): p.full_name for p in existing}
    seen: dict[tuple[str, ...], int] = {}
    marked = []
    for row in rows:
        extra: list[RowProblem] = []
        if row.full_name:
            key = _identity(row)
            if key in seen:
                extra.append(RowProblem("roster.row.dup_file", (("line", seen[key]),)))
            else:
                seen[key] = row.line
            if key in in_class:
                extra.append(RowProblem("roster.row.dup_class", (("name", in_class[key]),)))
        marked.append(replace(row, problems=row.problems + tuple(extra)) if extra else row)
    return marked


# Symbols that legacy Vietnamese encodings (TCVN3, VNI) turn into when read as Unicode.
_LEGACY_CATEGORIES = {"Sk", "So", "Sc", "Sm", "No", "Pi", "Pf", "Co", "Cn"}


def _suspicious(text: str) -> bool:
    """Whether text holds a letter Vietnamese never writes or a stray symbol."""
    return any(
        unicodedata.category(ch) in _LEGACY_CATEGORIES
        or (_letterlike(ch) and not _vietnamese_letter(ch))
        for ch in text
    )


def _check_encoding(texts: Iterable[str], name: str) -> None:
    """Text that is mostly letters Vietnamese never writes means a legacy encoding (TCVN3,
    VNI) or a mis-decoded file: refuse it whole rather than import gibberish. One foreign
    name among Vietnamese ones ("Müller") is fine."""
    lettered = [t for t in texts if any(ch.isalpha() for ch in t)]
    if lettered and sum(map(_suspicious, lettered)) * 2 > len(lettered):
        raise UserError("roster.encoding", path=name)


def preview_grid(
    grid: list[list[object]],
    *,
    path: Path,
    source: str = "",
    existing: Iterable[Pupil] = (),
    today: date | None = None,
) -> RosterPreview:
    """The preview of an already-read table (what `read_roster` does after reading the file)."""
    today = today or date.today()
    found = _find_header(grid)
    if found is None:
        _check_encoding((_text(c) for row in grid[:HEADER_SEARCH_ROWS] for c in row), path.name)
        raise UserError("roster.no_header", path=path.name)
    header_index, columns = found
    rows = [
        parsed
        for index, row in enumerate(grid)
        if index > header_index and not _is_noise(parsed := _row(index + 1, row, columns, today))
    ]
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
        columns=tuple((field, _text(header[index])) for field, index in columns.items()),
        source=source,
    )


def read_roster(
    path: Path | str, *, existing: Iterable[Pupil] = (), today: date | None = None
) -> RosterPreview:
    """Read a class list file into a preview, checked against the pupils already in the class.

    File-level trouble (empty, password-protected, not a spreadsheet, unreadable text, no
    header) is a UserError; row-level trouble is listed in the preview's rows.
    """
    path = Path(path)
    grid, source = read_grid(path)
    return preview_grid(grid, path=path, source=source, existing=existing, today=today)


def preview_for_class(
    store: Store, class_id: str, path: Path | str, *, today: date | None = None
) -> RosterPreview:
    existing = school_service.pupils(store, class_id)
    return read_roster(path, existing=existing, today=today)


def import_roster(
    store: Store, class_id: str, preview: RosterPreview, *, skip_bad: bool = False
) -> Changes:
    """Add the previewed pupils in one transaction: all of them, or with `skip_bad` all the
    clean ones; nothing at all when a row has a problem and skipping was not chosen."""
    return school_service.add_pupils(store, preview.pupils(class_id, skip_bad=skip_bad))
