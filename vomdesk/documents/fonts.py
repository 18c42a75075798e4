"""The bundled DejaVu fonts, registered once with reportlab so every PDF embeds them."""

from __future__ import annotations

import threading
from importlib.resources import as_file, files
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

BODY: Final = "DejaVuSans"
BOLD: Final = "DejaVuSans-Bold"
MONO: Final = "DejaVuSansMono"

_FILES: Final[dict[str, str]] = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans, Sans Bold and Sans Mono with reportlab; later calls do nothing.

    reportlab embeds a subset of each TrueType font it draws with, so the PDFs show accented
    letters the same way on any computer. The bundle has no italic face: markup that asks for
    italics gets the upright face instead of an error.
    """
    global _registered
    with _lock:
        if _registered:
            return
        folder = files("vomdesk") / "resources" / "fonts"
        for name, filename in _FILES.items():
            if name in pdfmetrics.getRegisteredFontNames():
                continue
            # as_file gives a real path even if the package is zipped; TTFont reads it at once.
            with as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> in paragraph markup picks the bold face; <i> falls back to the upright faces.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(BODY, bold, italic, BOLD if bold else BODY)
                addMapping(MONO, bold, italic, MONO)
        _registered = True
