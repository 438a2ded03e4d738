"""Class-list files into grids of cells: .xlsx, .xls and .ods through python-calamine, CSV text
in whatever encoding a school's PC wrote it.

The format is told by the file's bytes, never its name: clerks rename files, and a Word file
called "ds_lop.xlsx" deserves a message naming what it really is. Every failure of the outside
reader (a damaged zip, a Rust panic on a broken .xls) becomes a UserError naming the file, so the
caller only ever sees our own errors. Qt-free.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from skillsapp.errors import UserError
from skillsapp.messages import register_messages

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")
MAX_ROWS = 10_000  # a whole school's list fits; 50,000 rows is not a class list
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a workbook that inflates beyond this is a zip bomb
DELIMITER_SAMPLE_LINES = 40

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: old .xls or an encrypted .xlsx

register_messages(
    {
        "roster.empty": {
            "vi": "Tệp {path} trống.",
            "en": "{path} is empty.",
        },
        "roster.no_cells": {
            "vi": "Tệp {path} không có ô nào có chữ (trang tính trống hoặc chỉ có hình ảnh).",
            "en": "{path} has no cells with text (the sheets are empty or hold only pictures).",
        },
        "roster.unreadable": {
            "vi": "Không đọc được tệp {path}: {reason}.",
            "en": "Cannot read {path}: {reason}.",
        },
        "roster.too_big": {
            "vi": "Tệp {path} quá lớn để là danh sách lớp (hơn {limit} dòng hoặc 20 MB). "
            "Hãy tách thành các tệp nhỏ hơn.",
            "en": "{path} is too big to be a class list (over {limit} rows or 20 MB). "
            "Split it into smaller files.",
        },
        "roster.encrypted": {
            "vi": "Tệp {path} được đặt mật khẩu nên không đọc được. Hãy mở tệp trong Excel, "
            "bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, "
            "xóa mật khẩu), lưu lại rồi nhập lại.",
            "en": "{path} is protected with a password, so it cannot be read. Open it in Excel, "
            "remove the password (File > Info > Protect Workbook > Encrypt with Password, "
            "clear it), save, and import again.",
        },
        "roster.damaged": {
            "vi": "Tệp {path} bị hỏng nên không đọc được. Hãy mở lại trong Excel, lưu thành "
            "tệp mới rồi nhập lại.",
            "en": "{path} is damaged and cannot be read. Open it in Excel, save it as a new "
            "file, and import again.",
        },
        "roster.word_document": {
            "vi": "Tệp {path} là văn bản Word, không phải bảng tính. Hãy chép bảng sang Excel, "
            "lưu thành .xlsx rồi nhập lại.",
            "en": "{path} is a Word document, not a spreadsheet. Copy the table into Excel, "
            "save it as .xlsx, and import again.",
        },
        "roster.not_spreadsheet": {
            "vi": "Tệp {path} không phải bảng tính (.xlsx, .xls, .ods) hay tệp CSV.",
            "en": "{path} is not a spreadsheet (.xlsx, .xls, .ods) or a CSV file.",
        },
        "roster.formula": {
            "vi": "Tệp {path} có công thức chưa được tính ở ô {cell} (trang {sheet}). Hãy mở "
            "tệp trong Excel, lưu lại (để Excel tính giá trị) rồi nhập lại.",
            "en": "{path} has a formula that was never calculated in cell {cell} (sheet "
            "{sheet}). Open it in Excel, save it (so Excel works out the values), and import "
            "again.",
        },
        "roster.encoding": {
            "vi": "Chữ tiếng Việt trong {path} dùng bảng mã không đọc được (có thể là TCVN3 "
            'hay VNI). Hãy chuyển sang Unicode rồi lưu thành "CSV UTF-8" và nhập lại.',
            "en": "The Vietnamese text in {path} uses an encoding that cannot be read (perhaps "
            'TCVN3 or VNI). Convert it to Unicode, save as "CSV UTF-8", and import again.',
        },
    }
)


@dataclass(frozen=True)
class Sheet:
    """One table of cells as read: a worksheet, or the whole of a CSV file."""

    name: str
    rows: list[list[object]]


@dataclass(frozen=True)
class Workbook:
    kind: str  # "xlsx", "xls", "ods" or "csv"
    detail: str  # the encoding of a CSV
    sheets: tuple[Sheet, ...]


def read_workbook(path: Path | str) -> Workbook:
    """Every sheet of a class-list file as rows of cell values (calamine types: str, float,
    int, bool, date, datetime, time; CSV cells are str). UserError for anything unreadable."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError("roster.too_big", path=path.name, limit=MAX_ROWS)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("roster.unreadable", path=path.name, reason=exc.strerror or exc) from exc
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str) -> Workbook:
    """What `read_workbook` does once the bytes are in memory (the fuzz tests call this)."""
    if not data.strip():
        raise UserError("roster.empty", path=name)
    if data.startswith(_OLE):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise UserError("roster.encrypted", path=name)
        if not _sane_compound_file(data):
            raise UserError("roster.damaged", path=name)
        return _xls_in_child(data, name)
    if data.startswith(_ZIP):
        return _calamine(data, name, _zip_kind(data, name))
    text, encoding = decode_text(data, name)
    if _looks_binary(text):
        raise UserError("roster.not_spreadsheet", path=name)
    rows = read_grid_text(text)[0]
    if len(rows) > MAX_ROWS:
        raise UserError("roster.too_big", path=name, limit=MAX_ROWS)
    return Workbook("csv", encoding, (Sheet("", rows),))


def _sane_compound_file(data: bytes) -> bool:
    """Whether the counts in an old-Excel (compound file) header fit the file. Calamine sizes
    its buffers from them, and a damaged count makes it ask for gigabytes and abort the whole
    program, so they are checked here first."""
    import struct

    if len(data) < 512:
        return False
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if shift not in (9, 12) or mini_shift != 6:
        return False
    sectors = len(data) // (1 << shift) + 1
    fat, _dir, _sig, cutoff, _mini, minifat, _difat, difat = struct.unpack_from(
        "<IIIIIIII", data, 0x2C
    )
    return cutoff == 4096 and fat <= sectors and minifat <= sectors and difat <= sectors


XLS_TIMEOUT_SECONDS = 60


def _xls_in_child(data: bytes, name: str) -> Workbook:
    """Old Excel through calamine in a child process (skillsapp.rosters.xls_child): a damaged
    file that makes calamine abort kills only the child, and becomes one line here."""
    import os
    import pickle
    import subprocess
    import sys

    import skillsapp

    root = str(Path(skillsapp.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (root, os.environ.get("PYTHONPATH", "")) if p
    )}  # fmt: skip
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "skillsapp.rosters.xls_child", name],
            input=data,
            capture_output=True,
            timeout=XLS_TIMEOUT_SECONDS,
            env=env,
            check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise UserError("roster.damaged", path=name) from exc
    try:
        answer = pickle.loads(proc.stdout) if proc.returncode == 0 else None
    except Exception:  # a child cut short: whatever it wrote is not an answer
        answer = None
    if isinstance(answer, tuple) and answer[0] == "ok" and isinstance(answer[1], Workbook):
        return answer[1]
    if isinstance(answer, tuple) and answer[0] == "error":
        raise UserError(str(answer[1]), **dict(answer[2]))
    raise UserError("roster.damaged", path=name)


def read_xls_here(data: bytes, name: str) -> Workbook:
    """Old Excel through calamine in this process: only for the child process, which may die."""
    return _calamine(data, name, "xls")


def _zip_kind(data: bytes, name: str) -> str:
    """Which office format a zip holds, refusing Word files, non-office zips and zip bombs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
            if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
                raise UserError("roster.too_big", path=name, limit=MAX_ROWS)
            if any(n.startswith("xl/") for n in names):
                _refuse_uncalculated_formulas(archive, name)
                return "xlsx"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError,
            OSError, ValueError, KeyError) as exc:  # fmt: skip
        raise UserError("roster.damaged", path=name) from exc
    except RuntimeError as exc:  # an encrypted zip entry
        raise UserError("roster.encrypted", path=name) from exc
    if b"opendocument.spreadsheet" in mimetype:
        return "ods"
    if "word/document.xml" in names or b"opendocument.text" in mimetype:
        raise UserError("roster.word_document", path=name)
    raise UserError("roster.not_spreadsheet", path=name)


def _refuse_uncalculated_formulas(archive: zipfile.ZipFile, name: str) -> None:
    """A formula saved without its value (written by a program, never opened in Excel) reads
    as an empty cell: a pupil would silently lose their name. Refuse it, naming the cell."""
    import re

    for info in archive.infolist():
        if not info.filename.startswith("xl/worksheets/") or not info.filename.endswith(".xml"):
            continue
        xml = archive.read(info).decode("utf-8", "replace")
        if "<f" not in xml:
            continue
        for cell in re.finditer(r"<c\b([^>]*)>(.*?)</c>", xml, re.S):
            body = cell[2]
            if re.search(r"<f\b", body) and not re.search(r"<v>[^<]+</v>", body):
                ref = re.search(r'\br="([A-Z]+\d+)"', cell[1])
                sheet = info.filename.rsplit("/", 1)[-1].removesuffix(".xml")
                raise UserError(
                    "roster.formula", path=name, cell=ref[1] if ref else "?", sheet=sheet
                )


def _calamine(data: bytes, name: str, kind: str) -> Workbook:
    """Every non-empty worksheet through python-calamine. Calamine is Rust: a damaged file may
    raise its own errors or, rarely, a Rust panic (a BaseException), so both are caught."""
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError as exc:
        raise UserError("roster.encrypted", path=name) from exc
    except Exception as exc:
        raise UserError("roster.damaged", path=name) from exc
    except BaseException as exc:  # pyo3's PanicException derives from BaseException
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise UserError("roster.damaged", path=name) from exc
    sheets: list[Sheet] = []
    try:
        for meta in book.sheets_metadata:
            if str(meta.typ) not in ("SheetTypeEnum.WorkSheet", "SheetTypeEnum.Deprecated"):
                continue
            rows = _sheet_rows(book, meta.name, name)
            if any(_has_text(cell) for row in rows for cell in row):
                sheets.append(Sheet(meta.name, rows))
    except UserError:
        raise
    except Exception as exc:
        raise UserError("roster.damaged", path=name) from exc
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise UserError("roster.damaged", path=name) from exc
    finally:
        book.close()
    if not sheets:
        raise UserError("roster.no_cells", path=name)
    return Workbook(kind, "", tuple(sheets))


def _sheet_rows(book, sheet_name: str, name: str) -> list[list[object]]:
    sheet = book.get_sheet_by_name(sheet_name)
    if sheet.height > MAX_ROWS:
        raise UserError("roster.too_big", path=name, limit=MAX_ROWS)
    return [list(row) for row in sheet.to_python(skip_empty_area=False)]


def _has_text(cell: object) -> bool:
    return cell is not None and str(cell).strip() != ""


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


def read_grid_text(text: str) -> tuple[list[list[object]], str]:
    """CSV text as rows of cells, and the delimiter it used (`,` `;` or tab)."""
    delimiter = _delimiter(text.splitlines()[:DELIMITER_SAMPLE_LINES])
    try:
        rows: list[list[object]] = [
            list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error:  # a NUL or a runaway quote: read it line by line instead
        rows = [line.split(delimiter) for line in text.splitlines()]
    return rows, delimiter


def _looks_binary(text: str) -> bool:
    """Control characters other than tabs and line ends mean this was never a text table."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
    return controls > max(2, len(sample) // 200)


def _delimiter(lines: list[str]) -> str:
    """Comma, semicolon (Excel with Vietnamese regional settings) or tab: the one that splits
    the most lines into the same number of columns."""

    def score(delimiter: str) -> tuple[int, int]:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1]
        except csv.Error:
            return 0, 0
        if not counts:
            return 0, 0
        common = max(set(counts), key=counts.count)
        return counts.count(common), common

    return max(",;\t", key=score)
