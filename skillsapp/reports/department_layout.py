"""The department's summary as a Document: sums over its schools, each school's line, and the
schools that have not reported for the period (with the date of their last package)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from skillsapp.domain.checklist import checklist_task
from skillsapp.reports.assessment import coverage_chart
from skillsapp.reports.case_layout import case_blocks
from skillsapp.reports.document import Block, Document, Para, Pct, Table, group_rate
from skillsapp.reports.figures import DepartmentFigures
from skillsapp.reports.labels import columns, label
from skillsapp.reports.office import (
    Office,
    figures_period,
    period_phrase,
    sentence_case,
    short_date,
)
from skillsapp.reports.school_layout import (
    Sections,
    assessment_blocks,
    compare_blocks,
    official_document,
    result_blocks,
    small_note,
)
from skillsapp.reports.shown import cells_shown
from skillsapp.reports.suppress import column_totals, protect

if TYPE_CHECKING:
    from skillsapp.content import Kit


def _schools_table(figs: DepartmentFigures, lang: str) -> Table:
    """One line per school. A school's pupils reached is hidden under 5, and then one more
    school's too, since the department total (shown above) would give it back."""
    values = [[line.headline.reached] for line in figs.schools]
    values.append([sum(v[0] for v in values)])
    primary = {(r, 0) for r, row in enumerate(values[:-1]) if 0 < row[0] < 5}
    reached = cells_shown(
        values, protect(values, primary, column_totals(len(values), [0])), primary
    )
    rows = []
    for number, (line, shown) in enumerate(zip(figs.schools, reached, strict=False), 1):
        h = line.headline
        rows.append(
            (
                number,
                line.name,
                line.district,
                h.classes,
                Pct.of(h.classes_covered, h.classes),
                h.sessions,
                shown[0],
                group_rate(h.attended, h.counted, h.enrolled),
                group_rate(h.quiz_correct, h.quiz_possible, h.quiz_attempts),
                Pct.of(h.plan_delivered, h.plan_lessons),
            )
        )
    return Table(
        key="schools",
        title=label("t_schools", lang),
        columns=columns(
            lang,
            ("c_no", "int", 0.45),
            ("c_school", "text", 3.0),
            ("c_district", "text", 1.4),
            ("c_classes", "int", 0.7),
            ("c_covered_pct", "pct", 0.9),
            ("c_sessions", "int", 0.7),
            ("c_reached", "int", 0.8),
            ("c_attendance_pct", "pct", 0.9),
            ("c_avg", "pct", 0.9),
            ("c_plan_pct", "pct", 0.9),
        ),
        rows=tuple(rows),
    )


def _received(stamp: str, lang: str) -> str:
    """The day a package arrived, from its stored stamp (shown as stored if not a date)."""
    if not stamp:
        return label("never_sent", lang)
    try:
        return short_date(stamp[:10], lang)
    except ValueError:
        return stamp


def _missing_table(figs: DepartmentFigures, lang: str) -> Table:
    return Table(
        key="missing",
        title=label("t_missing", lang),
        columns=columns(
            lang,
            ("c_no", "int", 0.45),
            ("c_code", "text", 1.6),
            ("c_school", "text", 3.4),
            ("c_district", "text", 1.6),
            ("c_last_package", "text", 1.3),
        ),
        rows=tuple(
            (
                n,
                line.code,
                line.name,
                line.district,
                _received(line.received_at, lang),
            )
            for n, line in enumerate(figs.missing, 1)
        ),
    )


def _department_tasks_table(figs: DepartmentFigures, lang: str) -> Table:
    rows = []
    for number, tally in enumerate(figs.tasks, 1):
        found = checklist_task(tally.code)
        rows.append(
            (
                number,
                found.title(lang) if found else tally.code,
                tally.done,
                tally.doing,
                tally.todo,
            )
        )
    return Table(
        key="tasks",
        title=label("t_tasks", lang),
        columns=columns(
            lang,
            ("c_no", "int", 0.45),
            ("c_task", "text", 4.2),
            ("c_done", "int", 1.1),
            ("c_doing", "int", 1.1),
            ("c_todo", "int", 1.1),
        ),
        rows=tuple(rows),
    )


def _reporting_blocks(figs: DepartmentFigures, lang: str, numbers: Sections) -> list[Block]:
    expected = len(figs.schools) + len(figs.missing)
    blocks: list[Block] = [
        numbers.section(label("s_reporting", lang)),
        Para(label("a_reported", lang, reported=len(figs.schools), expected=expected)),
    ]
    if figs.unreadable:
        blocks.append(
            Para(
                label(
                    "a_unreadable", lang, n=len(figs.unreadable), codes=", ".join(figs.unreadable)
                )
            )
        )
    if figs.missing:
        blocks.append(_missing_table(figs, lang))
    else:
        blocks.append(Para(label("a_missing_none", lang)))
    return blocks


def department_document(
    figs: DepartmentFigures, kit: Kit, office: Office, lang: str, today: date
) -> Document:
    """The department's summary over its schools: sums, each school's line, who is missing."""
    period = figures_period(figs.period, figs.start, figs.end)
    phrase = period_phrase(period, lang)
    numbers = Sections()
    agency = sentence_case(office.agency)
    body: list[Block] = [Para(label("intro_department", lang, agency=agency, phrase=phrase))]
    body += _reporting_blocks(figs, lang, numbers)
    body += result_blocks(figs, kit, lang, numbers)
    cases = numbers.section(label("s_cases", lang))
    body += case_blocks(figs.cases, lang, cases, figs.cases_unreadable)
    if figs.schools:
        schools = _schools_table(figs, lang)
        body += [numbers.section(label("s_per_school", lang)), schools]
        body.append(coverage_chart(schools, lang))
    body += [numbers.section(label("s_tasks", lang)), _department_tasks_table(figs, lang)]
    body += compare_blocks(figs, figs.previous, figs.previous_period, lang, numbers)
    if figs.has_data:
        body += [numbers.section(label("s_assessment", lang))]
        body += assessment_blocks(figs, kit, lang, body)
    body.append(Para(label("closing_department", lang, phrase=phrase)))
    body += small_note(body, lang)
    return official_document("subject_department", period, office, office.agency, lang, today, body)
