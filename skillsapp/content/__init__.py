"""The curriculum (lessons/) as data: load it, check it, render it to HTML.

Qt-free, so the CLI, the reports and the tests use the same loader as the app.
"""

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
