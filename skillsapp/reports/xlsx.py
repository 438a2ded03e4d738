"""A Document as an Excel workbook: an "About" sheet, then one sheet per table.

Numbers are real numbers (percentages as fractions with a 0.0% format), so a department can add
and chart them; headers are frozen and columns sized to their content. openpyxl is imported
inside the function: it is only needed when a workbook is made.
"""

from __future__ import annotations

import io
import re
from typing import Any

from skillsapp.reports.document import Document, Pct, Table, format_cell, nfc
from skillsapp.reports.labels import label

MAX_WIDTH = 60
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_name(title: str, taken: set[str]) -> str:
    """An Excel sheet name (31 characters, no []:*?/\\), unique in the workbook."""
    base = _BAD_SHEET_CHARS.sub(" ", nfc(title)).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
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

    ws.append([nfc(doc.title)])
    ws["A1"].font = Font(bold=True, size=14)
    for line in doc.subject:
        ws.append([nfc(line)])
    ws.append([])
    for key, value in doc.info:
        ws.append([nfc(key), nfc(value)])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70


def _table_sheet(ws: Any, table: Table, lang: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws.append([nfc(c.title) for c in table.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in table.rows:
        ws.append([cell_value(v) for v in row])
    last = len(table.rows) + 1
    for index, column in enumerate(table.columns, 1):
        letter = get_column_letter(index)
        if column.kind == "pct":
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = "0.0%"
        texts = [format_cell(row[index - 1], lang) for row in table.rows]
        longest = max([len(t) for t in texts] + [min(len(column.title), 24), 4])
        ws.column_dimensions[letter].width = min(longest + 2, MAX_WIDTH)
    if table.total and table.rows:
        for cell in ws[last]:
            cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
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
        title = label("table_caption", doc.lang, n=number, title=table.title)
        _table_sheet(wb.create_sheet(sheet_name(title, taken)), table, doc.lang)
    wb.properties.title = nfc(doc.meta.get("title", doc.title))
    wb.properties.creator = "Kỹ năng số"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
