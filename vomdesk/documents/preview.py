"""PDF pages as pixels for the in-app preview (pypdfium2; no Qt): 4 bytes a pixel, B G R x."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium

MIN_SCALE = 0.1
MAX_SCALE = 8.0

# PDFium is not thread-safe: one render or page count at a time, whatever thread asks.
_pdfium = threading.Lock()


@dataclass(frozen=True)
class RenderedPage:
    """One page's pixels: rows of ``stride`` bytes, each pixel blue, green, red, unused."""

    width: int
    height: int
    stride: int
    bgra: bytes


@dataclass(frozen=True)
class PageSize:
    """A page's size in PDF points (1/72 inch)."""

    width: float
    height: float


def page_count(pdf: bytes) -> int:
    """How many pages ``pdf`` has."""
    with _pdfium:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def page_size(pdf: bytes, index: int) -> PageSize:
    """The size of page ``index`` (from 0) in points."""
    with _pdfium:
        document = pdfium.PdfDocument(pdf)
        try:
            width, height = document[_checked(index, len(document))].get_size()
            return PageSize(float(width), float(height))
        finally:
            document.close()


def render_page(pdf: bytes, index: int, scale: float) -> RenderedPage:
    """Page ``index`` (from 0) at ``scale`` pixels per point, on white."""
    scale = min(max(scale, MIN_SCALE), MAX_SCALE)
    with _pdfium:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[_checked(index, len(document))]
            try:
                bitmap = page.render(scale=scale, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
                try:
                    data = bytes(bitmap.buffer)
                    return RenderedPage(bitmap.width, bitmap.height, bitmap.stride, data)
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


def _checked(index: int, count: int) -> int:
    if not 0 <= index < count:
        raise IndexError(f"page {index + 1} of {count}")
    return index
