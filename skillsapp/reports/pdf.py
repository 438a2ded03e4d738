"""A Document as an A4 PDF in the layout of Decree 30/2020/NĐ-CP (Appendix I).

Margins: top and bottom 20 mm, left 30 mm, right 15 mm. Body 13 pt in a Times-style serif, first
lines indented 1 cm, 6 pt between paragraphs. Top left: the parent agency in regular capitals and
the issuing agency in bold capitals with a short rule under it, then "Số: .../BC-...". Top right:
the national name in bold capitals and the motto in bold with a rule the motto's length, then
place and date in italics. Title in bold capitals, its subject in bold, a short rule under it.
Page numbers from page 2, top centre. "Nơi nhận" bottom left, the signature block bottom right.

reportlab is imported inside the functions: it is only needed when a PDF is made.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from skillsapp.content.pictures import reportlab_pictures
from skillsapp.domain.progress import Progress
from skillsapp.reports.document import (
    Chart,
    Closing,
    Column,
    Document,
    Heading,
    Letterhead,
    Para,
    Picture,
    Table,
    format_cell,
    nfc,
)
from skillsapp.reports.fonts import font_name, register_fonts
from skillsapp.reports.labels import label

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM
BODY_PT = 13
TABLE_PT = 11
HEAD_PT = 10.5
HEAD_LEFT_W = 72 * MM  # agency block; the rest of the 165 mm text width is the motto block


def markup(value: str, picture_pt: float = 11.0) -> str:
    """Text made safe for reportlab's paragraph markup, in composed Unicode; an emoji (lesson
    text has them) becomes its bundled picture `picture_pt` points high, since the PDF fonts
    have no emoji and would print a box."""
    return reportlab_pictures(escape(nfc(value)), picture_pt)


class Styles:
    """Paragraph styles of the document, made once per build."""

    def __init__(self) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        regular = register_fonts()
        base = ParagraphStyle(
            "base",
            fontName=regular,
            bulletFontName=regular,
            fontSize=BODY_PT,
            leading=BODY_PT * 1.2,
        )

        def style(name: str, parent: ParagraphStyle = base, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, parent=parent, **kw)

        self.body = style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * MM, spaceAfter=6)
        self.plain = style("plain", alignment=TA_LEFT, spaceAfter=4)
        self.indent = style("indent", alignment=TA_LEFT, leftIndent=8 * MM, spaceAfter=2)
        self.strong = style("strong", parent=self.plain, fontName=font_name("bold"), spaceBefore=4)
        self.form_heading = style(
            "form_heading", fontName=font_name("bold"), spaceBefore=8, spaceAfter=4, keepWithNext=1
        )
        self.bullet = style(
            "bullet", alignment=TA_LEFT, leftIndent=8 * MM, bulletIndent=3 * MM, spaceAfter=3
        )
        self.note = style(
            "note",
            fontName=font_name("italic"),
            fontSize=11,
            leading=13.5,
            alignment=TA_JUSTIFY,
            spaceBefore=6,
        )
        self.h1 = style(
            "h1",
            fontName=font_name("bold"),
            firstLineIndent=10 * MM,
            spaceBefore=6,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.h2 = style(
            "h2",
            fontName=font_name("bold"),
            firstLineIndent=10 * MM,
            spaceBefore=3,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.center = style("center", alignment=TA_CENTER, fontSize=12, leading=14.5)
        self.center_bold = style("center_bold", parent=self.center, fontName=font_name("bold"))
        self.motto1 = style("motto1", parent=self.center_bold, fontSize=12.5, leading=15)
        self.motto2 = style("motto2", parent=self.center_bold, fontSize=13.5, leading=16)
        self.number = style("number", alignment=TA_CENTER, fontSize=13, leading=16)
        self.date = style(
            "date", alignment=TA_CENTER, fontName=font_name("italic"), fontSize=13, leading=16
        )
        self.title = style(
            "title",
            alignment=TA_CENTER,
            fontName=font_name("bold"),
            fontSize=14,
            leading=17,
            spaceBefore=14,
        )
        self.subject = style(
            "subject", alignment=TA_CENTER, fontName=font_name("bold"), fontSize=14, leading=17
        )
        self.period = style(
            "period",
            alignment=TA_CENTER,
            fontName=font_name("italic"),
            fontSize=13,
            leading=16,
            spaceBefore=2,
        )
        self.cell = style("cell", fontSize=TABLE_PT, leading=TABLE_PT * 1.18)
        self.cell_center = style("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_head = style(
            "cell_head",
            parent=self.cell_center,
            fontName=font_name("bold"),
            fontSize=HEAD_PT,
            leading=HEAD_PT * 1.18,
        )
        self.cell_bold = style("cell_bold", parent=self.cell, fontName=font_name("bold"))
        self.caption = style(
            "caption",
            alignment=TA_CENTER,
            fontName=font_name("italic"),
            fontSize=12,
            leading=14,
            spaceBefore=4,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.table_note = style(
            "table_note", fontName=font_name("italic"), fontSize=10.5, leading=12.5, spaceBefore=2
        )
        self.recipients_label = style(
            "rl", fontName=font_name("bolditalic"), fontSize=12, leading=14
        )
        self.recipients = style("rcp", fontSize=11, leading=13)
        self.signer = style(
            "signer", alignment=TA_CENTER, fontName=font_name("bold"), fontSize=13, leading=16
        )
        self.signer_note = style(
            "signer_note",
            alignment=TA_CENTER,
            fontName=font_name("italic"),
            fontSize=12,
            leading=14,
        )
        self.notice = style(
            "notice", alignment=TA_CENTER, fontName=font_name("bold"), fontSize=11.5, leading=14
        )


def grid_table(rows: list[Any], **kw: Any) -> Any:
    """A reportlab Table in our font: its default font (Helvetica) would be listed, unembedded,
    in the PDF even when every cell is a paragraph."""
    from reportlab.platypus import Table as RLTable

    table = RLTable(rows, **kw)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), font_name())])
    return table


def _rule(width_ratio: float | None = None, width: float | None = None) -> Any:
    """A centred horizontal rule, as under the agency name, the motto and the subject."""
    from reportlab.platypus import Flowable

    class Rule(Flowable):
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.length = width if width is not None else avail_width * (width_ratio or 1)
            self.avail = avail_width
            return avail_width, 6

        def draw(self) -> None:
            # 3 pt below the line above: clear of its descenders, as in printed documents.
            self.canv.setLineWidth(0.6)
            start = (self.avail - self.length) / 2
            self.canv.line(start, 3, start + self.length, 3)

    return Rule()


def _string_width(text: str, style: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(nfc(text), font_name(style), size)


def _letterhead(head: Letterhead, st: Styles, lang: str) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    left: list[Any] = [Paragraph(markup(line), st.center) for line in head.parent]
    left.append(Paragraph(markup(head.agency), st.center_bold))
    agency_w = min(_string_width(head.agency, "bold", 12), HEAD_LEFT_W - 8)
    left.append(_rule(width=max(agency_w / 2.5, 18 * MM)))
    if head.official:
        motto = label("motto2", lang)
        right: list[Any] = [
            Paragraph(markup(label("motto1", lang)), st.motto1),
            Paragraph(markup(motto), st.motto2),
            _rule(width=_string_width(motto, "bold", 13.5)),
        ]
    elif head.notice:
        right = [_notice_box(head.notice, st)]
    else:
        right = [Spacer(1, 1)]
    width = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
    second = [
        Paragraph(markup(head.number), st.number) if head.number else Spacer(1, 1),
        Paragraph(markup(head.place_date), st.date),
    ]
    table = grid_table([[left, right], second], colWidths=[HEAD_LEFT_W, width - HEAD_LEFT_W])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 6),
        ]
    )
    return [table]


def _notice_box(text: str, st: Styles) -> Any:
    from reportlab.platypus import Paragraph

    box = grid_table([[Paragraph(markup(text), st.notice)]], colWidths=[70 * MM])
    box.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.8, "black"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return box


def _title(doc: Document, st: Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    out: list[Any] = [Paragraph(markup(doc.title), st.title)]
    subject, *rest = doc.subject
    out.append(Paragraph(markup(subject), st.subject))
    out += [Paragraph(markup(line), st.period) for line in rest]
    out += [Spacer(1, 2), _rule(width_ratio=0.3), Spacer(1, 10)]
    return out


def _cell(value: Any, column: Column, lang: str, st: Styles, bold: bool) -> Any:
    from reportlab.platypus import Paragraph

    text = markup(format_cell(value, lang)).replace("\n", "<br/>")  # a cell's own lines
    if column.kind == "text":
        return Paragraph(text, st.cell_bold if bold else st.cell)
    return Paragraph(f"<b>{text}</b>" if bold else text, st.cell_center)


CELL_PADDING = 7  # left + right padding and the grid line
NO_WRAP_UP_TO = 48 * MM


def _word_width(texts: list[str], style: str) -> float:
    """The width the longest word needs: a column narrower than that breaks words apart."""
    words = {w for t in texts for w in nfc(t).split()}
    return max((_string_width(w, style, TABLE_PT) for w in words), default=0) + CELL_PADDING


def _line_width(texts: list[str]) -> float:
    """The width that keeps short cells (names, dates) on one line, up to NO_WRAP_UP_TO."""
    longest = max((_string_width(t, "regular", TABLE_PT) for t in texts), default=0)
    return min(longest + CELL_PADDING, NO_WRAP_UP_TO)


def _squeezed(words: list[float], wanted: list[float], width: float) -> list[float]:
    """Widths when not every cell fits on one line: words stay whole, the rest is shared in
    proportion to what each column would have liked."""
    if sum(words) >= width:
        return [width * w / sum(words) for w in words]
    extra = [want - word for word, want in zip(words, wanted, strict=True)]
    room = width - sum(words)
    return [word + room * e / sum(extra) for word, e in zip(words, extra, strict=True)]


def column_widths(table: Table, lang: str, width: float) -> list[float]:
    """Share `width` by the columns' relative widths, but never below what a column needs: its
    longest word (header or cell), and for cells up to NO_WRAP_UP_TO wide, the whole cell, so
    "11/09/2026", "Vắng" or a pupil's name never wrap."""
    sample = table.rows[:300]
    words, mins = [], []
    for i, column in enumerate(table.columns):
        cells = [format_cell(row[i], lang) for row in sample]
        head = _word_width([column.title], "bold") * HEAD_PT / TABLE_PT
        words.append(max(head, _word_width(cells, "regular")))
        mins.append(max(words[-1], _line_width(cells)))
    if sum(mins) > width:
        return _squeezed(words, mins, width)
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(mins)) if i not in fixed]
        room = width - sum(fixed.values())
        weight = sum(table.columns[i].width for i in free)
        share = {i: room * table.columns[i].width / weight for i in free}
        short = {i: mins[i] for i in free if share[i] < mins[i]}
        if not short:
            return [fixed.get(i, share.get(i, 0.0)) for i in range(len(mins))]
        fixed.update(short)


def _table(table: Table, lang: str, st: Styles, number: int | None) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    widths = column_widths(table, lang, PAGE_W - MARGIN_LEFT - MARGIN_RIGHT)
    head = [Paragraph(markup(c.title), st.cell_head) for c in table.columns]
    last = len(table.rows) - 1
    rows = [
        [
            _cell(v, c, lang, st, table.total and i == last)
            for v, c in zip(row, table.columns, strict=True)
        ]
        for i, row in enumerate(table.rows)
    ]
    heights = [None] + [table.row_height * MM or None] * len(rows)
    grid = grid_table([head, *rows], colWidths=widths, rowHeights=heights, repeatRows=1)
    grid.setStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    out: list[Any] = [grid]
    caption = label("table_caption", lang, n=number, title=table.title) if number else table.title
    if caption:
        out.insert(0, Paragraph(markup(caption), st.caption))
    if table.note:
        out.append(Paragraph(markup(table.note), st.table_note))
    return [*out, Spacer(1, 6)]


def chart_drawing(chart: Chart, width: float = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT) -> Any:
    """The chart as a reportlab Drawing: placed in the PDF, and rendered to PNG for Word."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    register_fonts()
    height = 80 * MM
    drawing = Drawing(width, height)
    drawing.add(
        String(
            width / 2,
            height - 12,
            nfc(chart.title),
            fontName=font_name("bold"),
            fontSize=11,
            textAnchor="middle",
        )
    )
    height -= 18
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 32, 42, width - 44, height - 56
    bars.data = [list(values) for _, values in chart.series]
    bars.categoryAxis.categoryNames = [nfc(c) for c in chart.categories]
    bars.categoryAxis.labels.fontName = font_name()
    bars.categoryAxis.labels.fontSize = 9
    top, step = chart.axis_max()
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, top, step
    bars.valueAxis.labels.fontName = font_name()
    bars.valueAxis.labels.fontSize = 9
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.Color(0.8, 0.8, 0.8)
    fills = (
        colors.Color(0.12, 0.25, 0.5),
        colors.Color(0.55, 0.55, 0.55),
        colors.Color(0.35, 0.6, 0.8),
        colors.Color(0.2, 0.2, 0.2),
    )
    if len(chart.series) == 2:  # the class chart: attendance grey, quiz dark
        fills = (fills[1], fills[0])
    for i, fill in enumerate(fills[: len(chart.series)]):
        bars.bars[i].fillColor = fill
        bars.bars[i].strokeColor = None
    bars.groupSpacing, bars.barSpacing = 6, 1
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = 32, 12
    legend.fontName, legend.fontSize = font_name(), 10
    legend.alignment, legend.columnMaximum = "right", 1
    legend.deltax = min(150, (width - 40) / max(1, len(chart.series)))
    legend.colorNamePairs = [(fills[i], nfc(name)) for i, (name, _) in enumerate(chart.series)]
    drawing.add(legend)
    return drawing


def _chart(chart: Chart, st: Styles) -> list[Any]:
    from reportlab.platypus import Spacer

    return [chart_drawing(chart), Spacer(1, 6)]


def _picture(picture: Picture) -> list[Any]:
    from reportlab.platypus import Image, Spacer

    image = Image(picture.path, width=picture.width_mm * MM, height=picture.height_mm * MM)
    image.hAlign = "CENTER"
    return [image, Spacer(1, 6)]


def _closing(closing: Closing, st: Styles) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    left: list[Any] = []
    if closing.recipients_label:
        left.append(Paragraph(markup(closing.recipients_label), st.recipients_label))
        left += [Paragraph(markup(f"- {r}"), st.recipients) for r in closing.recipients]
    right: list[Any] = [Paragraph(markup(closing.signer_title), st.signer)]
    if closing.signer_note:
        right.append(Paragraph(markup(closing.signer_note), st.signer_note))
    right += [Spacer(1, 24 * MM), Paragraph(markup(closing.signer_name), st.signer)]
    width = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
    table = grid_table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [Spacer(1, 8), table]


def _story(doc: Document, st: Styles, progress: Progress | None) -> list[Any]:
    from reportlab.platypus import Paragraph

    story: list[Any] = [*_letterhead(doc.letterhead, st, doc.lang), *_title(doc, st)]
    para_styles = {
        "body": st.body,
        "note": st.note,
        "plain": st.plain,
        "bullet": st.bullet,
        "indent": st.indent,
        "strong": st.strong,
    }
    headings = (st.form_heading, st.form_heading) if doc.form else (st.h1, st.h2)
    table_number = 0
    last_section = len(story)
    for index, block in enumerate(doc.body):
        if isinstance(block, Heading):
            last_section = len(story)
            story.append(Paragraph(markup(block.text), headings[block.level - 1]))
        elif isinstance(block, Para):
            style = para_styles.get(block.style, st.body)
            text = (
                reportlab_pictures(nfc(block.text), style.fontSize)
                if block.markup
                else markup(block.text, style.fontSize)
            )
            bullet = "•" if block.style == "bullet" else None
            story.append(Paragraph(text, style, bulletText=bullet))
        elif isinstance(block, Table):
            table_number += 1
            number = None if doc.form else table_number
            story += _table(block, doc.lang, st, number)
        elif isinstance(block, Chart):
            story += _chart(block, st)
        elif isinstance(block, Picture):
            story += _picture(block)
        if progress:
            progress(index + 1, len(doc.body) + 1, "")
    if doc.closing:
        # the signature block goes with the last section, never alone on a page
        from reportlab.platypus import KeepTogether

        closing = _closing(doc.closing, st)
        if _height(story[last_section:]) + CLOSING_H < FRAME_H * 0.9:
            story[last_section:] = [KeepTogether([*story[last_section:], *closing])]
        else:  # a section longer than a page (a blank register) flows as it is
            story.append(KeepTogether(closing))
    return story


FRAME_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
CLOSING_H = 60 * MM  # the signature block: title, 24 mm to sign, name


def _height(flowables: list[Any]) -> float:
    """How tall flowables are set in the text frame."""
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(FRAME_W, FRAME_H)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if total > FRAME_H:
            break
    return total


def _page_decorator(doc: Document, pages: list[int]) -> Callable[[Any, Any], None]:
    """Draws what repeats on pages: the number from page 2 (top centre), the personal-data line."""
    footer = nfc(label("personal_footer", doc.lang)) if doc.personal else ""

    def decorate(canvas: Any, template: Any) -> None:
        page = canvas.getPageNumber()
        pages.append(page)
        canvas.saveState()
        centre = MARGIN_LEFT + (PAGE_W - MARGIN_LEFT - MARGIN_RIGHT) / 2
        if page > 1:
            canvas.setFont(font_name(), BODY_PT)
            canvas.drawCentredString(centre, PAGE_H - MARGIN_TOP + 6 * MM, str(page))
        if footer:
            canvas.setFont(font_name("italic"), 9)
            canvas.drawCentredString(centre, MARGIN_BOTTOM - 9 * MM, footer)
        canvas.restoreState()

    return decorate


def a4_template(
    buffer: io.BytesIO, *, title: str, author: str, lang: str, subject: str = ""
) -> Any:
    """The A4 page every PDF of the app is laid on: our margins, metadata and font."""
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(
        buffer,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=nfc(title),
        author=nfc(author),
        subject=nfc(subject),
        creator="Kỹ năng số",
        lang="vi-VN" if lang == "vi" else "en-GB",
        initialFontName=font_name(),  # else an unused, unembedded Helvetica is listed
        initialFontSize=BODY_PT,
    )


def render_pdf(doc: Document, progress: Progress | None = None) -> tuple[bytes, int]:
    """The PDF bytes of a Document and its page count."""

    st = Styles()
    buffer = io.BytesIO()
    template = a4_template(
        buffer,
        title=doc.meta.get("title", doc.title),
        author=doc.meta.get("author", ""),
        subject=" ".join(doc.subject),
        lang=doc.lang,
    )
    pages: list[int] = []
    decorate = _page_decorator(doc, pages)
    story = _story(doc, st, progress)
    template.build(story, onFirstPage=decorate, onLaterPages=decorate)
    if progress:
        progress(len(doc.body) + 1, len(doc.body) + 1, "")
    return buffer.getvalue(), max(pages, default=1)
