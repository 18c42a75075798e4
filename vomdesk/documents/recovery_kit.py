"""The printed recovery kit: one US Letter page holding the recovery key and how to use it."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from vomdesk.documents.fonts import BODY, BOLD, MONO, register_fonts
from vomdesk.documents.pdf_metadata import neutral_doc_template

LANGUAGES: Final = ("en", "es")

_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}

# Every text on the sheet, per language. Values are reportlab paragraph markup: only <b> is used,
# and the data fields are escaped before they are put in. Spanish uses the formal "usted".
_TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "doc_kind": "Recovery kit",
        "title": "vomdesk recovery kit",
        "confidential": "CONFIDENTIAL: keep this sheet locked away",
        "created": "Created on",
        "store_id": "Store identifier",
        "data_folder": "Data folder",
        "key_heading": "Recovery key",
        "what_heading": "What this key is for",
        "what": (
            "vomdesk keeps your program's case records encrypted on the computer. If the "
            "passphrase is forgotten, this recovery key opens them. You also need it to restore "
            "a backup on a new computer."
        ),
        "how_heading": "How to use it",
        "how_1": "On the vomdesk unlock screen, choose <b>“I forgot my passphrase”</b>.",
        "how_2": (
            "Type the recovery key printed above. Letters are not case sensitive, and the "
            "dashes are optional."
        ),
        "how_3": (
            "A typing mistake in a group is caught at once: compare that group with this sheet "
            "and correct it."
        ),
        "safe_heading": "Keep it safe",
        "safe_1": (
            "<b>Anyone who has this sheet and the computer, or a backup, can read every case "
            "record.</b>"
        ),
        "safe_2": (
            "Store it locked away, for example in a locked drawer. Never keep it with the laptop."
        ),
        "safe_3": "Never photograph it, scan it, email it or send it in a message.",
        "lost_heading": "If this sheet is lost",
        "lost": (
            "Print a new kit in vomdesk from <b>Settings &gt; Security</b>. The new kit makes "
            "this one useless, so a lost or old sheet can no longer open the case records."
        ),
        "backups": "Where the backups are kept:",
        "printed_by": "Printed by:",
        "date": "Date:",
        "page": "Page {page} of {pages}",
    },
    "es": {
        "doc_kind": "Kit de recuperación",
        "title": "Kit de recuperación de vomdesk",
        "confidential": "CONFIDENCIAL: guarde esta hoja bajo llave",
        "created": "Creado el",
        "store_id": "Identificador del almacén",
        "data_folder": "Carpeta de datos",
        "key_heading": "Clave de recuperación",
        "what_heading": "Para qué sirve esta clave",
        "what": (
            "vomdesk guarda cifrados en la computadora los expedientes de los casos de su "
            "programa. Si se olvida la frase de contraseña, esta clave de recuperación los abre. "
            "También la necesitará para restaurar una copia de seguridad en una computadora nueva."
        ),
        "how_heading": "Cómo usarla",
        "how_1": (
            "En la pantalla de desbloqueo de vomdesk, elija <b>“Olvidé mi frase de contraseña”</b>."
        ),
        "how_2": (
            "Escriba la clave de recuperación impresa arriba. Puede usar mayúsculas o minúsculas, "
            "y los guiones son opcionales."
        ),
        "how_3": (
            "Si se equivoca al escribir un grupo, el programa se lo indica de inmediato: compare "
            "ese grupo con esta hoja y corríjalo."
        ),
        "safe_heading": "Guárdela en un lugar seguro",
        "safe_1": (
            "<b>Cualquier persona que tenga esta hoja y la computadora, o una copia de seguridad, "
            "puede leer todos los expedientes.</b>"
        ),
        "safe_2": (
            "Guárdela bajo llave, por ejemplo en un cajón con llave. Nunca la guarde junto con "
            "la computadora portátil."
        ),
        "safe_3": (
            "Nunca le tome una foto, no la escanee y no la envíe por correo electrónico ni por "
            "mensaje."
        ),
        "lost_heading": "Si pierde esta hoja",
        "lost": (
            "Imprima un kit nuevo en vomdesk desde <b>Configuración &gt; Seguridad</b>. El kit "
            "nuevo deja inservible este, de modo que una hoja perdida o antigua ya no puede abrir "
            "los expedientes."
        ),
        "backups": "Dónde se guardan las copias de seguridad:",
        "printed_by": "Impreso por:",
        "date": "Fecha:",
        "page": "Página {page} de {pages}",
    },
}

_INK: Final = colors.black
_MUTED: Final = colors.Color(0.35, 0.35, 0.35)
_RULE: Final = colors.Color(0.55, 0.55, 0.55)


@dataclass(frozen=True)
class RecoveryKit:
    """What the printed recovery kit shows: no participant or mediator names, ever."""

    program_name: str
    store_id: str
    recovery_key: str
    created: datetime.date
    data_folder: str
    language: str = "en"


@dataclass(frozen=True)
class _Layout:
    """Type sizes and spacing; tighter layouts are tried when a roomier one needs two pages."""

    title: float
    subtitle: float
    body: float
    leading: float
    heading: float
    key: float
    gap: float
    write_line: float


# From roomiest to tightest: the first that fits on one page is used.
_LAYOUTS: Final = (
    _Layout(
        title=22, subtitle=14, body=10, leading=13.5, heading=11.5, key=18, gap=9, write_line=24
    ),
    _Layout(
        title=20, subtitle=13, body=9.5, leading=12.5, heading=11, key=18, gap=7, write_line=22
    ),
    _Layout(
        title=18, subtitle=12, body=9, leading=11.5, heading=10.5, key=16, gap=5, write_line=20
    ),
)

_PAGE_SIZE: Final = LETTER
_MARGIN: Final = 0.75 * inch  # where text starts, left and right
_FRAME_PADDING: Final = 6.0  # platypus frames pad their content by this much
_FOOTER_Y: Final = 0.45 * inch
_KEY_PADDING: Final = 14.0
_WRITING_LINES: Final = 3

# Table cells with DejaVu (reportlab would draw empty string cells in Helvetica) and no padding.
_PLAIN_CELLS: Final[list[tuple[Any, ...]]] = [
    ("FONTNAME", (0, 0), (-1, -1), BODY),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def format_date(day: datetime.date, language: str) -> str:
    """A date in plain words: "November 28, 2026" or "28 de noviembre de 2026"."""
    _check_language(language)
    month = _MONTHS[language][day.month - 1]
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{month} {day.day}, {day.year}"


def split_key_lines(key: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """Put whole dash-separated groups on each line so the key never runs wider than max_width.

    A line that continues on the next one ends with its dash, so the key reads the same. A single
    group wider than max_width (never the case for real keys) is left whole.
    """
    groups = [group for group in key.strip().split("-") if group]
    if not groups:
        return [key.strip()]
    lines: list[str] = []
    current = groups[0]
    for group in groups[1:]:
        candidate = f"{current}-{group}"
        if stringWidth(candidate, font_name, font_size) <= max_width:
            current = candidate
        else:
            lines.append(current + "-")
            current = group
    lines.append(current)
    return lines


def build_recovery_kit(kit: RecoveryKit) -> bytes:
    """The recovery kit as PDF bytes: one US Letter page, every text in embedded DejaVu fonts."""
    _check_language(kit.language)
    if not kit.recovery_key.strip():
        raise ValueError("the recovery kit needs a recovery key")
    register_fonts()
    pages = 0
    for layout in _LAYOUTS:
        pdf, pages = _render(kit, layout, total_pages=1)
        if pages == 1:
            return pdf
    # Only absurdly long fields get here: better a second page than a key cut short.
    pdf, _ = _render(kit, _LAYOUTS[-1], total_pages=pages)
    return pdf


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}: expected one of {LANGUAGES}")


def _render(kit: RecoveryKit, layout: _Layout, total_pages: int) -> tuple[bytes, int]:
    """Lay the kit out once; returns the PDF and how many pages it took."""
    text = _TEXT[kit.language]
    buffer = io.BytesIO()
    doc = neutral_doc_template(
        buffer,
        text["doc_kind"],
        language=kit.language,
        pagesize=_PAGE_SIZE,
        left_margin=_MARGIN - _FRAME_PADDING,
        right_margin=_MARGIN - _FRAME_PADDING,
        top_margin=0.6 * inch,
        bottom_margin=0.75 * inch,
    )
    pages_seen: list[int] = []
    footer = _footer(text, total_pages, pages_seen)
    width = doc.width - 2 * _FRAME_PADDING
    doc.build(_story(kit, text, layout, width), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue(), max(pages_seen, default=0)


def _footer(
    text: dict[str, str], total_pages: int, pages_seen: list[int]
) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:
        page = canvas.getPageNumber()
        pages_seen.append(page)
        width, _ = _PAGE_SIZE
        canvas.saveState()
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.line(_MARGIN, _FOOTER_Y + 12, width - _MARGIN, _FOOTER_Y + 12)
        canvas.setFont(BODY, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(_MARGIN, _FOOTER_Y, text["title"])
        label = text["page"].format(page=page, pages=max(total_pages, page))
        canvas.drawRightString(width - _MARGIN, _FOOTER_Y, label)
        canvas.restoreState()

    return draw


def _styles(layout: _Layout) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "kit-body",
        fontName=BODY,
        fontSize=layout.body,
        leading=layout.leading,
        textColor=_INK,
        bulletFontName=BODY,
        bulletFontSize=layout.body,
    )
    return {
        "body": body,
        "confidential": ParagraphStyle(
            "kit-confidential",
            parent=body,
            fontName=BOLD,
            fontSize=layout.body - 1,
            leading=layout.leading,
            textColor=_MUTED,
        ),
        "title": ParagraphStyle(
            "kit-title",
            parent=body,
            fontName=BOLD,
            fontSize=layout.title,
            leading=layout.title * 1.2,
            spaceBefore=2,
        ),
        "subtitle": ParagraphStyle(
            "kit-subtitle",
            parent=body,
            fontSize=layout.subtitle,
            leading=layout.subtitle * 1.3,
            spaceBefore=2,
        ),
        "label": ParagraphStyle("kit-label", parent=body, fontName=BOLD),
        "heading": ParagraphStyle(
            "kit-heading",
            parent=body,
            fontName=BOLD,
            fontSize=layout.heading,
            leading=layout.heading * 1.25,
            spaceBefore=layout.gap,
            spaceAfter=2,
        ),
        "item": ParagraphStyle(
            "kit-item",
            parent=body,
            leftIndent=16,
            bulletIndent=3,
            spaceAfter=2,
        ),
        "key": ParagraphStyle(
            "kit-key",
            parent=body,
            fontName=MONO,
            fontSize=layout.key,
            leading=layout.key * 1.35,
            alignment=TA_CENTER,
        ),
    }


def _story(kit: RecoveryKit, text: dict[str, str], layout: _Layout, width: float) -> list[Flowable]:
    styles = _styles(layout)
    story: list[Flowable] = [
        Paragraph(escape(text["confidential"]), styles["confidential"]),
        Paragraph(escape(text["title"]), styles["title"]),
        Paragraph(escape(kit.program_name), styles["subtitle"]),
        Spacer(1, layout.gap),
        _details(kit, text, styles, width),
        Paragraph(escape(text["key_heading"]), styles["heading"]),
        Spacer(1, 2),
        _key_box(kit.recovery_key, styles["key"], layout, width),
        Paragraph(escape(text["what_heading"]), styles["heading"]),
        Paragraph(text["what"], styles["body"]),
        Paragraph(escape(text["how_heading"]), styles["heading"]),
    ]
    for number in (1, 2, 3):
        story.append(Paragraph(text[f"how_{number}"], styles["item"], bulletText=f"{number}."))
    story.append(Paragraph(escape(text["safe_heading"]), styles["heading"]))
    for number in (1, 2, 3):
        story.append(Paragraph(text[f"safe_{number}"], styles["item"], bulletText="•"))
    story += [
        Paragraph(escape(text["lost_heading"]), styles["heading"]),
        Paragraph(text["lost"], styles["body"]),
        Spacer(1, layout.gap + 6),
        _note_box(text, styles, layout, width),
    ]
    return story


def _details(
    kit: RecoveryKit, text: dict[str, str], styles: dict[str, ParagraphStyle], width: float
) -> Table:
    """Created on, store identifier and data folder as a two-column list."""
    rows = [
        (text["created"], format_date(kit.created, kit.language)),
        (text["store_id"], kit.store_id),
        (text["data_folder"], kit.data_folder),
    ]
    label_width = max(stringWidth(label, BOLD, styles["label"].fontSize) for label, _ in rows) + 16
    data = [
        [Paragraph(escape(label), styles["label"]), Paragraph(escape(value), styles["body"])]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_PLAIN_CELLS,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _key_box(key: str, style: ParagraphStyle, layout: _Layout, width: float) -> Table:
    """The key, large and monospaced, in a bordered box; whole groups wrap to a second line."""
    inner = width - 2 * _KEY_PADDING
    lines = split_key_lines(key.upper(), MONO, layout.key, inner)
    markup = "<br/>".join(escape(line) for line in lines)
    table = Table([[Paragraph(markup, style)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),
                ("BOX", (0, 0), (-1, -1), 1.6, _INK),
                ("LEFTPADDING", (0, 0), (-1, -1), _KEY_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _KEY_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return table


def _note_box(
    text: dict[str, str], styles: dict[str, ParagraphStyle], layout: _Layout, width: float
) -> Table:
    """A framed space to write by hand where the backups are kept, and who printed the kit."""
    label_style = styles["label"]
    size = label_style.fontSize
    padding = 12.0
    inner = width - 2 * padding
    writing = Table(
        [[""] for _ in range(_WRITING_LINES)],
        colWidths=[inner],
        rowHeights=[layout.write_line] * _WRITING_LINES,
    )
    writing.setStyle(TableStyle([*_PLAIN_CELLS, ("LINEBELOW", (0, 0), (-1, -1), 0.6, _RULE)]))
    printed_width = stringWidth(text["printed_by"], BOLD, size) + 6
    date_width = stringWidth(text["date"], BOLD, size) + 6
    date_line = 1.7 * inch
    gutter = 24.0
    signature = Table(
        [
            [
                Paragraph(escape(text["printed_by"]), label_style),
                "",
                "",
                Paragraph(escape(text["date"]), label_style),
                "",
            ]
        ],
        colWidths=[
            printed_width,
            inner - printed_width - gutter - date_width - date_line,
            gutter,
            date_width,
            date_line,
        ],
        rowHeights=[layout.write_line + 6],
    )
    signature.setStyle(
        TableStyle(
            [
                *_PLAIN_CELLS,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, _RULE),
                ("LINEBELOW", (4, 0), (4, 0), 0.6, _RULE),
            ]
        )
    )
    content: list[Flowable] = [
        Paragraph(escape(text["backups"]), label_style),
        writing,
        signature,
    ]
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),
                ("BOX", (0, 0), (-1, -1), 1, _INK),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return box
