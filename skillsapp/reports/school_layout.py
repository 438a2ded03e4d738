"""School and department reports as Documents: the official text, sections and tables.

Both reports show the same result tables (the department's are sums over schools), built here
once from the figures' common rows. Pupil counts pass through `pupils()`/`pupilshown_rate()`, so a
group of fewer than 5 pupils never appears as a number.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from skillsapp.domain.checklist import checklist_task
from skillsapp.domain.periods import Period, parse_period
from skillsapp.reports.assessment import (
    assessment,
    class_plan_table,
    grade_strand_chart,
    grade_strand_table,
    plan_chart,
    plan_table,
    untaught_strands,
)
from skillsapp.reports.case_layout import case_blocks
from skillsapp.reports.document import (
    HIDDEN,
    SMALL,
    Block,
    Cell,
    Closing,
    Column,
    Document,
    Heading,
    Letterhead,
    Para,
    Pct,
    Table,
    format_cell,
    pupil_rate,
    pupils,
)
from skillsapp.reports.figures import (
    SCHOOL_BANDS,
    UNKNOWN_STRAND,
    GradeRow,
    Headline,
    SchoolFigures,
    SiteRow,
    StrandQuiz,
    Totals,
    sum_rows,
)
from skillsapp.reports.labels import columns, label
from skillsapp.reports.office import (
    BLANK_NUMBER,
    Office,
    figures_period,
    period_line,
    period_phrase,
    place_date,
    short_date,
)
from skillsapp.reports.shown import cells_shown, shown_rate, strand_name
from skillsapp.reports.suppress import column_totals, protect, row_sums

if TYPE_CHECKING:
    from skillsapp.content import Kit

BLANK_NAME = "." * 36
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


class Sections:
    """Numbers headings as Decree 30 documents do: I., II. for sections, 1., 2. inside."""

    def __init__(self) -> None:
        self.major = 0
        self.minor = 0

    def section(self, text: str) -> Heading:
        self.major += 1
        self.minor = 0
        return Heading(f"{ROMAN[self.major - 1]}. {text}", 1)

    def sub(self, text: str) -> Heading:
        self.minor += 1
        return Heading(f"{self.minor}. {text}", 2)


def _band_name(kit: Kit, band: str, lang: str) -> str:
    try:
        return kit.band(band).name.get(lang)
    except KeyError:
        return band


def _grade_name(grade: int, lang: str) -> str:
    return label("grade_n", lang, grade=grade)


def _total(row_type: type, rows: tuple, key: str) -> Any:
    """A total row: every count summed, the key field 0."""
    summed = sum_rows(row_type, (replace(r, **{key: 0}) for r in rows), key)
    return summed[0] if summed else row_type(**{key: 0})


def _grade_lines(figs: Totals, lang: str) -> list[tuple[str, GradeRow]]:
    """(row title, grade row) for each grade, then the total."""
    lines = [(_grade_name(g.grade, lang), g) for g in figs.grades]
    return [*lines, (label("c_total", lang), _total(GradeRow, figs.grades, "grade"))]


def _classes_table(figs: Totals, lang: str) -> Table:
    rows = tuple(
        (name, g.classes, g.classes_covered, Pct.of(g.classes_covered, g.classes), g.sessions)
        for name, g in _grade_lines(figs, lang)
    )
    return Table(
        key="classes",
        title=label("t_grades", lang),
        columns=columns(
            lang,
            ("c_grade", "text", 1.3),
            ("c_classes", "int"),
            ("c_covered", "int"),
            ("c_covered_pct", "pct"),
            ("c_sessions", "int"),
        ),
        rows=rows,
        total=True,
    )


def _band_strand_table(figs: Totals, kit: Kit, lang: str) -> Table:
    counts = {(r.band, r.strand): r.sessions for r in figs.band_strand}
    present = {band for band, _ in counts}
    bands = [b for b in SCHOOL_BANDS if b in present] + sorted(present - set(SCHOOL_BANDS))
    strands = sorted({s.id for s in kit.strands} | {s for _, s in counts})
    rows: list[tuple[Cell, ...]] = []
    for strand in strands:
        values = [counts.get((band, strand), 0) for band in bands]
        if strand == UNKNOWN_STRAND and not any(values):
            continue
        rows.append((strand_name(kit, strand, lang), *values, sum(values)))
    totals = [sum(counts.get((band, s), 0) for s in strands) for band in bands]
    rows.append((label("c_total", lang), *totals, sum(totals)))
    return Table(
        key="sessions",
        title=label("t_band_strand", lang),
        columns=(
            Column(label("c_strand", lang), width=4.0),
            *(Column(_band_name(kit, band, lang), "int") for band in bands),
            Column(label("c_total", lang), "int"),
        ),
        rows=tuple(rows),
        total=True,
    )


def _domain_name(kit: Kit, domain: int, lang: str) -> str:
    try:
        return f"{domain}. {kit.domain(domain).name.get(lang)}"
    except KeyError:
        return str(domain)


def _band_domain_table(figs: Totals, kit: Kit, lang: str) -> Table | None:
    """Sessions per band and domain of the national digital competence framework, every domain
    listed so a gap shows; None when the figures carry no domain rows (a department whose
    schools all sent packages from before the framework was tagged). No total row: a session
    counts once for each domain its lesson touches, so the rows add up to more than the sessions.
    """
    band_domain = getattr(figs, "band_domain", ())
    if not band_domain:
        return None
    counts = {(r.band, r.domain): r.sessions for r in band_domain}
    present = {band for band, _ in counts}
    bands = [b for b in SCHOOL_BANDS if b in present] + sorted(present - set(SCHOOL_BANDS))
    domains = sorted({d.id for d in kit.domains} | {d for _, d in counts})
    rows: list[tuple[Cell, ...]] = []
    for domain in domains:
        values = [counts.get((band, domain), 0) for band in bands]
        rows.append((_domain_name(kit, domain, lang), *values, sum(values)))
    return Table(
        key="domains",
        title=label("t_band_domain", lang),
        columns=(
            Column(label("c_domain", lang), width=4.0),
            *(Column(_band_name(kit, band, lang), "int") for band in bands),
            Column(label("c_total", lang), "int"),
        ),
        rows=tuple(rows),
        note=label("n_band_domain", lang),
    )


def _pupils_table(figs: Totals, lang: str) -> Table:
    lines = _grade_lines(figs, lang)
    values = [
        [g.enrolled_f, g.enrolled_m, g.enrolled, g.reached_f, g.reached_m, g.reached]
        for _, g in lines
    ]
    primary = {(r, c) for r, row in enumerate(values) for c, v in enumerate(row) if 0 < v < 5}
    relations = [
        *column_totals(len(values), range(6)),
        *row_sums(len(values), (0, 1), 2),
        *row_sums(len(values), (3, 4), 5),
    ]
    shown = cells_shown(values, protect(values, primary, relations), primary)
    rows = tuple(
        (name, *cells, shown_rate(g.reached, g.enrolled, cells[2], cells[5]))
        for (name, g), cells in zip(lines, shown, strict=True)
    )
    return Table(
        key="pupils",
        title=label("t_pupils", lang),
        columns=columns(
            lang,
            ("c_grade", "text", 1.2),
            ("c_enrolled_f", "int"),
            ("c_enrolled_m", "int"),
            ("c_enrolled", "int"),
            ("c_reached_f", "int"),
            ("c_reached_m", "int"),
            ("c_reached", "int"),
            ("c_reached_pct", "pct", 1.1),
        ),
        rows=rows,
        total=True,
    )


def _attendance_table(figs: Totals, lang: str) -> Table:
    """Attendance marks by grade; a grade of fewer than 5 pupils shows none of its marks."""
    lines = _grade_lines(figs, lang)
    values = [[g.attended, g.counted, g.excused] for _, g in lines]
    primary = {(r, c) for r, (_, g) in enumerate(lines) for c in range(3) if 0 < g.enrolled < 5}
    hidden = protect(values, primary, column_totals(len(values), range(3)))
    shown = cells_shown(values, hidden, primary)
    rows = tuple(
        (name, *cells, shown_rate(g.attended, g.counted, *cells))
        for (name, g), cells in zip(lines, shown, strict=True)
    )
    return Table(
        key="attendance",
        title=label("t_attendance", lang),
        columns=columns(
            lang,
            ("c_grade", "text", 1.2),
            ("c_attended", "int"),
            ("c_counted", "int"),
            ("c_excused", "int"),
            ("c_attendance_pct", "pct"),
        ),
        rows=rows,
        total=True,
    )


def _quiz_table(figs: Totals, kit: Kit, lang: str) -> Table:
    """Quiz results by strand; a strand taken by fewer than 5 pupils shows no results."""
    lines = [(strand_name(kit, s.strand, lang), s) for s in figs.strands]
    lines.append((label("c_total", lang), _total(StrandQuiz, figs.strands, "strand")))
    values = [[s.attempts] for _, s in lines]
    primary = {(r, 0) for r, row in enumerate(values) if 0 < row[0] < 5}
    shown = cells_shown(values, protect(values, primary, column_totals(len(values), [0])), primary)
    rows = tuple(
        (
            name,
            cells[0],
            shown_rate(s.correct, s.possible, cells[0]),
            shown_rate(s.passed, s.attempts, cells[0], pupils(s.passed)),
            Pct.of(s.tally_right, s.tally_responses),
        )
        for (name, s), cells in zip(lines, shown, strict=True)
    )
    return Table(
        key="quiz",
        title=label("t_quiz", lang),
        columns=columns(
            lang,
            ("c_strand", "text", 3.6),
            ("c_attempts", "int"),
            ("c_avg", "pct", 1.2),
            ("c_passed_pct", "pct"),
            ("c_tally_pct", "pct", 1.2),
        ),
        rows=rows,
        total=True,
    )


def _adults_table(figs: Totals, lang: str) -> Table:
    rows = tuple((label(f"kind_{a.kind}", lang), a.sessions, a.participants) for a in figs.adults)
    return Table(
        key="adults",
        title=label("t_adults", lang),
        columns=columns(
            lang,
            ("c_activity", "text", 3.0),
            ("c_sessions", "int"),
            ("c_participants", "int"),
        ),
        rows=rows,
    )


def _own_lessons_tables(figs: Totals, lang: str) -> list[Table]:
    """Teachers' own lessons taught, each named as an own lesson (a school's report only: the
    department's figures do not carry them)."""
    own = getattr(figs, "own_lessons", ())
    if not own:
        return []
    mark = label("own_mark", lang)
    rows = tuple(
        (f"{row.title_vi if lang == 'vi' else row.title_en} {mark}", row.version, row.sessions)
        for row in own
    )
    table = Table(
        key="own_lessons",
        title=label("t_own_lessons", lang),
        columns=columns(
            lang, ("c_lesson", "text", 3.0), ("c_version", "int"), ("c_sessions", "int")
        ),
        rows=rows,
    )
    return [table]


def _sentence(key: str, lang: str, **cells: Cell) -> Para:
    return Para(label(key, lang, **{k: format_cell(v, lang) for k, v in cells.items()}))


def _classes_para(h: Headline, lang: str) -> Para:
    pct = Pct.of(h.classes_covered, h.classes)
    return _sentence("p_classes", lang, classes=h.classes, covered=h.classes_covered, pct=pct)


def _pupils_para(table: Table, lang: str) -> Para:
    """The total row of the pupils table in words (hidden there, hidden here)."""
    total = table.rows[-1]
    return _sentence("p_pupils", lang, reached=total[6], enrolled=total[3], pct=total[7])


def _attendance_para(table: Table, lang: str) -> Para:
    _, attended, counted, excused, pct = table.rows[-1]
    return _sentence(
        "p_attendance", lang, pct=pct, attended=attended, counted=counted, excused=excused
    )


def _quiz_para(table: Table, lang: str) -> Para:
    total = table.rows[-1]
    return _sentence("p_quiz", lang, avg=total[2], passed=total[3])


def _plan_blocks(figs: Totals, kit: Kit, lang: str, numbers: Sections) -> list[Block]:
    """Progress through the lesson plan: a sentence, the grade table, its chart, and for a
    school each class's line."""
    lines = _grade_lines(figs, lang)
    table = plan_table(lines, lang)
    h = figs.headline()
    sentence = label(
        "p_plan_progress",
        lang,
        delivered=format_cell(h.plan_delivered, lang),
        planned=format_cell(h.plan_lessons, lang),
        pct=format_cell(Pct.of(h.plan_delivered, h.plan_lessons), lang),
        complete=format_cell(h.classes_complete, lang),
        classes=format_cell(h.classes, lang),
    )
    blocks: list[Block] = [numbers.sub(label("h_plan_progress", lang)), Para(sentence), table]
    blocks.append(plan_chart(lines[:-1], lang))
    by_strand = grade_strand_table(getattr(figs, "grade_strand", ()), kit, lang)
    if by_strand is not None:
        blocks += [by_strand, grade_strand_chart(by_strand, lang)]
    class_plan = getattr(figs, "class_plan", ())
    if class_plan:
        blocks.append(class_plan_table(class_plan, lang))
    return blocks


def plan_total_cells(body: list[Block]) -> tuple[Cell, Cell, Cell]:
    """The plan table's pupil cells in its total row, as shown there (hidden stays hidden)."""
    table = next(b for b in body if isinstance(b, Table) and b.key == "plan")
    total = table.rows[-1]
    return total[6], total[7], total[8]


def result_blocks(figs: Totals, kit: Kit, lang: str, numbers: Sections) -> list[Block]:
    """Section "Results": the numbered parts, each a sentence and a table."""
    blocks: list[Block] = [numbers.section(label("s_results", lang))]
    if not figs.has_data:
        return [*blocks, Para(label("no_data", lang))]
    pupils_table, attendance = _pupils_table(figs, lang), _attendance_table(figs, lang)
    quiz = _quiz_table(figs, kit, lang)
    sessions = _band_strand_table(figs, kit, lang)
    domains = _band_domain_table(figs, kit, lang)
    return [
        *blocks,
        numbers.sub(label("h_classes", lang)),
        _classes_para(figs.headline(), lang),
        _classes_table(figs, lang),
        *_plan_blocks(figs, kit, lang, numbers),
        numbers.sub(label("h_sessions", lang)),
        sessions,
        *([domains] if domains else []),
        *_own_lessons_tables(figs, lang),
        numbers.sub(label("h_pupils", lang)),
        _pupils_para(pupils_table, lang),
        pupils_table,
        numbers.sub(label("h_attendance", lang)),
        _attendance_para(attendance, lang),
        attendance,
        numbers.sub(label("h_quiz", lang)),
        _quiz_para(quiz, lang),
        quiz,
        numbers.sub(label("h_adults", lang)),
        _adults_table(figs, lang),
    ]


def assessment_blocks(figs: Totals, kit: Kit, lang: str, body: list[Block]) -> list[Block]:
    """The assessment's sentences from the figures (none claims a target not met)."""
    if not figs.has_data:
        return []
    untaught = untaught_strands(figs.band_strand, kit)
    return assessment(figs.headline(), untaught, kit, lang, plan_total_cells(body))


def _compare_rows(now: Headline, before: Headline, lang: str) -> tuple[tuple[Cell, ...], ...]:
    def pct_row(key: str, part: str, whole: str, small: bool = False) -> tuple[Cell, ...]:
        rate = pupil_rate if small else Pct.of
        a = rate(getattr(now, part), getattr(now, whole))
        b = rate(getattr(before, part), getattr(before, whole))
        diff = (
            Pct(a.value - b.value)
            if isinstance(a, Pct)
            and isinstance(b, Pct)
            and a.value is not None
            and b.value is not None
            else None
        )
        return (label(key, lang), a, b, diff)

    def int_row(key: str, name: str, small: bool = False) -> tuple[Cell, ...]:
        a, b = getattr(now, name), getattr(before, name)
        shown = (pupils(a), pupils(b)) if small else (a, b)
        hidden = small and SMALL in shown
        return (label(key, lang), *shown, None if hidden else a - b)

    return (
        pct_row("r_classes_pct", "classes_covered", "classes"),
        int_row("r_sessions", "sessions"),
        int_row("r_reached", "reached", small=True),
        pct_row("r_attendance", "attended", "counted"),
        pct_row("r_quiz_avg", "quiz_correct", "quiz_possible", small=True),
        pct_row("r_quiz_pass", "quiz_passed", "quiz_attempts", small=True),
        int_row("r_parent_sessions", "parent_sessions"),
        int_row("r_parent_participants", "parent_participants"),
        int_row("r_staff_sessions", "staff_sessions"),
        int_row("r_staff_participants", "staff_participants"),
    )


def compare_blocks(
    figs: Totals,
    previous: Headline | None,
    previous_period: str,
    lang: str,
    numbers: Sections,
) -> list[Block]:
    blocks: list[Block] = [numbers.section(label("s_compare", lang))]
    if previous is None or previous == Headline():
        shown = period_phrase(parse_period(previous_period), lang) if previous_period else ""
        return [*blocks, Para(label("p_no_previous", lang, period=shown))]
    table = Table(
        key="compare",
        title=label("t_compare", lang),
        columns=columns(
            lang,
            ("c_figure", "text", 3.2),
            ("c_current", "int"),
            ("c_previous", "int"),
            ("c_change", "int"),
        ),
        rows=_compare_rows(figs.headline(), previous, lang),
    )
    return [*blocks, table]


def _status(status: str, lang: str) -> str:
    return label(f"status_{status}", lang)


def _school_tasks_table(figs: SchoolFigures, lang: str) -> Table:
    rows = []
    for number, row in enumerate(figs.tasks, 1):
        found = checklist_task(row.code)
        rows.append(
            (number, found.title(lang) if found else row.code, _status(row.status, lang), row.note)
        )
    return Table(
        key="tasks",
        title=label("t_tasks", lang),
        columns=columns(
            lang,
            ("c_no", "int", 0.45),
            ("c_task", "text", 4.2),
            ("c_status", "text", 1.5),
            ("c_note", "text", 2.4),
        ),
        rows=tuple(rows),
    )


def _task_counts(statuses: list[str]) -> dict[str, int]:
    return {s: statuses.count(s) for s in ("done", "doing", "todo")}


def small_note(body: list[Block], lang: str) -> list[Block]:
    """The note explaining "<5", when the report has hidden a small group anywhere."""
    marks = (SMALL, HIDDEN)
    hidden = any(
        mark in row
        for block in body
        if isinstance(block, Table)
        for row in block.rows
        for mark in marks
    )
    return [Para(label("small_note", lang), "note")] if hidden else []


def letterhead_block(office: Office, lang: str, today: date) -> Letterhead:
    return Letterhead(
        parent=office.parent,
        agency=office.agency,
        number=label("number", lang, number=BLANK_NUMBER, code=office.number_code),
        place_date=place_date(office.place, today, lang),
    )


def closing_block(office: Office, lang: str) -> Closing:
    recipients = [label("to_department", lang, name=office.recipient)] if office.recipient else []
    return Closing(
        recipients_label=label("recipients", lang),
        recipients=(*recipients, label("archive", lang)),
        signer_title=office.signer_title,
        signer_name=office.signer_name or BLANK_NAME,  # not set: a line to write it on
    )


def info_rows(lang: str, agency: str, period: Period, today: date) -> tuple[tuple[str, str], ...]:
    return (
        (label("i_agency", lang), agency),
        (label("i_period", lang), period_phrase(period, lang)),
        (label("i_from", lang), short_date(period.start.isoformat(), lang)),
        (label("i_to", lang), short_date(period.end.isoformat(), lang)),
        (label("i_made", lang), short_date(today.isoformat(), lang)),
    )


def official_document(
    subject_key: str,
    period: Period,
    office: Office,
    issuer: str,
    lang: str,
    today: date,
    body: list[Block],
) -> Document:
    """A school or department report as an official document: letterhead, title, subject and
    period, the body, "Nơi nhận" and the signature; `issuer` names it in the file's facts."""
    subject = label(subject_key, lang)
    return Document(
        lang=lang,
        title=label("title", lang),
        subject=(subject, period_line(period, lang)),
        letterhead=letterhead_block(office, lang, today),
        body=tuple(body),
        closing=closing_block(office, lang),
        info=((label("i_report", lang), subject), *info_rows(lang, issuer, period, today)),
        meta={"title": f"{label('title', lang)} - {issuer}", "author": issuer},
    )


def site_blocks(rows: tuple[SiteRow, ...], lang: str, numbers: Sections) -> list[Block]:
    """The optional breakdown by site (điểm trường): classes, sessions, pupils per site; pupil
    counts under 5 are hidden as everywhere in the school report."""
    table = Table(
        key="sites",
        title=label("t_sites", lang),
        columns=columns(
            lang,
            ("c_site", "text", 1.6),
            ("c_classes", "int"),
            ("c_sessions", "int"),
            ("c_enrolled", "int"),
            ("c_reached", "int"),
            ("c_reached_pct", "pct", 1.1),
        ),
        rows=tuple(
            (
                r.name or label("main_site", lang),
                r.classes,
                r.sessions,
                pupils(r.enrolled),
                pupils(r.reached),
                pupil_rate(r.reached, r.enrolled),
            )
            for r in rows
        ),
    )
    return [numbers.section(label("s_sites", lang)), table]


def school_document(
    figs: SchoolFigures,
    kit: Kit,
    office: Office,
    lang: str,
    today: date,
    sites: tuple[SiteRow, ...] = (),
) -> Document:
    """The school's periodic report to the department (Decree 30 layout, no pupil names);
    `sites` adds the breakdown by site after the results."""
    period = figures_period(figs.period, figs.start, figs.end)
    phrase = period_phrase(period, lang)
    school = figs.school_name
    numbers = Sections()
    body: list[Block] = [Para(label("intro_school", lang, school=school, phrase=phrase))]
    body += result_blocks(figs, kit, lang, numbers)
    if sites:
        body += site_blocks(sites, lang, numbers)
    body += case_blocks(figs.cases, lang, numbers.section(label("s_cases", lang)))
    body += [numbers.section(label("s_tasks", lang)), _school_tasks_table(figs, lang)]
    body += compare_blocks(figs, figs.previous, figs.previous_period, lang, numbers)
    body += [numbers.section(label("s_assessment", lang))]
    body += assessment_blocks(figs, kit, lang, body)
    counts = _task_counts([t.status for t in figs.tasks])
    body.append(Para(label("a_tasks", lang, total=len(figs.tasks), **counts)))
    body.append(Para(label("closing_school", lang, phrase=phrase, school=school)))
    return official_document(
        "subject_school", period, office, school, lang, today, [*body, *small_note(body, lang)]
    )
