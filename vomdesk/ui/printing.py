"""Printing a finished PDF: the mediator picks a printer, the PDF goes to its queue unchanged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from vomdesk.services.printing import print_pdf_file, print_to_file


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The system's print dialog; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def send(printer: QPrinter, pdf: bytes, title: str) -> None:
    """Send ``pdf`` where the dialog said: a queue, or a file for "Print to file" (any thread)."""
    if printer.outputFileName():
        print_to_file(pdf, Path(printer.outputFileName()))
    else:
        print_pdf_file(pdf, printer=printer.printerName(), copies=printer.copyCount(), title=title)
