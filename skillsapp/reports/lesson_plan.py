"""The official lesson plan (kế hoạch bài dạy) of one lesson for one class, in the template of
the school's level, so a teacher hands it to an inspection instead of retyping the lesson.

Two templates (lessons/FACTS.md, "Lesson plan templates"):

- **secondary** (grades 6-12, Công văn 5512/BGDĐT-GDTrH, Phụ lục IV): I. objectives (knowledge,
  competences, qualities), II. equipment and learning materials, III. the teaching process as
  four activities (opening, new knowledge, practice, application), each with its goal, content,
  product and how it is run;
- **primary** (grades 1-5, Công văn 2345/BGDĐT-GDTH): I. expected outcomes, II. teaching aids,
  III. the main activities as a table of what the teacher does and what the pupils do, IV. notes
  after the lesson.

Both are filled from the lesson's own data: its objectives and framework competences, its
materials, and its steps (a step's kind says which activity it belongs to; its script is what
the teacher does, its slide what the pupils see and do). It is a Document like every report, so
the Word file (to edit) and the PDF (to print) say the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.errors import UserError
from skillsapp.reports.document import Block, Column, Document, Heading, Letterhead, Para, Table
from skillsapp.reports.labels import label

if TYPE_CHECKING:
    from skillsapp.content import Kit, Lesson, Step
    from skillsapp.domain.records import SchoolClass
    from skillsapp.store import Store

# The template's four activities, and which step kinds of a lesson go in each.
PHASES = (
    ("plan_phase_open", ("warm_up",)),
    ("plan_phase_learn", ("explore",)),
    ("plan_phase_practice", ("activity", "discuss", "quiz")),
    ("plan_phase_apply", ("wrap_up",)),
)
PRIMARY_LAST_GRADE = 5


@dataclass(frozen=True)
class PlanFacts:
    """What the plan says about where and by whom the lesson is taught (blank lines if unknown)."""

    school: str = ""
    class_name: str = ""
    grade: int = 0
    teacher: str = ""


def plan_facts(store: Store, cls: SchoolClass | None) -> PlanFacts:
    """The school, the class and the teacher a plan names: the person at this computer
    (Settings), or the class's homeroom teacher until a name is set. No class: blank lines for
    the teacher to fill in Word."""
    from skillsapp.services.school import current_school
    from skillsapp.services.settings import load_profile

    try:
        school = current_school(store).name
    except UserError:  # a department PC has no school: the line is left to fill in
        school = ""
    teacher = load_profile(store).teacher_name
    if cls is None:
        return PlanFacts(school, teacher=teacher)
    return PlanFacts(school, cls.name, cls.grade, teacher or cls.homeroom_teacher)


def is_primary(grade: int) -> bool:
    """Grades 1-5 use the primary template; 6-12 (and an unknown grade) the secondary one."""
    return 1 <= grade <= PRIMARY_LAST_GRADE


def lesson_plan(kit: Kit, lesson: Lesson, lang: str, facts: PlanFacts) -> Document:
    """The lesson plan of LESSON for the class in FACTS, in its level's template."""
    grade = facts.grade or (lesson.grades[0] if lesson.grades else 0)
    primary = is_primary(grade)
    body = _header(lesson, lang, facts, grade)
    body += _primary_body(kit, lesson, lang) if primary else _secondary_body(kit, lesson, lang)
    template = label("plan_template_primary" if primary else "plan_template_secondary", lang)
    return Document(
        lang=lang,
        title=label("plan_title", lang),
        subject=(lesson.title.get(lang).upper(),),
        letterhead=Letterhead(
            parent=(),
            agency=(facts.school or label("plan_school_blank", lang)).upper(),
            number="",
            place_date="",
            official=False,
            notice=template,
        ),
        body=tuple(body),
        form=True,
        meta={
            "title": f"{label('plan_title', lang)}: {lesson.title.get(lang)}",
            "author": facts.teacher or facts.school,
        },
    )


def _header(lesson: Lesson, lang: str, facts: PlanFacts, grade: int) -> list[Block]:
    """Subject, class and time, and the teacher: the lines above section I of both templates."""
    dots = "…………………"
    return [
        Para(
            label(
                "plan_subject_line",
                lang,
                cls=facts.class_name or dots,
                grade=grade or dots,
                periods=1,
                minutes=lesson.minutes,
            ),
            "plain",
        ),
        Para(label("plan_teacher_line", lang, name=facts.teacher or dots), "plain"),
    ]


def _objective_paras(kit: Kit, lesson: Lesson, lang: str) -> tuple[list[Block], list[Block]]:
    """(what pupils know and can do, the framework competences the lesson builds)."""
    knowledge: list[Block] = [Para(f"- {o.get(lang)}", "plain") for o in lesson.objectives]
    competences: list[Block] = []
    for code in lesson.competences:
        try:
            name = kit.competence(code).name.get(lang)
        except KeyError:
            continue
        competences.append(
            Para(f"- {label('plan_competence', lang, code=code, name=name)}", "plain")
        )
    return knowledge, competences


def _qualities(lesson: Lesson, lang: str) -> list[Block]:
    """The qualities the template asks for, tied to the lesson's own key messages."""
    out: list[Block] = [Para(label("plan_qualities_line", lang), "plain")]
    out += [Para(f"- {_plain(m.get(lang))}", "plain") for m in lesson.key_messages]
    return out


def _equipment(lesson: Lesson, lang: str) -> list[Block]:
    teacher = [m.get(lang) for m in lesson.materials] + [
        m.title.get(lang) for m in lesson.printables
    ]
    return [
        Para(label("plan_equipment_teacher", lang, items="; ".join(teacher) or "…"), "plain"),
        Para(label("plan_equipment_pupils", lang), "plain"),
    ]


def _phase_steps(lesson: Lesson, kinds: tuple[str, ...]) -> list[Step]:
    return [step for step in lesson.steps if step.kind in kinds]


def _secondary_body(kit: Kit, lesson: Lesson, lang: str) -> list[Block]:
    knowledge, competences = _objective_paras(kit, lesson, lang)
    body: list[Block] = [
        Heading("I. " + label("plan_s_objectives", lang)),
        Heading("1. " + label("plan_s_knowledge", lang), 2),
        *knowledge,
        Heading("2. " + label("plan_s_competences", lang), 2),
        *competences,
        Heading("3. " + label("plan_s_qualities", lang), 2),
        *_qualities(lesson, lang),
        Heading("II. " + label("plan_s_equipment", lang)),
        *_equipment(lesson, lang),
        Heading("III. " + label("plan_s_process", lang)),
    ]
    for number, (key, kinds) in enumerate(PHASES, 1):
        steps = _phase_steps(lesson, kinds)
        minutes = sum(step.minutes for step in steps)
        title = label("plan_activity", lang, n=number, name=label(key, lang), minutes=minutes)
        body.append(Heading(title, 2))
        if not steps:
            body.append(Para(label("plan_no_steps", lang), "plain"))
            continue
        body += _activity(lesson, key, steps, lang)
    return body


def _activity(lesson: Lesson, key: str, steps: list[Step], lang: str) -> list[Block]:
    """a) goal, b) content, c) product, d) how it is run: the four parts of every activity."""
    goal = {
        "plan_phase_open": lesson.essential_question.get(lang),
        "plan_phase_learn": "; ".join(o.get(lang) for o in lesson.objectives[:2]),
        "plan_phase_practice": label("plan_goal_practice", lang),
        "plan_phase_apply": label("plan_goal_apply", lang),
    }[key]
    content = "; ".join(step.title.get(lang) for step in steps)
    out: list[Block] = [
        Para(label("plan_part_goal", lang, text=_plain(goal)), "plain"),
        Para(label("plan_part_content", lang, text=content), "plain"),
        Para(label("plan_part_product", lang, text=_product(lesson, steps, lang)), "plain"),
        Para(label("plan_part_run", lang), "strong"),
    ]
    for step in steps:
        out.append(Para(f"{step.title.get(lang)} ({step.minutes}′)", "plain"))
        out += [Para(f"- {line}", "plain") for line in _lines(step.script.get(lang))]
    return out


def _product(lesson: Lesson, steps: list[Step], lang: str) -> str:
    """What the activity leaves behind, from what its steps are."""
    kinds = {step.kind for step in steps}
    if "quiz" in kinds:
        return label("plan_product_quiz", lang, n=len(lesson.quiz))
    if "wrap_up" in kinds:
        return "; ".join(_plain(m.get(lang)) for m in lesson.key_messages[:3])
    return label("plan_product_answers", lang)


def _primary_body(kit: Kit, lesson: Lesson, lang: str) -> list[Block]:
    knowledge, competences = _objective_paras(kit, lesson, lang)
    rows: list[tuple[str, str, str]] = []
    for number, (key, kinds) in enumerate(PHASES, 1):
        steps = _phase_steps(lesson, kinds)
        if not steps:
            continue
        minutes = sum(step.minutes for step in steps)
        rows.append((f"{minutes}′", f"{number}. {label(key + '_primary', lang).upper()}", ""))
        for step in steps:
            teacher = "\n".join(f"- {line}" for line in _lines(step.script.get(lang)))
            pupils = "\n".join(f"- {line}" for line in _lines(step.slide.get(lang)))
            rows.append((f"{step.minutes}′", f"{step.title.get(lang)}\n{teacher}", pupils))
    table = Table(
        key="plan",
        title="",
        columns=(
            Column(label("plan_p_time", lang), width=0.55),
            Column(label("plan_p_teacher", lang), width=3.6),
            Column(label("plan_p_pupils", lang), width=2.0),
        ),
        rows=tuple(rows),
    )
    return [
        Heading("I. " + label("plan_p_outcomes", lang)),
        *knowledge,
        *competences,
        *_qualities(lesson, lang),
        Heading("II. " + label("plan_p_aids", lang)),
        *_equipment(lesson, lang),
        Heading("III. " + label("plan_p_activities", lang)),
        table,
        Heading("IV. " + label("plan_p_after", lang)),
        *[Para("." * 150, "plain") for _ in range(3)],
    ]


_MARKS = re.compile(r"\*\*|\*|^\s*(?:[-•]|\d+\.)\s+", re.M)


def _plain(text: str) -> str:
    """Lesson Markdown as plain words for a plan cell or line (the plan is edited in Word)."""
    return " ".join(_MARKS.sub("", text).split())


def _lines(text: str) -> list[str]:
    """A script or slide as its lines, each without Markdown marks; blank lines dropped."""
    return [_plain(line) for line in text.splitlines() if line.strip()]
