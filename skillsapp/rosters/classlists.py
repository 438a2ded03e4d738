"""Which class each pupil of a file belongs to: a class column, one sheet per class, or the
one class the teacher names.

A school's office exports a whole grade as one sheet with a "Lớp" column, or a workbook with a
sheet per class named "6A1", "6A2"...; a homeroom teacher's own list names no class at all and
goes into the class chosen for it. Everything here is reading: nothing is written.
Qt-free.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from skillsapp.domain.names import fold
from skillsapp.errors import UserError
from skillsapp.messages import register_messages, tr
from skillsapp.rosters.cells import cell_text
from skillsapp.rosters.read import Sheet, read_workbook
from skillsapp.rosters.table import (
    HEADER_SEARCH_ROWS,
    RosterPreview,
    RosterRow,
    RowProblem,
    _find_header,
    preview_grid,
)

register_messages(
    {
        "roster.need_class": {
            "vi": "Tệp {path} không ghi lớp (không có cột Lớp, tên trang tính không phải tên "
            "lớp). Hãy chọn lớp để nhập vào (--class TÊN_LỚP --grade KHỐI).",
            "en": "{path} does not name the class (no class column, and no sheet named after a "
            "class). Choose the class to import into (--class NAME --grade N).",
        },
        "roster.row.no_class": {
            "vi": "thiếu tên lớp",
            "en": "the class is missing",
        },
        "roster.row.bad_class": {
            "vi": 'tên lớp "{value}" không rõ khối (ví dụ 6A1)',
            "en": 'class "{value}" does not show its grade (e.g. 6A1)',
        },
        "roster.row.sheet_line": {
            "vi": "Trang {sheet}, dòng {line}: {problems}",
            "en": "Sheet {sheet}, row {line}: {problems}",
        },
    }
)

# "6A1", "10A2", "6/1", "12 C3", "Lớp 6A1", "DS lớp 6A9", "Danh sách lớp 7B", folded.
_CLASS = re.compile(
    r"^(?:(?:danh sach|ds|dsach)\s*)?(?:lop\s*)?(\d{1,2})\s*([/.\-]?\s*[a-z]{0,3}\s*\d{0,2}"
    r"[a-z]?)$"
)
_CLASS_IN_TITLE = re.compile(r"\blop\s*[:.]?\s*(\d{1,2}\s*[/.\-]?\s*[a-z]{1,3}\s*\d{0,2})\b")


@functools.lru_cache(maxsize=1024)
def class_name_of(text: str) -> str | None:
    """The class a sheet name or a class cell names ("Lớp 6a1" -> "6A1"), or None when it is
    not a class name (a year, a word, a grade number alone is fine: "6" is not)."""
    folded = fold(cell_text(text))
    match = _CLASS.match(folded)
    if not match or not match[2].strip(" /.-"):
        return None
    grade = int(match[1])
    if not 1 <= grade <= 12:
        return None
    rest = "".join(match[2].split()).upper()
    return f"{grade}{rest}"


def grade_of(name: str) -> int | None:
    """The grade a class name starts with ("6A1" -> 6, "10A2" -> 10), or None."""
    match = re.match(r"\s*(?:l[oớ]p\s*)?(\d{1,2})", name, re.I)
    grade = int(match[1]) if match else 0
    return grade if 1 <= grade <= 12 else None


@dataclass(frozen=True)
class ClassRow:
    """A row of the file with the class it goes into ("" when it has none) and where it was."""

    row: RosterRow
    class_name: str
    sheet: str


@dataclass(frozen=True)
class ClassFile:
    """A class-list file read for import: every row with its class, the tables it came from,
    and the classes the file mentions anywhere (sheet names, class column, title lines)."""

    path: Path
    rows: tuple[ClassRow, ...]
    previews: tuple[RosterPreview, ...]
    mentioned: tuple[str, ...]
    class_column: bool
    sheet_names: tuple[str, ...] = ()  # every sheet of the workbook (to choose one)

    @property
    def good(self) -> tuple[ClassRow, ...]:
        return tuple(r for r in self.rows if r.row.ok)

    @property
    def bad(self) -> tuple[ClassRow, ...]:
        return tuple(r for r in self.rows if not r.row.ok)

    @property
    def classes(self) -> tuple[str, ...]:
        """The classes the rows go into, in the order they first appear."""
        return tuple(dict.fromkeys(r.class_name for r in self.rows if r.class_name))

    def where(self, row: ClassRow, lang: str | None = None) -> str:
        """ "Row 7: ..." or, for a workbook of several tables, "Sheet 6A1, row 7: ..."."""
        if len(self.previews) > 1:
            return tr(
                "roster.row.sheet_line",
                lang,
                sheet=row.sheet,
                line=row.row.line,
                problems=row.row.problem_text(lang),
            )
        return tr("roster.row.line", lang, line=row.row.line, problems=row.row.problem_text(lang))

    def problems(self, lang: str | None = None) -> list[str]:
        return [self.where(r, lang) for r in self.bad]


def _title_classes(sheet: Sheet, header_index: int | None) -> list[str]:
    """Classes named in the lines above a table ("DANH SÁCH HỌC SINH LỚP 6A9")."""
    found: list[str] = []
    stop = HEADER_SEARCH_ROWS if header_index is None else header_index
    for cells in sheet.rows[:stop]:
        for cell in cells:
            for match in _CLASS_IN_TITLE.finditer(fold(cell_text(cell))):
                if name := class_name_of(match[1]):
                    found.append(name)
    return found


def read_class_file(
    path: Path | str,
    *,
    class_name: str | None = None,
    sheet: str | None = None,
    today: date | None = None,
) -> ClassFile:
    """Read every table of the file and give each row its class.

    The class of a row is, in order: its class column; the name of its sheet when the
    workbook has a sheet per class; `class_name`. A file with none of these raises
    roster.need_class. `sheet` reads only that sheet.
    """
    path = Path(path)
    book = read_workbook(path)
    sheets = [s for s in book.sheets if sheet is None or s.name == sheet]
    if not sheets:
        raise UserError("roster.no_sheet", path=path.name, sheet=sheet or "")
    headers = {id(s): _find_header(s.rows) for s in sheets}
    tables = [s for s in sheets if headers[id(s)] is not None] or sheets[:1]
    sheet_classes = {s.name: class_name_of(s.name) for s in tables}
    if len(tables) > 1 and not all(sheet_classes.values()):
        tables = tables[:1]  # copies or notes beside one list, not a sheet per class
    previews = []
    for table in tables:
        source = f"{book.kind}:{book.detail or table.name}"
        previews.append(
            preview_grid(
                table.rows, path=path, source=source, today=today, header=headers[id(table)]
            )
        )
    class_column = any(field == "class_name" for p in previews for field, _ in p.columns)
    rows: list[ClassRow] = []
    for table, preview in zip(tables, previews, strict=True):
        # One table: the class chosen wins over its sheet's name; a sheet per class: the sheet.
        if len(tables) == 1:
            fallback = class_name or sheet_classes[table.name]
        else:
            fallback = sheet_classes[table.name] or class_name
        for row in preview.rows:
            rows.append(_class_row(row, table.name, fallback or ""))
    mentioned = [c for s in book.sheets if (c := class_name_of(s.name))]
    mentioned += [r.class_name for r in rows if r.row.class_name and r.class_name]
    for table in tables:
        found_header = headers[id(table)]
        mentioned += _title_classes(table, found_header[0] if found_header else None)
    found = ClassFile(
        path=path,
        rows=tuple(_mark_cross_duplicates(rows)),
        previews=tuple(previews),
        mentioned=tuple(dict.fromkeys(mentioned)),
        class_column=class_column,
        sheet_names=tuple(s.name for s in book.sheets),
    )
    if not found.classes and not class_name:
        raise UserError("roster.need_class", path=path.name)
    return found


def _class_row(row: RosterRow, sheet: str, fallback: str) -> ClassRow:
    """The row's class: its own cell, else the fallback; a problem when neither says."""
    written = row.class_name
    if written:
        name = class_name_of(written)
        if name is None:
            problem = RowProblem("roster.row.bad_class", (("value", written),))
            return ClassRow(replace(row, problems=(*row.problems, problem)), "", sheet)
        return ClassRow(row, name, sheet)
    if fallback:
        return ClassRow(row, fallback, sheet)
    problem = RowProblem("roster.row.no_class")
    return ClassRow(replace(row, problems=(*row.problems, problem)), "", sheet)


def _mark_cross_duplicates(rows: list[ClassRow]) -> list[ClassRow]:
    """A pupil id seen on two sheets is one pupil listed twice (within a sheet the table
    reader has already said so)."""
    seen: dict[str, ClassRow] = {}
    marked = []
    for item in rows:
        code = item.row.code.casefold()
        first = seen.get(code) if code else None
        if first is not None and first.sheet != item.sheet:
            problem = RowProblem("roster.row.dup_file", (("line", first.row.line),))
            item = replace(item, row=replace(item.row, problems=(*item.row.problems, problem)))
        elif code and first is None:
            seen[code] = item
        marked.append(item)
    return marked
