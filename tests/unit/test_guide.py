"""The user guide (issue 21): the same pages in both languages, the manual a real A4 PDF with
its fonts embedded, one reader's pages when asked, and `skillsapp print guide`."""

from __future__ import annotations

import io
import unicodedata

import pytest

from skillsapp.reports.guide import guide_dir, load_guide, page_for, pages_for_role, parse_page


def test_both_languages_have_the_same_pages_and_pictures() -> None:
    vi, en = load_guide("vi"), load_guide("en")
    assert [p.file for p in vi] == [p.file for p in en]
    for a, b in zip(vi, en, strict=True):
        assert a.title and b.title and a.title != b.title
        assert a.images == b.images, a.file
        assert [x.kind for x in a.blocks] == [x.kind for x in b.blocks], a.file


def test_the_guide_text_is_composed_unicode() -> None:
    for path in guide_dir().glob("*/*.md"):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", text) == text, path


def test_a_page_splits_into_headings_pictures_and_text() -> None:
    title, blocks = parse_page("# T\n\nOne **b**.\n\n## H\n![Cap](shot-1)\n- a\n- b\n")
    assert title == "T"
    assert [(b.kind, b.name) for b in blocks] == [("text", ""), ("h2", ""), ("image", "shot-1"),
                                                 ("text", "")]  # fmt: skip
    assert blocks[2].text == "Cap"


def test_f1_falls_back_to_the_first_page_for_an_unknown_page() -> None:
    assert page_for("vi", "no-such-page") == load_guide("vi")[0]
    assert page_for("en", "sync").anchor == "collect"


def test_a_role_gets_its_pages_and_everyone_s() -> None:
    teacher = pages_for_role("vi", "teacher")
    assert {p.role for p in teacher} == {"teacher", "all"}
    assert len(pages_for_role("vi", None)) == len(load_guide("vi")) > len(teacher)


@pytest.mark.parametrize(("lang", "role"), [("vi", None), ("en", "leader")])
def test_the_manual_is_a4_with_embedded_fonts_and_every_page_title(lang, role) -> None:
    from pypdf import PdfReader

    from skillsapp.reports.guide_pdf import render_guide

    data, pages = render_guide(lang, role)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pages > len(pages_for_role(lang, role))
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)
    text = unicodedata.normalize("NFC", " ".join(page.extract_text() for page in reader.pages))
    squeezed = " ".join(text.split())
    for page in pages_for_role(lang, role):
        assert " ".join(page.title.split()) in squeezed
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor, font.get_object()["/BaseFont"]


def test_the_leader_manual_leaves_out_the_teacher_pages() -> None:
    from pypdf import PdfReader

    from skillsapp.reports.guide_pdf import render_guide

    data, _pages = render_guide("en", "leader")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Collecting the teachers" in text
    assert "Your first lesson in 10 minutes" not in text


def test_print_guide_command_writes_the_pdf(tmp_path, capsys) -> None:
    from skillsapp.cli import main

    out = tmp_path / "guide.pdf"
    assert main(["print", "guide", "--out", str(out), "--role", "teacher", "--lang", "en"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "guide.pdf" in capsys.readouterr().out


def _ui_texts(lang: str) -> list[str]:
    """Every text the UI shows in LANG: the .ts sources (English) or their translations."""
    import re
    import xml.etree.ElementTree as ET

    from skillsapp.paths import resources_dir

    texts = []
    for path in (resources_dir() / "translations" / "vi").glob("ui.*.ts"):
        for message in ET.parse(path).iter("message"):
            text = message.findtext("source" if lang == "en" else "translation") or ""
            texts.append(re.sub(r"&(?=\w)", "", text))  # keyboard accelerators
    return texts


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_bold_term_is_a_text_the_app_shows(lang) -> None:
    """The guide never names a button, field or tab that does not exist: each **term** is (part
    of) a UI text in that language, %1-style placeholders standing for anything."""
    import re

    texts = _ui_texts(lang)
    templates = [
        re.compile(".+".join(map(re.escape, re.split(r"%\d", text))))
        for text in texts
        if "%" in text
    ]
    unknown = set()
    for path in sorted((guide_dir() / lang).glob("*.md")):
        for term in re.findall(r"\*\*(.+?)\*\*", path.read_text(encoding="utf-8")):
            if not any(term in text for text in texts) and not any(
                template.fullmatch(term) for template in templates
            ):
                unknown.add(term)
    assert sorted(unknown) == []
