"""The curriculum (lessons/) as data: load it, check it, render it to HTML.

Qt-free, so the CLI, the reports and the tests use the same loader as the app. The names below
load on first use (PEP 562): the app's first page imports skillsapp.content.plan_index without
paying for the lesson model's dataclasses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skillsapp.content.loader import load_kit
    from skillsapp.content.model import (
        Band,
        Card,
        Contact,
        Kit,
        Lesson,
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
    )

__all__ = [
    "Band",
    "Card",
    "Contact",
    "Kit",
    "Lesson",
    "Problem",
    "Protocol",
    "QuizItem",
    "Scenario",
    "SeedItem",
    "Source",
    "Step",
    "Strand",
    "Text",
    "VocabEntry",
    "load_kit",
]


def __getattr__(name: str) -> object:
    """`from skillsapp.content import Kit` and the others, imported when first asked for."""
    if name == "load_kit":
        return importlib.import_module("skillsapp.content.loader").load_kit
    if name in __all__:
        return getattr(importlib.import_module("skillsapp.content.model"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
