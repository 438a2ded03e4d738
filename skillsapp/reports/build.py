"""Making a report end to end: request -> figures -> Document -> PDF/Word/XLSX/CSV bytes -> file.

The CLI and the Reports page both call `build_report`/`save_report`, so a report made from the
command line and one made in the app are the same file. Input is checked before any work (kind,
format, class, period, output path; a period not begun or outside the school year is
refused), and the file is written only once it is complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import skillsapp.reports.messages  # noqa: F401  (registers report.* messages)
from skillsapp.domain.periods import Period, SchoolYear, parse_period, school_year_start
from skillsapp.domain.progress import Progress
from skillsapp.domain.records import SchoolClass
from skillsapp.errors import UserError
from skillsapp.files import write_atomically
from skillsapp.reports import FORMATS, KINDS, LANGS
from skillsapp.reports.document import Document
from skillsapp.reports.figures import (
    ClassFigures,
    DepartmentFigures,
    SchoolFigures,
    class_figures,
    department_figures,
    plan_year,
    school_figures,
    site_rows,
)
from skillsapp.reports.office import department_office, school_office, short_date
from skillsapp.services.school import current_school
from skillsapp.store import Store
from skillsapp.store import classes as class_queries

if TYPE_CHECKING:
    from skillsapp.content import Kit

Figures = ClassFigures | SchoolFigures | DepartmentFigures


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    period: str
    fmt: str = "pdf"
    lang: str = "vi"
    class_name: str = ""
    class_id: str = ""
    csv_dialect: str = ""  # excel-vi or standard; "" by the language
    by_site: bool = False  # school report: add the breakdown by site (điểm trường)

    def check(self, years: dict[int, SchoolYear] | None = None) -> Period:
        """Raise a UserError for a bad kind, format or period; return the parsed period.

        `years` are the school's own calendar dates (Settings), when a store is at hand.
        """
        if self.kind not in KINDS:
            raise UserError("report.bad_kind", kind=self.kind)
        if self.fmt not in FORMATS:
            raise UserError("report.bad_format", fmt=self.fmt)
        if self.kind == "class" and not (self.class_name or self.class_id):
            raise UserError("report.need_class")
        return parse_period(self.period, years)


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int
    document: Document
    figures: Figures


def find_report_class(store: Store, request: ReportRequest, period: Period) -> SchoolClass:
    """The class named in the request: by id, else by name in the period's school year first."""
    if request.class_id:
        found = class_queries.school_class(store.db, request.class_id)
    else:
        found = class_queries.class_by_name(
            store.db, request.class_name, plan_year(period)
        ) or class_queries.class_by_name(store.db, request.class_name)
    if found is None:
        raise UserError("class.unknown", name=request.class_name or request.class_id)
    return found


def check_period_dates(period: Period, years: dict[int, SchoolYear], today: date) -> None:
    """Refuse a period that has not begun, or that lies wholly outside the school year it
    falls in (a summer month), naming the range a report can cover: figures for such a
    period would be made silently from nothing."""
    year = years.get(school_year_start(period.start)) or SchoolYear.default(
        school_year_start(period.start)
    )
    first = short_date(year.start.isoformat(), "vi")
    if period.start > today:
        raise UserError(
            "report.period_not_started",
            period=period.text,
            start=short_date(period.start.isoformat(), "vi"),
            first=first,
            today=short_date(today.isoformat(), "vi"),
        )
    if period.end < year.start or period.start > year.end:
        raise UserError(
            "report.period_outside",
            period=period.text,
            year=year.label,
            first=first,
            last=short_date(year.end.isoformat(), "vi"),
        )


def make_figures(
    store: Store, kit: Kit, request: ReportRequest, today: date | None = None
) -> Figures:
    from skillsapp.services.settings import school_year_overrides

    years = school_year_overrides(store)
    period = request.check(years)
    check_period_dates(period, years, today or date.today())
    if request.kind == "class":
        return class_figures(store, kit, find_report_class(store, request, period).id, period)
    if request.kind == "school":
        return school_figures(store, kit, period)
    return department_figures(store, period)


def make_document(
    store: Store, kit: Kit, request: ReportRequest, figures: Figures, today: date
) -> Document:
    """Lay the figures out in the request's language, with the letterhead from the settings."""
    from skillsapp.reports.class_layout import class_document
    from skillsapp.reports.department_layout import department_document
    from skillsapp.reports.school_layout import school_document

    lang = request.lang if request.lang in LANGS else "vi"
    if isinstance(figures, DepartmentFigures):
        return department_document(figures, kit, department_office(store, lang), lang, today)
    school = current_school(store)
    office = school_office(store, school.name, school.district, school.province, lang)
    if isinstance(figures, ClassFigures):
        return class_document(figures, kit, office, lang, today)
    sites = site_rows(store, figures.period) if request.by_site else ()
    return school_document(figures, kit, office, lang, today, sites)


def render(
    document: Document, fmt: str, progress: Progress | None = None, csv_dialect: str = ""
) -> tuple[bytes, int]:
    """The bytes of a document in a format, and its page count (1 for XLSX and CSV)."""
    if fmt == "pdf":
        from skillsapp.reports.pdf import render_pdf

        return render_pdf(document, progress)
    if fmt == "docx":
        from skillsapp.reports.docx_out import render_docx

        return render_docx(document), 1
    if fmt == "xlsx":
        from skillsapp.reports.xlsx import render_xlsx

        return render_xlsx(document), 1
    from skillsapp.reports.csv_out import render_csv

    return render_csv(document, csv_dialect), 1


def build_report(
    store: Store,
    kit: Kit,
    request: ReportRequest,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> Rendered:
    """Figures, document and bytes for a request (nothing is written)."""
    if progress:
        progress(0, 1, "")
    today = today or date.today()
    figures = make_figures(store, kit, request, today)
    document = make_document(store, kit, request, figures, today)
    data, pages = render(document, request.fmt, progress, request.csv_dialect)
    return Rendered(data=data, pages=pages, document=document, figures=figures)


def check_out_path(out: Path | str, fmt: str) -> Path:
    """The output path, refused early if its extension or folder is wrong."""
    path = Path(out)
    if path.suffix.lower() != f".{fmt}":
        raise UserError("report.bad_out", path=path, ext=f".{fmt}")
    if path.is_dir():
        raise UserError("report.out_is_dir", path=path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("report.no_folder", path=folder)
    return path


def save_report(
    store: Store,
    kit: Kit,
    request: ReportRequest,
    out: Path | str,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> Rendered:
    """Build a report and write it to `out` atomically."""
    request.check()
    path = check_out_path(out, request.fmt)
    rendered = build_report(store, kit, request, today=today, progress=progress)
    write_atomically(path, rendered.data)
    return rendered
