"""Every legal citation in the lesson files is listed in lessons/FACTS.md (issue 16 item 1).

A lesson that cites a decree, a circular, a decision, a law by its number or an article puts a
legal claim in front of a class; FACTS.md is where someone recorded where it was checked (or
that it could not be). The scan finds numbered documents (24/2018/QH14, 13/2023/NĐ-CP, Nghị định
147/2024, Decision 830/QĐ-TTg, Thông tư 32/2020) and article numbers (Điều 24, Article 24,
Art. 24); each must appear in FACTS.md, where the number of a document is written in full
(`NN/YYYY`) or as `NNN/QĐ-TTg`, and an article as `Art. N`, `Article N` or `Điều N`.
Laws cited only by name are not found by this scan (see FACTS.md, which lists them by hand).
"""

from __future__ import annotations

import re
from pathlib import Path

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
REFERENCE_FILES = ("contacts.yaml", "protocols.yaml", "kit.yaml")

_KIND = r"(?:Nghị định|Decree|Thông tư|Circular|Quyết định|Decision|Luật|Law)(?: số| No\.?)? "
_NUMBER = r"(?<![\d/])(\d{1,4})/(\d{4})(?!/\d)"
# A number/year is a document when a kind names it or a code follows it (a date such as
# 1/7/2026 or "tháng 12/2017" is neither).
_DOCUMENT = re.compile(rf"\b{_KIND}{_NUMBER}|{_NUMBER}/(?:QH\d+|NĐ-CP|TT-[A-ZĐ]+|QĐ-[A-ZĐa-z]+)")
_DECISION = re.compile(r"\b(?:Quyết định|Decision)(?: số| No\.?)? (\d{2,4})(?!/\d{4})\b")
_ARTICLE = re.compile(r"\b(?:Điều|Article|Art\.) (\d{1,3})\b")


def cited_in(text: str) -> set[str]:
    """The citation keys in `text`: `NN/YYYY` for a document, `decision NNN` for a Prime
    Minister's decision named by number only, `article N` for an article."""
    keys = {
        f"{int(match[0] or match[2])}/{match[1] or match[3]}" for match in _DOCUMENT.findall(text)
    }
    keys |= {f"decision {number}" for number in _DECISION.findall(text)}
    keys |= {f"article {number}" for number in _ARTICLE.findall(text)}
    return keys


def listed_in(facts: str) -> set[str]:
    """The keys FACTS.md accounts for, written in any of the forms the scan accepts."""
    keys = {f"{int(number)}/{year}" for number, year in re.findall(r"\b(\d{1,4})/(\d{4})\b", facts)}
    keys |= {f"decision {n}" for n in re.findall(r"\b(\d{2,4})/QĐ-TTg", facts)}
    keys |= {f"article {n}" for n in re.findall(r"\b(?:Điều|Article|Art\.) (\d{1,3})\b", facts)}
    keys |= {
        f"article {n}" for n in re.findall(r"\bArt(?:icles?|s?\.) (?:\d{1,3}, )*(\d{1,3})", facts)
    }
    for run in re.findall(r"\bArt(?:icles?|s?\.) ((?:\d{1,3}(?:, | and )?)+)", facts):
        keys |= {f"article {n}" for n in re.findall(r"\d{1,3}", run)}
    return keys


def _files() -> list[Path]:
    return [*sorted(LESSONS.glob("*/*.yaml")), *(LESSONS / name for name in REFERENCE_FILES)]


def test_the_scan_finds_each_form_of_citation() -> None:
    text = (
        "Luật 24/2018/QH14; Nghị định 147/2024 and Decree 13/2023/NĐ-CP; Quyết định 830; "
        "Circular 32/2020/TT-BGDĐT; Điều 24, Article 7 and Art. 321; 2025 alone is no citation"
    )
    assert cited_in(text) == {
        "24/2018", "147/2024", "13/2023", "decision 830", "32/2020",
        "article 24", "article 7", "article 321",
    }  # fmt: skip
    assert listed_in("Arts. 12, 150 and 151; Decision 830/QĐ-TTg") >= {
        "article 12", "article 150", "article 151", "decision 830",
    }  # fmt: skip


def test_every_citation_in_the_lessons_is_in_facts() -> None:
    listed = listed_in((LESSONS / "FACTS.md").read_text(encoding="utf-8"))
    missing = {
        f"{path.relative_to(LESSONS)}: {key}"
        for path in _files()
        for key in cited_in(path.read_text(encoding="utf-8")) - listed
    }
    assert not missing, "cited but not in lessons/FACTS.md:\n" + "\n".join(sorted(missing))
