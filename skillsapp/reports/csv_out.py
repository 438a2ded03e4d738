"""A Document as one CSV file that Excel opens with Vietnamese intact.

UTF-8 with a byte-order mark (without it Excel guesses a legacy code page and garbles the
diacritics), CRLF line ends. Two dialects, and the file says which it is in its third row:
- `excel-vi` (the default for Vietnamese reports): ";" between fields and "," before decimals,
  what Excel set to Vietnamese regional settings splits and reads as numbers;
- `standard` (English reports, data exchange): "," between fields, "." before decimals.
Layout, top to bottom: the report facts (report, school or agency, period, dates), the dialect
row, the title and subject, then each table as a block: a blank line, a section row with the
table's caption ("Bảng 1. ..."), the header row and the data rows; a table's note, if any,
follows after a blank line. Percentages are numbers with one decimal, their header ending in
"(%)"; counts carry no thousands separator; a group under 5 pupils is the text "<5".
"""

from __future__ import annotations

import csv
import io

from skillsapp.reports.document import Document, Pct, Table, nfc
from skillsapp.reports.labels import label

BOM = "\ufeff"
DIALECTS = ("excel-vi", "standard")


def default_dialect(lang: str) -> str:
    return "excel-vi" if lang == "vi" else "standard"


def csv_value(cell: object, dialect: str = "standard") -> str:
    if cell is None:
        return ""
    if isinstance(cell, Pct):
        if cell.value is None:
            return ""
        text = f"{cell.value:.1f}"
        return text.replace(".", ",") if dialect == "excel-vi" else text
    return nfc(str(cell))


def _table_rows(table: Table, caption: str, dialect: str) -> list[list[str]]:
    head = [nfc(c.title) + (" (%)" if c.kind == "pct" else "") for c in table.columns]
    rows = [[], [nfc(caption)], head]
    rows += [[csv_value(v, dialect) for v in row] for row in table.rows]
    if table.note:
        rows += [[], [nfc(table.note)]]
    return rows


def render_csv(doc: Document, dialect: str = "") -> bytes:
    """The CSV file's bytes (UTF-8 with BOM) in a dialect (default: by the document's language)."""
    dialect = dialect or default_dialect(doc.lang)
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=";" if dialect == "excel-vi" else ",", lineterminator="\r\n"
    )
    for key, value in doc.info:
        writer.writerow([nfc(key), nfc(value)])
    writer.writerow([label("i_csv", doc.lang), label(f"csv_{dialect}", doc.lang)])
    writer.writerow([nfc(doc.title), *(nfc(s) for s in doc.subject)])
    for number, table in enumerate(doc.tables(), 1):
        caption = label("table_caption", doc.lang, n=number, title=table.title)
        writer.writerows(_table_rows(table, caption, dialect))
    return (BOM + buffer.getvalue()).encode("utf-8")
