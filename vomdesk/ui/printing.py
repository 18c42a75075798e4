"""Printing a finished PDF: the mediator picks a printer; the PDF goes to its queue unchanged
where CUPS exists, elsewhere its pages are painted onto the printer at printer resolution."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from vomdesk.documents.preview import page_count, render_page
from vomdesk.services.printing import PrintingFailed, print_pdf_file, print_to_file


@dataclass(frozen=True)
class Destination:
    """Where the print dialog said to print, read on the UI thread for the worker to use."""

    printer: str
    copies: int
    output_file: str
    pages: str = ""  # "" for every page, else a range such as "2-3"
    two_sided: bool = False


def choose_printer(parent: QWidget | None, title: str, page_count: int = 0) -> Destination | None:
    """The system's print dialog (printer, copies, page range, two-sided); None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, page_count > 1)
    if page_count > 1:
        dialog.setMinMax(1, page_count)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return destination_of(printer)


def destination_of(printer: QPrinter) -> Destination:
    """What a QPrinter was set to, as plain values a worker thread may use."""
    pages = ""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"
    two_sided = printer.duplex() not in (QPrinter.DuplexMode.DuplexNone,)
    return Destination(
        printer.printerName(), printer.copyCount(), printer.outputFileName(), pages, two_sided
    )


MAX_PAINT_DPI = 300  # sharp on paper; 1200 dpi would need half a gigabyte per page


def has_cups() -> bool:
    """True where the system prints through CUPS (Linux, macOS): the PDF itself can be queued."""
    return sys.platform != "win32" and shutil.which("lp") is not None


def pages_of(destination: Destination, count: int) -> range:
    """The page indexes (from 0) the dialog's range asks for."""
    if not destination.pages:
        return range(count)
    first, _, last = destination.pages.partition("-")
    start = max(1, int(first))
    end = min(count, int(last or first))
    return range(start - 1, end)


def paint_on_printer(destination: Destination, pdf: bytes, title: str) -> None:
    """Paint each page, rendered at the printer's resolution (at most 300 dpi), onto a QPrinter
    set as the dialog said (where there is no CUPS to take the PDF itself). Safe on a worker
    thread."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(destination.printer)
    printer.setDocName(title)
    printer.setCopyCount(max(1, destination.copies))
    if destination.two_sided:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    if destination.output_file:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(destination.output_file)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingFailed(destination.printer or destination.output_file)
    try:
        wanted = pages_of(destination, page_count(pdf))
        for number, index in enumerate(wanted):
            if number:
                printer.newPage()
            target = painter.viewport()
            scale = min(printer.resolution(), MAX_PAINT_DPI) / 72.0
            page = render_page(pdf, index, scale)
            image = QImage(
                page.bgra, page.width, page.height, page.stride, QImage.Format.Format_ARGB32
            )
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), fitted), image)
    finally:
        painter.end()


def send(destination: Destination, pdf: bytes, title: str) -> None:
    """Send ``pdf`` where the dialog said: a queue, or a file for "Print to file" (any thread)."""
    if destination.output_file:
        print_to_file(pdf, Path(destination.output_file))
    elif not has_cups():
        paint_on_printer(destination, pdf, title)
    else:
        print_pdf_file(
            pdf,
            printer=destination.printer,
            copies=destination.copies,
            title=title,
            pages=destination.pages,
            two_sided=destination.two_sided,
        )
