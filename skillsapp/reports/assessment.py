"""Plan progress and the assessment: what the school and department reports may claim.

"Classes with at least one session" says a class has started; the programme's target is the
whole lesson plan. So beside that figure the reports give the share of planned lessons
delivered (per class, grade and school), the pupils who have had every lesson so far and the
strands not yet taught, and the assessment's sentences are chosen from those figures: a target
is called met only when the figures meet it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillsapp.reports.document import (
    Block,
    Cell,
    Chart,
    Column,
    Para,
    Pct,
    Table,
    format_cell,
)
from skillsapp.reports.figures import (
    UNKNOWN_STRAND,
    BandStrandRow,
    ClassPlan,
    GradeRow,
    GradeStrandPlan,
    Headline,
)
from skillsapp.reports.labels import columns, label
from skillsapp.reports.shown import cells_shown, shown_rate, strand_name
from skillsapp.reports.suppress import column_totals, protect

if TYPE_CHECKING:
    from skillsapp.content import Kit


def untaught_strands(band_strand: tuple[BandStrandRow, ...], kit: Kit) -> list[int]:
    """The kit's strands with no session in the period (at any band)."""
    taught = {r.strand for r in band_strand if r.sessions}
    return [s.id for s in kit.strands if s.id not in taught and s.id != UNKNOWN_STRAND]


def plan_table(lines: list[tuple[str, GradeRow]], lang: str) -> Table:
    """Plan progress by grade (the last line the total); pupil counts under 5 hidden."""
    values = [[g.pupils_active, g.pupils_all_lessons] for _, g in lines]
    primary = {(r, c) for r, row in enumerate(values) for c, v in enumerate(row) if 0 < v < 5}
    hidden = protect(values, primary, column_totals(len(values), range(2)))
    shown = cells_shown(values, hidden, primary)
    rows = tuple(
        (
            name,
            g.classes,
            g.classes_complete,
            g.plan_lessons,
            g.plan_delivered,
            Pct.of(g.plan_delivered, g.plan_lessons),
            *cells,
            shown_rate(g.pupils_all_lessons, g.pupils_active, *cells),
        )
        for (name, g), cells in zip(lines, shown, strict=True)
    )
    return Table(
        key="plan",
        title=label("t_plan_progress", lang),
        columns=columns(
            lang,
            ("c_grade", "text", 1.1),
            ("c_classes", "int", 0.7),
            ("c_classes_complete", "int"),
            ("c_plan_lessons", "int"),
            ("c_plan_delivered", "int"),
            ("c_plan_pct", "pct"),
            ("c_pupils_active", "int", 0.8),
            ("c_pupils_all", "int"),
            ("c_pupils_all_pct", "pct"),
        ),
        rows=rows,
        total=True,
        note=label("n_plan_progress", lang),
    )


def class_plan_table(classes: tuple[ClassPlan, ...], lang: str) -> Table:
    """Each class's planned and delivered lessons (a school report only)."""
    rows = tuple(
        (c.name, c.grade, c.planned, c.delivered, Pct.of(c.delivered, c.planned))
        for c in sorted(classes, key=lambda c: (c.grade, c.name))
    )
    return Table(
        key="class_plan",
        title=label("t_class_plan", lang),
        columns=columns(
            lang,
            ("c_class", "text", 1.2),
            ("c_grade", "int", 0.7),
            ("c_plan_lessons", "int"),
            ("c_plan_delivered", "int"),
            ("c_plan_pct", "pct"),
        ),
        rows=rows,
    )


def plan_chart(lines: list[tuple[str, GradeRow]], lang: str) -> Chart:
    """Share of planned lessons delivered, by grade: the plan table's figures as bars."""
    return Chart(
        title=label("chart_plan_title", lang),
        categories=tuple(name for name, _ in lines),
        series=(
            (
                label("chart_plan", lang),
                tuple(Pct.of(g.plan_delivered, g.plan_lessons).value for _, g in lines),
            ),
        ),
    )


def grade_strand_table(rows: tuple[GradeStrandPlan, ...], kit: Kit, lang: str) -> Table | None:
    """Share of planned lessons delivered by strand (rows) and grade (columns), all grades
    together in the last column; None when no class has a plan."""
    if not rows:
        return None
    grades = sorted({r.grade for r in rows})
    strands = sorted({r.strand for r in rows})
    cell = {(r.grade, r.strand): r for r in rows}
    out: list[tuple[Cell, ...]] = []
    for strand in strands:
        found = [cell.get((g, strand)) for g in grades]
        planned = sum(r.planned for r in found if r)
        delivered = sum(r.delivered for r in found if r)
        out.append(
            (
                strand_name(kit, strand, lang),
                *(Pct.of(r.delivered, r.planned) if r else None for r in found),
                Pct.of(delivered, planned),
            )
        )
    return Table(
        key="grade_strand",
        title=label("t_grade_strand", lang),
        columns=(
            Column(label("c_strand", lang), width=3.4),
            *(Column(label("grade_n", lang, grade=g), "pct") for g in grades),
            Column(label("c_all_grades", lang), "pct"),
        ),
        rows=tuple(out),
    )


def grade_strand_chart(table: Table, lang: str) -> Chart:
    """The grade-by-strand table as bars: strands along, one bar per grade."""
    grades = table.columns[1:-1]
    return Chart(
        title=label("chart_grade_strand_title", lang),
        categories=tuple(str(row[0]).split(".", 1)[0] for row in table.rows),
        series=tuple(
            (column.title, tuple(_pct(row[i + 1]) for row in table.rows))
            for i, column in enumerate(grades)
        ),
    )


def _pct(cell: Cell) -> float | None:
    return cell.value if isinstance(cell, Pct) else None


def _fmt(lang: str, **cells: Cell) -> dict[str, str]:
    return {k: format_cell(v, lang) for k, v in cells.items()}


def assessment(
    h: Headline, untaught: list[int], kit: Kit, lang: str, pupils_cell: tuple[Cell, Cell, Cell]
) -> list[Block]:
    """The assessment's sentences, each chosen by whether its figure meets the target.

    `pupils_cell` is the plan table's total (active, had every lesson, share) as shown there,
    so a hidden small group stays hidden here."""
    out: list[Block] = []
    if h.classes:
        missing = h.classes - h.classes_covered
        key = "a_started_some" if missing else "a_started_all"
        out.append(Para(label(key, lang, **_fmt(lang, n=missing, classes=h.classes))))
    if h.plan_lessons:
        pct = Pct.of(h.plan_delivered, h.plan_lessons)
        met = h.plan_delivered == h.plan_lessons
        out.append(
            Para(
                label(
                    "a_plan_met" if met else "a_plan_not_met",
                    lang,
                    **_fmt(
                        lang,
                        delivered=h.plan_delivered,
                        planned=h.plan_lessons,
                        pct=pct,
                        complete=h.classes_complete,
                        classes=h.classes,
                    ),
                )
            )
        )
    if untaught:
        names = "; ".join(strand_name(kit, s, lang) for s in untaught)
        out.append(Para(label("a_strands_missing", lang, n=len(untaught), names=names)))
    elif h.sessions:
        out.append(Para(label("a_strands_all", lang, n=len(kit.strands))))
    active, complete, share = pupils_cell
    if h.pupils_active and h.sessions:
        out.append(
            Para(label("a_pupils_all", lang, **_fmt(lang, n=complete, total=active, pct=share)))
        )
    return out


COVERAGE_BANDS = ((0, 25), (25, 50), (50, 75), (75, 100), (100, 101))


def coverage_chart(schools: Table, lang: str) -> Chart:
    """Schools by share of planned lessons delivered: the schools table's last column, counted
    in bands (a school with no plan figures is left out)."""
    shares = [row[-1].value for row in schools.rows if isinstance(row[-1], Pct)]
    counts = [
        float(sum(1 for v in shares if v is not None and low <= v < high))
        for low, high in COVERAGE_BANDS
    ]
    names = tuple("100%" if low == 100 else f"{low}–{high - 1}%" for low, high in COVERAGE_BANDS)
    return Chart(
        title=label("chart_coverage_title", lang),
        categories=names,
        series=((label("chart_coverage", lang), tuple(counts)),),
        value_max=0,
    )
