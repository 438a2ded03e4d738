"""A Document as a Word file the office can finish: Decree 30/2020/NĐ-CP layout, all editable.

Same page as the PDF (A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New
Roman 13 pt; page numbers from page 2, top centre). The letterhead and the signature block are
borderless two-column tables, as offices lay them out by hand; every report table is a Word
table of text, numbers written exactly as in the PDF (`format_cell`). The clerk fills in the
number after "Số:", can edit the narrative and signs in the space left. Charts are pictures:
the PDF's own reportlab drawing, rasterised with pdfium (a dependency already), so a chart
cannot differ from the PDF's.

python-docx is imported inside the functions: it is only needed when a Word file is made.
"""

from __future__ import annotations

import io
from typing import Any

from skillsapp.reports.document import (
    Chart,
    Closing,
    Document,
    Heading,
    Letterhead,
    Para,
    Picture,
    Table,
    format_cell,
    nfc,
)
from skillsapp.reports.labels import label

FONT = "Times New Roman"
RULE = "\u2500" * 12


def _font(run: Any, size: float | None = None, bold: bool = False, italic: bool = False) -> Any:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    run.bold, run.italic = bold or None, italic or None
    return run


def _para(
    container: Any,
    text: str,
    *,
    size: float = 13,
    bold: bool = False,
    italic: bool = False,
    align: str = "justify",
    indent: bool = False,
    after: float = 6,
    before: float = 0,
) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    paragraph = container.add_paragraph()
    paragraph.alignment = {
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(before)
    if indent:
        fmt.first_line_indent = Mm(10)
    if text:
        _font(paragraph.add_run(nfc(text)), size, bold, italic)
    return paragraph


def _cell_paragraphs(cell: Any) -> Any:
    """A table cell's container with its default empty paragraph removed."""
    first = cell.paragraphs[0]
    first._element.getparent().remove(first._element)
    return cell


def _no_borders(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _widths(table: Any, widths: list[Any]) -> None:
    """Column widths Word and LibreOffice both keep: the grid's and every cell's."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _two_columns(doc: Any, widths_mm: tuple[float, float]) -> tuple[Any, Any]:
    from docx.shared import Mm

    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    table.autofit = False
    _widths(table, [Mm(w) for w in widths_mm])
    _narrow_margins(table)
    cells = table.rows[0].cells
    return _cell_paragraphs(cells[0]), _cell_paragraphs(cells[1])


def _letterhead(doc: Any, head: Letterhead, lang: str) -> None:
    left, right = _two_columns(doc, (67, 98))
    for line in head.parent:
        _para(left, line, size=12, align="center", after=0)
    _para(left, head.agency, size=12, bold=True, align="center", after=0)
    _para(left, RULE[:6], size=8, align="center", after=4)
    if head.number:
        _para(left, head.number, size=13, align="center", after=0)
    if head.official:
        _para(right, label("motto1", lang), size=12, bold=True, align="center", after=0)
        _para(right, label("motto2", lang), size=13.5, bold=True, align="center", after=0)
        _para(right, RULE, size=8, align="center", after=4)
    elif head.notice:
        _para(right, head.notice, size=11.5, bold=True, align="center", after=4)
    _para(right, head.place_date, size=13, italic=True, align="center", after=0)


def _title(doc: Any, document: Document) -> None:
    _para(doc, document.title, size=14, bold=True, align="center", before=14, after=0)
    subject, *rest = document.subject
    _para(doc, subject, size=14, bold=True, align="center", after=0)
    for line in rest:
        _para(doc, line, size=13, italic=True, align="center", after=0)
    _para(doc, RULE[:8], size=8, align="center", after=10)


def _table(doc: Any, table: Table, lang: str, number: int | None) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt

    from skillsapp.reports.fonts import register_fonts
    from skillsapp.reports.pdf import column_widths

    register_fonts()  # the widths are measured in the PDF's face (same metrics as Times)

    caption = label("table_caption", lang, n=number, title=table.title) if number else table.title
    if caption:
        _para(doc, caption, size=12, italic=True, align="center", after=3, before=4)
    grid = doc.add_table(rows=1 + len(table.rows), cols=len(table.columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, column in zip(grid.rows[0].cells, table.columns, strict=True):
        _para(_cell_paragraphs(cell), column.title, size=10.5, bold=True, align="center", after=0)
    last = len(table.rows) - 1
    for i, (row, values) in enumerate(zip(grid.rows[1:], table.rows, strict=True)):
        bold = table.total and i == last
        for cell, value, column in zip(row.cells, values, table.columns, strict=True):
            align = "left" if column.kind == "text" else "center"
            text = format_cell(value, lang)
            _para(_cell_paragraphs(cell), text, size=11, bold=bold, align=align, after=0)
    text_width = (210 - 30 - 15) * 72 / 25.4
    _widths(grid, [Pt(w) for w in column_widths(table, lang, text_width)])
    _narrow_margins(grid)
    _repeat_header(grid)
    if table.note:
        _para(doc, table.note, size=10.5, italic=True, align="justify", before=2, after=4)
    else:
        _para(doc, "", size=6, after=0)


def _narrow_margins(grid: Any) -> None:
    """Cell margins of 3 pt left and right, as in the PDF (Word's default 5.4 pt would wrap
    the columns the PDF's widths were measured for)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), "60")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    grid._tbl.tblPr.append(margins)


def _repeat_header(grid: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    grid.rows[0]._tr.get_or_add_trPr().append(header)


def chart_png(chart: Chart, dpi: int = 150) -> bytes:
    """The chart as a PNG: the PDF's drawing, made into a one-page PDF and rasterised."""
    import pypdfium2
    from reportlab.graphics import renderPDF

    from skillsapp.reports.pdf import chart_drawing

    drawing = chart_drawing(chart)
    pdf = renderPDF.drawToString(drawing)
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _chart(doc: Any, chart: Chart) -> None:
    from docx.shared import Mm

    paragraph = _para(doc, "", align="center", after=6)
    paragraph.add_run().add_picture(io.BytesIO(chart_png(chart)), width=Mm(160))


def _picture(doc: Any, picture: Picture) -> None:
    from docx.shared import Mm

    paragraph = _para(doc, "", align="center", after=6)
    paragraph.add_run().add_picture(
        picture.path, width=Mm(picture.width_mm), height=Mm(picture.height_mm)
    )


def _closing(doc: Any, closing: Closing) -> None:
    _para(doc, "", size=6, after=0)
    left, right = _two_columns(doc, (82, 83))
    if closing.recipients_label:
        label_text = closing.recipients_label
        _para(left, label_text, size=12, bold=True, italic=True, align="left", after=0)
        for name in closing.recipients:
            _para(left, f"- {name}", size=11, align="left", after=0)
    _para(right, closing.signer_title, size=13, bold=True, align="center", after=0)
    if closing.signer_note:
        _para(right, closing.signer_note, size=12, italic=True, align="center", after=0)
    for _ in range(4):  # space to sign and stamp
        _para(right, "", size=13, after=0)
    _para(right, closing.signer_name, size=13, bold=True, align="center", after=0)


def _page_setup(doc: Any, document: Document) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(13)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = 1  # centre
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    number._p.append(field)
    if document.personal:
        footer = label("personal_footer", document.lang)
        for part in (section.footer, section.first_page_footer):
            _para(part, footer, size=9, italic=True, align="center", after=0)
    props = doc.core_properties
    props.title = nfc(document.meta.get("title", document.title))
    props.author = nfc(document.meta.get("author", ""))
    props.subject = nfc(" ".join(document.subject))
    props.language = "vi-VN" if document.lang == "vi" else "en-GB"


def render_docx(document: Document) -> bytes:
    """The .docx bytes of a Document."""
    from docx import Document as WordDocument

    doc = WordDocument()
    _page_setup(doc, document)
    _letterhead(doc, document.letterhead, document.lang)
    _title(doc, document)
    table_number = 0
    last_section = len(doc.element.body)
    for block in document.body:
        if isinstance(block, Heading):
            last_section = len(doc.element.body) - 1  # before the section properties
            bold_indent = not document.form
            _para(doc, block.text, bold=True, indent=bold_indent, align="left", before=4, after=4)
        elif isinstance(block, Para):
            _body_para(doc, block)
        elif isinstance(block, Table):
            table_number += 1
            _table(doc, block, document.lang, None if document.form else table_number)
        elif isinstance(block, Chart):
            _chart(doc, block)
        elif isinstance(block, Picture):
            _picture(doc, block)
    if document.closing:
        _closing(doc, document.closing)
        _keep_together(doc, last_section)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _keep_together(doc: Any, start: int) -> None:
    """Every paragraph from the last section to the signature keeps with the next, so Word
    moves them to a page together rather than leave the signature alone."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    for element in list(doc.element.body)[start:]:
        for p in element.iter(qn("w:p")):
            Paragraph(p, doc).paragraph_format.keep_with_next = True


def _body_para(doc: Any, block: Para) -> None:
    text = _plain(block.text) if block.markup else block.text
    if block.style == "note":
        _para(doc, text, size=11, italic=True, before=6)
    elif block.style == "bullet":
        _para(doc, f"• {text}", align="left", after=3)
    elif block.style == "strong":
        _para(doc, text, bold=True, align="left", before=4, after=4)
    elif block.style in ("plain", "indent"):
        _para(doc, text, align="left", after=4)
    else:
        _para(doc, text, indent=True)


def _plain(markup: str) -> str:
    """Text of reportlab paragraph markup (<b>, <i>, <br/>, entities) for a Word run."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", markup.replace("<br/>", "\n")))
