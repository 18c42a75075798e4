"""The terms of a draft as a table: Add / Edit / Remove / Move up / Move down."""

from __future__ import annotations

from collections.abc import Sequence

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vomdesk.services.agreements import TermInput
from vomdesk.ui.pages.agreement.term_dialog import TermDialog
from vomdesk.ui.pages.agreement.texts import (
    kind_text,
    quantity_text,
    responsible_text,
    when_text,
)


class TermsPanel(QWidget):
    """Holds the terms being drafted; ``edited`` whenever the list changes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms: list[TermInput] = []
        self.people: list[tuple[int, str]] = []
        self.victim_name = ""
        self.read_only = False
        self.dialog: TermDialog | None = None
        self._editing: int | None = None
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Terms of the agreement"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Description"), self.tr("Responsible"),
             self.tr("Quantity"), self.tr("Paid to"), self.tr("When")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setToolTip(self.tr("Enter changes a term; Alt+Up and Alt+Down move it."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        self.add_button = QPushButton(qta.icon("mdi6.plus"), self.tr("&Add a term…"))
        self.edit_button = QPushButton(qta.icon("mdi6.pencil-outline"), self.tr("&Edit…"))
        self.remove_button = QPushButton(qta.icon("mdi6.delete-outline"), self.tr("Re&move"))
        self.up_button = QPushButton(qta.icon("mdi6.arrow-up"), self.tr("Move &up"))
        self.down_button = QPushButton(qta.icon("mdi6.arrow-down"), self.tr("Move do&wn"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button,
                       self.up_button, self.down_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_selected(step))
        for keys in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    # --- showing ----------------------------------------------------------------------
    def set_people(self, people: Sequence[tuple[int, str]], victim_name: str) -> None:
        self.people, self.victim_name = list(people), victim_name

    def set_terms(self, terms: Sequence[TermInput], read_only: bool) -> None:
        self.terms, self.read_only = list(terms), read_only
        self._fill()

    def _fill(self, select: int | None = None) -> None:
        names = dict(self.people)
        self.table.setRowCount(len(self.terms))
        for row, term in enumerate(self.terms):
            cells = [kind_text(term), term.description, responsible_text(term, names),
                     quantity_text(term), term.payee, when_text(term)]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if select is not None and 0 <= select < len(self.terms):
            self.select(select)
        self._enable()

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentCell(row, 0)

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _enable(self) -> None:
        chosen = self.current_row()
        self.add_button.setEnabled(not self.read_only)
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not self.read_only and chosen is not None)

    # --- changing ---------------------------------------------------------------------
    def add(self) -> TermDialog | None:
        return self._open(None)

    def edit(self) -> TermDialog | None:
        row = self.current_row()
        return None if row is None else self._open(row)

    def _open(self, row: int | None) -> TermDialog | None:
        if self.read_only:
            return None
        term = self.terms[row] if row is not None else None
        dialog = TermDialog(self.people, victim_name=self.victim_name, term=term, parent=self)
        self.dialog, self._editing = dialog, row
        dialog.accepted.connect(lambda: self._kept(dialog, row))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _kept(self, dialog: TermDialog, row: int | None) -> None:
        term = dialog.result_term
        if term is None:
            return
        if row is None:
            self.terms.append(term)
            row = len(self.terms) - 1
        else:
            self.terms[row] = term
        self._fill(row)
        self.edited.emit()

    def remove(self) -> None:
        row = self.current_row()
        if row is None or self.read_only:
            return
        del self.terms[row]
        self._fill(min(row, len(self.terms) - 1) if self.terms else None)
        self.edited.emit()

    def move_selected(self, step: int) -> None:
        """Move the chosen term up (-1) or down (1), keeping it chosen."""
        row = self.current_row()
        if row is None or self.read_only:
            return
        target = max(0, min(len(self.terms) - 1, row + step))
        if target == row:
            return
        self.terms.insert(target, self.terms.pop(row))
        self._fill(target)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()
