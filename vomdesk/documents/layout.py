"""The page every document shares: letterhead, title, banner, "Page x of y", tables, signatures."""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Final
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer, Table

from vomdesk.documents import wording
from vomdesk.documents.fonts import BODY, BOLD, register_fonts
from vomdesk.documents.models import Letterhead
from vomdesk.documents.pdf_metadata import neutral_doc_template

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN: Final = 0.75 * inch
WIDTH: Final = PAGE_WIDTH - 2 * MARGIN  # the text width
_PAD: Final = 6.0  # platypus frames pad their content by this much
_TOP: Final = 0.7 * inch
_BANNER_SPACE: Final = 0.5 * inch
_BOTTOM: Final = 0.85 * inch
_FOOTER_Y: Final = 0.5 * inch
LOGO_HEIGHT: Final = 0.8 * inch
LOGO_WIDTH: Final = 2.0 * inch

INK: Final = colors.black
MUTED: Final = colors.Color(0.33, 0.33, 0.33)
RULE: Final = colors.Color(0.55, 0.55, 0.55)
SHADE: Final = colors.Color(0.92, 0.92, 0.92)


@dataclass(frozen=True)
class PageSpec:
    """What heads and foots every page of one document."""

    letterhead: Letterhead
    case_number: str
    language: str
    title: str  # the document kind in its language: also the PDF title, never a name
    lines: tuple[str, ...] = ()  # small lines under the title (version, date prepared)
    banner: str = ""  # printed at the top of every page (a translation's notice)
    show_title: bool = True  # letters carry a subject line instead of a big title


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every document uses (registering the fonts they name)."""
    register_fonts()
    body = ParagraphStyle("vom-body", fontName=BODY, fontSize=10, leading=13.5, textColor=INK)
    small = ParagraphStyle("vom-small", parent=body, fontSize=8.5, leading=11, textColor=MUTED)
    cell = ParagraphStyle("vom-cell", parent=body, fontSize=9, leading=11.5)
    return {
        "body": ParagraphStyle("vom-para", parent=body, spaceAfter=6),
        "tight": body,
        "compact": ParagraphStyle(
            "vom-compact", parent=body, fontSize=9.5, leading=12.5, spaceAfter=2
        ),
        "small": small,
        "bold": ParagraphStyle("vom-bold", parent=body, fontName=BOLD),
        "program": ParagraphStyle(
            "vom-program", parent=body, fontName=BOLD, fontSize=14, leading=17
        ),
        "title": ParagraphStyle("vom-title", parent=body, fontName=BOLD, fontSize=17, leading=21),
        "case": ParagraphStyle(
            "vom-case", parent=body, fontName=BOLD, fontSize=11, leading=21, alignment=TA_RIGHT
        ),
        "heading": ParagraphStyle(
            "vom-heading",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "subheading": ParagraphStyle(
            "vom-subheading",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=6,
            spaceAfter=2,
        ),
        "item": ParagraphStyle(
            "vom-item",
            parent=body,
            leftIndent=14,
            bulletIndent=2,
            spaceAfter=4,
            bulletFontName=BODY,
        ),
        "cell": cell,
        "cell_right": ParagraphStyle("vom-cell-r", parent=cell, alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("vom-cell-b", parent=cell, fontName=BOLD),
        "cell_bold_right": ParagraphStyle(
            "vom-cell-br", parent=cell, fontName=BOLD, alignment=TA_RIGHT
        ),
        "banner": ParagraphStyle("vom-banner", parent=body, fontName=BOLD, alignment=TA_CENTER),
    }


def para(text: str, style: str = "body", **kwargs: Any) -> Paragraph:
    """A paragraph of plain text: markup characters print as typed, line breaks are kept."""
    markup = escape(text).replace("\r\n", "\n").replace("\n", "<br/>")
    return Paragraph(markup, styles()[style], **kwargs)


def bullet(text: str, mark: str = "•") -> Paragraph:
    """An indented list item."""
    return para(text, "item", bulletText=mark)


# Every table cell in DejaVu (reportlab would draw empty string cells in Helvetica).
_CELLS: Final[list[tuple[Any, ...]]] = [
    ("FONTNAME", (0, 0), (-1, -1), BODY),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def facts(
    rows: Sequence[tuple[str, str]], width: float = WIDTH, label_width: float | None = None
) -> Table:
    """Label and value pairs, two columns, the labels in bold (fitted unless a width is given)."""
    size = styles()["cell_bold"].fontSize
    label = label_width or min(
        max(stringWidth(lbl, BOLD, size) for lbl, _ in rows) + 14, width * 0.38
    )
    data = [[para(lbl, "cell_bold"), para(value, "cell")] for lbl, value in rows]
    table = Table(data, colWidths=[label, width - label], hAlign="LEFT")
    table.setStyle([*_CELLS, *_padding(0, 2)])
    return table


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: Sequence[str] = (),
) -> Table:
    """A ruled table with a shaded header row repeated on each page, and an optional total row."""

    def cells(values: Sequence[str], bold: bool) -> list[Paragraph]:
        out = []
        for column, value in enumerate(values):
            style = ("cell_bold" if bold else "cell") + ("_right" if column in right else "")
            out.append(para(value, style))
        return out

    data = [cells(header, True), *(cells(row, False) for row in rows)]
    if total:
        data.append(cells(total, True))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        *_CELLS,
        *_padding(5, 3),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if total:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, INK))
    table.setStyle(style)
    return table


def signature_block(name: str, role: str, signed_on: str, language: str) -> Table:
    """A line to sign, the printed name and role under it, and a date line (filled if known)."""
    line, gap = WIDTH * 0.6, WIDTH * 0.06
    date_width = WIDTH - line - gap
    caption = f"<b>{escape(name)}</b><br/>{escape(role)}" if name.strip() else escape(role)
    data = [
        ["", "", para(signed_on, "tight")],
        [
            Paragraph(caption, styles()["cell"]),
            "",
            para(wording.text(language, "date"), "cell"),
        ],
    ]
    table = Table(data, colWidths=[line, gap, date_width], rowHeights=[34, None], hAlign="LEFT")
    table.setStyle(
        [
            *_CELLS,
            *_padding(0, 0),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
            ("TOPPADDING", (0, 1), (-1, 1), 3),
            ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
            ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
        ]
    )
    # One row holding the whole block: platypus moves it to the next page rather than split it.
    whole = Table([[table]], colWidths=[WIDTH], hAlign="LEFT")
    whole.setStyle([*_CELLS, *_padding(0, 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 16)])
    return whole


def logo(png: bytes | None) -> Image | None:
    """The program's logo scaled to the letterhead, or None when there is none or it is unusable."""
    if not png:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(png)) as source:
                source.load()
                picture = source.convert("RGBA")
        picture.thumbnail((800, 800))
        width, height = picture.size
        if width < 1 or height < 1:
            return None
        encoded = io.BytesIO()
        picture.save(encoded, format="PNG")
    except Exception:  # a bad logo is left out, never a failed document
        return None
    scale = min(LOGO_HEIGHT / height, LOGO_WIDTH / width)
    return Image(
        io.BytesIO(encoded.getvalue()), width=width * scale, height=height * scale, mask="auto"
    )


def render(spec: PageSpec, body: Sequence[Flowable]) -> bytes:
    """The document as PDF bytes: letterhead and title on page 1, banner and footer on each."""
    buffer = io.BytesIO()
    top = _TOP + (_BANNER_SPACE if spec.banner else 0)
    doc = neutral_doc_template(
        buffer,
        spec.title,
        language=wording.language(spec.language),
        left_margin=MARGIN - _PAD,
        right_margin=MARGIN - _PAD,
        top_margin=top - _PAD,
        bottom_margin=_BOTTOM - _PAD,
    )
    story = [*_heading(spec), *body]
    doc.build(story, canvasmaker=_numbered_canvas(spec))
    return buffer.getvalue()


def _padding(horizontal: float, vertical: float) -> list[tuple[Any, ...]]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), horizontal),
        ("RIGHTPADDING", (0, 0), (-1, -1), horizontal),
        ("TOPPADDING", (0, 0), (-1, -1), vertical),
        ("BOTTOMPADDING", (0, 0), (-1, -1), vertical),
    ]


def _heading(spec: PageSpec) -> list[Flowable]:
    """The letterhead, a rule, then the title with the case number beside it."""
    head = spec.letterhead
    lines: list[Flowable] = [para(head.program_name, "program")]
    if head.address.strip():
        lines.append(para(head.address.strip(), "small"))
    if head.phone.strip():
        lines.append(para(wording.text(spec.language, "phone", phone=head.phone.strip()), "small"))
    picture = logo(head.logo_png)
    if picture is not None:
        gutter = 12.0
        row = Table([[picture, lines]], colWidths=[picture.drawWidth + gutter, None], hAlign="LEFT")
        row.setStyle([*_CELLS, *_padding(0, 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
        top: list[Flowable] = [row]
    else:
        top = lines
    out: list[Flowable] = [
        *top,
        Spacer(1, 6),
        HRFlowable(width="100%", thickness=0.8, color=RULE, spaceAfter=10),
    ]
    if spec.show_title:
        case = wording.text(spec.language, "case", number=spec.case_number)
        title = Table(
            [[para(spec.title, "title"), para(case, "case")]],
            colWidths=[WIDTH * 0.64, WIDTH * 0.36],
            hAlign="LEFT",
        )
        title.setStyle([*_CELLS, *_padding(0, 0)])
        out.append(title)
        out += [para(line, "small") for line in spec.lines]
        out.append(Spacer(1, 8))
    return out


def _numbered_canvas(spec: PageSpec) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer knows the page count."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            held = self._held
            for number, state in enumerate(held, start=1):
                self.__dict__.update(state)
                _decorate(self, spec, number, len(held))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _decorate(canvas: Canvas, spec: PageSpec, page: int, pages: int) -> None:
    """The footer (case, document, "Page x of y") and the banner, if any, on one page."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, _FOOTER_Y + 12, PAGE_WIDTH - MARGIN, _FOOTER_Y + 12)
    canvas.setFont(BODY, 8)
    canvas.setFillColor(MUTED)
    label = wording.text(spec.language, "page", page=page, pages=pages)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, _FOOTER_Y, label)
    left = f"{wording.text(spec.language, 'case', number=spec.case_number)} · {spec.title}"
    room = WIDTH - stringWidth(label, BODY, 8) - 18
    canvas.drawString(MARGIN, _FOOTER_Y, _fit(left, BODY, 8, room))
    if spec.banner:
        height = 22.0
        y = PAGE_HEIGHT - 0.45 * inch - height
        canvas.setFillColor(SHADE)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1)
        canvas.rect(MARGIN, y, WIDTH, height, stroke=1, fill=1)
        canvas.setFillColor(INK)
        size = 10.0
        while size > 6 and stringWidth(spec.banner, BOLD, size) > WIDTH - 12:
            size -= 0.5
        canvas.setFont(BOLD, size)
        canvas.drawCentredString(PAGE_WIDTH / 2, y + (height - size) / 2 + 1.5, spec.banner)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, room: float) -> str:
    """The text cut with an ellipsis to fit the room."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"
