"""The table of cases: Enter or double-click opens a case; the names column takes spare room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QTableView, QWidget

from vomdesk.ui.models.case_table import CaseTableModel


class CaseTable(QTableView):
    """The table of cases; Enter (or Return) opens the current case, on every platform.

    One column (the parties) takes the room the others leave, but never less than
    ``fill_minimum``: with large text the table scrolls sideways instead of hiding the names.
    """

    open_requested = Signal(int)

    def __init__(self, fill_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fill_column = fill_column
        self.fill_minimum = 0
        self.horizontalHeader().sectionResized.connect(self._section_resized)

    def fit_fill_column(self) -> None:
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self.fill_column and not header.isSectionHidden(column)
        )
        width = max(self.fill_minimum, self.viewport().width() - others)
        if header.sectionSize(self.fill_column) != width:
            header.resizeSection(self.fill_column, width)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.fill_column:
            self.fit_fill_column()

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.fit_fill_column()
        return handled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self._open(index.row())
            return
        super().mouseDoubleClickEvent(event)

    def _open(self, row: int) -> None:
        model = self.model()
        if isinstance(model, CaseTableModel):
            self.open_requested.emit(model.row_at(row).id)
