"""The user guide as an A4 manual to hand out at staff training (issue 21).

Made from the same pages as the in-app help (skillsapp.reports.guide): a cover with the
contents, then each task page on a new sheet, its screenshots full text width. Set in the
reports' embedded serif and paragraph styles (pdf.py), so every glyph is embedded. Laid out for
a black-and-white printer: the screenshots go in as greyscale, headings are bold type (never
colour), and nothing relies on colour to be understood.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from skillsapp.reports.document import nfc
from skillsapp.reports.fonts import font_name
from skillsapp.reports.guide import GuidePage, pages_for_role, shot_path
from skillsapp.reports.pdf import (
    FRAME_W,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MM,
    PAGE_W,
    Styles,
    a4_template,
    markup,
)

IMAGE_MAX_H = 110 * MM  # two pictures and their text fit on one sheet
NAV_PX = 210  # the main window's navigation column (main_window.py), dark blue on screen
DARK = 100  # mean grey below which the navigation is printed inverted, light, to save toner
WORDS = {
    "title": ("HƯỚNG DẪN SỬ DỤNG KỸ NĂNG SỐ", "KỸ NĂNG SỐ USER GUIDE"),
    "teacher": ("Dành cho giáo viên", "For teachers"),
    "leader": ("Dành cho lãnh đạo nhà trường", "For school leaders"),
    "department": ("Dành cho phòng giáo dục", "For the education department"),
    "everyone": (
        "Dành cho giáo viên, lãnh đạo nhà trường và phòng giáo dục",
        "For teachers, school leaders and the education department",
    ),
    "contents": ("Nội dung", "Contents"),
    "help": (
        "Trong ứng dụng, bấm F1 ở bất kỳ trang nào để mở phần hướng dẫn của trang đó.",
        "In the app, press F1 on any page to open the part of this guide about that page.",
    ),
    "footer": (
        "Hướng dẫn sử dụng Kỹ năng số · trang {page}",
        "Kỹ năng số user guide · page {page}",
    ),
}


def _w(key: str, lang: str, **params: object) -> str:
    vi, en = WORDS[key]
    return (vi if lang == "vi" else en).format(**params)


@cache
def _greyscale(path: Path) -> tuple[bytes, int, int]:
    """The screenshot as greyscale PNG bytes, with its pixel size."""
    from PIL import Image, ImageOps, ImageStat

    with Image.open(path) as image:
        grey = image.convert("L")
    nav = (0, 0, min(NAV_PX, grey.width), grey.height - 40)  # above the status bar
    if ImageStat.Stat(grey.crop(nav)).mean[0] < DARK:
        grey.paste(ImageOps.invert(grey.crop(nav)), nav[:2])
    out = io.BytesIO()
    grey.save(out, format="PNG", optimize=True)
    return out.getvalue(), grey.width, grey.height


def _picture(path: Path, caption: str, st: GuideStyles) -> list[Any]:
    from reportlab.platypus import Image, Paragraph

    data, width, height = _greyscale(path)
    scale = min(FRAME_W / width, IMAGE_MAX_H / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    return [image, Paragraph(markup(caption), st.guide_caption)]


def _text(markdown: str, st: Styles) -> list[Any]:
    from reportlab.platypus import Paragraph

    from skillsapp.reports.printables import markdown_paras

    styles = {"bullet": st.bullet, "plain": st.plain}
    return [
        Paragraph(
            nfc(para.text),
            styles.get(para.style, st.plain),
            bulletText="•" if para.style == "bullet" else None,
        )
        for para in markdown_paras(markdown)
    ]


def _page_story(page: GuidePage, lang: str, st: GuideStyles, shots: Path | None) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    story: list[Any] = [Paragraph(markup(page.title), st.guide_title)]
    heading: list[Any] = []  # a heading right before a picture goes to the picture's sheet
    for block in page.blocks:
        if block.kind == "h2":
            heading = [Paragraph(markup(block.text), st.guide_h2)]
            story += heading
        elif block.kind == "image":
            picture = _picture(shot_path(lang, block.name, shots), block.text, st)
            if heading and story[-1] is heading[0]:
                story[-1] = KeepTogether([heading[0], *picture])
            else:
                story.append(KeepTogether(picture))
        else:
            story += _text(block.text, st)
    return story


def _cover(pages: tuple[GuidePage, ...], lang: str, role: str | None, st: GuideStyles) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    story: list[Any] = [
        Spacer(1, 30 * MM),
        Paragraph(markup(_w("title", lang)), st.title),
        Paragraph(markup(_w(role or "everyone", lang)), st.period),
        Spacer(1, 14 * MM),
        Paragraph(markup(_w("contents", lang)), st.guide_h2),
    ]
    story += [
        Paragraph(f"{number}. {markup(page.title)}", st.plain)
        for number, page in enumerate(pages, 1)
    ]
    story += [Spacer(1, 8 * MM), Paragraph(markup(_w("help", lang)), st.note)]
    return story


class GuideStyles(Styles):
    """The reports' styles plus the guide's headings (left-aligned, bold, no indent)."""

    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle

        super().__init__()
        self.guide_title = ParagraphStyle(
            "guide_title", parent=self.plain, fontName=font_name("bold"), fontSize=16,
            leading=20, spaceAfter=8, keepWithNext=1,
        )  # fmt: skip
        # the reports' caption stays with the table below it; the guide's sits under its picture
        self.guide_caption = ParagraphStyle(
            "guide_caption", parent=self.caption, keepWithNext=0, spaceAfter=6
        )
        self.guide_h2 = ParagraphStyle(
            "guide_h2", parent=self.plain, fontName=font_name("bold"), fontSize=13.5,
            leading=17, spaceBefore=8, spaceAfter=4, keepWithNext=1,
        )  # fmt: skip


def render_guide(
    lang: str, role: str | None = None, *, shots: Path | None = None
) -> tuple[bytes, int]:
    """The guide for ROLE (teacher, leader, department; None: everyone) as PDF bytes, with its
    page count. SHOTS: another folder of screenshots (tests, a fresh build)."""
    from reportlab.platypus import PageBreak

    st = GuideStyles()
    pages = pages_for_role(lang, role)
    story = _cover(pages, lang, role, st)
    for page in pages:
        story += [PageBreak(), *_page_story(page, lang, st, shots)]
    buffer = io.BytesIO()
    template = a4_template(
        buffer, title=_w("title", lang), author="Kỹ năng số", lang=lang, subject=_w("help", lang)
    )
    numbers: list[int] = []

    def footer(canvas: Any, _doc: Any) -> None:
        number = canvas.getPageNumber()
        numbers.append(number)
        canvas.saveState()
        canvas.setFont(font_name("italic"), 9)
        centre = MARGIN_LEFT + (PAGE_W - MARGIN_LEFT - MARGIN_RIGHT) / 2
        canvas.drawCentredString(centre, 10 * MM, nfc(_w("footer", lang, page=number)))
        canvas.restoreState()

    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue(), max(numbers, default=1)
