"""A Document as one CSV file that Excel opens with Vietnamese intact.

UTF-8 with a byte-order mark (without it Excel guesses a legacy code page and garbles the
diacritics), comma-separated, CRLF line ends. Layout, top to bottom: the title and subject, the
report facts (label, value), then each table as a block: a blank line, a section row with the
table's caption ("Bảng 1. ..."), the header row and the data rows; a table's note, if any,
follows after a blank line. Percentages are plain numbers with one decimal and a point ("95.5"),
their header ending in "(%)"; a group under 5 pupils is the text "<5". Excel set to Vietnamese
regional settings (decimal comma, ";" lists) reads such numbers as text: the XLSX format is the
one for work in Excel, the CSV is for data exchange.
"""

from __future__ import annotations

import csv
import io

from skillsapp.reports.document import Document, Pct, Table, nfc
from skillsapp.reports.labels import label

BOM = "\ufeff"


def csv_value(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Pct):
        return "" if cell.value is None else f"{cell.value:.1f}"
    return nfc(str(cell))


def _table_rows(table: Table, caption: str) -> list[list[str]]:
    head = [nfc(c.title) + (" (%)" if c.kind == "pct" else "") for c in table.columns]
    rows = [[], [nfc(caption)], head]
    rows += [[csv_value(v) for v in row] for row in table.rows]
    if table.note:
        rows += [[], [nfc(table.note)]]
    return rows


def render_csv(doc: Document) -> bytes:
    """The CSV file's bytes (UTF-8 with BOM)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([nfc(doc.title), *(nfc(s) for s in doc.subject)])
    for key, value in doc.info:
        writer.writerow([nfc(key), nfc(value)])
    for number, table in enumerate(doc.tables(), 1):
        caption = label("table_caption", doc.lang, n=number, title=table.title)
        writer.writerows(_table_rows(table, caption))
    return (BOM + buffer.getvalue()).encode("utf-8")
