"""The user guide (issue 21): task pages in resources/guide/, read once, for the help window and
the printed manual.

`resources/guide/index.yaml` lists the pages in reading order with their reader (`role`) and
the app pages whose F1 opens them (`help_for`); each page is `<lang>/<file>` in a small
Markdown: `# title`, `## heading`, paragraphs and lists (the curriculum's own converter, so the
text is escaped and can only ever come out as text), and `![caption](NAME)` alone on a line for
the screenshot `shots/<lang>/NAME.png`, made by build/guide_shots.py from the real app. One
source, two renderings: HTML for Qt's text browser here, flowables for the PDF in guide_pdf.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from markupsafe import Markup

from skillsapp.paths import resources_dir
from skillsapp.reports.document import nfc

ROLES = ("teacher", "leader", "department", "all")
_IMAGE = re.compile(r"^!\[(?P<caption>[^\]]*)\]\((?P<name>[\w-]+)\)\s*$")


@dataclass(frozen=True)
class Block:
    """One piece of a page: kind is "h2", "text" (Markdown paragraphs/lists) or "image"."""

    kind: str
    text: str
    name: str = ""  # the screenshot's name for an image


@dataclass(frozen=True)
class GuidePage:
    file: str
    role: str
    help_for: tuple[str, ...]
    title: str
    blocks: tuple[Block, ...]

    @property
    def anchor(self) -> str:
        """The page's id in links and the help window: its file name without number or suffix."""
        return Path(self.file).stem.split("-", 1)[-1]

    @property
    def images(self) -> tuple[str, ...]:
        return tuple(block.name for block in self.blocks if block.kind == "image")


def guide_dir() -> Path:
    return resources_dir() / "guide"


def shot_path(lang: str, name: str, root: Path | None = None) -> Path:
    """Where the screenshot NAME of language LANG lives (root: another shots folder)."""
    return (root or guide_dir() / "shots") / lang / f"{name}.png"


def parse_page(text: str) -> tuple[str, tuple[Block, ...]]:
    """A page's title (its `# ` line) and blocks; runs of other lines stay Markdown text."""
    title = ""
    blocks: list[Block] = []
    run: list[str] = []

    def flush() -> None:
        if "".join(run).strip():
            blocks.append(Block("text", "\n".join(run).strip()))
        run.clear()

    for line in nfc(text).splitlines():
        image = _IMAGE.match(line)
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("## "):
            flush()
            blocks.append(Block("h2", line[3:].strip()))
        elif image:
            flush()
            blocks.append(Block("image", image["caption"], image["name"]))
        else:
            run.append(line)
    flush()
    return title, tuple(blocks)


@cache
def load_guide(lang: str) -> tuple[GuidePage, ...]:
    """Every page of the guide in LANG, in reading order."""
    import yaml

    index = yaml.safe_load((guide_dir() / "index.yaml").read_text(encoding="utf-8"))
    pages = []
    for entry in index["pages"]:
        text = (guide_dir() / lang / entry["file"]).read_text(encoding="utf-8")
        title, blocks = parse_page(text)
        pages.append(
            GuidePage(entry["file"], entry["role"], tuple(entry["help_for"]), title, blocks)
        )
    return tuple(pages)


def pages_for_role(lang: str, role: str | None) -> tuple[GuidePage, ...]:
    """The pages a reader needs: their role's and everyone's (all pages when role is None)."""
    pages = load_guide(lang)
    return tuple(page for page in pages if role in (None, page.role) or page.role == "all")


def page_for(lang: str, app_page: str) -> GuidePage:
    """The guide page that F1 opens on the app page APP_PAGE (the first page when none)."""
    pages = load_guide(lang)
    return next((page for page in pages if app_page in page.help_for), pages[0])


def _inline_markdown(text: str) -> Markup:
    from skillsapp.content.render import markdown

    return markdown(text)


def page_html(
    page: GuidePage, lang: str, *, image_width: int = 900, shots: Path | None = None
) -> str:
    """The page as the simple HTML Qt's rich text shows: images by file URL, IMAGE_WIDTH px."""
    parts = [Markup("<h1>{}</h1>").format(page.title)]
    for block in page.blocks:
        if block.kind == "h2":
            parts.append(Markup("<h2>{}</h2>").format(block.text))
        elif block.kind == "image":
            path = shot_path(lang, block.name, shots)
            parts.append(
                Markup(
                    '<p align="center"><img src="{}" width="{}" alt="{}"><br><i>{}</i></p>'
                ).format(path.as_uri(), image_width, block.text, block.text)
            )
        else:
            parts.append(_inline_markdown(block.text))
    return str(Markup("\n").join(parts))


def contents_html(lang: str) -> str:
    """Links to every page, for the help window's start and a page with nothing to say."""
    items = Markup("").join(
        Markup('<li><a href="#{}">{}</a></li>').format(page.anchor, page.title)
        for page in load_guide(lang)
    )
    return str(Markup("<ul>{}</ul>").format(items))
