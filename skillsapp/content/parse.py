"""Turning parsed YAML into model values: the shape rules of lessons/README.md.

A lesson whose shape is wrong (a field missing or of the wrong type, an empty translation, an
answer key that does not fit its options, an id or reference that points nowhere) cannot be taught
or scored safely, so every such fault is collected here and the loader leaves that file out. The
teaching rules a well-formed lesson can still break (timings, counts, strand 6 help) live in
validate.py and do not stop a lesson from loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from skillsapp.content.files import reference_problem
from skillsapp.content.model import (
    MATERIAL_KINDS,
    STEP_KINDS,
    Band,
    Card,
    Comment,
    Competence,
    Contact,
    Domain,
    FormField,
    Lesson,
    LessonFile,
    Material,
    MaterialCard,
    Photo,
    Post,
    Problem,
    Protocol,
    QuizItem,
    Scenario,
    SeedItem,
    Source,
    Step,
    Strand,
    Text,
    VocabEntry,
    WorksheetItem,
)
from skillsapp.content.reader import Reader
from skillsapp.content.source import FieldPath, YamlFile
from skillsapp.domain.scoring import ITEM_TYPES

OPTION_BOUNDS = {"single": (2, 4), "scenario": (2, 4), "multiple": (3, 4)}
CATEGORY_BOUNDS = (2, 3)
CARD_BOUNDS = (3, 6)

LESSON_FIELDS = (
    "id", "band", "strand", "order", "minutes", "version", "title", "essential_question",
    "objectives", "vocabulary", "materials", "steps", "scenario", "discussion", "key_messages",
    "quiz", "family_note", "teacher_notes", "contacts", "alignment", "sources", "grades",
    "competences", "picture", "review", "files",
)  # fmt: skip
STEP_FIELDS = ("minutes", "kind", "title", "slide", "script", "picture", "image")
COMMON_ITEM_FIELDS = ("id", "type", "prompt", "feedback")
ITEM_FIELDS = {
    "single": ("options", "answer", "why"),
    "multiple": ("options", "answer", "why"),
    "true_false": ("answer",),
    "scenario": ("scenario", "options", "answer", "why"),
    "sorting": ("categories", "cards"),
}


@dataclass(frozen=True)
class Reference:
    """What kit.yaml, contacts.yaml and protocols.yaml define: what lessons may refer to."""

    bands: tuple[Band, ...] = ()
    strands: tuple[Strand, ...] = ()
    seed_items: tuple[SeedItem, ...] = ()
    contacts: tuple[Contact, ...] = ()
    protocols: tuple[Protocol, ...] = ()
    contacts_verified: str = ""
    domains: tuple[Domain, ...] = ()
    sequence: tuple[tuple[int, tuple[str, ...]], ...] = ()  # kit.yaml's per-grade order

    @property
    def competence_codes(self) -> set[str]:
        return {c.code for domain in self.domains for c in domain.competences}

    def band(self, band_id: str) -> Band | None:
        return next((band for band in self.bands if band.id == band_id), None)


# --- reference files -----------------------------------------------------------------------------


def read_reference(
    kit: YamlFile | None,
    contacts: YamlFile | None,
    protocols: YamlFile | None,
    competences: YamlFile | None = None,
) -> tuple[Reference, list[Problem]]:
    """The reference files; a file that did not parse (None) contributes nothing.

    A broken entry (one band, one contact) is reported and left out; the rest stay usable.
    """
    problems: list[Problem] = []
    bands: tuple[Band, ...] = ()
    strands: tuple[Strand, ...] = ()
    seeds: tuple[SeedItem, ...] = ()
    sequence: tuple[tuple[int, tuple[str, ...]], ...] = ()
    if kit is not None:
        r = Reader(kit)
        data = r.root()
        r.keys(data, (), ("bands", "strands", "seed_items", "sequence"))
        bands = r.entries(data, (), "bands", partial(_band, r))
        strands = r.entries(data, (), "strands", partial(_strand, r))
        seeds = r.entries(data, (), "seed_items", partial(_seed_item, r))
        sequence = _sequence(r, data, bands)
        problems += r.problems
    known_contacts: tuple[Contact, ...] = ()
    verified = ""
    if contacts is not None:
        r = Reader(contacts)
        data = r.root()
        r.keys(data, (), ("contacts",))
        known_contacts = r.entries(data, (), "contacts", partial(_contact, r))
        verified = min((c.verified for c in known_contacts), default="")
        problems += r.problems
    known_protocols: tuple[Protocol, ...] = ()
    if protocols is not None:
        r = Reader(protocols)
        data = r.root()
        r.keys(data, (), ("protocols",))
        ids = {contact.id for contact in known_contacts}
        known_protocols = r.entries(data, (), "protocols", partial(_protocol, r, ids))
        problems += r.problems
    domains: tuple[Domain, ...] = ()
    if competences is not None:
        r = Reader(competences)
        data = r.root()
        r.keys(data, (), ("source", "domains"))
        r.string(data, (), "source")
        domains = r.entries(data, (), "domains", partial(_domain, r))
        r.unique([((), c.code) for d in domains for c in d.competences], "competence_code")
        problems += r.problems
    reference = Reference(
        bands, strands, seeds, known_contacts, known_protocols, verified, domains, sequence
    )
    return reference, problems


def _domain(r: Reader, raw: dict[str, Any], path: FieldPath) -> Domain:
    """A framework domain; each competence code must start with the domain's number ("4.2" is
    in domain 4), so a lesson's domain can be read off its codes."""
    r.keys(raw, path, ("id", "name", "competences"))
    domain_id = r.integer(raw, path, "id", 1)
    found: list[Competence] = []
    for where, entry in r.records(raw, path, "competences"):
        r.keys(entry, where, ("code", "name"))
        code = r.string(entry, where, "code")
        head, _, tail = code.partition(".")
        if code and (head != str(domain_id) or not tail.isdigit()):
            r.fail((*where, "code"), "check.bad_domain_code", code=repr(code), domain=domain_id)
        found.append(Competence(code=code, name=r.text(entry, where, "name")))
    return Domain(id=domain_id, name=r.text(raw, path, "name"), competences=tuple(found))


def _band(r: Reader, raw: dict[str, Any], path: FieldPath) -> Band:
    r.keys(raw, path, ("id", "grades", "ages", "minutes", "min_quiz_items", "name"))
    return Band(
        id=r.string(raw, path, "id"),
        grades=r.numbers(raw, path, "grades"),
        ages=r.string(raw, path, "ages"),
        minutes=r.integer(raw, path, "minutes", 1),
        min_quiz_items=r.integer(raw, path, "min_quiz_items", 1),
        name=r.text(raw, path, "name"),
    )


def _sequence(
    r: Reader, data: Any, bands: tuple[Band, ...]
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """kit.yaml's `sequence`: school grade -> lesson ids in teaching order. Optional (a kit
    without it plans each grade by the lessons' `grades`); whether each id has a file is for
    `curriculum check` to say, since a lesson still being written must not break the kit."""
    if not r.present(data, "sequence"):
        return ()
    found = r.mapping(data, (), "sequence")
    grades = {grade for band in bands for grade in band.grades}
    kept: list[tuple[int, tuple[str, ...]]] = []
    for grade, value in (found or {}).items():
        where: FieldPath = ("sequence", grade)
        if not isinstance(grade, int) or isinstance(grade, bool) or grade not in grades:
            r.fail(where, "check.bad_sequence_grade", grade=repr(grade))
            continue
        if not r.typed(value, where, list, "lesson_ids"):
            continue
        ids = tuple(
            lesson_id
            for i, lesson_id in enumerate(value)
            if r.typed(lesson_id, (*where, i), str, "lesson_id")
        )
        r.unique([((*where, i), lesson_id) for i, lesson_id in enumerate(ids)], "lesson")
        kept.append((grade, ids))
    return tuple(sorted(kept))


def _strand(r: Reader, raw: dict[str, Any], path: FieldPath) -> Strand:
    r.keys(raw, path, ("id", "name"))
    return Strand(id=r.integer(raw, path, "id", 1), name=r.text(raw, path, "name"))


def _seed_item(r: Reader, raw: dict[str, Any], path: FieldPath) -> SeedItem:
    r.keys(raw, path, ("id", "name"))
    return SeedItem(id=r.string(raw, path, "id"), name=r.text(raw, path, "name"))


def _verified(r: Reader, raw: dict[str, Any], path: FieldPath) -> str:
    """A contact's `verified`: the day someone read its source. Numbers and operators change, so
    a contact that does not say when it was checked is refused."""
    value = r.raw(raw, path, "verified")
    if value is None or not r.typed(value, (*path, "verified"), date, "date"):
        return ""
    return value.isoformat()


def _contact(r: Reader, raw: dict[str, Any], path: FieldPath) -> Contact:
    r.keys(raw, path, ("id", "number", "url", "name", "when", "use", "source", "verified"))
    number = r.optional_string(raw, path, "number")
    url = r.optional_string(raw, path, "url")
    if number is None and url is None:
        r.fail(path, "check.contact_needs_number")
    return Contact(
        id=r.string(raw, path, "id"),
        name=r.text(raw, path, "name"),
        number=number,
        url=url,
        when=r.text(raw, path, "when"),
        use=r.text(raw, path, "use"),
        source=r.string(raw, path, "source"),
        verified=_verified(r, raw, path),
    )


def _protocol(r: Reader, contacts: set[str], raw: dict[str, Any], path: FieldPath) -> Protocol:
    r.keys(raw, path, ("id", "title", "steps", "contacts"))
    return Protocol(
        id=r.string(raw, path, "id"),
        title=r.text(raw, path, "title"),
        steps=r.texts(raw, path, "steps"),
        contacts=r.ids(raw, path, "contacts", contacts, "contact"),
    )


# --- lessons -------------------------------------------------------------------------------------


def read_lesson(doc: YamlFile, ref: Reference) -> tuple[Lesson | None, list[Problem]]:
    """The lesson in `doc`, or None with the reasons when its shape is wrong."""
    r = Reader(doc)
    data = r.root()
    r.keys(data, (), LESSON_FIELDS)
    lesson_id, band = _identity(r, data, doc, ref)
    notes = r.mapping(data, (), "teacher_notes")
    alignment = r.mapping(data, (), "alignment")
    materials, printables = _materials(r, data)
    lesson = Lesson(
        id=lesson_id,
        band=band,
        strand=_strand_id(r, data, ref),
        order=r.integer(data, (), "order", 1),
        minutes=r.integer(data, (), "minutes", 1),
        version=r.integer(data, (), "version", 1),
        title=r.text(data, (), "title"),
        essential_question=r.text(data, (), "essential_question"),
        objectives=r.texts(data, (), "objectives"),
        vocabulary=tuple(
            VocabEntry(term=r.text(raw, path, "term"), meaning=r.text(raw, path, "meaning"))
            for path, raw in _records(r, data, "vocabulary", ("term", "meaning"))
        ),
        materials=materials,
        steps=tuple(_step(r, raw, path) for path, raw in _records(r, data, "steps", STEP_FIELDS)),
        scenario=_scenario(r, data),
        discussion=r.texts(data, (), "discussion"),
        key_messages=r.texts(data, (), "key_messages"),
        quiz=_quiz(r, data),
        family_note=r.text(data, (), "family_note"),
        teacher_notes=_teacher_notes(r, notes),
        protocols=_optional_ids(
            r, notes, ("teacher_notes",), "protocols", ref.protocols, "protocol"
        ),
        contacts=r.ids(data, (), "contacts", {c.id for c in ref.contacts}, "contact"),
        seed_items=_seed_ids(r, alignment, ref),
        tin_hoc=r.optional_text(alignment, ("alignment",), "tin_hoc"),
        sources=tuple(
            Source(
                title=r.string(raw, path, "title"),
                url=r.optional_string(raw, path, "url"),
                used_for=r.string(raw, path, "used_for"),
            )
            for path, raw in _records(r, data, "sources", ("title", "url", "used_for"))
        ),
        path=str(doc.path),
        printables=printables,
        grades=_grades(r, data, ref.band(band)),
        competences=_competences(r, data, ref),
        picture=r.optional_string(data, (), "picture") or "",
        review=_flag(r, data, "review"),
        files=_files(r, data),
    )
    return (None, r.problems) if r.problems else (lesson, [])


def _flag(r: Reader, data: Any, key: str) -> bool:
    """An optional true/false field; absent means false."""
    if not r.present(data, key):
        return False
    value = data[key]
    return bool(value) if r.typed(value, (key,), bool, "true_or_false") else False


def _records(
    r: Reader, data: Any, key: str, fields: tuple[str, ...]
) -> list[tuple[FieldPath, dict[str, Any]]]:
    found = r.records(data, (), key)
    for path, raw in found:
        r.keys(raw, path, fields)
    return found


def _identity(r: Reader, data: Any, doc: YamlFile, ref: Reference) -> tuple[str, str]:
    """id and band must match where the file lives: ids are what sessions record, so a copied
    lesson that kept its original id would silently take over the other lesson's history."""
    lesson_id = r.string(data, (), "id")
    band = r.string(data, (), "band")
    folder = doc.path.parent.name
    if band and ref.band(band) is None:
        r.fail(("band",), "check.unknown_band", band=repr(band))
    elif band and band != folder:
        r.fail(("band",), "check.band_folder", band=repr(band), folder=repr(folder))
    expected = f"{folder}/{doc.path.stem}"
    if lesson_id and lesson_id != expected:
        r.fail(("id",), "check.id_path", id=repr(lesson_id), expected=repr(expected))
    return lesson_id, band


def _grades(r: Reader, data: Any, band: Band | None) -> tuple[int, ...]:
    """The school grades a lesson is meant for: written as `grades`, or all of its band's. A
    grade outside the band would plan the lesson for classes the band does not teach."""
    allowed = band.grades if band is not None else ()
    if not r.present(data, "grades"):
        return allowed
    grades = r.numbers(data, (), "grades")
    if band is not None and not band.is_school:
        r.fail(("grades",), "check.band_no_grades", band=band.id)
    elif not grades:
        r.fail(("grades",), "check.grades_empty")
    for grade in grades:
        if band is not None and band.is_school and grade not in allowed:
            r.fail(
                ("grades",),
                "check.grade_not_in_band",
                grade=grade,
                band=band.id,
                allowed=str(allowed),
            )
    return tuple(sorted(set(grades)))


def _competences(r: Reader, data: Any, ref: Reference) -> tuple[str, ...]:
    """The framework codes a lesson teaches; a code the framework does not have is refused."""
    if not r.present(data, "competences"):
        return ()
    codes = r.ids(data, (), "competences", ref.competence_codes, "competence")
    r.unique([(("competences", i), code) for i, code in enumerate(codes)], "competence")
    return codes


def _strand_id(r: Reader, data: Any, ref: Reference) -> int:
    strand = r.integer(data, (), "strand", 1)
    if strand and strand not in {s.id for s in ref.strands}:
        r.fail(("strand",), "check.unknown_strand", strand=strand)
    return strand


def _step(r: Reader, raw: dict[str, Any], path: FieldPath) -> Step:
    return Step(
        minutes=r.integer(raw, path, "minutes", 1),
        kind=r.choice(raw, path, "kind", STEP_KINDS),
        title=r.text(raw, path, "title"),
        slide=r.text(raw, path, "slide"),
        script=r.text(raw, path, "script"),
        picture=r.optional_string(raw, path, "picture") or "",
        image=_file_ref(r, raw, path, "image", picture=True) if r.present(raw, "image") else "",
    )


def _files(r: Reader, data: Any) -> tuple[LessonFile, ...]:
    """`files`: the pack's files attached to the lesson, each with its title (optional)."""
    if not r.present(data, "files"):
        return ()
    return tuple(
        LessonFile(
            file=_file_ref(r, raw, path, "file", picture=False), title=r.text(raw, path, "title")
        )
        for path, raw in _records(r, data, "files", ("file", "title"))
    )


def _file_ref(r: Reader, raw: dict[str, Any], path: FieldPath, key: str, *, picture: bool) -> str:
    """A file of the lesson's pack, `files/<name>` (content/files.py): a path out of the pack's
    folder ("../", "/etc/...", "C:\\") is a shape fault, so the lesson is never shown."""
    ref = r.string(raw, path, key)
    problem = reference_problem(ref, picture=picture) if ref else None
    if problem:
        r.fail((*path, key), problem, ref=repr(ref))
    return ref


def _scenario(r: Reader, data: Any) -> Scenario | None:
    if not r.present(data, "scenario"):
        return None
    raw = r.mapping(data, (), "scenario")
    r.keys(raw, ("scenario",), ("title", "text"))
    return Scenario(
        title=r.text(raw, ("scenario",), "title"), text=r.text(raw, ("scenario",), "text")
    )


def _teacher_notes(r: Reader, notes: dict[str, Any] | None) -> Text:
    r.keys(notes, ("teacher_notes",), ("text", "protocols"))
    return r.text(notes, ("teacher_notes",), "text")


def _optional_ids(
    r: Reader, parent: Any, path: FieldPath, key: str, known: tuple[Any, ...], what: str
) -> tuple[str, ...]:
    if not r.present(parent, key):
        return ()
    return r.ids(parent, path, key, {entry.id for entry in known}, what)


def _seed_ids(r: Reader, alignment: dict[str, Any] | None, ref: Reference) -> tuple[str, ...]:
    r.keys(alignment, ("alignment",), ("seed", "tin_hoc"))
    return r.ids(alignment, ("alignment",), "seed", {s.id for s in ref.seed_items}, "seed_item")


# --- materials -----------------------------------------------------------------------------------

MATERIAL_FIELDS = {
    "cards": ("cards",),
    "worksheet": ("items",),
    "post": ("post",),
    "photo_set": ("photos",),
    "form": ("fields",),
}
COMMON_MATERIAL_FIELDS = ("id", "kind", "title", "instructions")
MATERIAL_BOUNDS = {"cards": (2, 48), "items": (1, 20), "photos": (1, 12), "fields": (1, 30)}
LINE_BOUNDS = (0, 12)


def _materials(r: Reader, data: Any) -> tuple[tuple[Text, ...], tuple[Material, ...]]:
    """`materials`: a plain entry is a `{vi, en}` text (chalk, a ball of wool); an entry with a
    `kind` is a material the app prints, listed under its title. Ids must be unique: the print
    command and the curriculum page name materials by id."""
    texts: list[Text] = []
    printables: list[tuple[FieldPath, Material]] = []
    for where, raw in r.items(data, (), "materials"):
        if isinstance(raw, dict) and "kind" in raw:
            material = _material(r, raw, where)
            printables.append((where, material))
            texts.append(material.title)
        else:
            texts.append(r.as_text(raw, where))
    r.unique([((*where, "id"), m.id) for where, m in printables], "material_id")
    return tuple(texts), tuple(m for _, m in printables)


def _material(r: Reader, raw: dict[str, Any], path: FieldPath) -> Material:
    kind = r.choice(raw, path, "kind", MATERIAL_KINDS)
    extra = MATERIAL_FIELDS.get(kind, ())
    r.keys(raw, path, COMMON_MATERIAL_FIELDS + extra)
    material = Material(
        id=r.string(raw, path, "id"),
        kind=kind,
        title=r.text(raw, path, "title"),
        instructions=r.optional_text(raw, path, "instructions"),
    )
    if kind == "cards":
        found = _counted(r, raw, path, "cards")
        cards = tuple(_material_card(r, card, where) for where, card in found)
        return _with(material, cards=cards)
    if kind == "worksheet":
        if material.instructions is None:
            r.fail((*path, "instructions"), "check.worksheet_instructions")
        found = _counted(r, raw, path, "items")
        return _with(material, items=tuple(_worksheet_item(r, i, w) for w, i in found))
    if kind == "post":
        post = r.mapping(raw, path, "post")
        return _with(material, post=_post(r, post, (*path, "post")))
    if kind == "photo_set":
        found = _counted(r, raw, path, "photos")
        return _with(material, photos=tuple(_photo(r, p, w) for w, p in found))
    if kind == "form":
        found = _counted(r, raw, path, "fields")
        return _with(material, fields=tuple(_form_field(r, f, w) for w, f in found))
    return material


def _with(material: Material, **changes: Any) -> Material:
    from dataclasses import replace

    return replace(material, **changes)


def _counted(
    r: Reader, raw: dict[str, Any], path: FieldPath, key: str
) -> list[tuple[FieldPath, dict[str, Any]]]:
    found = r.records(raw, path, key)
    if r.present(raw, key):
        r.count((*path, key), len(found), MATERIAL_BOUNDS[key], key)
    return found


def _lines(r: Reader, raw: dict[str, Any], path: FieldPath, default: int) -> int:
    if not r.present(raw, "lines"):
        return default
    return r.integer(raw, path, "lines", LINE_BOUNDS[0], LINE_BOUNDS[1])


def _material_card(r: Reader, raw: dict[str, Any], path: FieldPath) -> MaterialCard:
    r.keys(raw, path, ("text", "group", "answer"))
    return MaterialCard(
        text=r.text(raw, path, "text"),
        group=r.optional_text(raw, path, "group"),
        answer=r.optional_text(raw, path, "answer"),
    )


def _worksheet_item(r: Reader, raw: dict[str, Any], path: FieldPath) -> WorksheetItem:
    r.keys(raw, path, ("text", "lines"))
    return WorksheetItem(text=r.text(raw, path, "text"), lines=_lines(r, raw, path, 2))


def _post(r: Reader, raw: dict[str, Any] | None, path: FieldPath) -> Post | None:
    if raw is None:
        return None
    r.keys(raw, path, ("author", "text", "likes", "shares", "comments", "clues"))
    comments = ()
    if r.present(raw, "comments"):
        found = r.records(raw, path, "comments")
        for where, comment in found:
            r.keys(comment, where, ("author", "text"))
        comments = tuple(
            Comment(author=r.text(c, w, "author"), text=r.text(c, w, "text")) for w, c in found
        )
    return Post(
        author=r.text(raw, path, "author"),
        text=r.text(raw, path, "text"),
        likes=r.integer(raw, path, "likes", 0),
        shares=r.integer(raw, path, "shares", 0) if r.present(raw, "shares") else 0,
        comments=comments,
        clues=r.texts(raw, path, "clues") if r.present(raw, "clues") else (),
    )


def _photo(r: Reader, raw: dict[str, Any], path: FieldPath) -> Photo:
    r.keys(raw, path, ("caption", "description", "answer"))
    return Photo(
        caption=r.text(raw, path, "caption"),
        description=r.text(raw, path, "description"),
        answer=r.optional_text(raw, path, "answer"),
    )


def _form_field(r: Reader, raw: dict[str, Any], path: FieldPath) -> FormField:
    r.keys(raw, path, ("label", "lines", "options"))
    options = r.texts(raw, path, "options") if r.present(raw, "options") else ()
    return FormField(
        label=r.text(raw, path, "label"),
        lines=_lines(r, raw, path, 0 if options else 1),
        options=options,
    )


# --- quiz ----------------------------------------------------------------------------------------


def _quiz(r: Reader, data: Any) -> tuple[QuizItem, ...]:
    """Quiz items; ids must be unique because stored answers are keyed by lesson and item id."""
    found = r.records(data, (), "quiz")
    items = tuple(_quiz_item(r, raw, path) for path, raw in found)
    r.unique([((*path, "id"), item.id) for (path, _), item in zip(found, items, strict=True)], "id")
    return items


def _quiz_item(r: Reader, raw: dict[str, Any], path: FieldPath) -> QuizItem:
    kind = r.choice(raw, path, "type", ITEM_TYPES)
    extra = ITEM_FIELDS.get(kind, tuple({f for fields in ITEM_FIELDS.values() for f in fields}))
    r.keys(raw, path, COMMON_ITEM_FIELDS + extra)
    options: tuple[Text, ...] = ()
    if kind in OPTION_BOUNDS:
        options = r.texts(raw, path, "options")
        if r.present(raw, "options"):
            r.count((*path, "options"), len(options), OPTION_BOUNDS[kind], "options")
    categories, cards = _sorting(r, raw, path) if kind == "sorting" else ((), ())
    return QuizItem(
        id=r.string(raw, path, "id"),
        type=kind,
        prompt=r.text(raw, path, "prompt"),
        feedback=r.text(raw, path, "feedback"),
        options=options,
        answer=_answer(r, raw, path, kind, len(options)) if "answer" in extra else None,
        scenario=r.text(raw, path, "scenario") if kind == "scenario" else None,
        categories=categories,
        cards=cards,
        why=_why(r, raw, path) if "why" in extra else None,
    )


def _why(r: Reader, raw: dict[str, Any], path: FieldPath) -> tuple[Text | None, ...] | None:
    """`why`: per option, the misconception a wrong option stands for (null for right ones).
    Whether it fits the options and the key is a quiz rule (validate.py), not a shape fault."""
    if not r.present(raw, "why"):
        return None
    return tuple(
        None if entry is None else r.as_text(entry, where)
        for where, entry in r.items(raw, path, "why")
    )


def _answer(r: Reader, raw: dict[str, Any], path: FieldPath, kind: str, options: int) -> Any:
    """The answer as written, checked against the item's type and number of options."""
    where = (*path, "answer")
    value = r.raw(raw, path, "answer")
    if value is None:
        return None
    if kind == "true_false":
        r.typed(value, where, bool, "true_or_false")
    elif kind == "multiple":
        if r.typed(value, where, list, "option_indices"):
            if not value:
                r.fail(where, "check.no_right_option")
            for index, entry in enumerate(value):
                _option_index(r, entry, (*where, index), options)
            r.unique([((*where, i), v) for i, v in enumerate(value) if isinstance(v, int)], "index")
    elif kind in OPTION_BOUNDS:
        _option_index(r, value, where, options)
    return value


def _option_index(r: Reader, value: Any, where: FieldPath, options: int) -> None:
    if r.typed(value, where, int, "option_index") and not 0 <= value < options:
        r.fail(where, "check.option_out_of_range", value=value, options=options)


def _sorting(
    r: Reader, raw: dict[str, Any], path: FieldPath
) -> tuple[tuple[Text, ...], tuple[Card, ...]]:
    """Sorting items carry their answer on the cards: each card names its category's index."""
    categories = r.texts(raw, path, "categories")
    if r.present(raw, "categories"):
        r.count((*path, "categories"), len(categories), CATEGORY_BOUNDS, "categories")
    found = r.records(raw, path, "cards")
    cards = tuple(_card(r, card, where, len(categories)) for where, card in found)
    if r.present(raw, "cards"):
        r.count((*path, "cards"), len(found), CARD_BOUNDS, "cards")
    return categories, cards


def _card(r: Reader, raw: dict[str, Any], path: FieldPath, categories: int) -> Card:
    r.keys(raw, path, ("text", "category"))
    where = (*path, "category")
    category = r.raw(raw, path, "category")
    if category is not None and r.typed(category, where, int, "category_index"):
        if categories and not 0 <= category < categories:
            r.fail(where, "check.category_out_of_range", category=category, categories=categories)
    else:
        category = 0
    return Card(text=r.text(raw, path, "text"), category=category)
