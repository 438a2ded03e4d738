"""The class report as a Document: for the teacher and the school, with pupils' names.

It is marked as personal data on every page and carries no "Nơi nhận": it stays in the school.
Numbers are shown in full (no small-group suppression), since the reader teaches these pupils.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from skillsapp.reports.document import (
    Block,
    Cell,
    Chart,
    Closing,
    Document,
    Heading,
    Letterhead,
    Para,
    Pct,
    Table,
)
from skillsapp.reports.figures import ClassFigures, PupilRow
from skillsapp.reports.labels import columns, label
from skillsapp.reports.office import (
    Office,
    figures_period,
    period_line,
    period_phrase,
    place_date,
    short_date,
)

if TYPE_CHECKING:
    from skillsapp.content import Kit

MOST_MISSED = 10


def _sessions_table(figs: ClassFigures, lang: str) -> Table:
    rows = tuple(
        (
            n,
            short_date(s.held_on, lang),
            s.title.get(lang),
            s.present,
            s.late,
            s.absent,
            s.excused,
            Pct.of(s.attended, s.counted),
            label(f"mode_{s.quiz_mode}", lang),
        )
        for n, s in enumerate(figs.sessions, 1)
    )
    return Table(
        key="sessions",
        title=label("t_class_sessions", lang),
        columns=columns(
            lang,
            ("c_no", "int", 0.4),
            ("c_date", "text", 0.95),
            ("c_lesson", "text", 3.2),
            ("c_present", "int", 0.6),
            ("c_late", "int", 0.55),
            ("c_absent", "int", 0.55),
            ("c_excused", "int", 0.6),
            ("c_attendance_pct", "pct", 0.85),
            ("c_quiz_mode", "text", 0.95),
        ),
        rows=rows,
    )


def _plan_table(figs: ClassFigures, kit: Kit, lang: str) -> Table:
    def strand(n: int) -> str:
        try:
            return kit.strand(n).name.get(lang)
        except KeyError:
            return str(n)

    rows = tuple(
        (
            p.order,
            p.title.get(lang),
            strand(p.strand),
            short_date(p.held_on, lang) if p.held_on else label("not_held", lang),
        )
        for p in figs.plan
    )
    return Table(
        key="plan",
        title=label("t_plan", lang),
        columns=columns(
            lang,
            ("c_order", "int", 0.45),
            ("c_lesson", "text", 3.4),
            ("c_strand", "text", 2.4),
            ("c_held_on", "text", 1.0),
        ),
        rows=rows,
    )


def _pupil_cells(n: int, p: PupilRow, lang: str) -> tuple[Cell, ...]:
    return (
        n,
        p.name,
        label(f"gender_{p.gender}", lang),
        p.attended,
        p.counted - p.attended,
        p.excused,
        Pct.of(p.attended, p.counted),
        p.quiz_passed,
        p.quiz_attempts,
        Pct.of(p.quiz_correct, p.quiz_possible),
    )


def _pupils_table(figs: ClassFigures, lang: str) -> Table:
    return Table(
        key="pupils",
        title=label("t_pupil_rows", lang),
        columns=columns(
            lang,
            ("c_no", "int", 0.4),
            ("c_name", "text", 2.6),
            ("c_gender", "text", 0.65),
            ("c_sessions_attended", "int", 0.75),
            ("c_absent", "int", 0.55),
            ("c_excused", "int", 0.65),
            ("c_attendance_pct", "pct", 0.85),
            ("c_quizzes_passed", "int", 0.7),
            ("c_attempts", "int", 0.7),
            ("c_avg", "pct", 0.9),
        ),
        rows=tuple(_pupil_cells(n, p, lang) for n, p in enumerate(figs.pupils, 1)),
    )


def _missed_table(figs: ClassFigures, lang: str) -> Table | None:
    mark = label("excused_mark", lang)
    rows = tuple(
        (
            n,
            p.name,
            len(p.missed),
            ", ".join(
                short_date(m.held_on, lang)[:5] + (mark if m.excused else "") for m in p.missed
            ),
        )
        for n, p in enumerate([p for p in figs.pupils if p.missed], 1)
    )
    if not rows:
        return None
    return Table(
        key="missed",
        title=label("t_missed", lang),
        columns=columns(
            lang,
            ("c_no", "int", 0.4),
            ("c_name", "text", 2.6),
            ("c_missed", "int", 0.8),
            ("c_missed_days", "text", 4.0),
        ),
        rows=rows,
        note=label("p_missed_key", lang),
    )


def _lesson_quiz_table(figs: ClassFigures, lang: str) -> Table:
    rows = tuple(
        (
            short_date(q.held_on, lang),
            q.title.get(lang),
            label(f"mode_{q.mode}", lang),
            q.attempts if q.mode == "pupil" else None,
            Pct.of(q.correct, q.possible)
            if q.mode == "pupil"
            else Pct.of(q.tally_right, q.tally_responses),
            Pct.of(q.passed, q.attempts) if q.mode == "pupil" else None,
        )
        for q in figs.quizzes
    )
    return Table(
        key="quiz",
        title=label("t_lesson_quiz", lang),
        columns=columns(
            lang,
            ("c_date", "text", 0.95),
            ("c_lesson", "text", 3.3),
            ("c_quiz_mode", "text", 1.0),
            ("c_attempts", "int", 0.7),
            ("c_right_pct", "pct", 0.8),
            ("c_passed_pct", "pct", 0.8),
        ),
        rows=rows,
    )


def _items_table(figs: ClassFigures, kit: Kit, lang: str) -> Table | None:
    asked = [i for i in figs.items if i.total]
    worst = sorted(asked, key=lambda i: (i.right / i.total, i.lesson_id, i.number))[:MOST_MISSED]
    if not worst:
        return None
    orders = {p.lesson_id: p.order for p in figs.plan}
    rows = tuple(
        (
            orders.get(i.lesson_id, i.lesson_id),
            i.number or i.item_id,
            i.prompt.get(lang),
            i.right,
            i.total,
            Pct.of(i.right, i.total),
        )
        for i in worst
    )
    return Table(
        key="items",
        title=label("t_items", lang),
        columns=columns(
            lang,
            ("c_order", "int", 0.45),
            ("c_item", "int", 0.45),
            ("c_prompt", "text", 4.4),
            ("c_right", "int", 0.75),
            ("c_answers", "int", 0.75),
            ("c_right_pct", "pct", 0.8),
        ),
        rows=rows,
    )


def _chart(figs: ClassFigures, lang: str) -> Chart:
    quiz = {(q.held_on, q.lesson_id): q for q in figs.quizzes}
    categories, attendance, scores = [], [], []
    for s in figs.sessions:
        categories.append(short_date(s.held_on, lang)[:5])
        attendance.append(Pct.of(s.attended, s.counted).value)
        q = quiz.get((s.held_on, s.lesson_id))
        value = None
        if q is not None:
            value = (
                Pct.of(q.correct, q.possible)
                if q.mode == "pupil"
                else Pct.of(q.tally_right, q.tally_responses)
            ).value
        scores.append(value)
    return Chart(
        title=label("h_chart", lang),
        categories=tuple(categories),
        series=(
            (label("chart_attendance", lang), tuple(attendance)),
            (label("chart_quiz", lang), tuple(scores)),
        ),
    )


def _body(figs: ClassFigures, kit: Kit, lang: str) -> list[Block]:
    band = kit.band(figs.band_id).name.get(lang)
    active = len(figs.pupils)
    body: list[Block] = [
        Para(
            label(
                "p_class_info",
                lang,
                name=figs.class_name,
                grade=", ".join(str(g) for g in figs.grades or (figs.grade,)),
                year=figs.school_year,
                teacher=figs.homeroom_teacher or "–",
                pupils=active,
                band=band,
            )
        )
    ]
    if not figs.has_data:
        return [*body, Para(label("no_data_class", lang))]
    done = sum(1 for p in figs.plan if p.held_on)
    missed = _missed_table(figs, lang)
    items = _items_table(figs, kit, lang)
    body += [
        Heading("1. " + label("h_class_sessions", lang), 2),
        _sessions_table(figs, lang),
        Heading("2. " + label("h_plan", lang), 2),
        Para(label("p_plan", lang, done=done, total=len(figs.plan), band=band)),
        _plan_table(figs, kit, lang),
        Heading("3. " + label("h_chart", lang), 2),
        _chart(figs, lang),
        Heading("4. " + label("h_pupil_rows", lang), 2),
        _pupils_table(figs, lang),
        Heading("5. " + label("h_missed", lang), 2),
        missed if missed else Para(label("p_missed_none", lang)),
        Heading("6. " + label("h_lesson_quiz", lang), 2),
        _lesson_quiz_table(figs, lang),
    ]
    if items:
        body += [Heading("7. " + label("h_items", lang), 2), items]
    return body


def class_document(
    figs: ClassFigures, kit: Kit, office: Office, lang: str, today: date
) -> Document:
    """The class report: sessions, plan progress, chart, each pupil, quizzes, weakest items."""
    period = figures_period(figs.period, figs.start, figs.end)
    title = label("class_title", lang, name=figs.class_name)
    return Document(
        lang=lang,
        title=title,
        subject=(label("subject_class", lang, name=figs.class_name), period_line(period, lang)),
        letterhead=Letterhead(
            parent=office.parent,
            agency=office.agency,
            number="",
            place_date=place_date(office.place, today, lang),
            official=False,
            notice=label("personal_notice", lang),
        ),
        body=tuple(_body(figs, kit, lang)),
        closing=Closing(
            recipients_label="",
            recipients=(),
            signer_title=label("teacher", lang),
            signer_name=figs.homeroom_teacher,
        ),
        info=(
            (label("i_report", lang), title),
            (label("i_school", lang), figs.school_name),
            (label("i_class", lang), figs.class_name),
            (label("i_period", lang), period_phrase(period, lang)),
            (label("i_from", lang), short_date(figs.start, lang)),
            (label("i_to", lang), short_date(figs.end, lang)),
            (label("i_made", lang), short_date(today.isoformat(), lang)),
            ("", label("personal_footer", lang)),
        ),
        personal=True,
        meta={"title": title, "author": figs.school_name},
    )
