"""A report as a plain document (headings, paragraphs, tables, charts) that every format renders.

PDF, XLSX and CSV all walk the same `Document`, and cells keep their type (int, percentage,
text), so the three formats cannot disagree: only the way a number is written differs, and that
is decided here once (`format_cell`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

SMALL = "<5"  # a group of fewer than 5 pupils, not shown (privacy)
HIDDEN = "x"  # not shown because it would give a "<5" group away (totals, complements)
SMALL_GROUP = 5
NO_VALUE = "–"


@dataclass(frozen=True)
class Pct:
    """A percentage 0-100; None when there is nothing to divide by."""

    value: float | None

    @classmethod
    def of(cls, part: int, whole: int) -> Pct:
        return cls(100.0 * part / whole if whole else None)


Cell = int | str | Pct | None


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"  # text, int, pct
    width: float = 1.0  # relative width in the PDF


@dataclass(frozen=True)
class Table:
    """One table; `key` names its XLSX sheet and CSV section. The last row is a total if `total`."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: bool = False
    note: str = ""
    row_height: float = 0  # mm; blank forms get rows tall enough to write in


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: "I. ...", 2: "1. ..."


@dataclass(frozen=True)
class Para:
    """A paragraph; `markup` means the text is already escaped with <b>, <i>, <br/> inside
    (lesson Markdown converted by the curriculum's renderer)."""

    text: str
    style: str = "body"  # body, note, bullet, plain, indent, strong
    markup: bool = False


@dataclass(frozen=True)
class Chart:
    """Grouped bars, values 0-100 (percentages) unless `value_max` is given (counts); None
    leaves a gap. Drawn from the same figures as the table it sits by."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]
    value_max: float = 100

    def axis_max(self) -> tuple[float, float]:
        """The value axis's top and step: 100 by 20 for percentages, a round number for counts."""
        if self.value_max == 100:
            return 100, 20
        top = max([v or 0 for _, values in self.series for v in values] + [1])
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9) if top / s <= 6)
        return step * -(-top // step), step


@dataclass(frozen=True)
class Picture:
    """A picture file drawn `width_mm` x `height_mm` (its shape kept by the caller), centred:
    a lesson pack's picture on its handout (skillsapp.content.files)."""

    path: str
    width_mm: float
    height_mm: float


Block = Heading | Para | Table | Chart | Picture


@dataclass(frozen=True)
class Letterhead:
    """The top of the first page: agency block left, motto (official) or a notice right."""

    parent: tuple[str, ...]
    agency: str
    number: str
    place_date: str
    official: bool = True
    notice: str = ""  # personal-data warning, repeated on every page


@dataclass(frozen=True)
class Closing:
    """Recipients (official documents) and the signature block."""

    recipients_label: str
    recipients: tuple[str, ...]
    signer_title: str
    signer_name: str
    signer_note: str = ""


@dataclass(frozen=True)
class Document:
    lang: str
    title: str
    subject: tuple[str, ...]
    letterhead: Letterhead
    body: tuple[Block, ...]
    closing: Closing | None = None
    info: tuple[tuple[str, str], ...] = ()  # report facts for the top of XLSX and CSV
    personal: bool = False
    form: bool = False  # printables: no "Bảng 1." captions, headings flush left
    meta: dict[str, str] = field(default_factory=dict)  # PDF title, author, subject

    def tables(self) -> list[Table]:
        return [b for b in self.body if isinstance(b, Table)]


def nfc(text: str) -> str:
    """Vietnamese text in composed form: one code point per letter, as fonts and PDFs expect."""
    return unicodedata.normalize("NFC", text)


def format_int(value: int, lang: str) -> str:
    """1.234 in Vietnamese, 1,234 in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "vi" else text


def format_pct(value: float | None, lang: str) -> str:
    """95,5% in Vietnamese, 95.5% in English; a dash when there is no base."""
    if value is None:
        return NO_VALUE
    text = f"{value:.1f}%"
    return text.replace(".", ",") if lang == "vi" else text


def format_cell(cell: Cell, lang: str) -> str:
    if cell is None:
        return NO_VALUE
    if isinstance(cell, Pct):
        return format_pct(cell.value, lang)
    if isinstance(cell, int):
        return format_int(cell, lang)
    return cell


def pupils(count: int) -> int | str:
    """A count of pupils for a school or department report: groups under 5 become "<5"."""
    return SMALL if 0 < count < SMALL_GROUP else count


def pupil_rate(part: int, whole: int) -> Pct | str:
    """A rate between groups of pupils; hidden when either group is under 5, since the rate and
    the other figure would give the hidden count back."""
    if 0 < whole < SMALL_GROUP or 0 < part < SMALL_GROUP:
        return SMALL
    return Pct.of(part, whole)


def group_rate(part: int, whole: int, group: int) -> Pct | str:
    """A rate over the records of a group of pupils (marks, answers): hidden when the group is
    under 5 pupils, whatever the number of records."""
    return SMALL if 0 < group < SMALL_GROUP else Pct.of(part, whole)
