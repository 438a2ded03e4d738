"""Human names of the lesson editor's fields and of the kinds a step or quiz item can be.

A field's path (`steps[2].script.vi`) is what the lesson file and the checker call it; the
teacher reads "Bước 3 — lời giảng (tiếng Việt)". The name is made from the path's parts: a
list entry is counted from 1, each key has a name, and a `vi`/`en` leaf says its language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "FieldLabels"

# a key whose value is a list: the name of one of its entries ("%1" is its number from 1)
_ENTRY = {
    "objectives": QT_TRANSLATE_NOOP("FieldLabels", "Objective %1"),
    "vocabulary": QT_TRANSLATE_NOOP("FieldLabels", "Word %1"),
    "materials": QT_TRANSLATE_NOOP("FieldLabels", "Material %1"),
    "steps": QT_TRANSLATE_NOOP("FieldLabels", "Step %1"),
    "discussion": QT_TRANSLATE_NOOP("FieldLabels", "Discussion question %1"),
    "key_messages": QT_TRANSLATE_NOOP("FieldLabels", "Key message %1"),
    "quiz": QT_TRANSLATE_NOOP("FieldLabels", "Question %1"),
    "contacts": QT_TRANSLATE_NOOP("FieldLabels", "Help contact %1"),
    "sources": QT_TRANSLATE_NOOP("FieldLabels", "Source %1"),
    "grades": QT_TRANSLATE_NOOP("FieldLabels", "Grade %1"),
    "competences": QT_TRANSLATE_NOOP("FieldLabels", "Competence %1"),
    "options": QT_TRANSLATE_NOOP("FieldLabels", "option %1"),
    "why": QT_TRANSLATE_NOOP("FieldLabels", "why option %1 is wrong"),
    "answer": QT_TRANSLATE_NOOP("FieldLabels", "right option %1"),
    "categories": QT_TRANSLATE_NOOP("FieldLabels", "group %1"),
    "cards": QT_TRANSLATE_NOOP("FieldLabels", "card %1"),
    "items": QT_TRANSLATE_NOOP("FieldLabels", "item %1"),
    "comments": QT_TRANSLATE_NOOP("FieldLabels", "comment %1"),
    "clues": QT_TRANSLATE_NOOP("FieldLabels", "clue %1"),
    "photos": QT_TRANSLATE_NOOP("FieldLabels", "photo %1"),
    "fields": QT_TRANSLATE_NOOP("FieldLabels", "field %1"),
    "protocols": QT_TRANSLATE_NOOP("FieldLabels", "protocol %1"),
    "seed": QT_TRANSLATE_NOOP("FieldLabels", "programme item %1"),
}

# a key of a mapping: its name where it stands first (the lesson's own field) or later
_KEY = {
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title"),
    "essential_question": QT_TRANSLATE_NOOP("FieldLabels", "Essential question"),
    "scenario": QT_TRANSLATE_NOOP("FieldLabels", "Scenario"),
    "story": QT_TRANSLATE_NOOP("FieldLabels", "Story"),
    "family_note": QT_TRANSLATE_NOOP("FieldLabels", "Family note"),
    "teacher_notes": QT_TRANSLATE_NOOP("FieldLabels", "Teacher notes"),
    "alignment": QT_TRANSLATE_NOOP("FieldLabels", "Alignment"),
    "picture": QT_TRANSLATE_NOOP("FieldLabels", "Picture (emoji)"),
    "strand": QT_TRANSLATE_NOOP("FieldLabels", "Strand"),
    "order": QT_TRANSLATE_NOOP("FieldLabels", "Order"),
    "minutes": QT_TRANSLATE_NOOP("FieldLabels", "Minutes"),
    "review": QT_TRANSLATE_NOOP("FieldLabels", "Review lesson"),
    "kind": QT_TRANSLATE_NOOP("FieldLabels", "Kind"),
    "slide": QT_TRANSLATE_NOOP("FieldLabels", "Slide"),
    "script": QT_TRANSLATE_NOOP("FieldLabels", "Script"),
    "text": QT_TRANSLATE_NOOP("FieldLabels", "Text"),
    "prompt": QT_TRANSLATE_NOOP("FieldLabels", "Question text"),
    "feedback": QT_TRANSLATE_NOOP("FieldLabels", "Feedback"),
    "answer": QT_TRANSLATE_NOOP("FieldLabels", "Right answer"),
    "category": QT_TRANSLATE_NOOP("FieldLabels", "Group number"),
    "term": QT_TRANSLATE_NOOP("FieldLabels", "Word"),
    "meaning": QT_TRANSLATE_NOOP("FieldLabels", "Meaning"),
    "id": QT_TRANSLATE_NOOP("FieldLabels", "Code"),
    "type": QT_TRANSLATE_NOOP("FieldLabels", "Type"),
    "instructions": QT_TRANSLATE_NOOP("FieldLabels", "Instructions"),
    "lines": QT_TRANSLATE_NOOP("FieldLabels", "Lines to write on"),
    "post": QT_TRANSLATE_NOOP("FieldLabels", "Post"),
    "author": QT_TRANSLATE_NOOP("FieldLabels", "Author"),
    "likes": QT_TRANSLATE_NOOP("FieldLabels", "Likes"),
    "shares": QT_TRANSLATE_NOOP("FieldLabels", "Shares"),
    "caption": QT_TRANSLATE_NOOP("FieldLabels", "Caption"),
    "description": QT_TRANSLATE_NOOP("FieldLabels", "Description"),
    "label": QT_TRANSLATE_NOOP("FieldLabels", "Label"),
    "group": QT_TRANSLATE_NOOP("FieldLabels", "Group"),
    "tin_hoc": QT_TRANSLATE_NOOP("FieldLabels", "Link to the Informatics subject"),
    "url": QT_TRANSLATE_NOOP("FieldLabels", "Web address"),
    "used_for": QT_TRANSLATE_NOOP("FieldLabels", "Used for"),
}

# a list as a whole (a problem of all the steps, of the quiz)
_LIST = {
    "objectives": QT_TRANSLATE_NOOP("FieldLabels", "Objectives"),
    "vocabulary": QT_TRANSLATE_NOOP("FieldLabels", "Vocabulary"),
    "materials": QT_TRANSLATE_NOOP("FieldLabels", "Materials"),
    "steps": QT_TRANSLATE_NOOP("FieldLabels", "Steps"),
    "discussion": QT_TRANSLATE_NOOP("FieldLabels", "Discussion questions"),
    "key_messages": QT_TRANSLATE_NOOP("FieldLabels", "Key messages"),
    "quiz": QT_TRANSLATE_NOOP("FieldLabels", "Quiz"),
    "contacts": QT_TRANSLATE_NOOP("FieldLabels", "Help contacts"),
    "sources": QT_TRANSLATE_NOOP("FieldLabels", "Sources"),
    "grades": QT_TRANSLATE_NOOP("FieldLabels", "Grades"),
    "competences": QT_TRANSLATE_NOOP("FieldLabels", "Competences"),
    "protocols": QT_TRANSLATE_NOOP("FieldLabels", "Protocols"),
    "options": QT_TRANSLATE_NOOP("FieldLabels", "Options"),
    "cards": QT_TRANSLATE_NOOP("FieldLabels", "Cards"),
    "categories": QT_TRANSLATE_NOOP("FieldLabels", "Groups"),
    "items": QT_TRANSLATE_NOOP("FieldLabels", "Items"),
    "comments": QT_TRANSLATE_NOOP("FieldLabels", "Comments"),
    "clues": QT_TRANSLATE_NOOP("FieldLabels", "Clues"),
    "photos": QT_TRANSLATE_NOOP("FieldLabels", "Photos"),
    "fields": QT_TRANSLATE_NOOP("FieldLabels", "Fields to fill in"),
    "seed": QT_TRANSLATE_NOOP("FieldLabels", "Programme items"),
}

# a lesson's own field whose name differs from the same key inside a step or an item
_TOP = {
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Lesson title"),
    "picture": QT_TRANSLATE_NOOP("FieldLabels", "Lesson picture (emoji)"),
    "minutes": QT_TRANSLATE_NOOP("FieldLabels", "Lesson minutes"),
}

_LANGUAGE = {
    "vi": QT_TRANSLATE_NOOP("FieldLabels", "(Vietnamese)"),
    "en": QT_TRANSLATE_NOOP("FieldLabels", "(English)"),
}

MATERIAL_KIND_NAMES = {
    "cards": QT_TRANSLATE_NOOP("FieldLabels", "Cards to cut out"),
    "worksheet": QT_TRANSLATE_NOOP("FieldLabels", "Worksheet"),
    "post": QT_TRANSLATE_NOOP("FieldLabels", "Sample post"),
    "photo_set": QT_TRANSLATE_NOOP("FieldLabels", "Photo set"),
    "form": QT_TRANSLATE_NOOP("FieldLabels", "Form"),
}

_PART = re.compile(r"\[(\d+)\]|\.?([^.\[]+)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def parts_of(name: str) -> list[str | int]:
    """`steps[2].minutes` -> `["steps", 2, "minutes"]` (the inverse of content's field_name)."""
    return [int(index) if index else key for index, key in _PART.findall(name)]


def field_label(name: str) -> str:
    """The teacher's name of a field, in the UI language: "Step 3 — Minutes"."""
    parts = parts_of(name)
    words: list[str] = []
    language = ""
    if parts and parts[-1] in _LANGUAGE:
        language = _tr(_LANGUAGE[str(parts.pop())])
    for i, part in enumerate(parts):
        after = parts[i + 1] if i + 1 < len(parts) else None
        if isinstance(part, int):
            continue  # named with its list, below
        if isinstance(after, int):
            words.append(_tr(_ENTRY.get(part, part + " %1")).replace("%1", str(after + 1)))
        elif after is None and part in _LIST:
            words.append(_tr(_LIST[part]))
        elif i == 0 and part in _TOP:
            words.append(_tr(_TOP[part]))
        elif i > 0 and part == "scenario":
            words.append(_tr(_KEY["story"]))  # a quiz item's story, not the lesson's scenario
        else:
            words.append(_tr(_KEY[part]) if part in _KEY else part)
    words[1:] = [word[:1].lower() + word[1:] for word in words[1:]]  # "Step 3 — minutes"
    label = " — ".join(words)
    return f"{label} {language}" if language else label


def step_kind_name(kind: str, lang: str) -> str:
    """A step, as the lesson view and the slides name it."""
    from skillsapp.content.render import STEP_KIND_LABELS

    return _named(STEP_KIND_LABELS, kind, lang)


def item_type_name(kind: str, lang: str) -> str:
    """A quiz item type's name, as the lesson view names it."""
    from skillsapp.content.render import ITEM_TYPE_LABELS

    return _named(ITEM_TYPE_LABELS, kind, lang)


def _named(names: dict[str, tuple[str, str]], kind: str, lang: str) -> str:
    vi, en = names.get(kind, (kind, kind))
    return vi if lang == "vi" else en


def material_kind_name(kind: str) -> str:
    """A printable material's kind, named (the lesson file says `cards`, `photo_set`...)."""
    return _tr(MATERIAL_KIND_NAMES[kind]) if kind in MATERIAL_KIND_NAMES else kind
