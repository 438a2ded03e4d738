"""A Document as an Excel workbook: an "About" sheet, then one sheet per table.

Numbers are real numbers (counts with a "#,##0" format, percentages as fractions with "0.0%"),
so a department can add and chart them; Excel shows them with the separators of the PC's
regional settings (1.234 and 95,5% on a Vietnamese PC). Every table sheet starts with the
school (or agency) and the period, then the header, frozen; sheet names are short and whole
("1. Lớp học theo khối"), cut at a word, never mid-word. openpyxl is imported inside the
function: it is only needed when a workbook is made.
"""

from __future__ import annotations

import io
import re
from typing import Any

from skillsapp.reports.document import Document, Pct, Table, format_cell, nfc
from skillsapp.reports.labels import label

MAX_WIDTH = 60
SHEET_MAX = 31
HEAD_ROWS = 2  # school, period above each table's header
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
INT_FORMAT = "#,##0"
PCT_FORMAT = "0.0%"


def _whole_words(text: str, limit: int) -> str:
    """The longest run of whole words that fits `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(" ,;-–")
    return cut if cut and len(cut) <= limit else text[:limit]


def sheet_name(title: str, taken: set[str]) -> str:
    """An Excel sheet name (31 characters, no []:*?/\\), whole words, unique in the workbook."""
    base = _whole_words(" ".join(_BAD_SHEET_CHARS.sub(" ", nfc(title)).split()), SHEET_MAX)
    base = base or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = _whole_words(base, SHEET_MAX - len(suffix)) + suffix, n + 1
    taken.add(name.lower())
    return name


def cell_value(cell: object) -> Any:
    """What Excel stores: numbers as numbers, percentages as fractions, text as text."""
    if isinstance(cell, Pct):
        return None if cell.value is None else cell.value / 100
    if isinstance(cell, str):
        return nfc(cell)
    return cell


def _about_sheet(ws: Any, doc: Document) -> None:
    from openpyxl.styles import Font

    for key, value in doc.info:
        ws.append([nfc(key), nfc(value)])
    ws.append([])
    ws.append([nfc(doc.title)])
    ws.cell(ws.max_row, 1).font = Font(bold=True, size=14)
    for line in doc.subject:
        ws.append([nfc(line)])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70


def head_rows(doc: Document) -> list[list[str]]:
    """The school (or agency) and the period, from the report facts, for each sheet's top."""
    facts = dict(doc.info)
    rows = []
    for keys in (("i_school", "i_agency"), ("i_period",)):
        key = next((label(k, doc.lang) for k in keys if label(k, doc.lang) in facts), "")
        rows.append([nfc(key), nfc(facts.get(key, ""))])
    return rows


def _table_sheet(ws: Any, table: Table, doc: Document) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for row in head_rows(doc):
        ws.append(row)
        ws.cell(ws.max_row, 1).font = Font(italic=True)
    ws.append([nfc(c.title) for c in table.columns])
    first = HEAD_ROWS + 2  # the first data row
    for cell in ws[HEAD_ROWS + 1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in table.rows:
        ws.append([cell_value(v) for v in row])
        for cell, value in zip(ws[ws.max_row], row, strict=False):
            if isinstance(value, Pct) and value.value is not None:
                cell.number_format = PCT_FORMAT
            elif isinstance(value, int):
                cell.number_format = INT_FORMAT
    last = HEAD_ROWS + 1 + len(table.rows)
    for index, column in enumerate(table.columns, 1):
        letter = get_column_letter(index)
        texts = [format_cell(row[index - 1], doc.lang) for row in table.rows]
        longest = max([len(t) for t in texts] + [min(len(column.title), 24), 4])
        ws.column_dimensions[letter].width = min(longest + 2, MAX_WIDTH)
    if table.total and table.rows:
        for cell in ws[last]:
            cell.font = Font(bold=True)
    ws.freeze_panes = f"A{first}"
    if table.note:
        ws.append([])
        ws.append([nfc(table.note)])


def render_xlsx(doc: Document) -> bytes:
    """The workbook's bytes."""
    from openpyxl import Workbook

    wb = Workbook()
    about = wb.active
    taken: set[str] = set()
    about.title = sheet_name(label("i_sheet", doc.lang), taken)
    _about_sheet(about, doc)
    for number, table in enumerate(doc.tables(), 1):
        title = sheet_name(f"{number}. {table.title}", taken)
        _table_sheet(wb.create_sheet(title), table, doc)
    wb.properties.title = nfc(doc.meta.get("title", doc.title))
    wb.properties.creator = "Kỹ năng số"
    wb.properties.language = "vi-VN" if doc.lang == "vi" else "en-GB"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
