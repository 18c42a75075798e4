"""Printing a finished PDF: the mediator picks a printer, the PDF goes to its queue unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from vomdesk.services.printing import print_pdf_file, print_to_file


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


def send(destination: Destination, pdf: bytes, title: str) -> None:
    """Send ``pdf`` where the dialog said: a queue, or a file for "Print to file" (any thread)."""
    if destination.output_file:
        print_to_file(pdf, Path(destination.output_file))
    else:
        print_pdf_file(
            pdf, printer=destination.printer, copies=destination.copies, title=title,
            pages=destination.pages, two_sided=destination.two_sided,
        )  # fmt: skip
