"""A built document on screen before it is printed or saved: pages, zoom, Print…, Save as PDF…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vomdesk.documents.preview import RenderedPage, page_count, page_size, render_page
from vomdesk.safe_save import write_file_safely
from vomdesk.ui import prompts
from vomdesk.ui.operations import run_in_background
from vomdesk.ui.printing import Destination, choose_printer, send
from vomdesk.ui.texts import problem_text

POINTS_TO_SCREEN = 96 / 72  # 100% shows a page at its printed size on a 96 dpi screen
ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
FIT_MARGIN = 24  # pixels left beside a page fitted to the width


Rendered = tuple[int, RenderedPage, float]


def render_for(pdf: bytes, index: int, zoom: float | None, width: int) -> Rendered:
    """Page count, page ``index`` and the scale used: ``zoom`` device pixels per screen point, or
    (None) fitted to ``width`` device pixels."""
    count = page_count(pdf)
    index = min(max(index, 0), count - 1)
    if zoom is None:
        scale = max(width, 100) / page_size(pdf, index).width
    else:
        scale = zoom * POINTS_TO_SCREEN
    return count, render_page(pdf, index, scale), scale


def image_of(page: RenderedPage) -> QImage:
    """The rendered pixels as a QImage that owns its copy of them."""
    image = QImage(page.bgra, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()


class DocumentPreview(QDialog):
    """One built PDF, a page at a time; Print… and Save as PDF… send exactly these bytes."""

    def __init__(
        self,
        pdf: bytes,
        job_title: str,
        case_number: str,
        parent: QWidget | None = None,
        *,
        label: str = "",
    ) -> None:
        super().__init__(parent)
        self.pdf, self.job_title, self.case_number = pdf, job_title, case_number
        self.label = label or job_title
        self.index, self.count = 0, 0
        self.zoom: float | None = None  # None: fit the width
        self.shown_zoom = 1.0
        self._sequence = 0
        self.rendering = False
        self.printing = False
        self.setWindowTitle(
            self.tr("{document} — case {number}").format(document=self.label, number=case_number)
        )

        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setAccessibleName(self.tr("Page image"))
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.page)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setAccessibleName(self.tr("Document"))

        self.previous_button = QPushButton(self.tr("P&revious page"))
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button = QPushButton(self.tr("&Next page"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.page_label = QLabel()
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl+=)"))
        self.fit_button = QPushButton(self.tr("&Fit width"))
        self.fit_button.setToolTip(self.tr("Fit the page to the window's width (Ctrl+0)"))
        self.zoom_label = QLabel()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.status = QLabel()
        self.status.setObjectName("help")
        self.status.setWordWrap(True)

        navigation = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            navigation.addWidget(widget)
        navigation.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            navigation.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(actions)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter closes; it never turns a page or zooms
        self.close_button.setDefault(True)

        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.accept)
        shortcuts = (
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
            (QKeySequence("Ctrl+-"), self.zoom_out),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+0"), self.fit_width),
        )
        for keys, slot in shortcuts:
            QShortcut(keys, self, slot)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(120)
        self._refit.timeout.connect(self.refresh_page)

        height = self.fontMetrics().height()
        self.resize(height * 50, height * 60)
        self._show_controls()
        self.refresh_page()

    # --- pages ------------------------------------------------------------------------
    def refresh_page(self) -> None:
        """Render the current page off the UI thread; an older render still running is dropped."""
        self._sequence += 1
        sequence, pdf, index, zoom = self._sequence, self.pdf, self.index, self.zoom
        ratio = self.devicePixelRatioF()
        width = round((self.scroller.viewport().width() - FIT_MARGIN) * ratio)
        zoom_pixels = None if zoom is None else zoom * ratio
        self.rendering = True
        run_in_background(
            lambda: render_for(pdf, index, zoom_pixels, width),
            on_done=lambda result: self._rendered(sequence, ratio, result),
            on_error=lambda error: self._render_failed(sequence, error),
            owner=self,
        )

    def _rendered(self, sequence: int, ratio: float, result: Rendered) -> None:
        if sequence != self._sequence:
            return
        self.count, page, scale = result
        self.index = min(self.index, self.count - 1)
        pixmap = QPixmap.fromImage(image_of(page))
        pixmap.setDevicePixelRatio(ratio)
        self.page.setPixmap(pixmap)
        self.shown_zoom = scale / ratio / POINTS_TO_SCREEN
        self.rendering = False
        self._show_controls()

    def _render_failed(self, sequence: int, error: BaseException) -> None:
        if sequence != self._sequence:
            return
        self.rendering = False
        self.page.setPixmap(QPixmap())
        self.page.setText(problem_text(error))
        self._show_controls()

    def _show_controls(self) -> None:
        counted = self.count > 0
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.index + 1, count=self.count)
            if counted
            else self.tr("Preparing the preview…")
        )
        self.previous_button.setEnabled(counted and self.index > 0)
        self.next_button.setEnabled(counted and self.index < self.count - 1)
        self.zoom_label.setText(
            self.tr("{percent}%").format(percent=round(self.current_zoom() * 100))
        )
        self.zoom_out_button.setEnabled(self.current_zoom() > ZOOMS[0] + 0.001)
        self.zoom_in_button.setEnabled(self.current_zoom() < ZOOMS[-1] - 0.001)
        self.print_button.setEnabled(not self.printing)

    def current_zoom(self) -> float:
        return self.shown_zoom if self.zoom is None else self.zoom

    def go_to(self, index: int) -> None:
        if self.count and 0 <= index < self.count and index != self.index:
            self.index = index
            self._show_controls()
            self.refresh_page()
            self.scroller.verticalScrollBar().setValue(0)

    def previous_page(self) -> None:
        self.go_to(self.index - 1)

    def next_page(self) -> None:
        self.go_to(self.index + 1)

    def zoom_in(self) -> None:
        now = self.current_zoom()
        self._set_zoom(next((z for z in ZOOMS if z > now + 0.001), ZOOMS[-1]))

    def zoom_out(self) -> None:
        now = self.current_zoom()
        self._set_zoom(next((z for z in reversed(ZOOMS) if z < now - 0.001), ZOOMS[0]))

    def fit_width(self) -> None:
        self.zoom = None
        self.refresh_page()

    def _set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._show_controls()
        self.refresh_page()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.zoom is None:
            self._refit.start()

    # --- printing and saving -----------------------------------------------------------
    def print_document(self) -> None:
        """The system's print dialog, then the PDF itself to the queue (off the UI thread)."""
        if self.printing:
            return
        heading = self.tr("Print {document}").format(document=self.label)
        destination = choose_printer(self, heading, self.count)
        if destination is None:
            return
        self.printing = True
        self.status.setText(self.tr("Sending to the printer…"))
        self._show_controls()
        pdf, title = self.pdf, self.job_title
        run_in_background(
            lambda: send(destination, pdf, title),
            on_done=lambda _result: self._printed(destination),
            on_error=self._print_failed,
            label=self.tr("Printing…"),
            owner=self,
        )

    def _printed(self, destination: Destination) -> None:
        self.printing = False
        where = destination.output_file or destination.printer
        self.status.setText(self.tr("Sent to {printer}.").format(printer=where))
        self._show_controls()

    def _print_failed(self, error: BaseException) -> None:
        self.printing = False
        self.status.setText("")
        self._show_controls()
        prompts.show_error(self, self.tr("Not printed"), problem_text(error))

    def suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "".join(c if c.isalnum() or c in "-_ " else "-" for c in self.job_title)
        return Path(folder or Path.home()) / f"{name.strip() or 'document'}.pdf"

    def save_as_pdf(self) -> Path | None:
        """Ask where, write the PDF safely, and say plainly that the file is not encrypted."""
        path = prompts.save_file_name(
            self, self.tr("Save as PDF"), self.suggested_path(), self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_file_safely(path, self.pdf)
        except OSError as error:
            prompts.show_error(self, self.tr("Not saved"), problem_text(error))
            return None
        self.status.setText(self.tr("Saved as {file}.").format(file=path.name))
        prompts.show_info(
            self,
            self.tr("Saved"),
            self.tr(
                "Saved. This file is not encrypted: keep it where only you can read it, and "
                "delete it when it is no longer needed."
            ),
        )
        return path
