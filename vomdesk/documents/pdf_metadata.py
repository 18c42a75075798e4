"""Neutral PDF metadata: the document kind and the app name, never a program or person name."""

# reportlab otherwise writes Author "anonymous", Title "untitled" and its own Producer, and a
# PDF's properties are easy to overlook when a file is shared: so every document sets them here.
# The title is only the document kind (for example "Recovery kit"); callers must never pass a
# participant's, mediator's or program's name into it.

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Final

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from vomdesk.documents.fonts import BODY, register_fonts

APP_NAME: Final = "vomdesk"

_PDF_LANG: Final[dict[str, str]] = {"en": "en-US", "es": "es-US"}


@dataclass(frozen=True)
class PdfMetadata:
    """What a PDF says about itself in its document properties."""

    title: str
    author: str = APP_NAME
    creator: str = APP_NAME
    producer: str = APP_NAME
    subject: str = ""
    keywords: str = ""


def neutral_metadata(doc_kind: str) -> PdfMetadata:
    """Metadata naming only the document kind and the app."""
    if not doc_kind.strip():
        raise ValueError("a PDF needs a document kind for its title")
    return PdfMetadata(title=doc_kind.strip())


def pdf_lang(language: str) -> str:
    """The PDF /Lang tag for an interface language code ("en" gives "en-US")."""
    return _PDF_LANG.get(language, language)


def neutral_doc_template(
    buffer: BinaryIO,
    doc_kind: str,
    *,
    language: str = "en",
    pagesize: tuple[float, float] = LETTER,
    left_margin: float = 0.75 * inch,
    right_margin: float = 0.75 * inch,
    top_margin: float = 0.75 * inch,
    bottom_margin: float = 0.75 * inch,
) -> SimpleDocTemplate:
    """A platypus document writing into buffer, with neutral metadata and DejaVu as first font.

    Starting in DejaVu (not reportlab's default Helvetica) keeps Helvetica out of the PDF.
    """
    register_fonts()
    meta = neutral_metadata(doc_kind)
    return SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left_margin,
        rightMargin=right_margin,
        topMargin=top_margin,
        bottomMargin=bottom_margin,
        title=meta.title,
        author=meta.author,
        creator=meta.creator,
        producer=meta.producer,
        subject=meta.subject,
        keywords=meta.keywords,
        lang=pdf_lang(language),
        initialFontName=BODY,
    )


def neutral_canvas(
    buffer: BinaryIO,
    doc_kind: str,
    *,
    language: str = "en",
    pagesize: tuple[float, float] = LETTER,
) -> Canvas:
    """A bare canvas writing into buffer, with neutral metadata and DejaVu as first font."""
    register_fonts()
    meta = neutral_metadata(doc_kind)
    canvas = Canvas(buffer, pagesize=pagesize, initialFontName=BODY, lang=pdf_lang(language))
    canvas.setTitle(meta.title)
    canvas.setAuthor(meta.author)
    canvas.setCreator(meta.creator)
    canvas.setProducer(meta.producer)
    canvas.setSubject(meta.subject)
    canvas.setKeywords(meta.keywords)
    return canvas
